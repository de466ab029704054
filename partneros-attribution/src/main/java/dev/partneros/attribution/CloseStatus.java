package dev.partneros.attribution;

/**
 * Where a deal stands ({@code docs/rules/attribution.md#classification}): {@link #OPEN} (no close
 * date), or closed as {@link #WON} or {@link #LOST} (with a close date). Attribution reads the
 * close date, not the outcome: a lost deal is classified and split like a won one (for pipeline
 * reporting); an open deal is classified provisionally and cannot be split.
 */
public enum CloseStatus {
  /** Still open: the deal has no close date, and nothing is cut off by one. */
  OPEN,
  /** Closed and won. */
  WON,
  /** Closed and lost. */
  LOST;

  /**
   * Tells whether the deal is closed, won or lost.
   *
   * @return true for {@link #WON} and {@link #LOST}
   */
  public boolean isClosed() {
    return this != OPEN;
  }
}
