package dev.partneros.portfolio.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The browser checks can fail: each fixture page beside this class has one defect, and the check for
 * it reports that defect; the clean page passes every check ({@code docs/browser-check.md#what-it-checks}).
 */
@ExtendWith(ChromiumExtension.class)
@DisplayName("The browser checks find each defect of the fixture pages (docs/browser-check.md#what-it-checks)")
class ChromiumHarnessTest {

  static Path fixture(String name) {
    try {
      return Path.of(ChromiumHarnessTest.class.getResource("fixtures/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static ChromiumChecks open(ChromiumPage page, String fixture) {
    page.open(fixture(fixture));
    return ChromiumChecks.run(page);
  }

  @Test
  void cleanPage_passesEveryCheck(ChromiumBrowser browser) {
    try (ChromiumPage page = browser.newPage()) {
      ChromiumChecks checks = open(page, "clean.html");
      assertThat(page.errors()).isEmpty();
      assertThat(checks.overlaps()).isEmpty();
      assertThat(checks.clipped()).isEmpty();
      assertThat(checks.uncovered()).isEmpty();
      // what was looked at: the texts (title, two tier labels, three rotated quarters, legend words)
      assertThat(checks.labels()).isGreaterThanOrEqualTo(9);
      assertThat(checks.charts()).isEqualTo(1);
      assertThat(checks.marks()).isEqualTo(3);
      assertThat(checks.totals()).containsExactly(new ChromiumChecks.Total("partners", "2", "2", "tiers"));
      assertThat(checks.sections()).extracting(ChromiumChecks.Section::id).containsExactly("tiers", "partners");
      assertThat(page.requests()).hasSize(1).allMatch(u -> u.endsWith("/clean.html"));
    }
  }

  @Test
  void overlappingLabels_areReported(ChromiumBrowser browser) {
    try (ChromiumPage page = browser.newPage()) {
      ChromiumChecks checks = open(page, "overlap.html");
      assertThat(checks.overlaps()).extracting(o -> o.first() + " | " + o.second())
          .containsExactlyInAnyOrder("2026-03-31 | 2026-06-30", "2026-09-30 | 2026-12-31", "registered | silver");
      assertThat(checks.overlaps()).allSatisfy(o -> assertThat(o.section()).isEqualTo("tiers"));
      // written on each other: a depth in pixels; touching end to start: no gap (minus the gap)
      assertThat(checks.overlaps()).filteredOn(o -> !o.first().equals("2026-09-30"))
          .allSatisfy(o -> assertThat(o.depth()).isGreaterThan(1));
      assertThat(checks.overlaps()).filteredOn(o -> o.first().equals("2026-09-30")).singleElement()
          .satisfies(o -> assertThat(o.depth()).isBetween(-0.5, 0.0));
      assertThat(checks.clipped()).isEmpty();
    }
  }

  @Test
  void labelCutAtTheChartEdge_isReported(ChromiumBrowser browser) {
    try (ChromiumPage page = browser.newPage()) {
      ChromiumChecks checks = open(page, "clipped.html");
      assertThat(checks.clipped()).singleElement().satisfies(c -> {
        assertThat(c.section()).isEqualTo("mdf");
        assertThat(c.text()).isEqualTo("51,063.83 USD (entitled to 100,000.00 USD)");
        assertThat(c.by()).isGreaterThan(50);
      });
      assertThat(checks.overlaps()).isEmpty();
    }
  }

  @Test
  void colourMissingFromTheLegend_isReported(ChromiumBrowser browser) {
    try (ChromiumPage page = browser.newPage()) {
      ChromiumChecks checks = open(page, "legend-missing.html");
      // gold is in the legend; its faded shade (0.45 on white) and purple are not
      assertThat(checks.uncovered()).extracting(ChromiumChecks.Uncovered::colour, ChromiumChecks.Uncovered::marks)
          .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("#f2e0a7", 1),
              org.assertj.core.groups.Tuple.tuple("#7a4f9a", 2));
      assertThat(checks.marks()).isEqualTo(4);
    }
  }

  @Test
  void consoleErrorAndUncaughtException_areReported(ChromiumBrowser browser) {
    try (ChromiumPage page = browser.newPage()) {
      open(page, "console-error.html");
      assertThat(page.errors()).hasSize(2);
      assertThat(page.errors().get(0)).isEqualTo("console.error: the chart has no data");
      assertThat(page.errors().get(1)).startsWith("uncaught exception: Error: boom in the report");
    }
  }

  @Test
  void requestForAnotherFile_isRecorded(ChromiumBrowser browser) {
    try (ChromiumPage page = browser.newPage()) {
      open(page, "network.html");
      assertThat(page.requests()).anyMatch(u -> u.endsWith("/missing-chart.png"));
      assertThat(page.errors()).anyMatch(e -> e.contains("missing-chart.png"));
    }
  }
}
