package dev.partneros.jdbc;

import static java.util.Objects.requireNonNull;

import dev.partneros.core.PartnerId;
import dev.partneros.core.YearQuarter;
import java.util.List;

/**
 * What a period close did. Immutable and thread-safe.
 *
 * @param period the period
 * @param runId the run that closed (or had closed) the period
 * @param outcome what happened
 * @param partnersClosed the partners this call closed (none when the period was already closed)
 * @param commissionEntries the commission ledger entries this call wrote
 * @param payouts the payouts this call wrote
 * @param restated the partners whose stored tier state at the previous period's end differs from
 *     the decision the engine makes for that quarter end from the stored state before it (a fact of
 *     that period changed after its close, or the stored state was edited); their stored states are
 *     kept, and the new period continues from them
 * @param message one sentence saying what happened
 */
public record CloseResult(YearQuarter period, long runId, Outcome outcome, int partnersClosed, int commissionEntries,
    int payouts, List<PartnerId> restated, String message) {

  /** What a close did. */
  public enum Outcome {
    /** The period is now closed, by a run started by this call. */
    CLOSED,
    /** The period is now closed, by this call finishing a run that had stopped part-way. */
    RESUMED,
    /** The period was already closed: nothing was changed. */
    ALREADY_CLOSED
  }

  /**
   * Checks for nulls and negative counts.
   *
   * @param period not null
   * @param runId the run
   * @param outcome not null
   * @param partnersClosed not negative
   * @param commissionEntries not negative
   * @param payouts not negative
   * @param restated not null
   * @param message not null
   * @throws IllegalArgumentException if a count is negative
   */
  public CloseResult {
    requireNonNull(period, "period");
    requireNonNull(outcome, "outcome");
    notNegative("partnersClosed", partnersClosed);
    notNegative("commissionEntries", commissionEntries);
    notNegative("payouts", payouts);
    restated = List.copyOf(restated);
    requireNonNull(message, "message");
  }

  /**
   * Tells whether this call changed nothing.
   *
   * @return true when the period was already closed
   */
  public boolean changedNothing() {
    return outcome == Outcome.ALREADY_CLOSED;
  }

  private static void notNegative(String name, int count) {
    if (count < 0) {
      throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "%s must not be negative, but was %d",
          name, count));
    }
  }
}
