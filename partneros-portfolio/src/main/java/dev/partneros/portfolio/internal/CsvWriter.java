package dev.partneros.portfolio.internal;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Writes CSV (RFC 4180) that a spreadsheet opens safely: a cell that starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return is prefixed with an apostrophe so it
 * is never run as a formula (CSV injection), except a cell that is a plain number such as
 * {@code -12.50}; cells with commas, quotes or line breaks are quoted.
 *
 * <p>Stateless; thread-safe.
 */
public final class CsvWriter {

  private CsvWriter() {}

  /**
   * Renders one line of cells, ending with a line feed.
   *
   * @param cells the cells, not null
   * @return never null
   */
  public static String line(List<String> cells) {
    requireNonNull(cells, "cells");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(cell(cells.get(i)));
    }
    return out.append('\n').toString();
  }

  /**
   * Renders one cell: neutralised, then quoted where needed.
   *
   * @param value the cell's text, may be null (written empty)
   * @return never null
   */
  public static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String safe = value;
    char first = value.charAt(0);
    boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    if (formula && !value.matches("[-+]?[0-9]+(\\.[0-9]+)?")) {
      safe = "'" + value;
    }
    if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
      return '"' + safe.replace("\"", "\"\"") + '"';
    }
    return safe;
  }
}
