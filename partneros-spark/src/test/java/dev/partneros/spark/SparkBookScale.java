package dev.partneros.spark;

import dev.partneros.core.ProgramDocument;
import dev.partneros.core.ProgramHistory;
import dev.partneros.portfolio.BookEvaluator;
import dev.partneros.portfolio.PortfolioEvaluator;
import dev.partneros.portfolio.PortfolioGenerator;
import dev.partneros.portfolio.PortfolioStreamWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark scale run ({@code docs/spark.md#sizing}): for each partner count given, streams a
 * generated book (standard options, seed 42, as {@code BookScale} of partneros-benchmarks does) as
 * CSV files, evaluates it with the streaming {@link BookEvaluator} on every core, then with the
 * Spark job in local mode on as many cores, writing Parquet, and prints one line: partners, deals,
 * both wall times, their ratio, the Spark job's wall time per partner, its shuffle bytes written per
 * partner and its task time per partner. Not a test (its name ends in neither Test nor Properties).
 *
 * <p>Run from the repository root after {@code mvn -B -q -Pspark -pl partneros-spark -am
 * test-compile} and {@code mvn -B -q -Pspark -pl partneros-spark dependency:build-classpath
 * -Dmdep.includeScope=test -Dmdep.outputFile=target/classpath.txt}: {@code java -Xmx3g
 * <the JVM options of docs/spark.md> -cp "partneros-spark/target/test-classes:partneros-spark/target/classes:$(cat
 * partneros-spark/target/classpath.txt)" dev.partneros.spark.SparkBookScale 20000}.
 */
public final class SparkBookScale {

  private static final LocalDate AS_OF = LocalDate.of(2027, 12, 31);
  private static final long SEED = 42;

  private SparkBookScale() {}

  /**
   * Runs each size given.
   *
   * @param args partner counts
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    int cores = Runtime.getRuntime().availableProcessors();
    SparkSession spark = SparkSession.builder().master("local[" + cores + "]").appName("partneros-spark-scale")
        .config("spark.ui.enabled", "false").config("spark.driver.host", "localhost").getOrCreate();
    AtomicLong shuffle = new AtomicLong();
    AtomicLong taskNanos = new AtomicLong();
    spark.sparkContext().addSparkListener(new SparkListener() {
      @Override
      public void onTaskEnd(SparkListenerTaskEnd end) {
        if (end.taskMetrics() != null) {
          shuffle.addAndGet(end.taskMetrics().shuffleWriteMetrics().bytesWritten());
          taskNanos.addAndGet(end.taskMetrics().executorRunTime() * 1_000_000L);
        }
      }
    });
    ProgramHistory history = ProgramHistory.of(ProgramDocument.standard());
    System.out.println("partners,deals,streaming s,spark s,spark/streaming,spark ms per 1000 partners,"
        + "shuffle bytes per partner,task ms per 1000 partners");
    run(spark, history, 2_000, shuffle, taskNanos, false);
    for (String arg : args) {
      run(spark, history, Integer.parseInt(arg), shuffle, taskNanos, true);
    }
    spark.stop();
  }

  private static void run(SparkSession spark, ProgramHistory history, int partners, AtomicLong shuffle,
      AtomicLong taskNanos, boolean print) throws IOException {
    Path root = Files.createTempDirectory("spark-scale");
    try {
      Path in = root.resolve("in");
      long deals;
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
      try (var lines = Files.lines(in.resolve("deals.csv"))) {
        deals = lines.count() - 1;
      }
      long t0 = System.nanoTime();
      BookEvaluator.of(PortfolioEvaluator.standard()).evaluate(history, in, AS_OF, root.resolve("streaming"),
          BookEvaluator.Listener.NONE);
      long t1 = System.nanoTime();
      shuffle.set(0);
      taskNanos.set(0);
      SparkBook job = SparkBook.of(history, AS_OF);
      job.evaluate(job.readCsv(spark, in.toString())).write(root.resolve("spark").toString(), OutputFormat.PARQUET);
      long t2 = System.nanoTime();
      if (print) {
        double streaming = (t1 - t0) / 1e9;
        double sparkSeconds = (t2 - t1) / 1e9;
        System.out.printf(Locale.ROOT, "%d,%d,%.1f,%.1f,%.2f,%.0f,%d,%.0f%n", partners, deals, streaming,
            sparkSeconds, sparkSeconds / streaming, sparkSeconds * 1e6 / partners, shuffle.get() / partners,
            taskNanos.get() / 1e3 / partners);
      }
    } finally {
      Books.delete(root);
    }
  }
}
