package dev.partneros.tiers;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.Explanation;
import dev.partneros.core.Tier;
import dev.partneros.tiers.internal.Texts;
import dev.partneros.tiers.internal.TierExplanations;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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
 * {@link #explanation()} (the qualification's steps, then one step per {@link Step}) is
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
  public TierState.Status status() {
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
   * @return the day, present exactly when {@link TierState.Status#IN_GRACE}
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
  public abstract List<Step> steps();

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
        .addAllSteps(TierExplanations.qualificationSteps(qualification(), qualification().compiledSteps()))
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

  /**
   * What changed at a quarter-end evaluation ({@code docs/rules/tiers.md#tier-decisions}). At most
   * one per decision: a tier change wins over a change of standing (a partner downgraded into a new
   * grace is {@link #DOWNGRADED}; a partner in grace upgraded above its tier is {@link #UPGRADED}).
   */
  public enum Transition {
    /** The partner moved up the ladder. */
    UPGRADED,
    /** The partner moved down the ladder. */
    DOWNGRADED,
    /** A review found the partner no longer qualifies: grace started, tier kept. */
    GRACE_STARTED,
    /** A partner in grace qualified for its tier again: grace ended, tier kept. */
    GRACE_CLEARED
  }

  /**
   * One step of the maintenance state machine's reasoning at a quarter end
   * ({@code docs/rules/tiers.md#quarter-end-evaluation}), in the order taken. A {@link TierDecision}
   * records them as data and renders them into explanation steps only on request.
   */
  public enum Step {
    /** A strategic override was granted and applied before the evaluation. */
    OVERRIDE_GRANTED,
    /** A strategic override pins the tier, whatever the metrics. */
    OVERRIDE_IN_FORCE,
    /** A strategic override reached its end date: the partner moves to its qualified tier. */
    OVERRIDE_ENDED,
    /** A provisional tier is still within its period. */
    PROVISIONAL_IN_FORCE,
    /** A provisional tier reached its end: the partner moves to its qualified tier, without grace. */
    PROVISIONAL_ENDED,
    /** The partner qualifies for a higher tier and is upgraded to it. */
    UPGRADED,
    /** The partner qualifies for a higher tier, but upgrades wait for a review. */
    UPGRADE_AWAITS_REVIEW,
    /** The partner qualifies for the tier it holds. */
    HOLDS,
    /** The partner does not qualify for its tier, but no review is due: it keeps its tier. */
    NOT_QUALIFIED_BEFORE_REVIEW,
    /** A review found the partner no longer qualifies: grace starts. */
    GRACE_STARTED,
    /** The partner is in grace and does not qualify yet. */
    GRACE_CONTINUES,
    /** The partner qualifies again during grace: grace ends. */
    GRACE_CLEARED,
    /** Grace ended (or the tier has none) without re-qualifying: the partner is downgraded. */
    DOWNGRADED,
    /** The tier the partner was downgraded to is not held either: a new grace starts at once. */
    NEW_GRACE;

    /**
     * Returns the rule id of the step, such as {@code tiers.grace}.
     *
     * @return never null
     */
    public String rule() {
      switch (this) {
        case OVERRIDE_GRANTED:
        case OVERRIDE_IN_FORCE:
        case OVERRIDE_ENDED:
          return "tiers.override";
        case PROVISIONAL_IN_FORCE:
        case PROVISIONAL_ENDED:
          return "tiers.provisional";
        case UPGRADED:
        case UPGRADE_AWAITS_REVIEW:
          return "tiers.upgrade";
        case HOLDS:
        case NOT_QUALIFIED_BEFORE_REVIEW:
          return "tiers.review";
        case DOWNGRADED:
          return "tiers.downgrade";
        default:
          return "tiers.grace";
      }
    }

    /**
     * Returns the step's name in lower case, as its outcome code: {@code grace_started}.
     *
     * @return never null
     */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * For a partner in grace, or near it, what happens if nothing changes
   * ({@code docs/rules/program-changes.md#grace-projection}, "projection"): the tier it will hold
   * when grace ends and what it needs before then to keep its tier.
   *
   * <p>"Near grace" is a partner in good standing whose metrics no longer qualify it for its tier
   * while no review is due yet: its {@link #deadline()} is the next review, at which grace would start
   * (or, for a tier without grace, the downgrade happen). "If nothing changes" means the same metrics
   * at every later quarter end.
   *
   * <p>Immutable and thread-safe.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutableGraceProjection.class)
  @JsonDeserialize(as = ImmutableGraceProjection.class)
  public abstract static class GraceProjection {

    GraceProjection() {}

    /**
     * Returns the tier at stake (the tier held).
     *
     * @return never null
     */
    public abstract Tier tier();

    /**
     * Tells whether the partner is in grace already (false: grace would start at the deadline).
     *
     * @return true if in grace
     */
    public abstract boolean inGrace();

    /**
     * Returns the last quarter end at which qualifying again keeps the tier without consequence: the
     * grace end when in grace, the next review otherwise.
     *
     * @return never null
     */
    public abstract LocalDate deadline();

    /**
     * Returns the quarter end on which grace ends (or would end).
     *
     * @return never null
     */
    public abstract LocalDate graceEnd();

    /**
     * Returns the tier the partner will hold from the grace end if nothing changes.
     *
     * @return never null
     */
    public abstract Tier tierAtGraceEnd();

    /**
     * Returns what the partner needs to qualify for its tier again.
     *
     * @return never null; its target is {@link #tier()}
     */
    public abstract Progress toKeep();

    /**
     * Renders the projection, such as
     * {@code In grace for Gold until 2027-09-30; if nothing changes, Silver from then. To keep Gold:
     * 1 more certified person}.
     *
     * @return never null
     */
    public String render() {
      String tier = Texts.tierName(tier());
      String head = inGrace()
          ? "In grace for " + tier + " until " + graceEnd()
          : "Not qualified for " + tier + ": the review on " + deadline()
              + (graceEnd().equals(deadline()) ? " downgrades it" : " starts grace until " + graceEnd());
      return head + "; if nothing changes, " + Texts.tierName(tierAtGraceEnd()) + " from then. To keep " + tier
          + ": " + String.join("; ", toKeep().gaps());
    }

    /** Builds a {@link GraceProjection}. Not thread-safe. */
    static class Builder extends ImmutableGraceProjection.Builder {
      /** Creates an empty builder. */
      Builder() {}
    }
  }
}
