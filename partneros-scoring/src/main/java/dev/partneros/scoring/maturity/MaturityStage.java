package dev.partneros.scoring.maturity;

/** The stages of partner-program maturity, lowest first ({@code docs/rules/maturity.md#stages}). */
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
