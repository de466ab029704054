package dev.partneros.spark;

import static java.util.Objects.requireNonNull;

import dev.partneros.core.Money;
import dev.partneros.core.ProgramHistory;
import dev.partneros.portfolio.BookEvaluator;
import dev.partneros.portfolio.BookParts;
import dev.partneros.portfolio.Explain;
import dev.partneros.portfolio.PortfolioEvaluator;
import dev.partneros.portfolio.PortfolioTable;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Evaluates a book on Apache Spark, with the same decisions, money and output files as the
 * streaming evaluation ({@link BookEvaluator}), whatever the number of partitions and executors
 * ({@code docs/spark.md}). The book comes from a folder of CSV files, a folder of Parquet tables, or
 * Datasets an application already holds; the result gives Datasets back and writes them atomically.
 *
 * <pre>{@code
 * SparkBook job = SparkBook.of(history, LocalDate.parse("2026-06-30"));
 * SparkBookResult result = job.evaluate(job.readCsv(spark, "s3a://book/2026-06-30"));
 * result.write("s3a://results/2026-06-30", OutputFormat.PARQUET);
 * }</pre>
 *
 * <p>The modules are those of {@link PortfolioEvaluator#standard()} (with a pool when
 * {@link #withPool(Money)} gives one) or none ({@link #withoutModules()}). Immutable and
 * thread-safe; it holds no Spark state, so one job serves many sessions.
 */
public final class SparkBook {

  private final ProgramHistory history;
  private final LocalDate asOf;
  private final Optional<Money> pool;
  private final boolean modules;
  private final Explain explain;
  private final int partSize;
  private final int partitions;

  private SparkBook(ProgramHistory history, LocalDate asOf, Optional<Money> pool, boolean modules, Explain explain,
      int partSize, int partitions) {
    this.history = history;
    this.asOf = asOf;
    this.pool = pool;
    this.modules = modules;
    this.explain = explain;
    this.partSize = partSize;
    this.partitions = partitions;
  }

  /**
   * Returns a job evaluating under a program history as of a date, with every module, no pool,
   * summary explanations and parts of {@value BookEvaluator#DEFAULT_PART_SIZE} partners.
   *
   * @param history the program's versions, not null
   * @param asOf the evaluation date, not null
   * @return never null
   * @throws dev.partneros.core.InvalidFactsException if the as-of date is before the first version
   */
  public static SparkBook of(ProgramHistory history, LocalDate asOf) {
    BookParts.of(requireNonNull(history, "history"), requireNonNull(asOf, "asOf"), PortfolioEvaluator.standard(),
        Explain.SUMMARY);
    return new SparkBook(history, asOf, Optional.empty(), true, Explain.SUMMARY, BookEvaluator.DEFAULT_PART_SIZE, 0);
  }

  /**
   * Returns a copy allocating a program-level MDF pool across the book.
   *
   * @param amount the pool, in the program's currency, not null
   * @return never null
   */
  public SparkBook withPool(Money amount) {
    return new SparkBook(history, asOf, Optional.of(requireNonNull(amount, "amount")), modules, explain, partSize,
        partitions);
  }

  /**
   * Returns a copy without the commission and MDF modules.
   *
   * @return never null
   */
  public SparkBook withoutModules() {
    return new SparkBook(history, asOf, Optional.empty(), false, explain, partSize, partitions);
  }

  /**
   * Returns a copy writing explanations at another level.
   *
   * @param level the level, not null
   * @return never null
   */
  public SparkBook withExplain(Explain level) {
    return new SparkBook(history, asOf, pool, modules, requireNonNull(level, "level"), partSize, partitions);
  }

  /**
   * Returns a copy with parts of another size (the unit of evaluation; results do not depend on it).
   *
   * @param partners partners per part, 1 to 1,000,000
   * @return never null
   * @throws IllegalArgumentException if out of range
   */
  public SparkBook withPartSize(int partners) {
    if (partners < 1 || partners > 1_000_000) {
      throw new IllegalArgumentException("partners per part must be between 1 and 1000000, but was " + partners);
    }
    return new SparkBook(history, asOf, pool, modules, explain, partners, partitions);
  }

  /**
   * Returns a copy shuffling into a given number of Spark partitions (by default twice the default
   * parallelism, at most one per part); results do not depend on it.
   *
   * @param count partitions, 1 to 100,000
   * @return never null
   * @throws IllegalArgumentException if out of range
   */
  public SparkBook withPartitions(int count) {
    if (count < 1 || count > 100_000) {
      throw new IllegalArgumentException("partitions must be between 1 and 100000, but was " + count);
    }
    return new SparkBook(history, asOf, pool, modules, explain, partSize, count);
  }

  /**
   * Reads a book folder of CSV files (the format of {@code docs/formats.md}), on any file system
   * Spark reaches. Each file is read by one task with the streaming evaluation's reader.
   *
   * @param spark the session, not null
   * @param folder the folder, not null
   * @return the book's rows and reading problems, never null
   */
  public SparkBookInput readCsv(SparkSession spark, String folder) {
    return new SparkBookInput(spark, Inputs.csv(requireNonNull(spark, "spark"), requireNonNull(folder, "folder")));
  }

  /**
   * Reads a folder of Parquet tables with the CSV files' columns, one folder per table named after
   * it ({@code partners.parquet}, {@code deals.parquet}, ...). Rows are numbered from 2 in the order
   * Spark reads them (as if the table were its CSV file), and problems name the table's CSV file.
   *
   * @param spark the session, not null
   * @param folder the folder, not null
   * @return never null
   */
  public SparkBookInput readParquet(SparkSession spark, String folder) {
    return new SparkBookInput(spark, Inputs.parquet(requireNonNull(spark, "spark"), requireNonNull(folder, "folder")));
  }

  /**
   * Takes the tables of a book as Datasets: each with some of its table's columns (any type, read as
   * text) and optionally an integer {@code _line} column numbering its rows for the problems.
   *
   * @param spark the session, not null
   * @param tables the tables, not null; {@code partners} is required
   * @return never null
   */
  public SparkBookInput fromTables(SparkSession spark, Map<PortfolioTable, Dataset<Row>> tables) {
    return new SparkBookInput(spark, Inputs.tables(requireNonNull(spark, "spark"), Map.copyOf(tables)));
  }

  /**
   * Evaluates a book: checks every row and, when no row has a problem, evaluates every partner and
   * the book ({@code docs/spark.md#how-it-runs}). Runs the Spark jobs that find the problems, the
   * figures and the segments; the output files are computed when read or written.
   *
   * @param input the book, not null
   * @return never null
   */
  public SparkBookResult evaluate(SparkBookInput input) {
    requireNonNull(input, "input");
    Context context = new Context(history, asOf, explain, pool, modules);
    JavaRDD<Rec> records = input.records();
    return BookJob.run(input.spark(), context, records, partSize, partitions);
  }
}
