package dev.partneros.tiers.mdf;

/** The outcome of an MDF request ({@code docs/rules/mdf.md#requests}). */
public enum MdfStatus {
  /** Every approval is given and the whole amount asked is granted. */
  APPROVED,
  /**
   * Every approval is given, but a limit (the quarterly cap or the annual balance) grants less than
   * was asked; {@link MdfDecision#limitedBy()} says which.
   */
  PARTIALLY_APPROVED,
  /**
   * The request can be granted, but approvals are missing; {@link MdfDecision#pendingApprovers()}
   * names them.
   */
  NEEDS_APPROVAL,
  /** The request cannot be granted; {@link MdfDecision#reasons()} says every reason. */
  REJECTED
}
