package dev.partneros.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.Money;
import dev.partneros.core.ProgramHistory;
import dev.partneros.portfolio.BookEvaluator;
import dev.partneros.portfolio.Explain;
import dev.partneros.portfolio.Portfolio;
import dev.partneros.portfolio.PortfolioEvaluator;
import dev.partneros.portfolio.PortfolioWriter;
import dev.partneros.portfolio.TiersMdfModule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** Test helpers: a local Spark session, books written as CSV folders, and output folders compared. */
final class Books {

  private Books() {}

  /**
   * The local session of the tests: two cores, no UI, few shuffle partitions, and the job's Kryo
   * registration, as {@code SparkBookMain} configures a session.
   */
  static SparkSession spark() {
    return SparkSession.builder().master("local[2]").appName("partneros-spark-tests")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
        .config("spark.driver.host", "localhost").config(SparkBookKryo.configure(new SparkConf())).getOrCreate();
  }

  /** A book to evaluate both ways. */
  record Book(String name, Portfolio portfolio, ProgramHistory history, Optional<Money> pool, LocalDate asOf,
      Explain explain) {
    PortfolioEvaluator evaluator() {
      PortfolioEvaluator standard = PortfolioEvaluator.standard();
      return pool.map(p -> standard.withMdf(TiersMdfModule.withPool(p))).orElse(standard);
    }

    SparkBook job() {
      SparkBook job = SparkBook.of(history, asOf).withExplain(explain);
      return pool.map(job::withPool).orElse(job);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** Writes a portfolio's CSV files into a new folder. */
  static Path write(Portfolio portfolio, Path parent) throws IOException {
    Path folder = Files.createDirectories(parent.resolve("in"));
    for (Map.Entry<String, String> file : PortfolioWriter.csv(portfolio).entrySet()) {
      Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
    }
    return folder;
  }

  /** The streaming evaluation's output folder for a book in a folder. */
  static Path streaming(Book book, Path in, Path parent) {
    Path out = parent.resolve("streaming");
    BookEvaluator.of(book.evaluator().withParallelism(1)).withPartSize(7).withExplain(book.explain())
        .evaluate(book.history(), in, book.asOf(), out, BookEvaluator.Listener.NONE);
    return out;
  }

  /**
   * Asserts that a Spark output folder (CSV format) holds every file of a streaming output folder,
   * byte for byte: a file of rows as the concatenation of its folder's parts in name order.
   */
  static void assertSameFiles(Path streaming, Path spark) throws IOException {
    List<String> names;
    try (Stream<Path> files = Files.list(streaming)) {
      names = files.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertThat(names).isNotEmpty();
    for (String name : names) {
      Path other = spark.resolve(name);
      assertThat(other).as(name).exists();
      String expected = Files.readString(streaming.resolve(name), StandardCharsets.UTF_8);
      String actual = Files.isDirectory(other) ? concatenated(other) : Files.readString(other, StandardCharsets.UTF_8);
      if (!actual.equals(expected)) {
        List<String> e = expected.lines().toList();
        List<String> a = actual.lines().toList();
        for (int i = 0; i < Math.min(e.size(), a.size()); i++) {
          assertThat(a.get(i)).as(name + " line " + (i + 1)).isEqualTo(e.get(i));
        }
        assertThat(a).as(name + " lines").hasSameSizeAs(e);
        assertThat(actual).as(name).isEqualTo(expected);
      }
    }
    try (Stream<Path> files = Files.list(spark)) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList())
          .as("the Spark output's files").isEqualTo(names);
    }
  }

  /** The parts of a folder written by Spark, concatenated in name order. */
  static String concatenated(Path folder) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path part : files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        all.write(Files.readAllBytes(part));
      }
    }
    return all.toString(StandardCharsets.UTF_8);
  }

  static void delete(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      List<Path> all = new ArrayList<>(files.sorted(Comparator.reverseOrder()).toList());
      for (Path p : all) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
