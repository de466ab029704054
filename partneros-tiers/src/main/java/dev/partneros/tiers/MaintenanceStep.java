package dev.partneros.tiers;

import java.util.Locale;

/**
 * One step of the maintenance state machine's reasoning at a quarter end
 * ({@code docs/rules/tiers.md#quarter-end-evaluation}), in the order taken. A {@link TierDecision}
 * records them as data and renders them into explanation steps only on request.
 */
public enum MaintenanceStep {
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
