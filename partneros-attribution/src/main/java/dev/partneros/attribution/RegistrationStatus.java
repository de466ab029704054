package dev.partneros.attribution;

/**
 * What became of one registration in a registration conflict
 * ({@code docs/rules/attribution.md#deal-registration}, "Deal registration"): {@link #WON}, or the
 * reason it lost. The reasons are checked in the order declared below (a registration made after
 * the evaluation date is reported as such even if it would also be after close).
 */
public enum RegistrationStatus {
  /** The earliest valid registration still within its protection on the evaluation date. */
  WON,
  /** Made after the evaluation date: it did not exist yet, so it takes no part. */
  AFTER_EVALUATION_DATE,
  /** Made after the deal closed: there was no open opportunity left to protect. */
  AFTER_CLOSE,
  /**
   * Made after the deal entered the direct pipeline (a direct engagement strictly before the
   * registration day): invalid. An engagement on the registration day itself does not invalidate it.
   */
  AFTER_DIRECT_PIPELINE,
  /**
   * Its protection ended before the evaluation date (protected days 0 to N inclusive, expired from
   * day N + 1), or before the deal was created
   * ({@code docs/rules/attribution.md#registration-before-the-deal-was-created}).
   */
  EXPIRED,
  /** Valid and protected, but a valid protected registration of an earlier day won. */
  LATER_THAN_WINNER,
  /** Valid, protected and of the same day as the winner, but the winner's partner id sorts first. */
  TIE_BROKEN_BY_PARTNER_ID,
  /** Another registration by the winning partner on the winning day: a duplicate of the winner. */
  DUPLICATE_OF_WINNER;

  /**
   * Tells whether the registration lost.
   *
   * @return true for every status but {@link #WON}
   */
  public boolean isLoss() {
    return this != WON;
  }
}
