package dev.partneros.spark;

import static java.util.Objects.requireNonNull;

import dev.partneros.portfolio.BookPartsFigures;
import dev.partneros.portfolio.BookSummary;
import dev.partneros.portfolio.CsvProblem;
import dev.partneros.portfolio.InvalidInputException;
import dev.partneros.portfolio.report.BookReport;
import dev.partneros.portfolio.report.CsvReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The outcome of a Spark evaluation of a book: either its outputs (the streaming evaluation's
 * files, each a Dataset sorted as the file is, and the summary) or its problems, never both
 * ({@code docs/spark.md#outputs}). The Datasets are computed lazily from the evaluation's cached
 * parts; {@link #write(String, OutputFormat)} writes everything atomically.
 *
 * <p>Immutable; not to be shared across Spark sessions.
 */
public final class SparkBookResult {

  /** The columns of the problems output. */
  public static final List<String> PROBLEM_COLUMNS = List.of("file", "line", "column", "reason");

  private final SparkSession spark;
  private final Context context;
  private final Map<String, JavaRDD<Rec>> files;
  private final Optional<BookPartsFigures.Book> book;
  private final JavaRDD<Rec> problems;
  private final long problemCount;

  private SparkBookResult(SparkSession spark, Context context, Map<String, JavaRDD<Rec>> files,
      Optional<BookPartsFigures.Book> book, JavaRDD<Rec> problems, long problemCount) {
    this.spark = spark;
    this.context = context;
    this.files = files;
    this.book = book;
    this.problems = problems;
    this.problemCount = problemCount;
  }

  static SparkBookResult valid(SparkSession spark, Context context, Map<String, JavaRDD<Rec>> files,
      BookPartsFigures.Book book, JavaRDD<Rec> problems) {
    return new SparkBookResult(spark, context, new LinkedHashMap<>(files), Optional.of(book), problems, 0);
  }

  static SparkBookResult invalid(SparkSession spark, Context context, JavaRDD<Rec> problems, long count) {
    return new SparkBookResult(spark, context, Map.of(), Optional.empty(), problems, count);
  }

  /**
   * Returns whether the book had no problems (then it has outputs).
   *
   * @return whether valid
   */
  public boolean isValid() {
    return problemCount == 0;
  }

  /**
   * Returns the number of problems found (each row copied into several parts counted once).
   *
   * @return at least 0
   */
  public long problemCount() {
    return problemCount;
  }

  /**
   * Returns the problems, in file, line, column and reason order, with the columns
   * {@link #PROBLEM_COLUMNS} (the line as an integer).
   *
   * @return never null; empty when valid
   */
  public Dataset<Row> problems() {
    StructType schema = new StructType(new StructField[] {
        DataTypes.createStructField("file", DataTypes.StringType, false),
        DataTypes.createStructField("line", DataTypes.IntegerType, false),
        DataTypes.createStructField("column", DataTypes.StringType, false),
        DataTypes.createStructField("reason", DataTypes.StringType, false)});
    return spark.createDataFrame(problems.map(r -> RowFactory.create(r.key, r.line, r.cells[0], r.cells[1])), schema);
  }

  /**
   * Returns the first problems, at most {@code limit}, as the exception the streaming evaluation
   * throws.
   *
   * @param limit how many to keep, at least 1
   * @return never null
   */
  public InvalidInputException exception(int limit) {
    List<CsvProblem> first = new ArrayList<>();
    problems.take(limit).forEach(r -> first.add(r.toProblem()));
    return new InvalidInputException(first, problemCount);
  }

  /**
   * Returns the book's summary, the streaming evaluation's {@link BookSummary} (without file sizes).
   *
   * @return the summary, or empty when the book has problems
   */
  public Optional<BookSummary> summary() {
    return book.map(BookPartsFigures.Book::summary);
  }

  /**
   * Returns the names of the output files of rows, in the streaming evaluation's write order:
   * {@code partners.jsonl}, then the CSV files.
   *
   * @return never null; empty when the book has problems
   */
  public List<String> files() {
    return List.copyOf(files.keySet());
  }

  /**
   * Returns the documents written whole: {@code kpis.csv}, {@code summary.json}, {@code report.txt}
   * and {@code report.html}, by name, as their text.
   *
   * @return never null; empty when the book has problems
   */
  public Map<String, String> documents() {
    if (book.isEmpty()) {
      return Map.of();
    }
    BookSummary s = book.get().summary();
    Map<String, String> docs = new LinkedHashMap<>();
    docs.put(CsvReport.KPIS, book.get().kpisCsv());
    docs.put("summary.json", BookReport.json(s));
    docs.put("report.txt", BookReport.text(s));
    docs.put("report.html", BookReport.html(s));
    return docs;
  }

  /**
   * Returns one output file's rows, in the file's order: {@code partners.jsonl} has the columns
   * {@code id} and {@code line} (the partner's JSON line); a CSV file has its header's columns, every
   * value as text.
   *
   * @param file one of {@link #files()}, not null
   * @return never null
   * @throws IllegalArgumentException if there is no such output
   */
  public Dataset<Row> output(String file) {
    requireNonNull(file, "file");
    JavaRDD<Rec> rows = files.get(file);
    if (rows == null) {
      throw new IllegalArgumentException("file must be one of " + files.keySet() + ", but was " + file);
    }
    List<String> columns = columns(file);
    List<StructField> fields = new ArrayList<>();
    for (String c : columns) {
      fields.add(DataTypes.createStructField(c, DataTypes.StringType, false));
    }
    return spark.createDataFrame(rows.map(r -> RowFactory.create((Object[]) r.cells)), DataTypes.createStructType(fields));
  }

  /**
   * Returns the text lines of one output file as the streaming evaluation writes it, each without its
   * line feed: the header first for a CSV file.
   *
   * @param file one of {@link #files()}, not null
   * @return never null
   */
  public JavaRDD<String> lines(String file) {
    output(file);
    JavaRDD<Rec> rows = files.get(file);
    if (file.equals(BookPartsFigures.PARTNERS_JSONL)) {
      return rows.map(r -> r.cells[1]);
    }
    String header = chop(BookPartsFigures.csvLine(columns(file)));
    JavaRDD<String> body = rows.map(r -> chop(BookPartsFigures.csvLine(List.of(r.cells))));
    return org.apache.spark.api.java.JavaSparkContext.fromSparkContext(spark.sparkContext())
        .parallelize(List.of(header), 1).union(body);
  }

  /**
   * Writes the outputs (or, when the book has problems, only {@code problems.csv}) into a folder,
   * atomically: everything goes to a staging folder beside it, which replaces the folder at the end
   * ({@code docs/spark.md#idempotence-and-atomic-output}).
   *
   * @param out the folder, on any file system Spark reaches, not null
   * @param format how the files of rows are written, not null
   */
  public void write(String out, OutputFormat format) {
    Outputs.write(spark, this, requireNonNull(out, "out"), requireNonNull(format, "format"));
  }

  List<String> columns(String file) {
    if (file.equals(BookPartsFigures.PARTNERS_JSONL)) {
      return List.of("id", "line");
    }
    return context.steps().figures().header(file);
  }

  JavaRDD<Rec> problemRecords() {
    return problems;
  }

  static String chop(String line) {
    return line.substring(0, line.length() - 1);
  }
}
