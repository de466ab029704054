package dev.partneros.core;

import java.util.List;

/**
 * A program document, or a policy read from it, is invalid. Thrown at load time, carrying every
 * problem found with the path of the offending field.
 *
 * <p>Immutable and thread-safe.
 */
public final class InvalidProgramException extends PartnerOsException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param problems every problem found, not null, not empty
   * @throws IllegalArgumentException if there are no problems
   */
  public InvalidProgramException(List<Problem> problems) {
    super("invalid program", problems);
  }
}
