package dev.partneros.tiers;

/** Which pre-release programmes a tier joins ({@code docs/rules/tiers.md#benefits-matrix}). */
public enum EarlyAccess {
  /** None (standard: Registered, Silver). */
  NONE,
  /** Beta releases (standard: Gold). */
  BETA,
  /** Alpha releases, the earliest (standard: Platinum). */
  ALPHA
}
