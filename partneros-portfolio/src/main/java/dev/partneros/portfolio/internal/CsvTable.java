package dev.partneros.portfolio.internal;

import dev.partneros.portfolio.CsvProblem;

import static java.util.Objects.requireNonNull;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed CSV file (RFC 4180: comma-separated, double-quoted fields with {@code ""} escapes,
 * CRLF or LF line ends), with its header. Parsing never throws: malformed rows (an unclosed quote,
 * a wrong number of fields) and a header without a required column become {@link CsvProblem}s.
 *
 * <p>Immutable and thread-safe.
 */
public final class CsvTable {

  private final String file;
  private final int headerLine;
  private final List<String> header;
  private final List<Row> rows;
  private final List<CsvProblem> problems;

  private CsvTable(String file, int headerLine, List<String> header, List<Row> rows, List<CsvProblem> problems) {
    this.file = file;
    this.headerLine = headerLine;
    this.header = List.copyOf(header);
    this.rows = List.copyOf(rows);
    this.problems = List.copyOf(problems);
  }

  /**
   * Parses CSV text whose first line is the header.
   *
   * @param file the file name used in problems, not null
   * @param text the text, not null
   * @param requiredColumns the columns the header must have, not null
   * @return never null
   */
  public static CsvTable parse(String file, String text, List<String> requiredColumns) {
    requireNonNull(file, "file");
    requireNonNull(text, "text");
    requireNonNull(requiredColumns, "requiredColumns");
    List<CsvProblem> problems = new ArrayList<>();
    List<List<String>> records = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    CsvStream stream = new CsvStream(file, new StringReader(text), Integer.MAX_VALUE, Integer.MAX_VALUE, Long.MAX_VALUE,
        problems::add);
    for (Optional<CsvStream.Record> next = stream.next(); next.isPresent(); next = stream.next()) {
      records.add(next.get().fields());
      lines.add(next.get().line());
    }
    if (records.isEmpty()) {
      problems.add(new CsvProblem(file, 1, "", "has no header line (expected: " + String.join(",", requiredColumns)
          + ")"));
      return new CsvTable(file, 1, List.of(), List.of(), problems);
    }
    List<String> header = new ArrayList<>();
    for (String name : records.get(0)) {
      header.add(name.strip());
    }
    for (String required : requiredColumns) {
      if (!header.contains(required)) {
        problems.add(new CsvProblem(file, lines.get(0), required, "is a required column missing from the header"));
      }
    }
    Map<String, Integer> index = new HashMap<>();
    for (int c = 0; c < header.size(); c++) {
      if (index.putIfAbsent(header.get(c), c) != null) {
        problems.add(new CsvProblem(file, lines.get(0), header.get(c), "appears twice in the header"));
      }
    }
    List<Row> rows = new ArrayList<>();
    for (int r = 1; r < records.size(); r++) {
      List<String> record = records.get(r);
      if (record.size() != header.size()) {
        problems.add(new CsvProblem(file, lines.get(r), "", "has " + record.size() + " fields, but the header has "
            + header.size()));
        continue;
      }
      rows.add(new Row(file, lines.get(r), index, record));
    }
    return new CsvTable(file, lines.get(0), header, rows, problems);
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
   * Returns the 1-based line of the header: the first line that is not blank (1 without a header).
   *
   * @return the line
   */
  public int headerLine() {
    return headerLine;
  }

  /**
   * Returns the header's column names.
   *
   * @return never null
   */
  public List<String> header() {
    return header;
  }

  /**
   * Returns the well-formed data rows (rows with problems are left out).
   *
   * @return never null
   */
  public List<Row> rows() {
    return rows;
  }

  /**
   * Returns the problems found while parsing.
   *
   * @return never null
   */
  public List<CsvProblem> problems() {
    return problems;
  }

  /**
   * One data row, its cells read by column name. Immutable and thread-safe.
   */
  public static final class Row {
    private final String file;
    private final int line;
    private final Map<String, Integer> index;
    private final List<String> cells;

    Row(String file, int line, Map<String, Integer> index, List<String> cells) {
      this.file = file;
      this.line = line;
      this.index = index;
      this.cells = List.copyOf(cells);
    }

    /**
     * Returns the 1-based line the row starts on.
     *
     * @return the line
     */
    public int line() {
      return line;
    }

    /**
     * Returns a cell, trimmed.
     *
     * @param column the column name, not null
     * @return the cell, empty when the column is absent or the cell blank; never null
     */
    public String get(String column) {
      Integer at = index.get(requireNonNull(column, "column"));
      return at == null ? "" : cells.get(at).strip();
    }

    /**
     * Returns a problem located at a cell of this row.
     *
     * @param column the column name, not null
     * @param reason the reason, not null
     * @return never null
     */
    public CsvProblem problem(String column, String reason) {
      return new CsvProblem(file, line, column, reason);
    }
  }
}
