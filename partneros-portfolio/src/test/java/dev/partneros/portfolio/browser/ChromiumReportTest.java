package dev.partneros.portfolio.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.portfolio.PortfolioEvaluation;
import dev.partneros.portfolio.SampleBook;
import dev.partneros.portfolio.report.ReportFiles;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sample's {@code report.html} opened in headless Chromium, on a wide screen and on a phone: no
 * console error, no request for anything but the file, every section there, no two labels overlapping,
 * no label cut by its chart, every chart colour in its legend, and every marked total equal to the
 * evaluation's. Screenshots of each section (wide screen) are saved under {@code target/browser/}
 * ({@code docs/browser-check.md#what-it-checks}).
 */
@ExtendWith(ChromiumExtension.class)
@Tag(ChromiumReportTest.TAG)
@DisplayName("The sample's report.html in a real browser (docs/browser-check.md#what-it-checks)")
class ChromiumReportTest {

  /** The JUnit tag of this test, to run or leave it out alone ({@code -Dgroups}, {@code -DexcludedGroups}). */
  static final String TAG = "report-browser";

  /** The sections a manager opens the report for, in page order. */
  static final List<String> SECTIONS = List.of("tiers", "health", "commission", "mdf", "attribution", "partners");

  /** A phone's window width, CSS pixels. */
  static final int PHONE_WIDTH = 390;

  static final Path OUT = Path.of(System.getProperty("basedir", "."), "target", "browser");

  static PortfolioEvaluation evaluation;
  static Path report;

  @BeforeAll
  static void writeReport() throws IOException {
    evaluation = SampleBook.evaluation();
    Files.createDirectories(OUT);
    report = OUT.resolve("report.html");
    Files.writeString(report, ReportFiles.render(evaluation).get("report.html"), StandardCharsets.UTF_8);
  }

  @Test
  void wideScreen_noErrorNoOverlapNoClippingLegendsCoverTotalsMatch(ChromiumBrowser browser) throws IOException {
    try (ChromiumPage page = browser.newPage()) {
      page.open(report);
      ChromiumChecks checks = ChromiumChecks.run(page);
      screenshots(page, checks, OUT);
      SoftAssertions soft = new SoftAssertions();
      soft.assertThat(page.errors()).as("console errors, exceptions and log errors").isEmpty();
      soft.assertThat(page.requests()).as("requests other than the report itself")
          .allMatch(u -> u.equals(report.toAbsolutePath().toUri().toString()));
      soft.assertThat(checks.sections()).extracting(ChromiumChecks.Section::id).as("the sections")
          .containsAll(SECTIONS);
      layout(soft, checks);
      soft.assertThat(checks.totals()).as("elements marked data-total").isNotEmpty();
      soft.assertThat(totalMismatches(checks.totals(), ReportTotals.of(evaluation, Optional.of(SampleBook.MDF_POOL))))
          .as("marked totals that differ from the evaluation's").isEmpty();
      soft.assertAll();
    }
  }

  @Test
  void phone_noOverlapNoClippingLegendsCover(ChromiumBrowser browser) {
    try (ChromiumPage page = browser.newPage()) {
      page.resize(PHONE_WIDTH, 844);
      page.open(report);
      ChromiumChecks checks = ChromiumChecks.run(page);
      // no screenshots here: they take about as long again as the wide ones (time budget of the build)
      SoftAssertions soft = new SoftAssertions();
      soft.assertThat(page.errors()).as("console errors, exceptions and log errors").isEmpty();
      layout(soft, checks);
      soft.assertThat(page.evaluate("document.documentElement.scrollWidth").asInt())
          .as("the page's width on a phone (tables and charts scroll inside it)").isLessThanOrEqualTo(PHONE_WIDTH);
      soft.assertAll();
    }
  }

  @Test
  void clickOnAHeader_sortsTheTableByThatColumnTotalsStayLast(ChromiumBrowser browser) {
    try (ChromiumPage page = browser.newPage()) {
      page.open(report);
      List<String> written = column(page, "table.partners", 4);
      page.click("table.partners tr th:nth-child(5)");
      List<String> ascending = column(page, "table.partners", 4);
      page.click("table.partners tr th:nth-child(5)");
      List<String> descending = column(page, "table.partners", 4);
      page.click("table.statements tr th:nth-child(7)");
      List<String> balances = column(page, "table.statements", 6);
      SoftAssertions soft = new SoftAssertions();
      soft.assertThat(ascending).as("health, ascending").containsExactlyInAnyOrderElementsOf(written)
          .isEqualTo(sortedByNumber(written, false)).isNotEqualTo(written);
      soft.assertThat(descending).as("health, descending").isEqualTo(sortedByNumber(written, true));
      soft.assertThat(page.evaluate("document.querySelector('table.partners tr th:nth-child(5)')"
          + ".getAttribute('aria-sort')").asText()).isEqualTo("descending");
      soft.assertThat(balances.subList(0, balances.size() - 1)).as("balances, ascending, the total row last")
          .isEqualTo(sortedByNumber(balances.subList(0, balances.size() - 1), false));
      soft.assertThat(page.evaluate("(() => { const rows = document.querySelector('table.statements').rows;"
          + " return rows[rows.length - 1].className; })()").asText()).as("the last row").isEqualTo("total");
      soft.assertThat(page.errors()).as("console errors, exceptions and log errors").isEmpty();
      soft.assertAll();
    }
  }

  /** The texts of a column of a table, below its header. */
  static List<String> column(ChromiumPage page, String table, int column) {
    List<String> texts = new ArrayList<>();
    page.evaluate("Array.from(document.querySelector('" + table + "').rows).slice(1)"
        + ".map(r => r.cells[" + column + "] ? r.cells[" + column + "].textContent.trim() : '')")
        .forEach(n -> texts.add(n.asText()));
    return texts;
  }

  /** The texts by the number they start with (grouping commas ignored), empty texts last; ties keep their order. */
  static List<String> sortedByNumber(List<String> texts, boolean descending) {
    java.util.Comparator<String> byNumber = java.util.Comparator.comparing(
        (String t) -> new BigDecimal(t.replace(",", "").replaceAll(" .*", "")));
    List<String> numbers = new ArrayList<>(texts.stream().filter(t -> !t.isEmpty()).toList());
    numbers.sort(descending ? byNumber.reversed() : byNumber);
    texts.stream().filter(String::isEmpty).forEach(numbers::add);
    return numbers;
  }

  /**
   * Compares the marked totals with the evaluation's: one sentence per total that is not a plain
   * number, names no known total, or differs.
   *
   * @param totals the page's totals, not null
   * @param expected the evaluation's totals by normalised name ({@link ReportTotals#of}), not null
   * @return never null
   */
  static List<String> totalMismatches(List<ChromiumChecks.Total> totals, Map<String, BigDecimal> expected) {
    List<String> mismatches = new ArrayList<>();
    for (ChromiumChecks.Total total : totals) {
      String label = "data-total=\"" + total.name() + "\" (shown as \"" + total.text() + "\")";
      BigDecimal want = expected.get(ReportTotals.normalise(total.name()));
      if (total.value() == null || !total.value().matches("-?[0-9]+(\\.[0-9]+)?")) {
        mismatches.add(label + " has data-value " + total.value() + ", not a plain number");
      } else if (want == null) {
        mismatches.add(label + " names no total of the evaluation that ReportTotals knows");
      } else if (new BigDecimal(total.value()).compareTo(want) != 0) {
        mismatches.add(label + " is " + total.value() + " but the evaluation's is " + want.toPlainString());
      }
    }
    return mismatches;
  }

  private static void layout(SoftAssertions soft, ChromiumChecks checks) {
    soft.assertThat(checks.charts()).as("charts").isPositive();
    soft.assertThat(checks.labels()).as("labels looked at").isPositive();
    soft.assertThat(checks.marks()).as("chart marks looked at").isPositive();
    soft.assertThat(checks.overlaps()).as("overlapping labels").isEmpty();
    soft.assertThat(checks.clipped()).as("labels cut by their chart").isEmpty();
    soft.assertThat(checks.uncovered()).as("chart colours missing from the legend").isEmpty();
  }

  /** Saves a PNG of each section (at most 16,000 pixels high) as {@code <id>.png}. */
  static List<Path> screenshots(ChromiumPage page, ChromiumChecks checks, Path folder) throws IOException {
    Files.createDirectories(folder);
    List<Path> saved = new ArrayList<>();
    for (ChromiumChecks.Section s : checks.sections()) {
      if (s.width() <= 0 || s.height() <= 0) {
        continue;
      }
      Path file = folder.resolve(s.id().replaceAll("[^A-Za-z0-9_-]", "_") + ".png");
      Files.write(file, page.screenshot(s.x(), s.y(), s.width(), Math.min(s.height(), 16_000)));
      saved.add(file);
    }
    return saved;
  }
}
