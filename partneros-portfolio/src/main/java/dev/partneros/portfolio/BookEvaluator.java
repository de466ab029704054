package dev.partneros.portfolio;

import static java.util.Objects.requireNonNull;

import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.PartnerId;
import dev.partneros.core.Problem;
import dev.partneros.core.ProgramHistory;
import dev.partneros.portfolio.PortfolioReader.Cells;
import dev.partneros.portfolio.internal.DealParts;
import dev.partneros.portfolio.internal.SpillFile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Evaluates a book of any size from its folder of CSV files in bounded memory, writing the results
 * as each part of the book finishes ({@code docs/streaming.md}).
 *
 * <h2>How</h2>
 * <ol>
 *   <li><b>Split.</b> The partners are split into parts of about {@link #partSize()} partners by a
 *       hash of their id. A deal belongs to the parts of the partners named on it (by its touches,
 *       registrations and cancellations). Every row is read once more and written to the spill file
 *       of each part it belongs to, so a part holds its partners' rows and every row of their deals
 *       (rows may come in any order). Spill files live in a temporary folder that is always deleted.</li>
 *   <li><b>Parts.</b> Each part is read back, checked and evaluated like a small book by
 *       {@link PortfolioEvaluator}, on {@link PortfolioEvaluator#parallelism()} threads; each
 *       partner's output rows go to the part's result file, sorted by partner id, and a compact
 *       summary (its segment facts and pool candidacy) stays in memory.</li>
 *   <li><b>Book.</b> What spans the book is computed from the summaries: segments by revenue rank,
 *       the MDF pool's allocation, the KPIs (tallies of the parts), the maturity stage.</li>
 *   <li><b>Write.</b> The parts' result files are merged in partner-id (and deal-id) order into the
 *       output files, the segment and allocation of each partner put in on the way.</li>
 * </ol>
 * The decisions and money are those of {@link PortfolioEvaluator#evaluate} on the whole book,
 * partner by partner; the output files are described in {@code docs/streaming.md#outputs}.
 *
 * <p>Immutable and thread-safe.
 */
public final class BookEvaluator {

  /** The default number of partners of a part. */
  public static final int DEFAULT_PART_SIZE = 1_000;
  /** The most parts a book is split into (so many spill files are open at once). */
  static final int MAX_PARTS = 2_048;

  private final PortfolioEvaluator evaluator;
  private final ReadLimits limits;
  private final Explain explain;
  private final int partSize;
  private final Optional<Path> workFolder;

  private BookEvaluator(PortfolioEvaluator evaluator, ReadLimits limits, Explain explain, int partSize,
      Optional<Path> workFolder) {
    this.evaluator = evaluator;
    this.limits = limits;
    this.explain = explain;
    this.partSize = partSize;
    this.workFolder = workFolder;
  }

  /**
   * Returns a streaming evaluator over an evaluator's modules and threads, with the standard limits,
   * summary explanations and parts of {@value #DEFAULT_PART_SIZE} partners.
   *
   * @param evaluator the evaluator, not null
   * @return never null
   */
  public static BookEvaluator of(PortfolioEvaluator evaluator) {
    return new BookEvaluator(requireNonNull(evaluator, "evaluator"), ReadLimits.standard(), Explain.SUMMARY,
        DEFAULT_PART_SIZE, Optional.empty());
  }

  /**
   * Returns a copy reading under other limits.
   *
   * @param newLimits the limits, not null
   * @return never null
   */
  public BookEvaluator withLimits(ReadLimits newLimits) {
    return new BookEvaluator(evaluator, requireNonNull(newLimits, "newLimits"), explain, partSize, workFolder);
  }

  /**
   * Returns a copy writing explanations at another level.
   *
   * @param level the level, not null
   * @return never null
   */
  public BookEvaluator withExplain(Explain level) {
    return new BookEvaluator(evaluator, limits, requireNonNull(level, "level"), partSize, workFolder);
  }

  /**
   * Returns a copy splitting the book into parts of another size: smaller parts take less memory.
   * The results do not depend on it.
   *
   * @param partners partners per part, 1 to 1,000,000
   * @return never null
   * @throws IllegalArgumentException if out of range
   */
  public BookEvaluator withPartSize(int partners) {
    if (partners < 1 || partners > 1_000_000) {
      throw new IllegalArgumentException("partners per part must be between 1 and 1000000, but was " + partners);
    }
    return new BookEvaluator(evaluator, limits, explain, partners, workFolder);
  }

  /**
   * Returns a copy keeping its spill files in a folder (by default the system's temporary folder).
   *
   * @param folder an existing folder, not null
   * @return never null
   */
  public BookEvaluator withWorkFolder(Path folder) {
    return new BookEvaluator(evaluator, limits, explain, partSize, Optional.of(requireNonNull(folder, "folder")));
  }

  /**
   * Returns the partners per part.
   *
   * @return at least 1
   */
  public int partSize() {
    return partSize;
  }

  /**
   * Returns the explanation level.
   *
   * @return never null
   */
  public Explain explain() {
    return explain;
  }

  /** Receives a long evaluation's progress and its input problems; called from several threads. */
  public interface Listener {
    /** A listener that ignores everything. */
    Listener NONE = new Listener() { };

    /**
     * Reports progress within a phase ({@code "reading"}, {@code "evaluating"}, {@code "writing"}).
     *
     * @param phase the phase
     * @param done units done
     * @param total units in all
     */
    default void progress(String phase, long done, long total) { }

    /**
     * Receives each input problem as it is found (in no particular order).
     *
     * @param problem the problem
     */
    default void problem(CsvProblem problem) { }
  }

  /**
   * Where the output files go: opens one file for writing by name. {@link #folder(Path)} writes into
   * a folder; a service may write anywhere (an atomically replaced folder, object storage).
   */
  @FunctionalInterface
  public interface Output {
    /**
     * Opens a new output file; the evaluation writes it whole, then closes it.
     *
     * @param name the file's name, such as {@code partners.jsonl}
     * @return a stream the evaluation closes
     * @throws IOException if it cannot be opened
     */
    OutputStream open(String name) throws IOException;

    /**
     * Writes into a folder, created if needed, replacing files of the same names.
     *
     * @param folder the folder, not null
     * @return never null
     */
    static Output folder(Path folder) {
      requireNonNull(folder, "folder");
      return name -> {
        Files.createDirectories(folder);
        return Files.newOutputStream(folder.resolve(name));
      };
    }
  }

  /**
   * Evaluates the book in a folder of CSV files and writes its output files into a folder
   * ({@link Output#folder(Path)}).
   *
   * @param history the program's versions, not null
   * @param folder the folder of CSV files, not null
   * @param asOf the evaluation date, not null
   * @param out the folder to write into (created if needed), not null
   * @param listener receives progress and problems, not null
   * @return the book's summary, never null
   * @throws dev.partneros.core.InvalidProgramException naming every problem of every version
   * @throws InvalidFactsException if the as-of date is before the first version
   * @throws InvalidInputException as {@link #evaluate(ProgramHistory, Path, LocalDate, Output, Listener)}
   * @throws UncheckedIOException when a file cannot be read or written
   */
  public BookSummary evaluate(ProgramHistory history, Path folder, LocalDate asOf, Path out, Listener listener) {
    return evaluate(history, folder, asOf, Output.folder(requireNonNull(out, "out")), listener);
  }

  /**
   * Evaluates the book in a folder of CSV files and writes its output files.
   *
   * @param history the program's versions, not null
   * @param folder the folder of CSV files, not null
   * @param asOf the evaluation date, not null
   * @param out where the output files go, not null
   * @param listener receives progress and problems, not null
   * @return the book's summary, never null
   * @throws dev.partneros.core.InvalidProgramException naming every problem of every version
   * @throws InvalidFactsException if the as-of date is before the first version
   * @throws InvalidInputException when the input has problems: the first 1,000 in file and line order,
   *     with the total count ({@link InvalidInputException#total()}); every one went to the listener.
   *     Nothing is written then.
   * @throws UncheckedIOException when a file cannot be read or written
   */
  public BookSummary evaluate(ProgramHistory history, Path folder, LocalDate asOf, Output out, Listener listener) {
    requireNonNull(history, "history");
    requireNonNull(folder, "folder");
    requireNonNull(asOf, "asOf");
    requireNonNull(out, "out");
    requireNonNull(listener, "listener");
    ProgramVersions versions = ProgramVersions.of(history);
    if (versions.at(asOf).isEmpty()) {
      throw new InvalidFactsException(List.of(Problem.error(FieldPath.root().field("asOf"), CoreProblemCode.BEFORE_FIRST_VERSION,
          "be on or after the first program version's effectiveFrom " + versions.first().effectiveFrom()
              + " (version " + versions.first().version() + ")", asOf)));
    }
    Path work = null;
    try {
      work = workFolder.isPresent() ? Files.createTempDirectory(workFolder.get(), "partneros-book-")
          : Files.createTempDirectory("partneros-book-");
      return new BookRun(this, versions, asOf, work, listener).run(folder, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (work != null) {
        delete(work);
      }
    }
  }

  PortfolioEvaluator evaluator() {
    return evaluator;
  }

  ReadLimits limits() {
    return limits;
  }

  int threads() {
    return evaluator.parallelism() == 0 ? Runtime.getRuntime().availableProcessors() : evaluator.parallelism();
  }

  private static void delete(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // the folder is temporary; what cannot be deleted is left to the system's cleaning
    }
  }
}
