package dev.partneros.spark;

import dev.partneros.core.Money;
import dev.partneros.core.TierLadder;
import dev.partneros.core.YearQuarter;
import dev.partneros.portfolio.Explain;
import dev.partneros.portfolio.PortfolioGenerator;
import dev.partneros.portfolio.SampleBook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The outputs do not depend on how the book is cut: whatever the number of Spark partitions and
 * the size of the parts, the Spark job writes the streaming evaluation's files byte for byte.
 */
class SparkBookPartitionProperties {

  private static final Currency USD = Currency.getInstance("USD");
  private static Books.Book book;
  private static Path work;
  private static Path in;
  private static Path streaming;

  @BeforeContainer
  static void evaluateOnce() throws IOException {
    book = new Books.Book("60 generated partners with a pool", PortfolioGenerator.generate(
        new PortfolioGenerator.Options(60, 99L, YearQuarter.of(2026, 1), 8, USD, TierLadder.standard())),
        SampleBook.history(), Optional.of(Money.of(80_000, USD)), LocalDate.of(2027, 9, 30), Explain.SUMMARY);
    work = Files.createTempDirectory("spark-partitions");
    in = Books.write(book.portfolio(), work);
    streaming = Books.streaming(book, in, work);
  }

  @AfterContainer
  static void clean() {
    Books.delete(work);
  }

  @Property(tries = 3, seed = "20261206")
  void partitionsAndPartsDoNotChangeTheOutputs(@ForAll @IntRange(min = 1, max = 6) int partitions,
      @ForAll @IntRange(min = 1, max = 80) int partSize) throws IOException {
    Path out = work.resolve("spark-" + partitions + "-" + partSize);
    SparkBook job = book.job().withPartitions(partitions).withPartSize(partSize);
    job.evaluate(job.readCsv(Books.spark(), in.toString())).write(out.toString(), OutputFormat.CSV);
    Books.assertSameFiles(streaming, out);
    Books.delete(out);
  }
}
