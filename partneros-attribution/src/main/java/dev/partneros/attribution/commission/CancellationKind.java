package dev.partneros.attribution.commission;

/** What happened to a deal after signature ({@code docs/rules/clawback.md}). */
public enum CancellationKind {
  /** The customer cancelled: the day-band fraction of every commission on the deal is clawed back. */
  CANCELLATION,
  /** The customer downgraded to a new value: a partial cancellation of the lost value. */
  DOWNGRADE,
  /** Part of the payment was refunded: the same as a downgrade by the refunded value. */
  PARTIAL_REFUND,
  /** The referral was fraudulent: 100 % of every commission on it, and the partner is flagged. */
  FRAUD
}
