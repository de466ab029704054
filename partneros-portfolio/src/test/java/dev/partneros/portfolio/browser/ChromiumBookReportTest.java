package dev.partneros.portfolio.browser;

import dev.partneros.core.Money;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.ProgramHistory;
import dev.partneros.core.TierLadder;
import dev.partneros.core.YearQuarter;
import dev.partneros.portfolio.BookEvaluator;
import dev.partneros.portfolio.Portfolio;
import dev.partneros.portfolio.PortfolioEvaluation;
import dev.partneros.portfolio.PortfolioEvaluator;
import dev.partneros.portfolio.PortfolioGenerator;
import dev.partneros.portfolio.PortfolioWriter;
import dev.partneros.portfolio.TiersMdfModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The {@code report.html} of a generated book of {@value #PARTNERS} partners evaluated as a stream
 * ({@link BookEvaluator}, parts of {@value #PART_SIZE}, an MDF pool) in headless Chromium: every
 * section of the in-memory report is there (commission, MDF and attribution included), every marked
 * total equals that of the in-memory evaluation of the same book, and the layout checks pass;
 * screenshots of its sections go to {@code target/browser/book/}
 * ({@code docs/browser-check.md#what-it-checks}).
 */
@ExtendWith(ChromiumExtension.class)
@Tag(ChromiumReportTest.TAG)
@DisplayName("A streamed book's report.html in a real browser (docs/browser-check.md#what-it-checks)")
class ChromiumBookReportTest {

  /** The book's partners: above the big-book threshold, small enough for a quick build. */
  static final int PARTNERS = 600;

  /** Partners a part. */
  static final int PART_SIZE = 100;

  static final Currency USD = Currency.getInstance("USD");
  static final Money POOL = Money.of(2_000_000, USD);

  static PortfolioEvaluation whole;
  static Path report;

  @BeforeAll
  static void evaluateTheBookAsAStream() throws IOException {
    YearQuarter start = YearQuarter.of(2026, 1);
    Portfolio portfolio = PortfolioGenerator.generate(new PortfolioGenerator.Options(PARTNERS, 20_261_231L, start, 8,
        USD, TierLadder.standard()));
    LocalDate asOf = start.plusQuarters(7).lastDay();
    ProgramHistory history = ProgramHistory.of(ProgramDocument.standard());
    PortfolioEvaluator evaluator = PortfolioEvaluator.standard().withMdf(TiersMdfModule.withPool(POOL));
    whole = evaluator.evaluate(history, portfolio, asOf);
    Path folder = ChromiumReportTest.OUT.resolve("book");
    Path in = folder.resolve("input");
    Path out = folder.resolve("output");
    delete(folder);
    Files.createDirectories(in);
    Files.createDirectories(out);
    for (Map.Entry<String, String> file : PortfolioWriter.csv(portfolio).entrySet()) {
      Files.writeString(in.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
    }
    BookEvaluator.of(evaluator).withPartSize(PART_SIZE).evaluate(history, in, asOf, out, BookEvaluator.Listener.NONE);
    report = out.resolve("report.html");
  }

  @Test
  void streamedReport_hasEverySectionTotalsOfTheEvaluationAndPassesTheLayoutChecks(ChromiumBrowser browser)
      throws IOException {
    try (ChromiumPage page = browser.newPage()) {
      page.open(report);
      ChromiumChecks checks = ChromiumChecks.run(page);
      ChromiumReportTest.screenshots(page, checks, ChromiumReportTest.OUT.resolve("book"));
      SoftAssertions soft = new SoftAssertions();
      soft.assertThat(page.errors()).as("console errors, exceptions and log errors").isEmpty();
      soft.assertThat(page.requests()).as("requests other than the report itself")
          .allMatch(u -> u.equals(report.toAbsolutePath().toUri().toString()));
      soft.assertThat(checks.sections()).extracting(ChromiumChecks.Section::id).as("the sections")
          .containsAll(ChromiumReportTest.SECTIONS).contains("program");
      List<String> names = checks.totals().stream().map(ChromiumChecks.Total::name).toList();
      soft.assertThat(names).as("totals of the money sections").contains("commission.earned", "commission.clawedBack",
          "commission.net", "commission.paid", "commission.balance", "mdf.pool", "mdf.entitlement", "mdf.allocated",
          "mdf.requested", "mdf.granted", "mdf.requests.GRANTED", "attribution.PARTNER_SOURCED");
      soft.assertThat(ChromiumReportTest.totalMismatches(checks.totals(), ReportTotals.of(whole, Optional.of(POOL))))
          .as("marked totals that differ from the in-memory evaluation's").isEmpty();
      soft.assertThat(checks.charts()).as("charts").isPositive();
      soft.assertThat(checks.overlaps()).as("overlapping labels").isEmpty();
      soft.assertThat(checks.clipped()).as("labels cut by their chart").isEmpty();
      soft.assertThat(checks.uncovered()).as("chart colours missing from the legend").isEmpty();
      soft.assertAll();
    }
  }

  private static void delete(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      List<Path> all = new ArrayList<>(files.sorted(Comparator.reverseOrder()).toList());
      for (Path p : all) {
        Files.delete(p);
      }
    }
  }
}
