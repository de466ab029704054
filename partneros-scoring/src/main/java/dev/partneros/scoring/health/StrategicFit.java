package dev.partneros.scoring.health;

/**
 * How well a partner fits the program's strategy ({@code docs/rules/health.md#strategic-fit}),
 * lowest first.
 */
public enum StrategicFit {
  /** Weak fit. */
  WEAK,
  /** Moderate fit. */
  MODERATE,
  /** Strong fit. */
  STRONG
}
