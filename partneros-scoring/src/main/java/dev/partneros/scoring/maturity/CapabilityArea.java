package dev.partneros.scoring.maturity;

/**
 * The capability areas of the maturity model ({@code docs/rules/maturity.md#capability-areas});
 * each checklist item belongs to one.
 */
public enum CapabilityArea {
  /** Strategy and planning. */
  STRATEGY_PLANNING,
  /** Program operations. */
  PROGRAM_OPERATIONS,
  /** Enablement. */
  ENABLEMENT,
  /** Go-to-market and sales. */
  GTM_SALES,
  /** Data and measurement. */
  DATA_MEASUREMENT
}
