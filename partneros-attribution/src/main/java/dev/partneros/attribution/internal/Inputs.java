package dev.partneros.attribution.internal;

import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.Money;
import dev.partneros.core.internal.ProblemCollector;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Renders explanation inputs cheaply: plain concatenation, no formatter, so building an explanation
 * on the hot path costs little (sentences are rendered only on request).
 */
public final class Inputs {

  /** The outcome of a criterion that holds. */
  public static final String MET = "met";
  /** The outcome of a criterion that does not hold. */
  public static final String MISSED = "missed";
  /** The rules section of every attribution rule (6, {@code docs/rules/attribution.md}). */
  public static final String SECTION = "6";

  private Inputs() {}

  /**
   * Returns {@link #MET} or {@link #MISSED}.
   *
   * @param met whether the criterion holds
   * @return the outcome
   */
  public static String outcome(boolean met) {
    return met ? MET : MISSED;
  }

  /**
   * Renders a date, or a placeholder when absent.
   *
   * @param date the date, may be empty
   * @param absent the text for an absent date
   * @return the text
   */
  public static String date(Optional<LocalDate> date, String absent) {
    return date.isPresent() ? date.get().toString() : absent;
  }

  /**
   * Renders an amount as plain digits and the currency code, {@code 1234.50 USD}.
   *
   * @param money the amount
   * @return the text
   */
  public static String money(Money money) {
    return money.amount().toPlainString() + " " + money.currency().getCurrencyCode();
  }

  /**
   * Checks a list's length against its documented maximum (a clear error at the limit),
   * reporting {@code too_large} at the list's path.
   *
   * @param problems where a problem goes
   * @param path the list's path
   * @param size the list's length
   * @param max the maximum length, inclusive
   * @return whether the length is within the maximum
   */
  public static boolean checkSize(ProblemCollector problems, FieldPath path, int size, int max) {
    return problems.check(size <= max, path, CoreProblemCode.TOO_LARGE, "have at most " + max + " entries", size + " entries");
  }
}
