package dev.partneros.tiers.mdf;

/** What limited a partner's share of an MDF pool ({@code docs/rules/mdf.md#pool-allocation}). */
public enum PoolLimit {
  /** The partner received its whole entitlement. */
  ENTITLEMENT,
  /** The partner received its tier's quarterly cap (a quarter's pool). */
  QUARTERLY_CAP,
  /** The pool ran out: the partner received its proportional share, below its entitlement. */
  POOL,
  /** Its segment's share (after what other segments freed) ran out: below its entitlement. */
  SEGMENT,
  /** The partner is in no segment of the policy, so a split by segment gives it nothing. */
  NOT_IN_SEGMENT,
  /** The partner has no entitlement (a tier without MDF): nothing to allocate. */
  NO_ENTITLEMENT,
  /**
   * The partner's co-marketing budget, the weight of its share, is zero (a tier without MDF given
   * an entitlement of its own): a zero weight receives nothing.
   */
  NO_BUDGET
}
