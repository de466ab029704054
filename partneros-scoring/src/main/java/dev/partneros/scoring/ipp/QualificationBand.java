package dev.partneros.scoring.ipp;

/**
 * The band of a prospect's qualification scorecard on its 50-point scale
 * ({@code docs/rules/ipp.md#qualification-scorecard}), lowest first: below 15 not ready, 15-24
 * silver, 25-34 gold, 35+ platinum potential.
 */
public enum QualificationBand {
  /** Below 15 points. */
  NOT_READY,
  /** From 15 points. */
  SILVER_POTENTIAL,
  /** From 25 points. */
  GOLD_POTENTIAL,
  /** From 35 points. */
  PLATINUM_POTENTIAL
}
