package dev.partneros.tiers;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.partneros.tiers.internal.QualificationSteps;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.Explanation;
import dev.partneros.core.Tier;
import dev.partneros.tiers.internal.TierExplanations;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which tier a partner's metrics qualify it for on an as-of date
 * ({@code docs/rules/tiers.md#qualified-tier}): the highest tier whose criteria hold, with every
 * tier's criteria evaluated requirement by requirement.
 *
 * <p>The {@link #explanation()} has one step per tier ({@code tiers.qualify.gold},
 * {@code docs/rules/tiers.md#qualified-tier}) whose sentence reads, for example,
 * {@code Gold: sourced ARR 120,000.00 USD >= 100,000.00 USD; certified people 1 < 2 -> not met},
 * and a last step ({@code tiers.qualify}) naming the qualified tier. It is built on first request
 * from the structured results, so qualifying does not format text.
 *
 * <p>JSON-serialisable (the explanation is written, and rebuilt when read); immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableQualification.class)
@JsonDeserialize(as = ImmutableQualification.class)
@JsonIgnoreProperties(value = {"explanation"}, allowGetters = true)
public abstract class Qualification {

  Qualification() {}

  /**
   * Returns the as-of date.
   *
   * @return never null
   */
  public abstract LocalDate asOf();

  /**
   * Returns the highest tier whose criteria hold.
   *
   * @return never null
   */
  public abstract Tier qualifiedTier();

  /**
   * Returns the metrics the criteria were compared with.
   *
   * @return never null
   */
  public abstract TierMetrics metrics();

  /**
   * Returns every tier's evaluated criteria, lowest tier first.
   *
   * @return never null
   */
  public abstract List<TierCheck> checks();

  /**
   * Returns the evaluation of one tier's criteria.
   *
   * @param tier a tier, not null
   * @return the evaluation, or empty if the tier is not on the program's ladder
   */
  public Optional<TierCheck> check(Tier tier) {
    requireNonNull(tier, "tier");
    for (TierCheck check : checks()) {
      if (check.tier().equals(tier)) {
        return Optional.of(check);
      }
    }
    return Optional.empty();
  }

  /**
   * Tells whether a tier's criteria hold.
   *
   * @param tier a tier, not null
   * @return true if they hold; false also for a tier not on the ladder
   */
  public boolean holds(Tier tier) {
    return check(tier).map(TierCheck::met).orElse(false);
  }

  /**
   * Returns the tier-check steps' fixed parts compiled by the qualifier that built this
   * qualification ({@code docs/rules/tiers.md#explaining-a-qualification}). Empty for a
   * qualification read from JSON, whose steps are built part by part. Not part of equality or JSON:
   * the steps are the same either way.
   *
   * @return the parts, or empty
   */
  @Value.Auxiliary
  @JsonIgnore
  abstract Optional<QualificationSteps> compiledSteps();

  /**
   * Returns the reasons, one step per tier and a last one naming the qualified tier.
   *
   * @return never null
   */
  @Value.Lazy
  @JsonProperty("explanation")
  public Explanation explanation() {
    return Explanation.of("tier qualification", Optional.of(asOf()), Optional.empty(),
        TierExplanations.qualificationSteps(this, compiledSteps()));
  }

  /** Builds a {@link Qualification}. Not thread-safe. */
  static class Builder extends ImmutableQualification.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }

  /**
   * One tier's criteria evaluated against a partner's metrics
   * ({@code docs/rules/tiers.md#qualified-tier}), part of a {@link Qualification}.
   *
   * <p>Immutable and thread-safe.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutableTierCheck.class)
  @JsonDeserialize(as = ImmutableTierCheck.class)
  public abstract static class TierCheck {

    TierCheck() {}

    /**
     * Returns the tier.
     *
     * @return never null
     */
    public abstract Tier tier();

    /**
     * Tells whether the tier's criteria hold (always for the entry tier).
     *
     * @return true if they hold
     */
    public abstract boolean met();

    /**
     * Returns the evaluated criteria.
     *
     * @return the evaluation, or empty for the entry tier (which has no criteria)
     */
    public abstract Optional<RequirementCheck> requirement();

    /** Builds a {@link TierCheck}. Not thread-safe. */
    static class Builder extends ImmutableTierCheck.Builder {
      /** Creates an empty builder. */
      Builder() {}
    }
  }
}
