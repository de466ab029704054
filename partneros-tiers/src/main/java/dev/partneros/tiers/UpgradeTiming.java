package dev.partneros.tiers;

/**
 * When a partner that qualifies for a higher tier is upgraded
 * ({@code docs/rules/tiers.md#upgrades}).
 */
public enum UpgradeTiming {
  /** At the first quarter end where the higher tier qualifies (the standard). */
  AT_QUARTER_END,
  /** Only at a review (the option; see {@link ReviewCadence}). */
  AT_REVIEW
}
