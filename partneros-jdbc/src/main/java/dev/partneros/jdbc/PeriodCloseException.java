package dev.partneros.jdbc;

import static java.util.Objects.requireNonNull;

/**
 * A period close that did not run or did not finish, with the reason and a message saying what to
 * do. Nothing half-done is left behind: every batch committed before it stays committed and the
 * next close of the period resumes after it ({@code docs/jdbc.md#guarantees}).
 */
public final class PeriodCloseException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why a close stopped. */
  public enum Reason {
    /** Another close holds the lock (with {@link PeriodClose.WhenLocked#FAIL}). */
    LOCKED,
    /** The period cannot be closed now: an earlier one is open, or a later one is closed. */
    OUT_OF_ORDER,
    /** The book or the program differs from the one the run being resumed started with. */
    INPUT_CHANGED,
    /** A program version is stored with other content: versions are immutable. */
    VERSION_CHANGED,
    /** The stored ledger disagrees with the engine's: a conservation check failed. */
    INCONSISTENT,
    /** The database refused a statement or the connection was lost. */
    DATABASE
  }

  /** Why the close stopped. */
  private final Reason reason;

  /**
   * Creates the exception, with no cause.
   *
   * @param reason the reason, not null
   * @param message the message, not null
   */
  public PeriodCloseException(Reason reason, String message) {
    super(requireNonNull(message, "message"));
    this.reason = requireNonNull(reason, "reason");
  }

  /**
   * Creates the exception with the error that stopped the close.
   *
   * @param reason the reason, not null
   * @param message the message, not null
   * @param cause the error that stopped the close, not null
   */
  public PeriodCloseException(Reason reason, String message, Throwable cause) {
    super(requireNonNull(message, "message"), requireNonNull(cause, "cause"));
    this.reason = requireNonNull(reason, "reason");
  }

  /**
   * Returns why the close stopped.
   *
   * @return never null
   */
  public Reason reason() {
    return reason;
  }
}
