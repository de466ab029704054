package dev.partneros.attribution.commission;

/**
 * Where a commission line stands on the as-of date
 * ({@code docs/rules/commission.md#commission-lines}).
 */
public enum LineStatus {
  /** Earned (the deal is signed), not yet payable: the trigger or the refund holdback is pending. */
  ACCRUED,
  /** Payable, waiting for a payout run (or carried over below the minimum). */
  PAYABLE,
  /** Included in a payout run on or before the as-of date (payment due on the terms). */
  PAID,
  /**
   * Cancelled entirely by a clawback before it was paid, or a negative adjustment
   * ({@code docs/rules/clawback.md#limits-and-netting}).
   */
  CLAWED_BACK
}
