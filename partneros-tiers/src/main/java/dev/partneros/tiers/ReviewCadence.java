package dev.partneros.tiers;

/**
 * When a partner's standing is reviewed ({@code docs/rules/tiers.md#reviews}). At a review, a
 * partner that no longer qualifies for its tier enters grace; with
 * {@link UpgradeTiming#AT_REVIEW}, upgrades also wait for a review.
 */
public enum ReviewCadence {
  /**
   * Once a year, on the anniversary of the partner's last tier change (the standard). Reviews take
   * place at quarter ends: an anniversary that falls inside a quarter is reviewed at that quarter's
   * end.
   */
  ANNUAL,
  /** At every quarter end (the option). */
  QUARTERLY
}
