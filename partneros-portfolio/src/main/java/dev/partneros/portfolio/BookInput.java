package dev.partneros.portfolio;

import dev.partneros.portfolio.internal.CsvStream;
import dev.partneros.portfolio.internal.LimitedInput;
import dev.partneros.portfolio.internal.Unreadable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The CSV files of a book folder, read as streams under {@link ReadLimits}: each table can be
 * read several times, row by row, its cells put in the table's column order
 * ({@link PortfolioTable#columns()}), trimmed. The header and syntax problems are those of
 * {@link PortfolioReader#readCsv(Map)}; a table whose header is broken, or that passed a limit, is
 * not read again. A pipe, a device or a folder named like a table is refused: each file is read
 * several times.
 *
 * <p>Not thread-safe.
 */
final class BookInput {

  private final ReadLimits limits;
  private final Consumer<CsvProblem> fatal;
  private final Map<PortfolioTable, Path> files = new EnumMap<>(PortfolioTable.class);
  private final Map<PortfolioTable, Opener> openers = new EnumMap<>(PortfolioTable.class);
  private final Map<PortfolioTable, int[]> columns = new EnumMap<>(PortfolioTable.class);
  private final Set<PortfolioTable> broken = EnumSet.noneOf(PortfolioTable.class);

  private BookInput(ReadLimits limits, Consumer<CsvProblem> fatal) {
    this.limits = limits;
    this.fatal = fatal;
  }

  /** Opens a table's file for one more reading. */
  interface Opener {
    InputStream open() throws IOException;
  }

  /** Receives a row: its line and its cells in column order. */
  interface RowSink {
    void row(int line, String[] cells) throws IOException;
  }

  /**
   * Lists a folder's tables and reads their headers, reporting every problem found there.
   *
   * @throws InvalidInputException when the folder cannot be listed
   */
  static BookInput open(Path folder, ReadLimits limits, Consumer<CsvProblem> problems) {
    BookInput input = new BookInput(limits, problems);
    List<Path> list;
    try (Stream<Path> entries = Files.list(folder)) {
      list = entries.sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new InvalidInputException(List.of(new CsvProblem(folder.toString(), 1, "",
          Unreadable.folder(folder, e))));
    }
    for (Path file : list) {
      String name = file.getFileName().toString();
      if (!name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
        continue;
      }
      Optional<PortfolioTable> table = PortfolioTable.byName(name).filter(t -> t.fileName().equals(name));
      if (table.isEmpty()) {
        problems.accept(PortfolioReader.notATable(name));
        continue;
      }
      if (!Files.exists(file)) {
        problems.accept(new CsvProblem(name, 1, "", Unreadable.file(file, new NoSuchFileException(name))));
        input.broken.add(table.get());
        continue;
      }
      if (!Files.isRegularFile(file)) {
        problems.accept(new CsvProblem(name, 1, "", "is not a regular file (a pipe, a device or a folder): the "
            + "streaming evaluation reads each file several times, so copy it into a file first"));
        input.broken.add(table.get());
        continue;
      }
      input.files.put(table.get(), file);
      input.openers.put(table.get(), () -> Files.newInputStream(file));
      input.header(table.get(), problems);
    }
    if (!input.files.containsKey(PortfolioTable.PARTNERS) && !input.broken.contains(PortfolioTable.PARTNERS)) {
      problems.accept(new CsvProblem(PortfolioTable.PARTNERS.fileName(), 1, "",
          "is missing: a portfolio needs its partners (header: " + PortfolioTable.PARTNERS.header() + ")"));
      input.broken.add(PortfolioTable.PARTNERS);
    }
    return input;
  }

  /**
   * One table's file, read from wherever {@code opener} finds it (a distributed file system): its
   * header is read and checked as {@link #open} checks it. The folder's checks are the caller's.
   */
  static BookInput single(PortfolioTable table, Opener opener, ReadLimits limits, Consumer<CsvProblem> problems) {
    BookInput input = new BookInput(limits, problems);
    input.files.put(table, Path.of(table.fileName()));
    input.openers.put(table, opener);
    input.header(table, problems);
    return input;
  }

  /** The tables whose header is broken or that passed a limit: their rows are not read. */
  Set<PortfolioTable> broken() {
    return broken;
  }

  /** Whether a table can be read. */
  boolean readable(PortfolioTable table) {
    return files.containsKey(table) && !broken.contains(table);
  }

  /**
   * Reads a table's rows, in order; syntax problems go to {@code problems} (a malformed row is
   * skipped). A limit passed ends the table with its problem, reported once whichever pass meets
   * it first, and marks it broken.
   *
   * @return the rows read
   */
  long rows(PortfolioTable table, Consumer<CsvProblem> problems, RowSink sink) throws IOException {
    if (!readable(table)) {
      return 0;
    }
    String name = table.fileName();
    int[] index = columns.get(table);
    long count = 0;
    try (InputStream bytes = openers.get(table).open(); Reader in = reader(bytes)) {
      CsvStream csv = new CsvStream(name, in, limits.maxFieldChars(), limits.maxFields(), limits.maxRowsPerFile() + 1,
          problems);
      csv.next(); // the header, read by open
      for (Optional<CsvStream.Record> next = csv.next(); next.isPresent(); next = csv.next()) {
        List<String> fields = next.get().fields();
        if (fields.size() != index.length) {
          problems.accept(new CsvProblem(name, next.get().line(), "", "has " + fields.size()
              + " fields, but the header has " + index.length));
          continue;
        }
        String[] cells = new String[table.columns().size()];
        Arrays.fill(cells, "");
        for (int i = 0; i < index.length; i++) {
          cells[index[i]] = fields.get(i).strip();
        }
        count++;
        sink.row(next.get().line(), cells);
      }
    } catch (InvalidInputException e) {
      e.problems().forEach(fatal);
      broken.add(table);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return count;
  }

  private void header(PortfolioTable table, Consumer<CsvProblem> problems) {
    String name = table.fileName();
    try (InputStream bytes = openers.get(table).open(); Reader in = reader(bytes)) {
      List<CsvProblem> found = new ArrayList<>();
      CsvStream csv = new CsvStream(name, in, limits.maxFieldChars(), limits.maxFields(), 1, found::add);
      Optional<CsvStream.Record> first = csv.next();
      if (first.isEmpty()) {
        found.add(new CsvProblem(name, 1, "", "has no header line (expected: " + String.join(",", table.required())
            + ")"));
        found.forEach(problems);
        broken.add(table);
        return;
      }
      found.forEach(problems);
      List<String> header = first.get().fields().stream().map(String::strip).collect(Collectors.toList());
      int line = first.get().line();
      boolean ok = true;
      for (String required : table.required()) {
        if (!header.contains(required)) {
          problems.accept(new CsvProblem(name, line, required, "is a required column missing from the header"));
          ok = false;
        }
      }
      Map<String, Integer> seen = new HashMap<>();
      int[] index = new int[header.size()];
      for (int c = 0; c < header.size(); c++) {
        if (seen.putIfAbsent(header.get(c), c) != null) {
          problems.accept(new CsvProblem(name, line, header.get(c), "appears twice in the header"));
          ok = false;
        }
        index[c] = table.columns().indexOf(header.get(c));
        if (index[c] < 0) {
          problems.accept(new CsvProblem(name, line, header.get(c), "is not a column of " + name + " (columns: "
              + table.header() + ")"));
          ok = false;
        }
      }
      if (ok) {
        columns.put(table, index);
      } else {
        broken.add(table);
      }
    } catch (InvalidInputException e) {
      e.problems().forEach(problems);
      broken.add(table);
    } catch (IOException e) {
      problems.accept(new CsvProblem(name, 1, "", Unreadable.file(files.get(table), e)));
      broken.add(table);
    } catch (UncheckedIOException e) {
      problems.accept(new CsvProblem(name, 1, "", Unreadable.file(files.get(table), e.getCause())));
      broken.add(table);
    }
  }

  private Reader reader(InputStream bytes) {
    return new InputStreamReader(new LimitedInput(bytes, limits.maxFileBytes()), StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
  }
}
