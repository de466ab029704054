package dev.partneros.portfolio.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Any {@code report.html} named by the system property {@value #PROPERTY} (such as the one of the
 * streaming scale run's big book) in a real browser: it is under {@value #MAX_BYTES} bytes, opens in
 * under {@value #MAX_OPEN_MILLIS} ms, and passes the layout checks; screenshots of its sections go
 * to {@code target/browser/file/} ({@code docs/browser-check.md#the-report-test}). Runs only when
 * the property is set.
 */
@ExtendWith(ChromiumExtension.class)
@EnabledIfSystemProperty(named = ChromiumReportFileTest.PROPERTY, matches = ".+")
@DisplayName("A report.html file given by partneros.browser.report in a real browser (docs/browser-check.md#the-report-test)")
class ChromiumReportFileTest {

  /** The system property naming the report file. */
  static final String PROPERTY = "partneros.browser.report";

  /** The largest report a browser should be handed (a 1,000,000-partner book's included). */
  static final long MAX_BYTES = 5L * 1024 * 1024;

  /** How long opening it may take, load event and fonts included. */
  static final long MAX_OPEN_MILLIS = 5_000;

  @Test
  void reportFile_isSmallOpensFastAndPassesTheLayoutChecks(ChromiumBrowser browser) throws IOException {
    Path report = Path.of(System.getProperty(PROPERTY)).toAbsolutePath();
    assertThat(report).isRegularFile();
    long bytes = Files.size(report);
    try (ChromiumPage page = browser.newPage()) {
      long start = System.nanoTime();
      page.open(report);
      long millis = (System.nanoTime() - start) / 1_000_000;
      start = System.nanoTime();
      ChromiumChecks checks = ChromiumChecks.run(page);
      long checking = (System.nanoTime() - start) / 1_000_000;
      start = System.nanoTime();
      ChromiumReportTest.screenshots(page, checks, ChromiumReportTest.OUT.resolve("file"));
      long shooting = (System.nanoTime() - start) / 1_000_000;
      System.out.printf("%s: %,d bytes, opened in %,d ms, checked in %,d ms, %d sections shot in %,d ms;"
          + " %d charts, %d labels%n", report, bytes, millis, checking, checks.sections().size(), shooting,
          checks.charts(), checks.labels());
      SoftAssertions soft = new SoftAssertions();
      soft.assertThat(bytes).as("the report's size in bytes").isLessThan(MAX_BYTES);
      soft.assertThat(millis).as("milliseconds to open it").isLessThan(MAX_OPEN_MILLIS);
      soft.assertThat(page.errors()).as("console errors, exceptions and log errors").isEmpty();
      soft.assertThat(page.requests()).as("requests other than the report itself")
          .allMatch(u -> u.equals(report.toUri().toString()));
      soft.assertThat(checks.sections()).extracting(ChromiumChecks.Section::id).as("the sections")
          .containsAll(ChromiumReportTest.SECTIONS);
      soft.assertThat(checks.overlaps()).as("overlapping labels").isEmpty();
      soft.assertThat(checks.clipped()).as("labels cut by their chart").isEmpty();
      soft.assertThat(checks.uncovered()).as("chart colours missing from the legend").isEmpty();
      soft.assertAll();
    }
  }
}
