package dev.partneros.tiers;

/** The partner manager a tier gets ({@code docs/rules/tiers.md#benefits-matrix}). */
public enum PartnerManager {
  /** A pooled partner team (standard: Registered, Silver). */
  POOLED,
  /** A dedicated partner manager (standard: Gold). */
  DEDICATED,
  /** A senior partner manager (standard: Platinum). */
  SENIOR
}
