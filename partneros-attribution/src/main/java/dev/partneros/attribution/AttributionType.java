package dev.partneros.attribution;

/**
 * How a deal is attributed to one partner ({@code docs/rules/attribution.md#classification}),
 * decided in this order: sourced, then influenced, else not attributed.
 */
public enum AttributionType {
  /**
   * The lead came through the partner's channel, the deal was registered within the registration
   * window of first contact, and no direct-sales engagement came before the registration. Credit:
   * the policy's sourced factor, 100 % by default.
   */
  PARTNER_SOURCED,
  /**
   * Not sourced, but partner activity is documented on the deal, the partner took part in the
   * sales process on or before the close date, and the deal is marked as dependent on the partner.
   * Credit: the policy's influenced factor, 50 % by default.
   */
  PARTNER_INFLUENCED,
  /** Anything else: no credit. */
  NOT_ATTRIBUTED
}
