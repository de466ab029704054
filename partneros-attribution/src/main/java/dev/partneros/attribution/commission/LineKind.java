package dev.partneros.attribution.commission;

/**
 * What a commission line pays ({@code docs/rules/commission.md#commission-lines} and
 * {@code docs/rules/clawback.md}), with the rule id of its main step, whether the line comes from a
 * deal ({@link #isFromDeal()}: then the line always names its deal) and whether it accrues on the
 * deal's signature date ({@link #accruesOnSigning()}: the lines of the per-deal call,
 * {@code docs/rules/commission.md#per-deal-commission}).
 */
public enum LineKind {
  /** A one-time referral fee on a deal. */
  REFERRAL_FEE("commission.referral_fee", true, true, true),
  /** A recurring share of one collected payment. */
  RECURRING_SHARE("commission.recurring_share", true, true, false),
  /** Volume brackets (marginal or whole-volume) on a deal. */
  VOLUME_BRACKET("commission.bracket", true, true, true),
  /** Count brackets on an affiliate's referral, at the month's rate. */
  COUNT_BRACKET("commission.count_bracket", true, true, false),
  /** The tier's commission rate on a deal. */
  TIER_RATE("commission.tier_rate", true, true, true),
  /** The flat monthly bonus of a count bracket. */
  COUNT_BONUS("commission.count_bonus", false, false, false),
  /** A quarter's volume rebate (a negative line when the year's volume fell). */
  VOLUME_REBATE("commission.rebate", false, false, false),
  /** The first-deal SPIFF. */
  SPIFF_FIRST_DEAL("commission.spiff.first_deal", false, true, true),
  /** The quarterly quota SPIFF. */
  SPIFF_QUARTERLY_QUOTA("commission.spiff.quarterly_quota", false, false, false),
  /** The competitive-displacement SPIFF. */
  SPIFF_COMPETITIVE_DISPLACEMENT("commission.spiff.competitive_displacement", false, true, true),
  /** A clawback beyond the unpaid accruals: a negative adjustment netted against later payouts. */
  CLAWBACK_ADJUSTMENT("clawback.adjustment", false, true, false);

  private final String ruleId;
  private final boolean dealModel;
  private final boolean fromDeal;
  private final boolean onSigning;

  LineKind(String ruleId, boolean dealModel, boolean fromDeal, boolean onSigning) {
    this.ruleId = ruleId;
    this.dealModel = dealModel;
    this.fromDeal = fromDeal;
    this.onSigning = onSigning;
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

  /**
   * Tells whether a line of this kind comes from one deal, so that it always names the deal
   * ({@link CommissionLine#dealId()} present), as opposed to a period line of the partner.
   *
   * @return false only for the count bonus, the volume rebate and the quarterly quota bonus
   */
  public boolean isFromDeal() {
    return fromDeal;
  }

  /**
   * Tells whether a line of this kind accrues on the deal's signature date, computed by the per-deal
   * call {@link CommissionCalculator#calculateDeal}
   * ({@code docs/rules/commission.md#per-deal-commission}).
   *
   * @return true for the referral fee, the tier rate, volume brackets and the first-deal and
   *     competitive-displacement SPIFFs
   */
  public boolean accruesOnSigning() {
    return onSigning;
  }
}
