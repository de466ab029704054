package dev.partneros.portfolio.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.portfolio.BookSummary;
import dev.partneros.portfolio.BookSummary.Ranked;
import dev.partneros.portfolio.PortfolioEvaluation.VersionInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The streamed book's {@code report.html}: the evaluation report's layout and hooks, from a summary. */
class BookReportHtmlTest {

  static BookSummary summary() {
    Map<String, Long> tiers = new LinkedHashMap<>();
    tiers.put("REGISTERED", 600_000L);
    tiers.put("SILVER", 250_000L);
    tiers.put("GOLD", 100_000L);
    tiers.put("PLATINUM", 40_000L);
    Map<String, Long> bands = new LinkedHashMap<>();
    bands.put("CHAMPION", 90_000L);
    bands.put("HEALTHY", 300_000L);
    bands.put("AT_RISK", 350_000L);
    bands.put("CRITICAL", 200_000L);
    bands.put("CHURNING", 50_000L);
    List<Ranked> best = new ArrayList<>();
    List<Ranked> worst = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      best.add(new Ranked("P-" + i, "Best <" + i + ">", "GOLD", "9" + i, "CHAMPION"));
      worst.add(new Ranked("Q-" + i, "Worst " + i, "REGISTERED", Integer.toString(i), "CHURNING"));
    }
    return new BookSummary(LocalDate.of(2027, 12, 31), "Big program", Currency.getInstance("USD"),
        List.of(new VersionInfo("2026.1", LocalDate.of(2026, 1, 1))), 1_000_000, 9_000_000,
        Map.of("partners.csv", 1_000_000L), tiers, bands, 12_345, Map.of("GROW", 10L), Optional.empty(), List.of(),
        "2026.1", best, worst, List.of("commission is not evaluated"), Map.of());
  }

  @Test
  void html_hasTheSectionsTotalsAndLegendsOfTheEvaluationReport() {
    String html = BookReport.html(summary());
    Document d = XhtmlPages.document(html);
    Set<String> ids = XhtmlPages.elements(d.getDocumentElement(), XhtmlPages.XHTML, "section").stream()
        .map(s -> s.getAttribute("id")).collect(Collectors.toSet());
    assertThat(ids).containsExactlyInAnyOrder("tiers", "health", "program", "partners");
    Map<String, BigDecimal> t = XhtmlPages.totals(d);
    assertThat(t.get("partners.active")).isEqualByComparingTo("990000");
    assertThat(t.get("book.partners")).isEqualByComparingTo("1000000");
    assertThat(t.get("tiers.inGrace")).isEqualByComparingTo("12345");
    assertThat(t.get("tiers.GOLD")).isEqualByComparingTo("100000");
    assertThat(t.get("health.AT_RISK")).isEqualByComparingTo("350000");
    for (Element figure : XhtmlPages.elements(d.getDocumentElement(), XhtmlPages.XHTML, "figure")) {
      Set<String> legend = XhtmlPages.elements(figure, XhtmlPages.XHTML, "li").stream()
          .map(li -> li.getAttribute("data-colour")).collect(Collectors.toSet());
      Set<String> fills = XhtmlPages.elements(figure, XhtmlPages.SVG, "rect").stream()
          .map(r -> r.getAttribute("fill")).collect(Collectors.toSet());
      assertThat(fills).isNotEmpty();
      assertThat(legend).containsAll(fills);
    }
    assertThat(html).contains("Best &lt;3&gt;").contains("<meta name=\"viewport\"").doesNotContain("<script");
    assertThat(html.split("<tr data-partner=", -1)).hasSize(21);
    assertThat(html.length()).isLessThan(40 * 1024);
  }
}
