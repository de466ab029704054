package dev.partneros.tiers;

/** How often a tier meets our executives ({@code docs/rules/tiers.md#benefits-matrix}). */
public enum ExecutiveAccess {
  /** No executive access (standard: Registered, Silver). */
  NONE,
  /** Quarterly (standard: Gold). */
  QUARTERLY,
  /** Monthly (standard: Platinum). */
  MONTHLY
}
