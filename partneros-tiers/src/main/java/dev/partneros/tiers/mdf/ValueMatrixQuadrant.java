package dev.partneros.tiers.mdf;

/**
 * The quadrants of the partner value matrix ({@code docs/rules/health.md#value-matrix}), which
 * feeds the co-marketing strategic-value multiplier ({@link MdfPolicy#strategicValues()}). The
 * names are those of the scoring module's {@code SegmentAssignment.Quadrant}, so
 * {@code ValueMatrixQuadrant.valueOf(q.name())} converts one (this module does not depend on
 * scoring).
 */
public enum ValueMatrixQuadrant {
  /** High strategic value, high revenue. */
  STRATEGIC_ALLIANCE,
  /** High strategic value, low revenue. */
  TECHNOLOGY_PARTNER,
  /** Low strategic value, high revenue. */
  CHANNEL_PARTNER,
  /** Low strategic value, low revenue. */
  AFFILIATE
}
