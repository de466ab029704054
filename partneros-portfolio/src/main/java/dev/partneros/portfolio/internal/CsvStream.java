package dev.partneros.portfolio.internal;

import static java.util.Objects.requireNonNull;

import dev.partneros.portfolio.CsvProblem;
import dev.partneros.portfolio.InvalidInputException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads CSV records one at a time from a character stream (RFC 4180: comma-separated,
 * double-quoted fields with {@code ""} escapes, CRLF, LF or lone CR line ends), holding one record
 * at a time. Blank lines are skipped; a leading byte-order mark is dropped.
 *
 * <p>A malformed record is reported to the problem sink and skipped (text after a closing quote),
 * or ends the file (a quoted field never closed). The limits are checked as the characters arrive,
 * so an endless stream or a field without end stops at the limit with one problem, an
 * {@link InvalidInputException}, that never echoes the field: a field longer than
 * {@code maxFieldChars}, a record of more than {@code maxFields} fields, more than
 * {@code maxRecords} records, or bytes that are not UTF-8 ({@code docs/formats.md#limits}).
 *
 * <p>Not thread-safe; one reader per file.
 */
public final class CsvStream {

  private final String file;
  private final Reader in;
  private final int maxFieldChars;
  private final int maxFields;
  private final long maxRecords;
  private final Consumer<CsvProblem> problems;
  private final char[] buffer = new char[8192];
  private int position;
  private int limit;
  private int line = 1;
  private long records;
  private boolean started;
  private boolean ended;

  /**
   * Creates a reader.
   *
   * @param file the file name used in problems, not null
   * @param in the characters, not null; not closed by this reader
   * @param maxFieldChars the longest field, in characters
   * @param maxFields the most fields of a record
   * @param maxRecords the most records, blank lines not counted
   * @param problems receives the problems of malformed records, not null
   */
  public CsvStream(String file, Reader in, int maxFieldChars, int maxFields, long maxRecords,
      Consumer<CsvProblem> problems) {
    this.file = requireNonNull(file, "file");
    this.in = requireNonNull(in, "in");
    this.maxFieldChars = maxFieldChars;
    this.maxFields = maxFields;
    this.maxRecords = maxRecords;
    this.problems = requireNonNull(problems, "problems");
  }

  /**
   * One record, as written (not trimmed).
   *
   * @param line the line it starts on
   * @param fields its fields
   */
  public record Record(int line, List<String> fields) {}

  /**
   * Returns the next well-formed record, or empty at the end of the file.
   *
   * @return never null
   * @throws InvalidInputException at a limit or at bytes that are not UTF-8
   * @throws UncheckedIOException when the stream cannot be read
   */
  public Optional<Record> next() {
    while (!ended) {
      int recordLine = line;
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      boolean wasQuoted = false;
      boolean fieldStarted = false;
      boolean broken = false;
      boolean atEnd = false;
      while (true) {
        int c = read();
        if (c < 0) {
          ended = true;
          atEnd = true;
          break;
        }
        if (quoted) {
          if (c == '"') {
            if (peek() == '"') {
              read();
              append(field, '"', recordLine);
              continue;
            }
            quoted = false;
          } else {
            if (c == '\n' || c == '\r' && peek() != '\n') {
              line++; // a line break inside a quoted field: LF, CRLF or a lone CR, as outside one
            }
            append(field, (char) c, recordLine);
          }
        } else if (c == '"' && !fieldStarted) {
          quoted = true;
          wasQuoted = true;
          fieldStarted = true;
        } else if (c == ',') {
          fields.add(field.toString());
          if (fields.size() >= maxFields) {
            throw limit(recordLine, "has more than " + maxFields + " fields in a record");
          }
          field.setLength(0);
          fieldStarted = false;
          wasQuoted = false;
        } else if (c == '\r' || c == '\n') {
          if (c == '\r' && peek() == '\n') {
            read();
          }
          line++;
          break;
        } else {
          if (wasQuoted) {
            broken = true;
          }
          append(field, (char) c, recordLine);
          fieldStarted = true;
        }
      }
      if (quoted) {
        problems.accept(new CsvProblem(file, recordLine, "", "has a quoted field that is never closed"));
        ended = true;
        return Optional.empty();
      }
      fields.add(field.toString());
      if (broken) {
        problems.accept(new CsvProblem(file, recordLine, "", "has text after a closing quote"));
        continue;
      }
      if (fields.size() == 1 && fields.get(0).isEmpty()) {
        if (atEnd) {
          return Optional.empty();
        }
        continue;
      }
      if (++records > maxRecords) {
        throw limit(recordLine, "has more than " + maxRecords + " records");
      }
      return Optional.of(new Record(recordLine, fields));
    }
    return Optional.empty();
  }

  private void append(StringBuilder field, char c, int recordLine) {
    if (field.length() >= maxFieldChars) {
      throw limit(recordLine, "has a field longer than " + maxFieldChars + " characters");
    }
    field.append(c);
  }

  private InvalidInputException limit(int at, String reason) {
    return new InvalidInputException(List.of(new CsvProblem(file, at, "", reason + " (the limit; see the input "
        + "limits of the file formats)")));
  }

  private int read() {
    if (position == limit && !fill()) {
      return -1;
    }
    char c = buffer[position++];
    if (!started) {
      started = true;
      if (c == '\uFEFF') {
        return read();
      }
    }
    return c;
  }

  private int peek() {
    if (position == limit && !fill()) {
      return -1;
    }
    return buffer[position];
  }

  private boolean fill() {
    try {
      int n;
      do {
        n = in.read(buffer, 0, buffer.length);
      } while (n == 0);
      if (n < 0) {
        return false;
      }
      position = 0;
      limit = n;
      return true;
    } catch (CharacterCodingException e) {
      throw new InvalidInputException(List.of(new CsvProblem(file, line, "", "must be UTF-8 text, but has bytes that "
          + "are not on this line or within the next 8,192 characters (save the file as UTF-8)")));
    } catch (LimitedInput.TooLarge e) {
      throw new InvalidInputException(List.of(new CsvProblem(file, line, "", e.getMessage())));
    } catch (IOException e) {
      // the reader of the file says why in the file's words (Unreadable), from the cause
      throw new UncheckedIOException(file + " cannot be read at line " + line, e);
    }
  }
}
