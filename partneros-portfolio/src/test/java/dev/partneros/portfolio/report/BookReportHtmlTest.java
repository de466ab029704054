package dev.partneros.portfolio.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.attribution.AttributionType;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerType;
import dev.partneros.portfolio.BookFigures;
import dev.partneros.portfolio.BookFigures.CommissionTotals;
import dev.partneros.portfolio.BookFigures.RequestTotals;
import dev.partneros.portfolio.BookFigures.TopPartner;
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
        "2026.1", best, worst, List.of("commission is not evaluated"), figures(), Map.of());
  }

  /** The figures of a big book: one currency, a pool, every decision, two partner types. */
  static BookFigures figures() {
    Currency usd = Currency.getInstance("USD");
    List<TopPartner> top = new ArrayList<>();
    List<TopPartner> clawed = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      top.add(new TopPartner("P-" + i, "Earner " + i, Money.of(100_000 + i, usd)));
      clawed.add(new TopPartner("C-" + i, "Clawed " + i, Money.of(1_000 + i, usd)));
    }
    Map<String, RequestTotals> requests = new LinkedHashMap<>();
    requests.put("REJECTED", new RequestTotals(5, Money.of(50_000, usd), Money.zero(usd)));
    requests.put("GRANTED", new RequestTotals(20, Money.of(200_000, usd), Money.of(200_000, usd)));
    requests.put("PARTIAL", new RequestTotals(3, Money.of(30_000, usd), Money.of(12_000, usd)));
    Map<PartnerType, Map<AttributionType, Long>> attribution = new LinkedHashMap<>();
    attribution.put(PartnerType.RESELLER_VAR, Map.of(AttributionType.PARTNER_SOURCED, 700L,
        AttributionType.PARTNER_INFLUENCED, 300L));
    attribution.put(PartnerType.REFERRAL, Map.of(AttributionType.NOT_ATTRIBUTED, 40L));
    return new BookFigures(usd, 800_000, List.of(new CommissionTotals(Money.of(9_000_000, usd),
        Money.of(400_000, usd), Money.of(7_000_000, usd), Money.of(1_600_000, usd))), top, 12_000, clawed, 990_000,
        700_000, Optional.of(Money.of(5_000_000, usd)), Money.of(80_000_000, usd), Money.of(5_000_000, usd),
        Money.of(280_000, usd), Money.of(212_000, usd), requests, attribution);
  }

  @Test
  void html_hasTheSectionsTotalsAndLegendsOfTheEvaluationReport() {
    String html = BookReport.html(summary());
    Document d = XhtmlPages.document(html);
    List<String> ids = XhtmlPages.elements(d.getDocumentElement(), XhtmlPages.XHTML, "section").stream()
        .map(s -> s.getAttribute("id")).collect(Collectors.toList());
    assertThat(ids).containsExactly("tiers", "health", "commission", "mdf", "attribution", "program", "partners");
    Map<String, BigDecimal> t = XhtmlPages.totals(d);
    assertThat(t.get("partners.active")).isEqualByComparingTo("990000");
    assertThat(t.get("book.partners")).isEqualByComparingTo("1000000");
    assertThat(t.get("tiers.inGrace")).isEqualByComparingTo("12345");
    assertThat(t.get("tiers.GOLD")).isEqualByComparingTo("100000");
    assertThat(t.get("health.AT_RISK")).isEqualByComparingTo("350000");
    assertThat(t.get("commission.earned")).isEqualByComparingTo("9000000");
    assertThat(t.get("commission.clawedBack")).isEqualByComparingTo("400000");
    assertThat(t.get("commission.net")).isEqualByComparingTo("8600000");
    assertThat(t.get("commission.paid")).isEqualByComparingTo("7000000");
    assertThat(t.get("commission.balance")).isEqualByComparingTo("1600000");
    assertThat(t.get("mdf.pool")).isEqualByComparingTo("5000000");
    assertThat(t.get("mdf.allocated")).isEqualByComparingTo("5000000");
    assertThat(t.get("mdf.granted")).isEqualByComparingTo("212000");
    assertThat(t.get("mdf.requests.PARTIAL")).isEqualByComparingTo("3");
    assertThat(t.get("attribution.PARTNER_SOURCED")).isEqualByComparingTo("700");
    assertThat(t.get("attribution.NOT_ATTRIBUTED")).isEqualByComparingTo("40");
    // ten of the twelve by amount, highest first
    assertThat(html).contains("P-11 Earner 11").doesNotContain("P-1 Earner 1<").contains("Clawbacks (12000 partners)");
    for (Element figure : XhtmlPages.elements(d.getDocumentElement(), XhtmlPages.XHTML, "figure")) {
      Set<String> legend = XhtmlPages.elements(figure, XhtmlPages.XHTML, "li").stream()
          .map(li -> li.getAttribute("data-colour")).collect(Collectors.toSet());
      Set<String> fills = XhtmlPages.elements(figure, XhtmlPages.SVG, "rect").stream()
          .map(r -> r.getAttribute("fill")).collect(Collectors.toSet());
      assertThat(fills).isNotEmpty();
      assertThat(legend).containsAll(fills);
    }
    assertThat(html).contains("Best &lt;3&gt;").contains("<meta name=\"viewport\"");
    assertThat(html.split("<script", -1)).as("one script: the table sorting").hasSize(2);
    assertThat(html).doesNotContain("src=");
    assertThat(html.split("<tr data-partner=", -1)).hasSize(31); // best, worst and largest clawbacks
    assertThat(html.length()).isLessThan(40 * 1024);
  }
}
