package dev.partneros.scoring.health;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.Explanation;
import dev.partneros.core.PartnerId;
import dev.partneros.core.YearQuarter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A partner's health score for a quarter ({@code docs/rules/health.md#health-score}): 0 to 100,
 * the exact sum of its {@link #components()}, its band, the flags raised (such as
 * {@code NPS_MISSING}), and, when the previous period's score was given, the change and the band
 * movement ({@code HEALTHY -> AT_RISK}).
 *
 * <p>It keeps the {@link #facts()} it scored and the {@link #policy()} it scored them under;
 * {@link #partnerId()}, {@link #quarter()} and {@link #flags()} are read from the facts, and the
 * {@link #components()} and the {@link #explanation()} are built from both on first request (with
 * the parts of every small input that its scorer built once), so scoring computes points only: it
 * formats no text and builds no explanation step ({@code docs/rules/health.md#decision-only}). In
 * JSON, those derived parts are written and rebuilt when read.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHealthScore.class)
@JsonDeserialize(as = ImmutableHealthScore.class)
@JsonIgnoreProperties(value = {"partnerId", "quarter", "components", "flags", "explanation"}, allowGetters = true)
public abstract class HealthScore {

  /**
   * The band of a partner health score, lowest first ({@code docs/rules/health.md#health-bands}):
   * 0-19 {@code CHURNING}, 20-39 {@code CRITICAL}, 40-59 {@code AT_RISK}, 60-79 {@code HEALTHY},
   * 80-100 {@code CHAMPION} by default (inclusive lower bounds, configurable in
   * {@link HealthPolicy.Bands}).
   */
  public enum Band {
    /** Below the critical threshold (default 20). */
    CHURNING,
    /** From the critical threshold (default 20). */
    CRITICAL,
    /** From the at-risk threshold (default 40). */
    AT_RISK,
    /** From the healthy threshold (default 60). */
    HEALTHY,
    /** From the champion threshold (default 80). */
    CHAMPION
  }

  /**
   * The five dimensions of the partner health score, in the order of
   * {@code docs/rules/health.md#health-score}.
   */
  public enum Dimension {
    /** Year-over-year growth of quarterly revenue (30 points by default). */
    REVENUE,
    /** Deals registered in the quarter (25 points). */
    ACTIVITY,
    /** Portal activity cadence (20 points). */
    ENGAGEMENT,
    /** Partner NPS, -100 to 100 (15 points). */
    SATISFACTION,
    /** Strategic fit (10 points). */
    STRATEGIC_FIT
  }

  /** The flag raised when NPS is missing. */
  public static final String NPS_MISSING = "NPS_MISSING";
  /** The flag raised when the prior year's revenue was zero and this quarter's is not. */
  public static final String GROWTH_FROM_ZERO = "GROWTH_FROM_ZERO";

  HealthScore() {}

  /**
   * Returns the facts scored.
   *
   * @return never null
   */
  @Value.Parameter
  public abstract HealthFacts facts();

  /**
   * Returns the policy the facts were scored under.
   *
   * @return never null
   */
  @Value.Parameter
  public abstract HealthPolicy policy();

  /**
   * Returns the partner.
   *
   * @return never null
   */
  @JsonProperty("partnerId")
  public PartnerId partnerId() {
    return facts().partnerId();
  }

  /**
   * Returns the quarter scored.
   *
   * @return never null
   */
  @JsonProperty("quarter")
  public YearQuarter quarter() {
    return facts().quarter();
  }

  /**
   * Returns the score, the sum of the components' points.
   *
   * @return never null, 0 to 100
   */
  @Value.Parameter
  public abstract BigDecimal score();

  /**
   * Returns the band of the score.
   *
   * @return never null
   */
  @Value.Parameter
  public abstract Band band();

  /**
   * Returns the five components, in the order of {@link Dimension}.
   *
   * @return never null
   */
  @Value.Lazy
  @JsonProperty("components")
  public List<Component> components() {
    return compiled().isPresent() ? compiled().get().components(facts()) : HealthComponents.of(policy(), facts());
  }

  /**
   * Returns the explanation parts of the scorer that built this score, compiled from the same
   * {@link #policy()} ({@code docs/rules/health.md#decision-only}): the components and steps of every
   * small input, so {@link #components()} and {@link #explanation()} only build the revenue's and
   * the band's. Empty for a score read from JSON, which builds every part. Not part of equality or
   * JSON: the parts equal the ones built from the policy.
   *
   * @return the parts, or empty
   */
  @Value.Parameter
  @Value.Auxiliary
  @JsonIgnore
  abstract Optional<CompiledExplanations> compiled();

  /**
   * Returns the flags raised while scoring: {@link #GROWTH_FROM_ZERO}, then {@link #NPS_MISSING}.
   *
   * @return never null
   */
  @JsonProperty("flags")
  public List<String> flags() {
    boolean fromZero = facts().priorYearRevenue().isZero() && !facts().revenue().isZero();
    boolean npsMissing = facts().nps().isEmpty();
    if (fromZero) {
      return npsMissing ? List.of(GROWTH_FROM_ZERO, NPS_MISSING) : List.of(GROWTH_FROM_ZERO);
    }
    return npsMissing ? List.of(NPS_MISSING) : List.of();
  }

  /**
   * Returns the previous period's score, when it was given.
   *
   * @return the score, or empty
   */
  @Value.Parameter
  public abstract Optional<BigDecimal> previousScore();

  /**
   * Returns the previous period's band, when it was given.
   *
   * @return the band, or empty
   */
  @Value.Parameter
  public abstract Optional<Band> previousBand();

  /**
   * Returns the explanation: one step per dimension, then the band.
   *
   * @return never null
   */
  @Value.Lazy
  @JsonProperty("explanation")
  public Explanation explanation() {
    return HealthExplanations.explain(this);
  }

  /**
   * Returns the change since the previous period.
   *
   * @return {@code score - previousScore}, or empty when there is no previous score
   */
  public Optional<BigDecimal> change() {
    return previousScore().map(score()::subtract);
  }

  /**
   * Returns the band movement, such as {@code HEALTHY -> AT_RISK}, when the band changed.
   *
   * @return the movement, or empty when there was no previous band or it did not change
   */
  public Optional<String> bandMovement() {
    return previousBand().filter(b -> b != band()).map(b -> b + " -> " + band());
  }

  /**
   * Returns the component of a dimension.
   *
   * @param dimension the dimension, not null
   * @return never null
   */
  public Component component(Dimension dimension) {
    return components().get(dimension.ordinal());
  }

  /**
   * The points one dimension contributed to a health score, with the band of its table that
   * produced them ({@code docs/rules/health.md#health-score}).
   *
   * <p>Immutable and thread-safe.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutableComponent.class)
  @JsonDeserialize(as = ImmutableComponent.class)
  public abstract static class Component {

    Component() {}

    /**
     * Returns the dimension.
     *
     * @return never null
     */
    public abstract Dimension dimension();

    /**
     * Returns the input as read, rendered (such as {@code 4 deals registered}).
     *
     * @return never null
     */
    public abstract String input();

    /**
     * Returns the band of the table the input fell in (such as {@code 3-4 deals}).
     *
     * @return never null
     */
    public abstract String band();

    /**
     * Returns the points earned.
     *
     * @return never null, 0 to {@link #maxPoints()}
     */
    public abstract BigDecimal points();

    /**
     * Returns the dimension's weight.
     *
     * @return never null
     */
    public abstract BigDecimal maxPoints();

    /** Builds a {@link Component}. Not thread-safe. */
    static class Builder extends ImmutableComponent.Builder {
      /** Creates an empty builder. */
      Builder() {}
    }
  }

  /** Builds a {@link HealthScore}. Not thread-safe. */
  static class Builder extends ImmutableHealthScore.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
