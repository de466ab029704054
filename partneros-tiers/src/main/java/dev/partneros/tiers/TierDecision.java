package dev.partneros.tiers;

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
 * The outcome of one quarter-end evaluation by the {@link TierStateMachine}
 * ({@code docs/rules/tiers.md#tier-decisions}): the as-of date, the tier held and the tier
 * qualified for, the standing, the transition if any, the grace end, the next review, progress to
 * the next tier, the projection for a partner in or near grace, the state to persist, and the
 * explanation.
 *
 * <p>{@link #tier()}, {@link #status()} and {@link #graceEnd()} are read from {@link #state()},
 * {@link #qualifiedTier()} from {@link #qualification()}. The
 * {@link #explanation()} (the qualification's steps, then one step per {@link MaintenanceStep}) is
 * built on first request from the data, so evaluating does not format text. In JSON, those derived
 * parts are written and rebuilt when read.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTierDecision.class)
@JsonDeserialize(as = ImmutableTierDecision.class)
@JsonIgnoreProperties(value = {"tier", "qualifiedTier", "status", "graceEnd", "explanation"}, allowGetters = true)
public abstract class TierDecision {

  TierDecision() {}

  /**
   * Returns the quarter end evaluated.
   *
   * @return never null
   */
  public abstract LocalDate asOf();

  /**
   * Returns the tier held from the day after the as-of date.
   *
   * @return never null
   */
  @JsonProperty("tier")
  public Tier tier() {
    return state().tier();
  }

  /**
   * Returns the highest tier the metrics qualify for.
   *
   * @return never null
   */
  @JsonProperty("qualifiedTier")
  public Tier qualifiedTier() {
    return qualification().qualifiedTier();
  }

  /**
   * Returns the standing.
   *
   * @return never null
   */
  @JsonProperty("status")
  public TierStatus status() {
    return state().status();
  }

  /**
   * Returns what changed, if anything.
   *
   * @return the transition, or empty
   */
  public abstract Optional<Transition> transition();

  /**
   * Returns the quarter end on which grace ends.
   *
   * @return the day, present exactly when {@link TierStatus#IN_GRACE}
   */
  @JsonProperty("graceEnd")
  public Optional<LocalDate> graceEnd() {
    return state().graceEnds();
  }

  /**
   * Returns the next date the standing will be reconsidered: the next review (annual or quarterly);
   * for a provisional tier, the quarter end on which it ends; for an override with an end date, the
   * quarter end on which it ends.
   *
   * @return the date, or empty while an override without end date is in force
   */
  public abstract Optional<LocalDate> nextReview();

  /**
   * Tells whether this quarter end was a review of the partner's standing.
   *
   * @return true at a review
   */
  public abstract boolean review();

  /**
   * Returns the progress from the tier held to the next one.
   *
   * @return never null
   */
  public abstract Progress progress();

  /**
   * Returns, for a partner in or near grace, the tier it will hold when grace ends if nothing
   * changes and what it needs to keep its tier.
   *
   * @return the projection, or empty for a partner that qualifies for its tier, or whose tier is
   *     provisional or overridden
   */
  public abstract Optional<GraceProjection> projection();

  /**
   * Returns the steps the state machine took, in order.
   *
   * @return never null, never empty
   */
  public abstract List<MaintenanceStep> steps();

  /**
   * Returns the state before the evaluation.
   *
   * @return never null
   */
  public abstract TierState previous();

  /**
   * Returns the state after the evaluation: what to persist and pass to the next {@code next}.
   *
   * @return never null
   */
  public abstract TierState state();

  /**
   * Returns the qualification at the as-of date.
   *
   * @return never null
   */
  public abstract Qualification qualification();

  /**
   * Returns the reasons: the qualification's steps, then the state machine's.
   *
   * @return never null
   */
  @Value.Lazy
  @JsonProperty("explanation")
  public Explanation explanation() {
    return Explanation.builder().subject("tier decision").asOf(asOf())
        .addAllSteps(TierExplanations.qualificationSteps(qualification()))
        .addAllSteps(TierExplanations.maintenanceSteps(this)).build();
  }

  /**
   * Renders the decision in one line, such as
   * {@code 2027-06-30 GOLD IN_GRACE (GRACE_STARTED), grace until 2027-12-31, qualified SILVER}.
   *
   * @return never null
   */
  public String summary() {
    StringBuilder out = new StringBuilder().append(asOf()).append(' ').append(tier()).append(' ').append(status());
    transition().ifPresent(t -> out.append(" (").append(t).append(')'));
    graceEnd().ifPresent(end -> out.append(", grace until ").append(end));
    return out.append(", qualified ").append(qualifiedTier()).toString();
  }

  /** Builds a {@link TierDecision}. Not thread-safe. */
  static class Builder extends ImmutableTierDecision.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
