package dev.partneros.benchmarks.spark;

import dev.partneros.core.ProgramDocument;
import dev.partneros.core.ProgramHistory;
import dev.partneros.portfolio.BookEvaluator;
import dev.partneros.portfolio.PortfolioEvaluator;
import dev.partneros.portfolio.PortfolioGenerator;
import dev.partneros.portfolio.PortfolioStreamWriter;
import dev.partneros.spark.OutputFormat;
import dev.partneros.spark.SparkBook;
import dev.partneros.spark.SparkBookKryo;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark scale run ({@code docs/spark.md#sizing}): for each partner count given, streams a
 * generated book (standard options, seed 42, as {@code BookScale} does) as CSV files, evaluates it
 * with the streaming {@link BookEvaluator} on every core, then with the Spark job in local mode on as
 * many cores, writing Parquet, and prints one line: partners, deals, both wall times, their ratio,
 * the Spark job's wall time per partner, its shuffle bytes written per partner, its task time per
 * partner and the machine's load average (one minute) before and after. A 2,000-partner warm-up runs
 * first. Input and outputs are deleted afterwards.
 *
 * <p>Options: {@code --check} writes the Spark outputs as CSV instead and compares every file with
 * the streaming evaluation's, byte for byte (it fails on the first difference); {@code --stages}
 * also prints each Spark stage's task time, shuffle bytes, GC and serialization times;
 * {@code --no-warm-up} skips the warm-up.
 *
 * <p>Run from the repository root (the module's {@code spark} profile; the sizes go in one
 * property): {@code mvn -B -q -Pspark -pl partneros-benchmarks -am -DskipTests package exec:exec
 * -Dpartneros.spark.scale="20000 50000"}.
 */
public final class SparkBookScale {

  private static final LocalDate AS_OF = LocalDate.of(2027, 12, 31);
  private static final long SEED = 42;

  private SparkBookScale() {}

  /**
   * One run's measurements.
   *
   * @param partners the book's partners
   * @param deals its deals
   * @param streamingNanos the streaming evaluation's wall time
   * @param sparkNanos the Spark job's wall time (evaluation and writing)
   * @param shuffleBytes the shuffle bytes the Spark job's tasks wrote
   * @param taskNanos the sum of its tasks' run times
   * @param loadBefore the one-minute load average before the run
   * @param loadAfter the one-minute load average after it
   */
  record Result(int partners, long deals, long streamingNanos, long sparkNanos, long shuffleBytes, long taskNanos,
      double loadBefore, double loadAfter) {

    String line() {
      double streaming = streamingNanos / 1e9;
      double spark = sparkNanos / 1e9;
      return String.format(Locale.ROOT, "%d,%d,%.1f,%.1f,%.2f,%.2f,%d,%.2f,%.1f,%.1f", partners, deals, streaming,
          spark, spark / streaming, spark * 1e3 / partners, shuffleBytes / partners, taskNanos / 1e6 / partners,
          loadBefore, loadAfter);
    }
  }

  /**
   * Runs each size given.
   *
   * @param args partner counts and options
   * @throws IOException if a file cannot be written or deleted
   */
  public static void main(String[] args) throws IOException {
    List<Integer> sizes = new ArrayList<>();
    boolean check = false;
    boolean stages = false;
    boolean warmUp = true;
    for (String arg : args) {
      switch (arg) {
        case "--check" -> check = true;
        case "--stages" -> stages = true;
        case "--no-warm-up" -> warmUp = false;
        default -> sizes.add(Integer.parseInt(arg.replace("_", "")));
      }
    }
    if (sizes.isEmpty()) {
      throw new IllegalArgumentException("give at least one partner count");
    }
    PrintStream out = System.out;
    SparkSession spark = session();
    try {
      Metrics metrics = new Metrics();
      spark.sparkContext().addSparkListener(metrics);
      out.println("partners,deals,streaming s,spark s,spark/streaming,spark ms per partner,"
          + "shuffle bytes per partner,task ms per partner,load before,load after");
      if (warmUp) {
        run(spark, metrics, 2_000, check);
      }
      for (int partners : sizes) {
        out.println(run(spark, metrics, partners, check).line());
        if (stages) {
          metrics.print(out, partners);
        }
      }
    } finally {
      spark.stop();
    }
  }

  /** A local session on every core, without its UI, configured as {@code SparkBookMain} configures one. */
  static SparkSession session() {
    int cores = Runtime.getRuntime().availableProcessors();
    return SparkSession.builder().master("local[" + cores + "]").appName("partneros-spark-scale")
        .config("spark.ui.enabled", "false").config("spark.driver.host", "localhost")
        .config(SparkBookKryo.configure(new SparkConf())).getOrCreate();
  }

  /**
   * Generates, evaluates both ways and measures one book; with {@code check}, the Spark outputs are
   * written as CSV and compared with the streaming evaluation's files.
   *
   * @throws IllegalStateException if checked and a file differs
   */
  static Result run(SparkSession spark, Metrics metrics, int partners, boolean check) throws IOException {
    Path root = Files.createTempDirectory("spark-scale");
    try {
      Path in = root.resolve("in");
      try (PortfolioStreamWriter writer = PortfolioStreamWriter.csv(in, PortfolioStreamWriter.Order.SHUFFLED, SEED)) {
        PortfolioGenerator.stream(PortfolioGenerator.Options.standard(partners, SEED), part -> {
          try {
            writer.write(part);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
        writer.finish();
      }
      long deals;
      try (Stream<String> lines = Files.lines(in.resolve("deals.csv"))) {
        deals = lines.count() - 1;
      }
      ProgramHistory history = ProgramHistory.of(ProgramDocument.standard());
      double loadBefore = load();
      long t0 = System.nanoTime();
      BookEvaluator.of(PortfolioEvaluator.standard()).evaluate(history, in, AS_OF, root.resolve("streaming"),
          BookEvaluator.Listener.NONE);
      long t1 = System.nanoTime();
      metrics.reset();
      SparkBook job = SparkBook.of(history, AS_OF);
      job.evaluate(job.readCsv(spark, in.toString())).write(root.resolve("spark").toString(),
          check ? OutputFormat.CSV : OutputFormat.PARQUET);
      long t2 = System.nanoTime();
      Result result = new Result(partners, deals, t1 - t0, t2 - t1, metrics.shuffleBytes(), metrics.taskNanos(),
          loadBefore, load());
      if (check) {
        OutputCheck.assertSameFiles(root.resolve("streaming"), root.resolve("spark"));
      }
      return result;
    } finally {
      delete(root);
    }
  }

  private static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  static void delete(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** Task metrics summed over a run, in total and per stage name. Thread-safe. */
  static final class Metrics extends SparkListener {
    private final Map<Integer, long[]> stages = new TreeMap<>();
    private final Map<Integer, String> names = new TreeMap<>();

    synchronized void reset() {
      stages.clear();
      names.clear();
    }

    @Override
    public synchronized void onStageCompleted(SparkListenerStageCompleted completed) {
      names.put(completed.stageInfo().stageId(), completed.stageInfo().name());
    }

    @Override
    public synchronized void onTaskEnd(SparkListenerTaskEnd end) {
      if (end.taskMetrics() == null) {
        return;
      }
      var m = end.taskMetrics();
      long[] s = stages.computeIfAbsent(end.stageId(), k -> new long[7]);
      s[0] += m.executorRunTime();
      s[1] += m.shuffleWriteMetrics().bytesWritten();
      s[2] += m.shuffleReadMetrics().totalBytesRead();
      s[3] += m.jvmGCTime();
      s[4] += m.executorDeserializeTime() + m.resultSerializationTime();
      s[5] += m.shuffleWriteMetrics().writeTime() / 1_000_000L;
      s[6] += m.memoryBytesSpilled() + m.diskBytesSpilled();
    }

    synchronized long shuffleBytes() {
      return stages.values().stream().mapToLong(s -> s[1]).sum();
    }

    synchronized long taskNanos() {
      return stages.values().stream().mapToLong(s -> s[0]).sum() * 1_000_000L;
    }

    synchronized void print(PrintStream out, int partners) {
      out.println("  stage,name,task ms,shuffle written B/partner,shuffle read B/partner,gc ms,task (de)serialization ms,"
          + "shuffle write ms,spilled B");
      stages.forEach((id, s) -> out.printf(Locale.ROOT, "  %d,%s,%d,%d,%d,%d,%d,%d,%d%n", id,
          names.getOrDefault(id, "").replace(',', ';'), s[0], s[1] / partners,
          s[2] / partners, s[3], s[4], s[5], s[6]));
    }
  }
}
