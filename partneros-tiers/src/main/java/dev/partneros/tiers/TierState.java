package dev.partneros.tiers;

import static java.util.Objects.requireNonNull;

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
 * A partner's tier standing between two quarter-end evaluations
 * ({@code docs/rules/tiers.md#state-and-replay}): the
 * explicit, JSON-serialisable state the {@link TierStateMachine} computes {@code next} from. The
 * caller persists it; the engine never holds it.
 *
 * <ul>
 *   <li>{@link #tier()} and {@link #status()}: what the partner holds and how;</li>
 *   <li>{@link #since()}: the day the partner's current standing began, its last tier change (or
 *       the end of its provisional period or override); annual reviews fall on its anniversaries;</li>
 *   <li>{@link #graceEnds()}: the quarter end on which grace ends, present exactly when
 *       {@link Status#IN_GRACE};</li>
 *   <li>{@link #provisionalUntil()}: the last day of a provisional tier, present exactly when
 *       {@link Status#PROVISIONAL};</li>
 *   <li>{@link #override()}: the strategic override, present exactly when
 *       {@link Status#OVERRIDDEN};</li>
 *   <li>{@link #lastEvaluated()}: the last quarter end evaluated, so that the next one must come
 *       after it.</li>
 * </ul>
 *
 * <p>Checked when built ({@link InvalidFactsException}): the optional parts present exactly with
 * their status, an override's tier equal to the tier held, and grace ending after {@code since}.
 * ({@code since} may follow {@code lastEvaluated}: an override granted after the last evaluation.)
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTierState.class)
@JsonDeserialize(as = ImmutableTierState.class)
public abstract class TierState {

  TierState() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an earned tier in good standing, held since a day (the partner's last tier change, or
   * the day it joined).
   *
   * @param tier the tier, not null
   * @param since the day the tier was reached, not null
   * @return never null
   */
  public static TierState of(Tier tier, LocalDate since) {
    requireNonNull(tier, "tier");
    requireNonNull(since, "since");
    return new Builder().tier(tier).status(Status.GOOD_STANDING).since(since).build();
  }

  /**
   * Returns the tier held.
   *
   * @return never null
   */
  public abstract Tier tier();

  /**
   * Returns the standing.
   *
   * @return never null
   */
  public abstract Status status();

  /**
   * Returns the day the current standing began: the anchor of annual reviews.
   *
   * @return never null
   */
  public abstract LocalDate since();

  /**
   * Returns the quarter end on which grace ends.
   *
   * @return the day, present exactly when {@link Status#IN_GRACE}
   */
  public abstract Optional<LocalDate> graceEnds();

  /**
   * Returns the last day of a provisional tier.
   *
   * @return the day, present exactly when {@link Status#PROVISIONAL}
   */
  public abstract Optional<LocalDate> provisionalUntil();

  /**
   * Returns the strategic override.
   *
   * @return the override, present exactly when {@link Status#OVERRIDDEN}
   */
  public abstract Optional<TierOverride> override();

  /**
   * Returns the last quarter end evaluated.
   *
   * @return the day, or empty before the first evaluation
   */
  public abstract Optional<LocalDate> lastEvaluated();

  @Value.Check
  void check() {
    Status status = status();
    boolean graceOk = graceEnds().isPresent() == (status == Status.IN_GRACE)
        && graceEnds().map(end -> end.isAfter(since())).orElse(true);
    boolean provisionalOk = provisionalUntil().isPresent() == (status == Status.PROVISIONAL);
    boolean overrideOk = override().isPresent() == (status == Status.OVERRIDDEN)
        && override().map(o -> o.tier().equals(tier())).orElse(true);
    if (graceOk && provisionalOk && overrideOk) {
      return;
    }
    ProblemCollector problems = new ProblemCollector();
    FieldPath root = FieldPath.root();
    problems.check(graceEnds().isPresent() == (status == Status.IN_GRACE), root.field("graceEnds"),
        CoreProblemCode.INCONSISTENT, "be present exactly when the status is IN_GRACE (status " + status + ")",
        graceEnds().map(Object::toString).orElse("absent"));
    problems.check(provisionalUntil().isPresent() == (status == Status.PROVISIONAL),
        root.field("provisionalUntil"), CoreProblemCode.INCONSISTENT,
        "be present exactly when the status is PROVISIONAL (status " + status + ")",
        provisionalUntil().map(Object::toString).orElse("absent"));
    problems.check(override().isPresent() == (status == Status.OVERRIDDEN), root.field("override"),
        CoreProblemCode.INCONSISTENT, "be present exactly when the status is OVERRIDDEN (status " + status + ")",
        override().map(o -> o.tier() + " (" + o.reason() + ")").orElse("absent"));
    override().ifPresent(o -> problems.check(o.tier().equals(tier()), root.field("override").field("tier"),
        CoreProblemCode.INCONSISTENT, "be the tier held, " + tier(), o.tier()));
    graceEnds().ifPresent(end -> problems.check(end.isAfter(since()), root.field("graceEnds"), CoreProblemCode.BEFORE_START,
        "be after since " + since(), end));
    problems.throwIfErrors(InvalidFactsException::new);
  }

  /** Builds a {@link TierState}; {@code build()} checks it. Not thread-safe. */
  public static class Builder extends ImmutableTierState.Builder {
    /** Creates an empty builder; {@code tier}, {@code status} and {@code since} are mandatory. */
    Builder() {}
  }

  /** A partner's standing in its tier ({@code docs/rules/tiers.md#tier-decisions}). */
  public enum Status {
    /** The partner holds an earned tier and, at its last review, qualified for it. */
    GOOD_STANDING,
    /**
     * A review found the partner no longer qualifies for its tier: it keeps tier and benefits until
     * its grace ends ({@link TierState#graceEnds()}).
     */
    IN_GRACE,
    /** The partner holds a tier given for a limited time without qualifying. */
    PROVISIONAL,
    /** The partner is pinned to a tier by a strategic override, whatever its metrics. */
    OVERRIDDEN
  }
}
