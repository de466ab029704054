package dev.partneros.core;

import java.util.List;

/**
 * The facts given to an engine are invalid (a negative amount, a date after the as-of date, a
 * rating outside its scale...). Thrown at evaluation time, carrying every problem found with the
 * path of the offending fact.
 *
 * <p>Immutable and thread-safe.
 */
public final class InvalidFactsException extends PartnerOsException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param problems every problem found, not null, not empty
   * @throws IllegalArgumentException if there are no problems
   */
  public InvalidFactsException(List<Problem> problems) {
    super("invalid facts", problems);
  }
}
