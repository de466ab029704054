package dev.partneros.portfolio;

import static java.util.Objects.requireNonNull;

import java.util.Objects;

/**
 * One bad cell or row of a CSV file: the file, the 1-based line, the column name (or empty for a
 * whole-row problem) and the reason. Renders as {@code deals.csv:7: amount: must be a plain
 * decimal number, but was 12,5}.
 *
 * <p>Every problem says where and why ({@code docs/problems.md#what-a-problem-carries}): the file and
 * a line inside it (line 1 for a whole file or a folder), the column whenever the problem is about
 * one value, and a reason that is never blank and says why in the words of the book's files, never
 * with an exception's bare message, a Java class or a parser's name. It has no code: the
 * catalogue's codes are those of {@link dev.partneros.core.Problem}.
 *
 * <p>Immutable and thread-safe.
 */
public final class CsvProblem {

  private final String file;
  private final int line;
  private final String column;
  private final String reason;

  /**
   * Creates a problem.
   *
   * @param file the file name, not null
   * @param line the 1-based line
   * @param column the column name, or empty for the whole row, not null
   * @param reason why the cell or row is refused, not null
   */
  public CsvProblem(String file, int line, String column, String reason) {
    this.file = requireNonNull(file, "file");
    this.line = line;
    this.column = requireNonNull(column, "column");
    this.reason = requireNonNull(reason, "reason");
  }

  /**
   * Returns the file name.
   *
   * @return never null
   */
  public String file() {
    return file;
  }

  /**
   * Returns the 1-based line.
   *
   * @return the line
   */
  public int line() {
    return line;
  }

  /**
   * Returns the column name.
   *
   * @return never null; empty for a whole-row problem
   */
  public String column() {
    return column;
  }

  /**
   * Returns the reason.
   *
   * @return never null
   */
  public String reason() {
    return reason;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof CsvProblem)) {
      return false;
    }
    CsvProblem that = (CsvProblem) other;
    return file.equals(that.file) && line == that.line && column.equals(that.column) && reason.equals(that.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(file, line, column, reason);
  }

  /**
   * Renders the problem as {@code file:line: column: reason}.
   *
   * @return never null
   */
  @Override
  public String toString() {
    return file + ":" + line + ": " + (column.isEmpty() ? "" : column + ": ") + reason;
  }
}
