package dev.partneros.tiers.mdf;

/** A dated obligation of the MDF lifecycle ({@code docs/rules/mdf.md#lifecycle}). */
public enum ObligationKind {
  /** Paying an {@link PaymentMode#ADVANCE} grant: due {@link MdfPolicy#disbursementDays()} after approval. */
  DISBURSEMENT,
  /**
   * Reimbursing the claim of a {@link PaymentMode#REIMBURSEMENT} grant: due
   * {@link MdfPolicy#reimbursementDays()} after the claim's receipt (net 15).
   */
  REIMBURSEMENT,
  /**
   * The partner's ROI report on a claim (leads, opportunities, pipeline, closed revenue): due
   * {@link MdfPolicy#roiReportDays()} after the claim's receipt. Overdue, it blocks new funds.
   */
  ROI_REPORT
}
