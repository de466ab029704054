package dev.partneros.scoring;

/** The stages of partner-program maturity, lowest first (RULES.md section 1). */
public enum MaturityStage {
  /** Ad hoc, reactive. */
  FOUNDATIONAL,
  /** Structured, defined. */
  EMERGING,
  /** Proactive, integrated. */
  SCALED,
  /** Ecosystem-led, innovative. */
  OPTIMIZED
}
