package dev.partneros.core;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The base of every exception PartnerOS throws on purpose. It carries every {@link Problem} found,
 * not only the first, each with its path and a message an analyst understands.
 *
 * <p>Immutable and thread-safe (apart from the stack trace machinery inherited from
 * {@link RuntimeException}).
 */
public abstract class PartnerOsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The problems, never empty. Transient: problems are values, not serialised with the exception. */
  private final transient List<Problem> problems;

  /**
   * Creates an exception carrying problems.
   *
   * @param summary a short summary such as "invalid program", not null
   * @param problems every problem found, not null, not empty
   * @throws IllegalArgumentException if there are no problems
   */
  protected PartnerOsException(String summary, List<Problem> problems) {
    super(message(summary, problems));
    this.problems = List.copyOf(problems);
  }

  private static String message(String summary, List<Problem> problems) {
    requireNonNull(summary, "summary");
    requireNonNull(problems, "problems");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an exception needs at least one problem");
    }
    String lines = problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n"));
    return summary + " (" + problems.size() + (problems.size() == 1 ? " problem" : " problems") + "):\n" + lines;
  }

  /**
   * Returns every problem found, in the order found.
   *
   * @return never null, never empty, unmodifiable
   */
  public List<Problem> problems() {
    return problems;
  }
}
