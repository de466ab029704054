package dev.partneros.tiers.mdf;

/**
 * How granted funds reach the partner ({@code docs/rules/mdf.md#lifecycle}: disbursement within 15
 * days of approval; reimbursement net 15 from receipt of the claim).
 */
public enum PaymentMode {
  /**
   * The default: the partner spends first and claims; the claim is reimbursed within
   * {@link MdfPolicy#reimbursementDays()} of its receipt.
   */
  REIMBURSEMENT,
  /**
   * The grant is paid in advance, within {@link MdfPolicy#disbursementDays()} of approval; the
   * partner's claim then reconciles the spend.
   */
  ADVANCE
}
