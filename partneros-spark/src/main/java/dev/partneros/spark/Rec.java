package dev.partneros.spark;

import dev.partneros.portfolio.CsvProblem;
import java.io.Serializable;
import java.util.Arrays;

/**
 * One record moved between Spark stages: an input row, a problem, a broken table, a part's output
 * record, a partner's figures or a part's figures. Which fields mean what depends on {@link #kind}.
 * Immutable; serializable for Spark's shuffles.
 */
final class Rec implements Serializable {

  private static final long serialVersionUID = 1L;

  /** An input row: table, line, cells. */
  static final int ROW = 0;
  /** A problem: file (key), line, column and reason (cells). */
  static final int PROBLEM = 1;
  /** A table whose header is broken. */
  static final int BROKEN = 2;
  /** A part's output record: file (text), key, seq (line), cells. */
  static final int OUTPUT = 3;
  /** A partner's figures: id (key), segment facts, candidate, base allocation (cells, "" for none). */
  static final int PARTNER = 4;
  /** A part's figures: JSON (text). */
  static final int FIGURES = 5;

  final int kind;
  final int table;
  final int line;
  final String key;
  final String text;
  final String[] cells;
  final boolean copied;
  final boolean owner;

  Rec(int kind, int table, int line, String key, String text, String[] cells, boolean copied, boolean owner) {
    this.kind = kind;
    this.table = table;
    this.line = line;
    this.key = key;
    this.text = text;
    this.cells = cells;
    this.copied = copied;
    this.owner = owner;
  }

  static Rec row(int table, int line, String[] cells) {
    return new Rec(ROW, table, line, "", "", cells, false, false);
  }

  static Rec problem(CsvProblem p, boolean copied) {
    return new Rec(PROBLEM, -1, p.line(), p.file(), "", new String[] {p.column(), p.reason()}, copied, false);
  }

  static Rec broken(int table) {
    return new Rec(BROKEN, table, 0, "", "", new String[0], false, false);
  }

  Rec routed(boolean isCopied, boolean isOwner) {
    return new Rec(kind, table, line, key, text, cells, isCopied, isOwner);
  }

  CsvProblem toProblem() {
    return new CsvProblem(key, line, cells[0], cells[1]);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Rec && ((Rec) other).kind == kind && ((Rec) other).table == table
        && ((Rec) other).line == line && ((Rec) other).key.equals(key) && ((Rec) other).text.equals(text)
        && Arrays.equals(((Rec) other).cells, cells) && ((Rec) other).copied == copied
        && ((Rec) other).owner == owner;
  }

  @Override
  public int hashCode() {
    return ((kind * 31 + table) * 31 + line) * 31 + key.hashCode() * 7 + Arrays.hashCode(cells);
  }
}
