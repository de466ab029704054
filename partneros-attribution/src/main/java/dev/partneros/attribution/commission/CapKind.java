package dev.partneros.attribution.commission;

/** The optional commission caps of RULES.md section 7. */
public enum CapKind {
  /** The most one deal pays one partner. */
  PER_DEAL,
  /** The most one partner earns in a fiscal year. */
  PER_PARTNER,
  /** The most one partner earns in one payout period (a month or a fiscal quarter). */
  PER_PERIOD
}
