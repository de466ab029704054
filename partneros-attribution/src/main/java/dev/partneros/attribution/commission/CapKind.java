package dev.partneros.attribution.commission;

/** The optional commission caps of {@code docs/rules/commission.md#caps}. */
public enum CapKind {
  /** The most one deal pays one partner. */
  PER_DEAL,
  /** The most one partner earns in a fiscal year. */
  PER_PARTNER,
  /** The most one partner earns in one payout period (a month or a fiscal quarter). */
  PER_PERIOD
}
