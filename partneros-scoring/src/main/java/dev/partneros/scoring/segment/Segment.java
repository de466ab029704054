package dev.partneros.scoring.segment;

/**
 * A portfolio segment ({@code docs/rules/health.md#segments}), checked in this order: strategic
 * (top 10 % by revenue and growing), growth (growing and health >= 60), at risk (declining or
 * health &lt; 40), long tail (bottom 50 % by revenue and &lt;= 1 deal a quarter), stable (the
 * rest).
 */
public enum Segment {
  /** Top revenue and growing. */
  STRATEGIC,
  /** Growing and healthy. */
  GROWTH,
  /** Declining or unhealthy. */
  AT_RISK,
  /** Small and inactive. */
  LONG_TAIL,
  /** Everyone else. */
  STABLE
}
