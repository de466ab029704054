package dev.partneros.scoring.health;

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
 * {@link #components()} and the {@link #explanation()} are built from both on first request, so
 * scoring computes points only: it formats no text and builds no explanation step. In JSON, those
 * derived parts are written and rebuilt when read.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHealthScore.class)
@JsonDeserialize(as = ImmutableHealthScore.class)
@JsonIgnoreProperties(value = {"partnerId", "quarter", "components", "flags", "explanation"}, allowGetters = true)
public abstract class HealthScore {

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
  public abstract HealthBand band();

  /**
   * Returns the five components, in the order of {@link HealthDimension}.
   *
   * @return never null
   */
  @Value.Lazy
  @JsonProperty("components")
  public List<HealthComponent> components() {
    return HealthComponents.of(policy(), facts());
  }

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
  public abstract Optional<HealthBand> previousBand();

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
  public HealthComponent component(HealthDimension dimension) {
    return components().get(dimension.ordinal());
  }

  /** Builds a {@link HealthScore}. Not thread-safe. */
  static class Builder extends ImmutableHealthScore.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
