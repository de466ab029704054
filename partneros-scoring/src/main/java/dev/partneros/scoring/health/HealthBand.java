package dev.partneros.scoring.health;

/**
 * The band of a partner health score, lowest first ({@code docs/rules/health.md#health-bands}):
 * 0-19 {@code CHURNING}, 20-39 {@code CRITICAL}, 40-59 {@code AT_RISK}, 60-79 {@code HEALTHY},
 * 80-100 {@code CHAMPION} by default (inclusive lower bounds, configurable in
 * {@link HealthPolicy.Bands}).
 */
public enum HealthBand {
  /** Below the critical threshold (default 20). */
  CHURNING,
  /** From the critical threshold (default 20). */
  CRITICAL,
  /** From the at-risk threshold (default 40). */
  AT_RISK,
  /** From the healthy threshold (default 60). */
  HEALTHY,
  /** From the champion threshold (default 80). */
  CHAMPION
}
