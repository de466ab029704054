package dev.partneros.portfolio.report;

import static dev.partneros.portfolio.report.XhtmlPages.SVG;
import static dev.partneros.portfolio.report.XhtmlPages.XHTML;
import static dev.partneros.portfolio.report.XhtmlPages.document;
import static dev.partneros.portfolio.report.XhtmlPages.elements;
import static dev.partneros.portfolio.report.XhtmlPages.totals;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.attribution.AttributionType;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.ProgramHistory;
import dev.partneros.core.TierLadder;
import dev.partneros.core.YearQuarter;
import dev.partneros.portfolio.CommissionOutcome;
import dev.partneros.portfolio.MdfOutcome;
import dev.partneros.portfolio.PartnerResult;
import dev.partneros.portfolio.Portfolio.PartnerRow;
import dev.partneros.portfolio.PortfolioEvaluation;
import dev.partneros.portfolio.Portfolio;
import dev.partneros.portfolio.PortfolioEvaluator;
import dev.partneros.portfolio.PortfolioGenerator;
import dev.partneros.portfolio.SampleBook;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The HTML report's sections, totals, charts and legends, read back with the JDK's XML parser. */
class HtmlReportTest {

  static final PortfolioEvaluation SAMPLE = SampleBook.evaluation();
  static final String HTML = HtmlReport.render(SAMPLE);
  static BigDecimal sum(Function<CommissionOutcome, Money> column) {
    return SAMPLE.partners().stream().flatMap(p -> p.commission().stream()).map(c -> column.apply(c).amount())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Test
  void render_hasEverySectionAManagerOpensItFor() {
    Document d = document(HTML);
    Set<String> ids = elements(d.getDocumentElement(), XHTML, "section").stream().map(s -> s.getAttribute("id"))
        .collect(Collectors.toSet());
    assertThat(ids).contains("tiers", "health", "commission", "mdf", "attribution", "partners");
    assertThat(HTML).contains("<meta name=\"viewport\"").contains(HtmlSort.SCRIPT);
    assertThat(HTML.split("<script", -1)).as("one script: the table sorting").hasSize(2);
  }

  @Test
  void commissionTotals_addUpAndEqualTheEvaluation() {
    Map<String, BigDecimal> t = totals(document(HTML));
    assertThat(t.get("commission.earned").subtract(t.get("commission.clawedBack")).subtract(t.get("commission.paid")))
        .isEqualByComparingTo(t.get("commission.balance"));
    assertThat(t.get("commission.earned").subtract(t.get("commission.clawedBack")))
        .isEqualByComparingTo(t.get("commission.net"));
    assertThat(t.get("commission.earned")).isEqualByComparingTo(sum(CommissionOutcome::earnedBeforeClawbacks))
        .isEqualByComparingTo("1321632.06");
    assertThat(t.get("commission.clawedBack")).isEqualByComparingTo(sum(CommissionOutcome::clawedBack))
        .isPositive();
    assertThat(t.get("commission.paid")).isEqualByComparingTo(sum(CommissionOutcome::paid));
    assertThat(t.get("commission.balance")).isEqualByComparingTo(sum(CommissionOutcome::balance));
  }

  @Test
  void statementRows_sumToTheTotals() {
    Document d = document(HTML);
    Map<String, BigDecimal> t = totals(d);
    Map<String, BigDecimal> columns = new HashMap<>();
    Set<String> partners = new HashSet<>();
    Element table = elements(d.getDocumentElement(), XHTML, "table").stream()
        .filter(e -> e.getAttribute("class").equals("statements")).findFirst().orElseThrow();
    for (Element td : elements(table, XHTML, "td")) {
      if (td.hasAttribute("data-column")) {
        columns.merge(td.getAttribute("data-column"), new BigDecimal(td.getAttribute("data-value")), BigDecimal::add);
        partners.add(((Element) td.getParentNode()).getAttribute("data-partner"));
      }
    }
    assertThat(partners).hasSize((int) SAMPLE.partners().stream().filter(p -> p.commission().isPresent())
        .filter(p -> !p.commission().get().lines().isEmpty()).count());
    for (String c : List.of("earned", "clawedBack", "net", "paid", "balance")) {
      assertThat(columns.get(c)).as(c).isEqualByComparingTo(t.get("commission." + c));
    }
  }

  @Test
  void countsAndMdf_equalTheEvaluation() {
    Map<String, BigDecimal> t = totals(document(HTML));
    assertThat(t.get("partners.active")).isEqualByComparingTo(BigDecimal.valueOf(SAMPLE.activePartners().size()));
    assertThat(t.get("tiers.inGrace")).isEqualByComparingTo(BigDecimal.valueOf(SAMPLE.inGrace().size()));
    SAMPLE.tierDistribution().forEach((tier, n) ->
        assertThat(t.get("tiers." + tier.name())).isEqualByComparingTo(BigDecimal.valueOf(n)));
    SAMPLE.bandDistribution().forEach((band, n) ->
        assertThat(t.get("health." + band.name())).isEqualByComparingTo(BigDecimal.valueOf(n)));
    List<MdfOutcome> mdf = SAMPLE.partners().stream().flatMap(p -> p.mdf().stream()).collect(Collectors.toList());
    assertThat(t.get("mdf.allocated")).isEqualByComparingTo(SampleBook.MDF_POOL.amount());
    assertThat(t.get("mdf.entitlement")).isEqualByComparingTo(mdf.stream().map(m -> m.entitlement().amount())
        .reduce(BigDecimal.ZERO, BigDecimal::add));
    assertThat(t.get("mdf.granted")).isEqualByComparingTo(mdf.stream().map(m -> m.granted().amount())
        .reduce(BigDecimal.ZERO, BigDecimal::add));
    long requests = mdf.stream().mapToLong(m -> m.requests().size()).sum();
    assertThat(t.get("mdf.requests.GRANTED").add(t.get("mdf.requests.PARTIAL")).add(t.get("mdf.requests.REJECTED")))
        .isEqualByComparingTo(BigDecimal.valueOf(requests)).isPositive();
    assertThat(t.get("health.improved").add(t.get("health.worsened")).add(t.get("health.unchanged")))
        .isPositive().isLessThanOrEqualTo(t.get("partners.active"));
    for (AttributionType a : AttributionType.values()) {
      assertThat(t).containsKey("attribution." + a.name());
    }
    assertThat(t.get("attribution.PARTNER_SOURCED")).isPositive();
  }

  @Test
  void everyChart_hasATitleAndALegendCoveringEveryColourItUses() {
    Document d = document(HTML);
    List<Element> figures = elements(d.getDocumentElement(), XHTML, "figure");
    assertThat(figures).hasSizeGreaterThanOrEqualTo(7);
    assertThat(elements(d.getDocumentElement(), SVG, "svg")).hasSameSizeAs(figures);
    for (Element figure : figures) {
      Element svg = elements(figure, SVG, "svg").get(0);
      String title = elements(svg, SVG, "title").get(0).getTextContent();
      assertThat(elements(figure, XHTML, "figcaption").get(0).getTextContent()).isEqualTo(title).isNotBlank();
      assertThat(svg.getAttribute("viewBox")).matches("0 0 \\d+ \\d+");
      Set<String> legend = new HashSet<>();
      for (Element li : elements(figure, XHTML, "li")) {
        legend.add(li.getAttribute("data-colour"));
        Element swatch = elements(li, XHTML, "span").get(0);
        assertThat(swatch.getAttribute("style")).isEqualTo("background:" + li.getAttribute("data-colour"));
      }
      Set<String> used = new HashSet<>();
      for (String mark : List.of("rect", "circle", "path", "polygon")) {
        elements(svg, SVG, mark).forEach(m -> used.add(m.getAttribute("fill")));
      }
      assertThat(used).as(title).isNotEmpty().allMatch(c -> c.matches("#[0-9a-f]{6}"));
      assertThat(legend).as(title).containsAll(used);
    }
  }

  /** Every SVG text, placed by the estimate of its width, lies inside its chart and off its neighbours. */
  static void assertTextsFit(String html) {
    Document d = document(html);
    for (Element svg : elements(d.getDocumentElement(), SVG, "svg")) {
      int width = Integer.parseInt(svg.getAttribute("viewBox").split(" ")[2]);
      List<int[]> spans = new ArrayList<>();
      for (Element text : elements(svg, SVG, "text")) {
        int x = Integer.parseInt(text.getAttribute("x"));
        int w = HtmlCharts.textWidth(text.getTextContent());
        String anchor = text.getAttribute("text-anchor");
        int left = anchor.equals("end") ? x - w : anchor.equals("middle") ? x - w / 2 : x;
        assertThat(left).as(text.getTextContent()).isGreaterThanOrEqualTo(0);
        assertThat(left + w).as(text.getTextContent()).isLessThanOrEqualTo(width);
        int y = Integer.parseInt(text.getAttribute("y"));
        for (int[] other : spans) {
          boolean sameLine = other[2] == y;
          assertThat(sameLine && left < other[1] && other[0] < left + w).as("%s overlaps", text.getTextContent())
              .isFalse();
        }
        spans.add(new int[] {left, left + w, y});
      }
    }
  }

  @Test
  void svgTexts_fitTheirChartAndQuarterLabelsDoNotTouch() {
    assertTextsFit(HTML);
    assertThat(HTML).contains(">2026-Q1</text>", ">2027-Q4</text>").doesNotContain(">2026-03-31</text>");
  }

  @Test
  void timeline_ofTenYears_thinsOutItsQuarterLabels() {
    Portfolio portfolio = PortfolioGenerator.generate(new PortfolioGenerator.Options(6, 11, YearQuarter.of(2026, 1),
        40, Currency.getInstance("USD"), TierLadder.standard()));
    PortfolioEvaluation e = PortfolioEvaluator.standard().evaluate(ProgramHistory.of(ProgramDocument.standard()),
        portfolio, LocalDate.of(2035, 12, 31));
    String html = HtmlReport.render(e);
    assertTextsFit(html);
    String timeline = html.substring(html.indexOf("<figcaption>Tier held after each quarter end"));
    timeline = timeline.substring(0, timeline.indexOf("</svg>"));
    assertThat(timeline).contains(">2026-Q1</text>").doesNotContain(">2026-Q2</text>");
  }

  @Test
  void timeline_listsPartnersWithAChangeFirstAsItsNoteSays() {
    assertThat(HTML).contains("with a tier change first, then the others");
    String svg = HTML.substring(HTML.indexOf("<figcaption>Tier held after each quarter end"));
    svg = svg.substring(0, svg.indexOf("</svg>"));
    List<String> ids = java.util.regex.Pattern.compile("<text x=\"4\" y=\"\\d+\">(P-\\d+) ").matcher(svg).results()
        .map(m -> m.group(1)).collect(Collectors.toList());
    List<Boolean> changed = ids.stream().map(id -> !SAMPLE.partner(id).orElseThrow().changes().isEmpty())
        .collect(Collectors.toList());
    assertThat(ids).hasSize(SAMPLE.activePartners().size());
    assertThat(changed.indexOf(false)).isEqualTo(changed.lastIndexOf(true) + 1).isPositive();
    // the legend names grace and the change marker
    String figure = HTML.substring(HTML.indexOf("<figcaption>Tier held after each quarter end"));
    figure = figure.substring(0, figure.indexOf("</figure>"));
    assertThat(figure).contains("PLATINUM in grace", "GOLD in grace", "the tier changed");
  }

  @Test
  void graceShades_areDistinctFromEveryTierColour() {
    assertThat(HtmlTiers.GRACE_COLOURS).doesNotContainAnyElementsOf(HtmlTiers.TIER_COLOURS).doesNotHaveDuplicates();
    assertThat(HtmlTiers.TIER_COLOURS).doesNotHaveDuplicates();
    // Platinum in grace is far from Registered (the complaint: they looked alike)
    assertThat(distance(HtmlTiers.graceColour(3), HtmlTiers.tierColour(0))).isGreaterThan(80);
    for (int i = 0; i < 4; i++) {
      for (int j = 0; j < 4; j++) {
        assertThat(distance(HtmlTiers.graceColour(i), HtmlTiers.tierColour(j))).as("%d %d", i, j).isGreaterThan(60);
      }
    }
  }

  private static double distance(String a, String b) {
    int x = Integer.parseInt(a.substring(1), 16);
    int y = Integer.parseInt(b.substring(1), 16);
    double sum = 0;
    for (int shift = 0; shift <= 16; shift += 8) {
      int d = ((x >> shift) & 0xff) - ((y >> shift) & 0xff);
      sum += d * d;
    }
    return Math.sqrt(sum);
  }

  @Test
  void graceTable_keepsDatesOnOneLine() {
    String grace = HTML.substring(HTML.indexOf("<h3>Partners in grace"));
    grace = grace.substring(0, grace.indexOf("</table>"));
    assertThat(grace).containsPattern("<td class=\"d\">\\d{4}-\\d{2}-\\d{2}</td>");
    assertThat(HTML).contains("td.d{white-space:nowrap}");
  }

  @Test
  void partnersTable_hasCommissionAndMdfColumns() {
    String table = HTML.substring(HTML.indexOf("<section id=\"partners\">"));
    assertThat(table).contains("<th>commission net</th>", "<th>MDF allocated</th>");
    PartnerResult p010 = SAMPLE.partner("P-010").orElseThrow();
    String row = table.substring(table.indexOf("<tr data-partner=\"P-010\">"));
    row = row.substring(0, row.indexOf("</tr>"));
    assertThat(row).contains(p010.commission().orElseThrow().earned().toString(),
        p010.mdf().orElseThrow().allocated().toString());
  }

  /** The sample's partners copied under new ids until the book has {@code size} partners. */
  static PortfolioEvaluation bigBook(int size) {
    List<PartnerResult> partners = new ArrayList<>();
    for (int i = 0; partners.size() < size; i++) {
      PartnerResult p = SAMPLE.partners().get(i % SAMPLE.partners().size());
      PartnerRow r = p.partner();
      PartnerRow copy = new PartnerRow(PartnerId.of(String.format("B-%06d", i)), r.name(), r.type(), r.stage(),
          r.joined(), r.payoutCurrency(), r.tier(), r.tierSince(), r.minimumPayout(), r.customRebateRate(),
          r.source());
      partners.add(new PartnerResult(copy, p.timeline(), p.towards(), p.health(), p.fourC(), p.ipp(), p.deals(),
          p.segment(), p.entitlement(), p.commission(), p.mdf()));
    }
    return new PortfolioEvaluation(SAMPLE.asOf(), SAMPLE.programName(), SAMPLE.ladder(), SAMPLE.currency(),
        SAMPLE.versions(), partners, SAMPLE.deals(), SAMPLE.program(), SAMPLE.inputSummary(), SAMPLE.notEvaluated());
  }

  @Test
  void bigBook_showsDistributionsAndTopBottomListsAndStaysSmall() {
    PortfolioEvaluation big = bigBook(20_000);
    String html = HtmlReport.render(big);
    assertThat(html.length()).isLessThan(300 * 1024);
    Document d = document(html);
    Map<String, BigDecimal> t = totals(d);
    assertThat(t.get("partners.active")).isEqualByComparingTo(BigDecimal.valueOf(big.activePartners().size()));
    assertThat(t.get("commission.earned").subtract(t.get("commission.clawedBack")).subtract(t.get("commission.paid")))
        .isEqualByComparingTo(t.get("commission.balance"));
    assertThat(html).doesNotContain("class=\"statements\"").contains("<h3>Best health</h3>", "<h3>Worst health</h3>");
    long partnerRows = html.split("<tr data-partner=", -1).length - 1;
    assertThat(partnerRows).isEqualTo(2L * HtmlReport.TOP_BOTTOM);
    assertThat(html).contains(HtmlReport.MAX_TIMELINE_ROWS + " of " + big.activePartners().size()
        + " active partners shown");
  }

  @Test
  void smallBook_listsEveryActivePartner() {
    long partnerRows = HTML.substring(HTML.indexOf("<section id=\"partners\">")).split("<tr data-partner=", -1).length
        - 1;
    assertThat(partnerRows).isEqualTo(SAMPLE.activePartners().size());
  }
}
