package dev.partneros.attribution.commission;

/**
 * What a commission line pays ({@code docs/rules/commission.md#commission-lines} and
 * {@code docs/rules/clawback.md}), with the rule id of its main step.
 */
public enum LineKind {
  /** A one-time referral fee on a deal. */
  REFERRAL_FEE("commission.referral_fee", true),
  /** A recurring share of one collected payment. */
  RECURRING_SHARE("commission.recurring_share", true),
  /** Volume brackets (marginal or whole-volume) on a deal. */
  VOLUME_BRACKET("commission.bracket", true),
  /** Count brackets on an affiliate's referral, at the month's rate. */
  COUNT_BRACKET("commission.count_bracket", true),
  /** The tier's commission rate on a deal. */
  TIER_RATE("commission.tier_rate", true),
  /** The flat monthly bonus of a count bracket. */
  COUNT_BONUS("commission.count_bonus", false),
  /** A quarter's volume rebate (a negative line when the year's volume fell). */
  VOLUME_REBATE("commission.rebate", false),
  /** The first-deal SPIFF. */
  SPIFF_FIRST_DEAL("commission.spiff.first_deal", false),
  /** The quarterly quota SPIFF. */
  SPIFF_QUARTERLY_QUOTA("commission.spiff.quarterly_quota", false),
  /** The competitive-displacement SPIFF. */
  SPIFF_COMPETITIVE_DISPLACEMENT("commission.spiff.competitive_displacement", false),
  /** A clawback beyond the unpaid accruals: a negative adjustment netted against later payouts. */
  CLAWBACK_ADJUSTMENT("clawback.adjustment", false);

  private final String ruleId;
  private final boolean dealModel;

  LineKind(String ruleId, boolean dealModel) {
    this.ruleId = ruleId;
    this.dealModel = dealModel;
  }

  /**
   * Returns the rule id of the line's main explanation step, such as {@code commission.bracket}.
   *
   * @return never null
   */
  public String ruleId() {
    return ruleId;
  }

  /**
   * Tells whether the line is a commission model's share of a deal (what the quarterly quota bonus
   * is computed on), as opposed to a SPIFF, bonus, rebate or adjustment.
   *
   * @return true for the referral fee, recurring share, volume and count brackets and tier rate
   */
  public boolean isDealModel() {
    return dealModel;
  }
}
