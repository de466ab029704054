package dev.partneros.scoring;

/** How well a partner fits the program's strategy (RULES.md section 4), lowest first. */
public enum StrategicFit {
  /** Weak fit. */
  WEAK,
  /** Moderate fit. */
  MODERATE,
  /** Strong fit. */
  STRONG
}
