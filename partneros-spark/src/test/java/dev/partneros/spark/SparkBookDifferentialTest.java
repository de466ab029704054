package dev.partneros.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.Money;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.ProgramHistory;
import dev.partneros.core.TierLadder;
import dev.partneros.core.YearQuarter;
import dev.partneros.portfolio.Explain;
import dev.partneros.portfolio.Portfolio;
import dev.partneros.portfolio.PortfolioGenerator;
import dev.partneros.portfolio.SampleBook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Spark job equals the streaming evaluation: on books of several shapes, every output file the
 * Spark job writes (CSV format) is, row by row and to the cent, the streaming evaluation's file.
 */
class SparkBookDifferentialTest {

  private static final Currency USD = Currency.getInstance("USD");
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = Books.spark();
  }

  static Stream<Books.Book> books() {
    Portfolio generated = PortfolioGenerator.generate(new PortfolioGenerator.Options(120, 7L, YearQuarter.of(2026, 1), 8,
        USD, TierLadder.standard()));
    Portfolio small = PortfolioGenerator.generate(new PortfolioGenerator.Options(90, 4242L, YearQuarter.of(2026, 1), 6,
        USD, TierLadder.standard()));
    return Stream.of(
        new Books.Book("sample book: program change mid-year, MDF pool", SampleBook.portfolio(), SampleBook.history(),
            Optional.of(SampleBook.MDF_POOL), SampleBook.AS_OF, Explain.SUMMARY),
        new Books.Book("120 generated partners, two versions, a pool, full explanations", generated,
            SampleBook.history(), Optional.of(Money.of(150_000, USD)), LocalDate.of(2027, 8, 15), Explain.FULL),
        new Books.Book("90 generated partners, one version, no pool, no explanations", small,
            ProgramHistory.of(ProgramDocument.standard()), Optional.empty(), LocalDate.of(2026, 12, 31), Explain.NONE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("books")
  void everyOutputEqualsTheStreamingEvaluation(Books.Book book) throws IOException {
    assertThat(book.portfolio().cancellations()).as("clawbacks").isNotEmpty();
    assertThat(book.portfolio().touches().stream().collect(java.util.stream.Collectors.groupingBy(
        t -> t.deal(), java.util.stream.Collectors.mapping(t -> t.partner(), java.util.stream.Collectors.toSet())))
        .values().stream().anyMatch(partners -> partners.size() > 1)).as("a deal with several partners").isTrue();
    Path work = Files.createTempDirectory("spark-diff");
    try {
      Path in = Books.write(book.portfolio(), work);
      Path streaming = Books.streaming(book, in, work);
      Path out = work.resolve("spark");
      SparkBook job = book.job().withPartSize(11).withPartitions(3);
      SparkBookResult result = job.evaluate(job.readCsv(spark, in.toString()));
      assertThat(result.isValid()).as("valid").isTrue();
      result.write(out.toString(), OutputFormat.CSV);
      Books.assertSameFiles(streaming, out);
    } finally {
      Books.delete(work);
    }
  }
}
