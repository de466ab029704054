package dev.partneros.portfolio;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a portfolio's input files (or facts found wrong while evaluating them) have
 * problems: it carries every problem, each with its file, line, column and reason, sorted by file
 * and line. Nothing is evaluated from an input that has any.
 *
 * <p>Immutable once thrown.
 */
public final class InvalidInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<CsvProblem> problems;
  /** How many problems the input has, kept or not. */
  private final long total;

  /**
   * Creates the exception.
   *
   * @param problems every problem, not null, not empty
   * @throws IllegalArgumentException if there is no problem
   */
  public InvalidInputException(List<CsvProblem> problems) {
    super(message(problems));
    this.problems = sorted(problems);
    this.total = this.problems.size();
  }

  /**
   * Creates the exception for an input with more problems than are kept: the problems kept (the
   * first in file and line order) and how many there are in all.
   *
   * @param kept the problems kept, not null, not empty
   * @param total every problem's count, at least the number kept
   * @throws IllegalArgumentException if there is no problem or the total is below the number kept
   */
  public InvalidInputException(List<CsvProblem> kept, long total) {
    super(message(kept) + (total > kept.size() ? "\n  ... and " + (total - kept.size()) + " more" : ""));
    this.problems = sorted(kept);
    if (total < this.problems.size()) {
      throw new IllegalArgumentException("the total " + total + " is below the " + this.problems.size()
          + " problems kept");
    }
    this.total = total;
  }

  /**
   * Returns how many problems the input has: {@link #problems()}'s size unless only the first were
   * kept.
   *
   * @return at least 1
   */
  public long total() {
    return total;
  }

  private static List<CsvProblem> sorted(List<CsvProblem> problems) {
    return problems.stream().distinct().sorted(Comparator.comparing(CsvProblem::file).thenComparingInt(CsvProblem::line)
        .thenComparing(CsvProblem::column)).collect(Collectors.toUnmodifiableList());
  }

  private static String message(List<CsvProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid input needs at least one problem");
    }
    List<CsvProblem> all = sorted(problems);
    return "invalid input (" + all.size() + (all.size() == 1 ? " problem" : " problems") + "):\n"
        + all.stream().map(p -> "  - " + p).collect(Collectors.joining("\n"));
  }

  /**
   * Returns every problem, sorted by file, line and column.
   *
   * @return never null, never empty
   */
  public List<CsvProblem> problems() {
    return problems;
  }
}
