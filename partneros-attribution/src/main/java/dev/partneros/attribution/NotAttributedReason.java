package dev.partneros.attribution;

/**
 * Why a deal is {@link AttributionType#NOT_ATTRIBUTED} to a partner
 * ({@code docs/rules/attribution.md#not-attributed}: "partner only mentioned, deal already in the
 * direct pipeline, or partner engagement only after close"). The first reason that applies, in
 * this order, is reported; the criteria missed are in the {@link DealAttribution} as well.
 */
public enum NotAttributedReason {
  /** The partner has no touch and no registration on the deal at all. */
  NO_PARTNER_ACTIVITY,
  /** Every touch and registration of the partner is dated after the close date, so none counts. */
  ONLY_AFTER_CLOSE,
  /** The partner's only touches up to the close date are mentions, and it did not register the deal. */
  ONLY_MENTIONED,
  /**
   * A direct-sales engagement is dated before the partner's first touch or registration: the deal
   * was already in the direct pipeline when the partner arrived.
   */
  ALREADY_IN_DIRECT_PIPELINE,
  /** The partner was active on the deal, but neither the sourced nor the influenced criteria all hold. */
  CRITERIA_NOT_MET
}
