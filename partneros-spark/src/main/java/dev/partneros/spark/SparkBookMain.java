package dev.partneros.spark;

import dev.partneros.core.Money;
import dev.partneros.core.PartnerOsException;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.ProgramHistory;
import dev.partneros.core.ProgramLoader;
import dev.partneros.portfolio.Explain;
import dev.partneros.portfolio.InvalidInputException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;

/**
 * The {@code spark-submit} entry point ({@code docs/spark.md#spark-submit}): evaluates a book and
 * writes its outputs, or its problems, atomically into a folder. Exit status 0 when written, 1 when
 * the input has problems (then {@code problems.csv} is written and no result), 2 on a usage error.
 */
public final class SparkBookMain {

  private static final String USAGE = "usage: SparkBookMain --book <folder> --as-of <yyyy-mm-dd> --out <folder>"
      + " [--input csv|parquet] [--program <file>]... [--format parquet|csv|jsonl] [--pool <amount>]"
      + " [--explain none|summary|full] [--part-size <partners>] [--partitions <count>]";

  private SparkBookMain() {}

  /**
   * Runs the job in the session {@code spark-submit} configures.
   *
   * @param args the options, see {@code docs/spark.md#spark-submit}
   */
  public static void main(String[] args) {
    int status;
    try {
      Options options = Options.parse(args);
      SparkSession spark = SparkSession.builder().appName("partneros-book")
          .config(SparkBookKryo.configure(new org.apache.spark.SparkConf())).getOrCreate();
      try {
        status = run(spark, options, System.err);
      } finally {
        spark.stop();
      }
    } catch (IllegalArgumentException | DateTimeParseException | PartnerOsException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      status = 2;
    }
    System.exit(status);
  }

  /** Evaluates and writes; returns the exit status. */
  static int run(SparkSession spark, Options options, PrintStream err) {
    SparkBook job = SparkBook.of(options.history, options.asOf).withExplain(options.explain)
        .withPartSize(options.partSize);
    if (options.pool.isPresent()) {
      job = job.withPool(Money.of(options.pool.get(), options.history.latest().currency()));
    }
    if (options.partitions > 0) {
      job = job.withPartitions(options.partitions);
    }
    SparkBookInput input = options.parquet ? job.readParquet(spark, options.book) : job.readCsv(spark, options.book);
    SparkBookResult result = job.evaluate(input);
    result.write(options.out, options.format);
    if (!result.isValid()) {
      InvalidInputException e = result.exception(20);
      err.println(e.getMessage());
      err.println("all " + result.problemCount() + " problems are in " + options.out + "/problems.csv");
      return 1;
    }
    return 0;
  }

  /** The parsed options. */
  static final class Options {
    String book;
    String out;
    LocalDate asOf;
    boolean parquet;
    ProgramHistory history;
    OutputFormat format = OutputFormat.PARQUET;
    Optional<BigDecimal> pool = Optional.empty();
    Explain explain = Explain.SUMMARY;
    int partSize = dev.partneros.portfolio.BookEvaluator.DEFAULT_PART_SIZE;
    int partitions;

    static Options parse(String[] args) {
      Map<String, List<String>> given = new HashMap<>();
      for (int i = 0; i < args.length; i++) {
        if (!args[i].startsWith("--") || i + 1 >= args.length) {
          throw new IllegalArgumentException("each option needs a value: " + args[i]);
        }
        given.computeIfAbsent(args[i], k -> new ArrayList<>()).add(args[++i]);
      }
      Options o = new Options();
      o.book = required(given, "--book");
      o.out = required(given, "--out");
      o.asOf = LocalDate.parse(required(given, "--as-of"));
      o.parquet = one(given, "--input").map(v -> choice(v, "csv", "parquet").equals("parquet")).orElse(false);
      List<String> programs = given.getOrDefault("--program", List.of());
      o.history = programs.isEmpty() ? ProgramHistory.of(ProgramDocument.standard())
          : ProgramLoader.strict().loadHistory(programs.stream().map(Path::of).toList());
      one(given, "--format").ifPresent(f -> o.format = switch (choice(f, "parquet", "csv", "jsonl")) {
        case "csv" -> OutputFormat.CSV;
        case "jsonl" -> OutputFormat.JSON_LINES;
        default -> OutputFormat.PARQUET;
      });
      o.pool = one(given, "--pool").map(BigDecimal::new);
      one(given, "--explain").ifPresent(e -> o.explain = Explain.valueOf(choice(e, "none", "summary", "full")
          .toUpperCase(Locale.ROOT)));
      one(given, "--part-size").ifPresent(n -> o.partSize = Integer.parseInt(n));
      one(given, "--partitions").ifPresent(n -> o.partitions = Integer.parseInt(n));
      for (String name : given.keySet()) {
        if (!USAGE.contains(name + " ")) {
          throw new IllegalArgumentException("unknown option " + name);
        }
      }
      return o;
    }

    private static String required(Map<String, List<String>> given, String name) {
      return one(given, name).orElseThrow(() -> new IllegalArgumentException(name + " is required"));
    }

    private static Optional<String> one(Map<String, List<String>> given, String name) {
      List<String> values = given.getOrDefault(name, List.of());
      if (values.size() > 1) {
        throw new IllegalArgumentException(name + " is given " + values.size() + " times");
      }
      return values.stream().findFirst();
    }

    private static String choice(String value, String... allowed) {
      for (String a : allowed) {
        if (a.equals(value.toLowerCase(Locale.ROOT))) {
          return a;
        }
      }
      throw new IllegalArgumentException("must be one of " + String.join(", ", allowed) + ", but was " + value);
    }
  }
}
