package dev.partneros.portfolio;

import static java.util.Objects.requireNonNull;


/**
 * Where an input row came from: the file name and the 1-based line its row starts on. Problems
 * found after reading (while evaluating) point back at it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param file the file name, such as {@code deals.csv} or {@code portfolio.json}, not null
 * @param line the 1-based line
 * @param prefix the path of the row in a JSON document ({@code deals[3]}), empty for a CSV row
 */
public record Source(String file, int line, String prefix) {

  /**
   * Checks the parts.
   *
   * @param file the file name, not null
   * @param line the 1-based line
   * @param prefix the JSON path of the row, or empty, not null
   */
  public Source {
    requireNonNull(file, "file");
    requireNonNull(prefix, "prefix");
  }

  /**
   * Returns the source of a row of a CSV file.
   *
   * @param file the file name, not null
   * @param line the 1-based line
   * @return never null
   */
  public static Source csv(String file, int line) {
    return new Source(file, line, "");
  }

  /**
   * Returns a problem located at a column (a CSV column, or a key of a JSON row) of this row.
   *
   * @param column the column, or empty for the whole row, not null
   * @param reason the reason, not null
   * @return never null
   */
  public CsvProblem problem(String column, String reason) {
    requireNonNull(column, "column");
    String where = prefix.isEmpty() ? column : column.isEmpty() ? prefix : prefix + "." + column;
    return new CsvProblem(file, line, where, reason);
  }

  /**
   * Renders {@code deals.csv:7}.
   *
   * @return never null
   */
  @Override
  public String toString() {
    return file + ":" + line;
  }
}
