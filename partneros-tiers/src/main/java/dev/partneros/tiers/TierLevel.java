package dev.partneros.tiers;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.Tier;
import dev.partneros.core.internal.ProblemCollector;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One rung of a {@link TierProgram} ({@code docs/rules/tiers.md#ladder}): a tier, the criteria
 * that qualify a partner for it, and the grace it gets when a review finds it no longer qualifies.
 *
 * <p>The lowest tier of the ladder is the entry tier that every partner with a signed agreement
 * holds: it has no criteria (Decision: "Registered = signed agreement only"; the signed agreement is
 * what makes a partner, so it is not a metric) and its grace is irrelevant (there is nothing below
 * it). Every other tier has criteria.
 *
 * <p>Program-file form: {@code {tier: GOLD, criteria: {...}, graceQuarters: 2}}. Paths in problems
 * are relative to the level ({@code graceQuarters}).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTierLevel.class)
public abstract class TierLevel {

  /** The longest grace accepted, in quarters (ten years). */
  public static final int MAX_GRACE_QUARTERS = 40;

  TierLevel() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a level with criteria.
   *
   * @param tier the tier, not null
   * @param criteria what qualifies a partner for it, not null
   * @param graceQuarters the grace in quarters, 0 to 40
   * @return never null
   * @throws InvalidProgramException if the grace is out of range
   */
  public static TierLevel of(Tier tier, Criterion criteria, int graceQuarters) {
    requireNonNull(tier, "tier");
    requireNonNull(criteria, "criteria");
    return new Builder().tier(tier).criteria(criteria).graceQuarters(graceQuarters).build();
  }

  /**
   * Returns the entry level: a tier without criteria and without grace.
   *
   * @param tier the lowest tier of the ladder, not null
   * @return never null
   */
  public static TierLevel entry(Tier tier) {
    requireNonNull(tier, "tier");
    return new Builder().tier(tier).build();
  }

  @JsonCreator
  static TierLevel fromJson(
      @JsonProperty("tier") Tier tier,
      @JsonProperty("criteria") Criterion criteria,
      @JsonProperty("graceQuarters") Integer graceQuarters) {
    ProblemCollector problems = new ProblemCollector();
    problems.requirePresent(FieldPath.root().field("tier"), tier);
    problems.throwIfErrors(InvalidProgramException::new);
    Builder builder = new Builder();
    builder.tier(tier);
    if (criteria != null) {
      builder.criteria(criteria);
    }
    if (graceQuarters != null) {
      builder.graceQuarters(graceQuarters);
    }
    return builder.build();
  }

  /**
   * Returns the tier.
   *
   * @return never null
   */
  public abstract Tier tier();

  /**
   * Returns what qualifies a partner for the tier.
   *
   * @return the criteria, or empty for the entry (lowest) tier
   */
  public abstract Optional<Criterion> criteria();

  /**
   * Returns how many quarters of grace a partner gets when a review finds it no longer qualifies
   * for this tier (standard: Silver 1, Gold 2, Platinum 3). Zero means the partner is downgraded at
   * the review itself.
   *
   * @return 0 to {@link #MAX_GRACE_QUARTERS}; 0 by default
   */
  @Value.Default
  public int graceQuarters() {
    return 0;
  }

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    FieldPath grace = FieldPath.root().field("graceQuarters");
    if (problems.check(graceQuarters() >= 0, grace, CoreProblemCode.NEGATIVE, "be >= 0", graceQuarters())) {
      problems.check(graceQuarters() <= MAX_GRACE_QUARTERS, grace, CoreProblemCode.OUT_OF_RANGE,
          "be at most " + MAX_GRACE_QUARTERS + " (ten years)", graceQuarters());
    }
    problems.throwIfErrors(InvalidProgramException::new);
  }

  /** Builds a {@link TierLevel}; {@code build()} checks it. Not thread-safe. */
  public static class Builder extends ImmutableTierLevel.Builder {
    /** Creates an empty builder; {@code tier} is mandatory. */
    Builder() {}
  }
}
