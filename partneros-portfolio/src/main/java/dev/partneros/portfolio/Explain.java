package dev.partneros.portfolio;

/**
 * How much each partner's line of a streamed book carries ({@code docs/streaming.md#explain}). At
 * every level a line holds the partner's current decisions and totals: tier decision with progress,
 * health, 4C, IPP, segment, entitlement, commission and MDF totals. The decisions and money are the
 * same at every level; the histories are always in the CSV files.
 */
public enum Explain {
  /** The current decisions and totals only: no explanation, progress text or projection. */
  NONE,
  /**
   * The current decisions and totals with the first sentence of the tier decision's and the current
   * health's explanation, the progress text, the gaps and the projection: the default.
   */
  SUMMARY,
  /**
   * Everything {@code evaluation.json} holds for the partner: every sentence, the tier timeline,
   * the health history, the deals with their credit, every commission line with its explanation and
   * every MDF request with its reason.
   */
  FULL
}
