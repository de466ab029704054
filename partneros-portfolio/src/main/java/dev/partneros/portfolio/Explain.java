package dev.partneros.portfolio;

/**
 * How much explanation the per-partner outputs of a book carry ({@code docs/streaming.md#explain}).
 * Decisions and money are the same at every level; only the sentences that explain them differ.
 */
public enum Explain {
  /** Decisions and money only: no explanation sentences, no reasons. */
  NONE,
  /**
   * The first sentence of each explanation (the tier decision, the current health), each commission
   * line's explanation and each MDF request's reason: the default.
   */
  SUMMARY,
  /** Every sentence of every explanation. */
  FULL
}
