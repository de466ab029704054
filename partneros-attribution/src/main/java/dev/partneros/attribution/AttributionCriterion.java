package dev.partneros.attribution;

/**
 * The six criteria of the deal classification ({@code docs/rules/attribution.md#classification}),
 * in the order they are evaluated. Every {@link DealAttribution} says of each one whether it was
 * met, and its explanation has one step per criterion whose rule id is {@link #ruleId()}.
 */
public enum AttributionCriterion {
  /** Sourced, 1: the lead came through the partner's channel (a touch flagged as a channel lead). */
  LEAD_THROUGH_PARTNER_CHANNEL("attribution.sourced.lead_through_partner_channel", AttributionType.PARTNER_SOURCED),
  /** Sourced, 2: the partner registered the deal within the registration window of first contact. */
  REGISTERED_WITHIN_WINDOW("attribution.sourced.registered_within_window", AttributionType.PARTNER_SOURCED),
  /** Sourced, 3: no direct-sales engagement is dated before the partner's registration. */
  NO_DIRECT_ENGAGEMENT_BEFORE_REGISTRATION("attribution.sourced.no_direct_engagement_before_registration",
      AttributionType.PARTNER_SOURCED),
  /** Influenced, 1: partner activity is documented on the deal (a documented touch that is not a mention). */
  DOCUMENTED_PARTNER_ACTIVITY("attribution.influenced.documented_partner_activity",
      AttributionType.PARTNER_INFLUENCED),
  /** Influenced, 2: the partner took part in the sales process on or before the close date. */
  TOOK_PART_BEFORE_CLOSE("attribution.influenced.took_part_before_close", AttributionType.PARTNER_INFLUENCED),
  /** Influenced, 3: the deal is marked as dependent on the partner. */
  MARKED_DEPENDENT_ON_PARTNER("attribution.influenced.marked_dependent_on_partner",
      AttributionType.PARTNER_INFLUENCED);

  private final String ruleId;
  private final AttributionType leadsTo;

  AttributionCriterion(String ruleId, AttributionType leadsTo) {
    this.ruleId = ruleId;
    this.leadsTo = leadsTo;
  }

  /**
   * Returns the rule id of this criterion's explanation step, such as
   * {@code attribution.sourced.registered_within_window}.
   *
   * @return never null
   */
  public String ruleId() {
    return ruleId;
  }

  /**
   * Returns the classification this criterion is one of the conditions of.
   *
   * @return {@link AttributionType#PARTNER_SOURCED} or {@link AttributionType#PARTNER_INFLUENCED}
   */
  public AttributionType leadsTo() {
    return leadsTo;
  }
}
