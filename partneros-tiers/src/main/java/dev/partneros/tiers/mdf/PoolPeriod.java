package dev.partneros.tiers.mdf;

/**
 * The period an MDF pool covers, which fixes each partner's cap
 * ({@code docs/rules/mdf.md#pool-allocation}).
 */
public enum PoolPeriod {
  /** A fiscal year's pool: a partner's cap is its annual entitlement. */
  FISCAL_YEAR,
  /** A fiscal quarter's pool: a partner's cap is also at most its tier's quarterly cap. */
  FISCAL_QUARTER
}
