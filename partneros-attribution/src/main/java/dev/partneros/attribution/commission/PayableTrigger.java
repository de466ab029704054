package dev.partneros.attribution.commission;

/** What makes an accrued commission payable ({@code docs/rules/commission.md#payout-timing}). */
public enum PayableTrigger {
  /** The customer's first payment on the deal is received (the default). */
  FIRST_PAYMENT,
  /** The implementation is complete ({@link CommissionDeal#implementationCompleted()}). */
  IMPLEMENTATION_COMPLETE,
  /** The trial is complete: {@link PayoutTerms#trialDays()} after the customer's start date. */
  TRIAL_COMPLETE
}
