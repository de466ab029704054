package dev.partneros.scoring.health;

/**
 * How often a partner is active on the partner portal ({@code docs/rules/health.md#engagement}),
 * lowest first. It is either given or derived from portal-active days in the quarter: at least 12
 * weekly, at least 3 monthly, at least 1 quarterly, else inactive (thresholds configurable).
 */
public enum EngagementCadence {
  /** No portal activity in the quarter. */
  INACTIVE,
  /** Active about once a quarter. */
  QUARTERLY,
  /** Active about monthly. */
  MONTHLY,
  /** Active about weekly. */
  WEEKLY
}
