package dev.partneros.scoring.health;

/**
 * The five dimensions of the partner health score, in the order of
 * {@code docs/rules/health.md#health-score}.
 */
public enum HealthDimension {
  /** Year-over-year growth of quarterly revenue (30 points by default). */
  REVENUE,
  /** Deals registered in the quarter (25 points). */
  ACTIVITY,
  /** Portal activity cadence (20 points). */
  ENGAGEMENT,
  /** Partner NPS, -100 to 100 (15 points). */
  SATISFACTION,
  /** Strategic fit (10 points). */
  STRATEGIC_FIT
}
