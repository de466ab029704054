package dev.partneros.tiers;

/**
 * Where a partner lands when its grace ends and it still does not qualify
 * ({@code docs/rules/tiers.md#downgrades}).
 */
public enum DowngradeMode {
  /**
   * One step down the ladder (the standard). If the partner does not qualify for that tier either, a
   * new grace for it starts at once, so a Platinum partner with nothing left reaches Registered only
   * after 3 + 2 + 1 quarters.
   */
  ONE_STEP,
  /** Straight to the tier it qualifies for (the option); no new grace follows. */
  TO_QUALIFIED
}
