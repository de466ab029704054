package dev.partneros.portfolio;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerOsJson;
import dev.partneros.core.Problem;
import dev.partneros.core.ProgramHistory;
import dev.partneros.portfolio.PortfolioReader.Cells;
import dev.partneros.portfolio.ProgramVersions.Engines;
import dev.partneros.portfolio.internal.DealParts;
import dev.partneros.portfolio.report.CsvReport;
import dev.partneros.scoring.maturity.MaturityResult;
import dev.partneros.scoring.segment.SegmentFacts;
import dev.partneros.tiers.mdf.PoolCandidate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The steps of the streaming book evaluation ({@link BookEvaluator}, {@code docs/streaming.md}) for
 * an engine that runs them on many machines ({@code partneros-spark}): read a table's rows, evaluate
 * one part of the book, combine the parts' figures, and the book-level steps (segments by revenue
 * rank, the MDF pool's allocation, KPIs, maturity). Every value handed out is text (JSON or plain
 * strings), so the engine moves it between machines without knowing the rules. Each step is the
 * streaming evaluation's own code; {@link BookPartsFigures} holds the book-level part.
 *
 * <p>Immutable and thread-safe.
 */
public final class BookParts {

  static final ObjectMapper JSON = PartnerOsJson.newMapper();

  final ProgramVersions versions;
  final LocalDate asOf;
  final Engines now;
  final PortfolioEvaluator evaluator;
  private final Explain explain;

  private BookParts(ProgramVersions versions, LocalDate asOf, PortfolioEvaluator evaluator, Explain explain) {
    this.versions = versions;
    this.asOf = asOf;
    this.now = versions.at(asOf).orElseThrow();
    this.evaluator = evaluator;
    this.explain = explain;
  }

  /**
   * Returns the steps of one evaluation.
   *
   * @param history the program's versions, not null
   * @param asOf the evaluation date, not null
   * @param evaluator the evaluator (its modules; its threads are not used), not null
   * @param explain the explanation level of the partners' lines, not null
   * @return never null
   * @throws dev.partneros.core.InvalidProgramException naming every problem of every version
   * @throws InvalidFactsException if the as-of date is before the first version
   */
  public static BookParts of(ProgramHistory history, LocalDate asOf, PortfolioEvaluator evaluator, Explain explain) {
    requireNonNull(history, "history");
    requireNonNull(asOf, "asOf");
    requireNonNull(evaluator, "evaluator");
    requireNonNull(explain, "explain");
    ProgramVersions versions = ProgramVersions.of(history);
    if (versions.at(asOf).isEmpty()) {
      throw new InvalidFactsException(List.of(Problem.error(FieldPath.root().field("asOf"),
          CoreProblemCode.BEFORE_FIRST_VERSION, "be on or after the first program version's effectiveFrom "
              + versions.first().effectiveFrom() + " (version " + versions.first().version() + ")", asOf)));
    }
    return new BookParts(versions, asOf, evaluator, explain);
  }

  /**
   * Returns the part a key (a partner id, or the id of a deal no partner names) falls in: the
   * streaming evaluation's hash.
   *
   * @param key the key, not null
   * @param parts the number of parts, at least 1
   * @return 0 to {@code parts - 1}
   */
  public static int partOf(String key, int parts) {
    return DealParts.partOf(requireNonNull(key, "key"), parts);
  }

  // ---------------------------------------------------------------------------------------------
  // Reading

  /**
   * One input row: its table, its line in its file (the header is line 1), its trimmed cells in the
   * table's column order ({@link PortfolioTable#columns()}), and whether it was copied into several
   * parts (its problems are then reported once).
   *
   * @param table the table
   * @param line the line, at least 1
   * @param cells the cells, in column order
   * @param copied whether the row went to more than one part
   */
  public record Row(PortfolioTable table, int line, List<String> cells, boolean copied) {
    /**
     * Checks the row.
     *
     * @param table not null
     * @param line the line
     * @param cells not null, one per column of the table
     * @param copied whether copied
     */
    public Row {
      requireNonNull(table, "table");
      cells = List.copyOf(cells);
      if (cells.size() != table.columns().size()) {
        throw new IllegalArgumentException("cells must have one value per column of " + table.fileName() + " ("
            + table.columns().size() + "), but had " + cells.size());
      }
    }

    /**
     * Returns a copy with the copied flag set.
     *
     * @param isCopied whether copied
     * @return never null
     */
    public Row withCopied(boolean isCopied) {
      return new Row(table, line, cells, isCopied);
    }
  }

  /** Opens one more reading of a file. */
  @FunctionalInterface
  public interface Opener {
    /**
     * Opens the file.
     *
     * @return a stream the reader closes
     * @throws IOException if it cannot be opened
     */
    InputStream open() throws IOException;
  }

  /**
   * Reads one table's CSV file with the streaming evaluation's reader: its header and syntax
   * problems and its limits are those of a CSV folder ({@code docs/formats.md}).
   *
   * @param table the table the file holds, not null
   * @param opener opens the file, not null
   * @param limits the limits, not null
   * @param rows receives each row, not null
   * @param problems receives each problem, not null
   * @return whether the table is broken (a bad header or a limit passed: its references are not
   *     checked)
   * @throws UncheckedIOException when the file cannot be read
   */
  public static boolean readCsv(PortfolioTable table, Opener opener, ReadLimits limits, Consumer<Row> rows,
      Consumer<CsvProblem> problems) {
    requireNonNull(table, "table");
    requireNonNull(opener, "opener");
    requireNonNull(limits, "limits");
    requireNonNull(rows, "rows");
    requireNonNull(problems, "problems");
    BookInput input = BookInput.single(table, opener::open, limits, problems);
    try {
      input.rows(table, problems, (line, cells) -> rows.accept(new Row(table, line, List.of(cells), false)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return input.broken().contains(table);
  }

  /**
   * Checks the names of a book folder's CSV files: a file not named after a table, and a missing
   * {@code partners.csv}, are problems, as for a CSV folder.
   *
   * @param fileNames the names of the folder's {@code .csv} files, not null
   * @return the problems, never null
   */
  public static List<CsvProblem> checkFolder(List<String> fileNames) {
    List<CsvProblem> problems = new ArrayList<>();
    boolean partners = false;
    for (String name : fileNames.stream().sorted().collect(Collectors.toList())) {
      Optional<PortfolioTable> table = PortfolioTable.byName(name).filter(t -> t.fileName().equals(name));
      if (table.isEmpty()) {
        problems.add(PortfolioReader.notATable(name));
      }
      partners |= table.equals(Optional.of(PortfolioTable.PARTNERS));
    }
    if (!partners) {
      problems.add(new CsvProblem(PortfolioTable.PARTNERS.fileName(), 1, "",
          "is missing: a portfolio needs its partners (header: " + PortfolioTable.PARTNERS.header() + ")"));
    }
    return problems;
  }

  // ---------------------------------------------------------------------------------------------
  // Parts

  /**
   * One output record of a part: its file ({@code partners.jsonl} or a CSV file), its key (the
   * partner id; the deal id in {@code attribution.csv}), its place among the part's records, and
   * its cells (the JSON line alone, or the CSV row).
   *
   * @param file the output file
   * @param key the key its file is sorted by
   * @param seq its place in the part, in file order within a key
   * @param cells the cells
   */
  public record Output(String file, String key, int seq, List<String> cells) {
    /**
     * Checks for nulls.
     *
     * @param file not null
     * @param key not null
     * @param seq the place
     * @param cells not null
     */
    public Output {
      requireNonNull(file, "file");
      requireNonNull(key, "key");
      cells = List.copyOf(cells);
    }
  }

  /**
   * What the book-level steps need of one partner, as JSON text: its segment facts (active partners
   * with health), its pool candidacy and its MDF allocation before the pool.
   *
   * @param id the partner's id
   * @param segmentFacts its {@link SegmentFacts} as JSON, when it has any
   * @param candidate its {@link PoolCandidate} as JSON, when a pool is allocated and it is eligible
   * @param baseAllocation its allocation before the pool (a plain amount), when it has MDF
   */
  public record PartnerFigures(String id, Optional<String> segmentFacts, Optional<String> candidate,
      Optional<String> baseAllocation) {
    /**
     * Checks for nulls.
     *
     * @param id not null
     * @param segmentFacts not null
     * @param candidate not null
     * @param baseAllocation not null
     */
    public PartnerFigures {
      requireNonNull(id, "id");
      requireNonNull(segmentFacts, "segmentFacts");
      requireNonNull(candidate, "candidate");
      requireNonNull(baseAllocation, "baseAllocation");
    }
  }

  /**
   * What one part gives: its problems (with whether the row was copied into other parts), its output
   * records, its partners' figures and the part's own figures (tallies, counts, rankings, maturity)
   * as JSON, to combine with {@link BookPartsFigures#merge}.
   *
   * @param problems the problems, with whether they are at a copied row
   * @param outputs the output records, in order
   * @param partners the partners' figures
   * @param figures the part's figures
   */
  public record Part(Map<CsvProblem, Boolean> problems, List<Output> outputs, List<PartnerFigures> partners,
      String figures) {
    /**
     * Copies the collections.
     *
     * @param problems not null
     * @param outputs not null
     * @param partners not null
     * @param figures not null
     */
    public Part {
      problems = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(problems));
      outputs = List.copyOf(outputs);
      partners = List.copyOf(partners);
      requireNonNull(figures, "figures");
    }
  }

  /**
   * Checks and evaluates one part of the book, as the streaming evaluation does: its rows are read
   * like a small book ({@link PortfolioReader}) and evaluated by {@link PortfolioEvaluator}; the
   * part's home partners are those {@link #partOf} puts in it; the checklist's maturity is decided by
   * part 0. When any problem is found the part gives no outputs.
   *
   * @param part the part, 0 to {@code parts - 1}
   * @param parts the number of parts
   * @param rows the part's rows: its partners' own rows, its deals' rows, partners named on its deals,
   *     every FX rate, and (part 0) the checklist; not null
   * @param broken the tables whose header is broken anywhere, not null
   * @param ownsDeal whether the part owns a deal (writes its rows and tallies it): its first part, not null
   * @return never null
   */
  public Part evaluate(int part, int parts, List<Row> rows, Set<PortfolioTable> broken, Predicate<String> ownsDeal) {
    return run(part, parts, rows, broken, ownsDeal, true);
  }

  /**
   * Only checks one part's rows as {@link PortfolioReader} does, without evaluating it: what the
   * streaming evaluation still reports of a part once the book is known to have problems.
   *
   * @param part the part
   * @param parts the number of parts
   * @param rows the part's rows, not null
   * @param broken the tables whose header is broken anywhere, not null
   * @return the part's problems, never null
   */
  public Part check(int part, int parts, List<Row> rows, Set<PortfolioTable> broken) {
    return run(part, parts, rows, broken, id -> false, false);
  }

  private Part run(int part, int parts, List<Row> rows, Set<PortfolioTable> broken, Predicate<String> ownsDeal,
      boolean evaluate) {
    requireNonNull(rows, "rows");
    requireNonNull(broken, "broken");
    requireNonNull(ownsDeal, "ownsDeal");
    Map<PortfolioTable, List<Cells>> tables = new EnumMap<>(PortfolioTable.class);
    Set<String> copied = new HashSet<>();
    List<Row> sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.comparing(Row::table).thenComparingInt(Row::line));
    for (Row row : sorted) {
      tables.computeIfAbsent(row.table(), t -> new ArrayList<>()).add(new Cells(row.line(),
          row.cells().toArray(String[]::new)));
      if (row.copied()) {
        copied.add(row.table().fileName() + ":" + row.line());
      }
    }
    Map<CsvProblem, Boolean> problems = new java.util.LinkedHashMap<>();
    Consumer<CsvProblem> add = p -> problems.putIfAbsent(p, copied.contains(p.file() + ":" + p.line()));
    Portfolio portfolio;
    try {
      portfolio = PortfolioReader.of(versions.first()).readCells(tables, tableSet(broken));
    } catch (InvalidInputException e) {
      e.problems().forEach(add);
      return failed(problems);
    }
    if (!evaluate) {
      return failed(problems);
    }
    PortfolioEvaluator.Part evaluated = evaluator.part(versions, portfolio, asOf,
        id -> DealParts.partOf(id.value(), parts) == part, ownsDeal);
    evaluated.problems().forEach(add);
    Optional<MaturityResult> maturity = Optional.empty();
    if (part == 0) {
      maturity = PortfolioEvaluator.maturity(now, portfolio.checklist(), add);
    }
    if (!problems.isEmpty()) {
      return failed(problems);
    }
    List<Output> outputs = new ArrayList<>();
    List<String> partnerFiles = new ArrayList<>();
    partnerFiles.add(BookPartsFigures.PARTNERS_JSONL);
    partnerFiles.addAll(CsvReport.PARTNER_FILES);
    BookPart done;
    try {
      BookFigures money = BookPart.figuresOf(now.program().currency(), asOf, evaluator.pool(), portfolio, evaluated);
      done = BookPart.of(part, evaluated, maturity, money, explain,
          (kind, cells) -> outputs.add(new Output(partnerFiles.get(kind), cells[0], outputs.size(), List.of(cells))),
          (kind, cells) -> outputs.add(new Output(CsvReport.ATTRIBUTION, cells[0], outputs.size(), List.of(cells))),
          Optional.empty(), Optional.empty());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, SegmentFacts> facts = new HashMap<>();
    done.segmentFacts.forEach(f -> facts.put(f.partnerId().value(), f));
    Map<String, PoolCandidate> candidates = new HashMap<>();
    if (evaluator.pooled()) {
      done.candidates.forEach(c -> candidates.put(c.partnerId().value(), c));
    }
    List<PartnerFigures> figures = new ArrayList<>();
    for (PartnerResult r : evaluated.results()) {
      String id = r.id();
      if (facts.containsKey(id) || candidates.containsKey(id) || done.baseAllocations.containsKey(id)) {
        figures.add(new PartnerFigures(id, Optional.ofNullable(facts.get(id)).map(BookParts::json),
            Optional.ofNullable(candidates.get(id)).map(BookParts::json),
            Optional.ofNullable(done.baseAllocations.get(id)).map(m -> m.amount().toPlainString())));
      }
    }
    return new Part(problems, outputs, figures, BookPartsFigures.encode(this, done));
  }

  private Part failed(Map<CsvProblem, Boolean> problems) {
    return new Part(problems, List.of(), List.of(), BookPartsFigures.encode(this, BookPart.empty(-1)));
  }

  private static Set<PortfolioTable> tableSet(Set<PortfolioTable> tables) {
    return tables.isEmpty() ? java.util.EnumSet.noneOf(PortfolioTable.class) : java.util.EnumSet.copyOf(tables);
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Book

  /**
   * Returns the book-level steps over the parts' combined figures.
   *
   * @return never null
   */
  public BookPartsFigures figures() {
    return new BookPartsFigures(this);
  }

  static Money money(String amount, ProgramVersions versions) {
    return Money.of(new java.math.BigDecimal(amount), versions.history().latest().currency());
  }
}
