package dev.partneros.tiers;

/**
 * The part a partner played in a deal (tier metrics, {@code docs/rules/tiers.md#metrics};
 * attribution, {@code docs/rules/attribution.md}).
 */
public enum DealRole {
  /** The partner brought the deal: it counts in sourced ARR. */
  SOURCED,
  /** The partner helped close a deal it did not bring: it counts in influenced ARR. */
  INFLUENCED
}
