package dev.partneros.tiers;

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
