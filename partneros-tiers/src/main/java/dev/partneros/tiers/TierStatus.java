package dev.partneros.tiers;

/** A partner's standing in its tier ({@code docs/rules/tiers.md#tier-decisions}). */
public enum TierStatus {
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
