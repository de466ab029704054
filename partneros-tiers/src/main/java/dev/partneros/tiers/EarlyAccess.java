package dev.partneros.tiers;

/** Which pre-release programmes a tier joins (RULES.md section 5, benefits matrix). */
public enum EarlyAccess {
  /** None (standard: Registered, Silver). */
  NONE,
  /** Beta releases (standard: Gold). */
  BETA,
  /** Alpha releases, the earliest (standard: Platinum). */
  ALPHA
}
