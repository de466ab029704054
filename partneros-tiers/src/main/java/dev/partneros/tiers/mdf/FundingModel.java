package dev.partneros.tiers.mdf;

/**
 * How a partner's MDF is funded ({@code docs/rules/mdf.md#funding-models}).
 *
 * <p>Every model keeps the tier's quarterly cap, the eligibility rules, the approvals and the
 * fiscal-year expiry; they differ in what the annual entitlement is and what a request asks of the
 * fund.
 */
public enum FundingModel {
  /**
   * The default: the annual entitlement is the tier's annual allocation (benefits matrix) and a
   * request asks the fund for its whole amount.
   */
  TIER_ALLOCATION,
  /**
   * Accrual: a percentage of the partner's sales in the fiscal year so far accrues, up to a cap
   * ({@link AccrualTerms}); that is the annual entitlement. A request asks for its whole amount.
   */
  ACCRUAL,
  /**
   * Co-op: the annual entitlement is the tier's allocation, and the fund matches a percentage of the
   * partner's own spend ({@link CoopTerms}): a request states the activity's total cost and asks the
   * fund for the match.
   */
  COOP
}
