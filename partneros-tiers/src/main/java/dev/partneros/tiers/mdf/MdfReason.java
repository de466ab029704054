package dev.partneros.tiers.mdf;

/**
 * Why a partner is not eligible for MDF, or why a request is rejected
 * ({@code docs/rules/mdf.md#eligibility}). Each reason names the rule of the explanation step that
 * reports it.
 */
public enum MdfReason {
  /** The activity is not one of the program's allowed uses (swag, or anything unlisted). */
  USE_NOT_ALLOWED("mdf.request.use"),
  /** The partner's tier is below the program's minimum tier (standard: Silver). */
  BELOW_MINIMUM_TIER("mdf.eligibility.tier"),
  /** The partner's sourced ARR is below the program's minimum (standard: 25,000). */
  SOURCED_ARR_BELOW_MINIMUM("mdf.eligibility.sourcedArr"),
  /** An ROI report of an earlier claim is overdue: no new funds until it is filed. */
  OVERDUE_ROI_REPORT("mdf.eligibility.roiReports"),
  /** The partner's annual entitlement is zero (a tier without MDF, or nothing accrued yet). */
  NO_ALLOCATION("mdf.eligibility.allocation"),
  /** Nothing is left of the quarterly cap in this fiscal quarter. */
  QUARTERLY_CAP_REACHED("mdf.request.cap"),
  /** Nothing is left of the annual balance in this fiscal year. */
  ANNUAL_BALANCE_EXHAUSTED("mdf.request.cap");

  private final String rule;

  MdfReason(String rule) {
    this.rule = rule;
  }

  /**
   * Returns the id of the rule that reports this reason, such as {@code mdf.eligibility.tier}.
   *
   * @return never null
   */
  public String rule() {
    return rule;
  }

  /**
   * Tells whether this reason makes a partner ineligible (as opposed to rejecting one request).
   *
   * @return true for the eligibility reasons
   */
  public boolean isEligibility() {
    return rule.startsWith("mdf.eligibility.");
  }
}
