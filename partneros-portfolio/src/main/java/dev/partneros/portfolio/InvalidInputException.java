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

  /**
   * Creates the exception.
   *
   * @param problems every problem, not null, not empty
   * @throws IllegalArgumentException if there is no problem
   */
  public InvalidInputException(List<CsvProblem> problems) {
    super(message(problems));
    this.problems = sorted(problems);
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
