package dev.partneros.tiers.mdf;

/**
 * A limit that grants less than a request asks ({@code docs/rules/mdf.md#grant-limits}: a request
 * is granted at most min(requested, quarterly cap remaining, annual balance remaining)).
 */
public enum GrantLimit {
  /** What is left of the tier's quarterly cap in the fiscal quarter of the decision. */
  QUARTERLY_CAP,
  /** What is left of the annual entitlement (plus any rollover) in the fiscal year of the decision. */
  ANNUAL_BALANCE
}
