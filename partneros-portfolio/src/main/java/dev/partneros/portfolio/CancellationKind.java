package dev.partneros.portfolio;

/** What happened to a won deal after it closed ({@code docs/rules/clawback.md}). */
public enum CancellationKind {
  /** The customer cancelled: the whole value is lost. */
  CANCELLATION,
  /** Part of the value was refunded ({@code amount} is the refund). */
  REFUND,
  /** The customer moved to a smaller contract ({@code amount} is the value lost). */
  DOWNGRADE,
  /** The referral was fraudulent: every commission on it is clawed back. */
  FRAUD
}
