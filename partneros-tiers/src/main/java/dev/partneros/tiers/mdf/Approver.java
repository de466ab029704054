package dev.partneros.tiers.mdf;

/**
 * Who signs off an MDF request ({@code docs/rules/mdf.md#approval-routing}), lowest role first. A
 * request needs the approver its amount is routed to ({@link MdfPolicy#routing()}) and its tier's
 * own approvers ({@link MdfPolicy#approvers()}).
 *
 * <p>Decision (the blueprint is silent): roles do not stand in for one another: a request that
 * needs a partner manager and a director needs both sign-offs, even if a VP signed too. The
 * partner manager knows the partner; the director owns the budget.
 */
public enum Approver {
  /** The partner's partner manager (standard: every request below 5,000; Silver and Gold tiers). */
  PARTNER_MANAGER,
  /** A director (standard: every request of 5,000 or more; the Gold tier). */
  DIRECTOR,
  /** A vice president (standard: the Platinum tier). */
  VP
}
