package dev.partneros.tiers;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Tier;
import dev.partneros.core.internal.ProblemCollector;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A strategic override ({@code docs/rules/tiers.md#strategic-overrides}): a partner pinned to a
 * tier, whatever its metrics, for a stated reason, from a day and optionally until a day
 * (inclusive). The program's default override tier is Platinum
 * ({@link TierProgram#overrideTier()}).
 *
 * <p>Decision: evaluations happen at quarter ends and decide the standing from the next day, so an
 * override with an end date ends at the first quarter-end evaluation on or after its
 * {@link #endsOn()}; the partner then moves straight to its qualified tier (no grace: grace protects
 * an earned tier, and an override is not earned).
 *
 * <p>Checked when built ({@link InvalidFactsException}): the reason not blank, the end not before
 * the start.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTierOverride.class)
@JsonDeserialize(as = ImmutableTierOverride.class)
public abstract class TierOverride {

  TierOverride() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an override without end date.
   *
   * @param tier the tier to pin, not null
   * @param reason why, not blank
   * @param startsOn the first day, not null
   * @return never null
   * @throws InvalidFactsException if the reason is blank
   */
  public static TierOverride of(Tier tier, String reason, LocalDate startsOn) {
    return new Builder().tier(tier).reason(reason).startsOn(startsOn).build();
  }

  /**
   * Returns an override with an end date.
   *
   * @param tier the tier to pin, not null
   * @param reason why, not blank
   * @param startsOn the first day, not null
   * @param endsOn the last day, not null, not before {@code startsOn}
   * @return never null
   * @throws InvalidFactsException if the reason is blank or the end before the start
   */
  public static TierOverride of(Tier tier, String reason, LocalDate startsOn, LocalDate endsOn) {
    return new Builder().tier(tier).reason(reason).startsOn(startsOn).endsOn(endsOn).build();
  }

  /**
   * Returns the tier pinned.
   *
   * @return never null
   */
  public abstract Tier tier();

  /**
   * Returns why the partner is pinned; shown in every explanation while it is in force.
   *
   * @return never null, not blank
   */
  public abstract String reason();

  /**
   * Returns the first day of the override.
   *
   * @return never null
   */
  public abstract LocalDate startsOn();

  /**
   * Returns the last day of the override.
   *
   * @return the day, or empty when it has no end date
   */
  public abstract Optional<LocalDate> endsOn();

  @Value.Check
  void check() {
    if (!reason().isBlank() && endsOn().map(end -> !end.isBefore(startsOn())).orElse(true)) {
      return;
    }
    ProblemCollector problems = new ProblemCollector();
    problems.requireNotBlank(FieldPath.root().field("reason"), reason());
    endsOn().ifPresent(end -> problems.check(!end.isBefore(startsOn()), FieldPath.root().field("endsOn"),
        CoreProblemCode.BEFORE_START, "not be before the start " + startsOn(), end));
    problems.throwIfErrors(InvalidFactsException::new);
  }

  /** Builds a {@link TierOverride}; {@code tier}, {@code reason} and {@code startsOn} are mandatory. Not thread-safe. */
  public static class Builder extends ImmutableTierOverride.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
