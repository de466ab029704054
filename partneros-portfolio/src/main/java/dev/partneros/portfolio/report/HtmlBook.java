package dev.partneros.portfolio.report;

import static dev.partneros.portfolio.internal.Html.escape;
import static dev.partneros.portfolio.report.HtmlReport.cell;
import static dev.partneros.portfolio.report.HtmlReport.countCell;

import dev.partneros.portfolio.BookFigures;
import dev.partneros.portfolio.BookSummary;
import dev.partneros.portfolio.BookSummary.Ranked;
import dev.partneros.portfolio.report.HtmlCharts.Bar;
import dev.partneros.portfolio.report.HtmlCharts.Swatch;
import dev.partneros.scoring.health.HealthScore;
import dev.partneros.scoring.kpi.KpiValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code report.html} of a streamed book ({@link BookReport#html(BookSummary)}): the same page
 * layout, charts and hooks as {@link HtmlReport}, from what a {@link BookSummary} holds: sections
 * {@code tiers}, {@code health}, {@code commission}, {@code mdf}, {@code attribution},
 * {@code program} and {@code partners} (the ten best and worst by health), totals marked with
 * {@code data-total}. Its size does not depend on the book's.
 *
 * <p>Stateless; thread-safe.
 */
final class HtmlBook {

  private HtmlBook() {}

  static String render(BookSummary s) {
    StringBuilder h = new StringBuilder(32 * 1024);
    HtmlReport.head(h, s.programName() + " as of " + s.asOf());
    h.append("<header>\n<h1>").append(escape(s.programName())).append(" as of ").append(s.asOf()).append("</h1>\n<p>")
        .append(countCell("book.partners", s.partners(), "span")).append(" partners and ")
        .append(countCell("book.deals", s.deals(), "span")).append(" deals evaluated under version ")
        .append(escape(s.programVersion())).append(". This page summarises the book; every partner's results ")
        .append("are in partners.jsonl and partners.csv.</p>\n")
        .append("<nav><p>Sections: <a href=\"#tiers\">tiers</a> · <a href=\"#health\">health</a> · ")
        .append("<a href=\"#commission\">commission</a> · <a href=\"#mdf\">MDF</a> · ")
        .append("<a href=\"#attribution\">attribution</a> · <a href=\"#program\">program</a> · ")
        .append("<a href=\"#partners\">partners</a></p></nav>\n</header>\n");

    long active = s.tiers().values().stream().mapToLong(Long::longValue).sum();
    h.append("<section id=\"tiers\">\n<h2>Tiers (active partners)</h2>\n<p>")
        .append(countCell("partners.active", active, "span")).append(" active partners, ")
        .append(countCell("tiers.inGrace", s.inGrace(), "span")).append(" of them in grace.</p>\n");
    List<Bar> bars = new ArrayList<>();
    List<Swatch> legend = new ArrayList<>();
    int rank = 0;
    for (Map.Entry<String, Long> t : s.tiers().entrySet()) {
      String colour = HtmlTiers.tierColour(rank++);
      bars.add(Bar.of(t.getKey(), BigDecimal.valueOf(t.getValue()), t.getValue().toString(), colour));
      legend.add(new Swatch(colour, t.getKey()));
    }
    HtmlCharts.bars(h, "Active partners by tier held on " + s.asOf(), "active partners", bars, legend);
    counts(h, "tier", "tiers.", s.tiers());
    h.append("</section>\n");

    h.append("<section id=\"health\">\n<h2>Health bands</h2>\n");
    bars.clear();
    legend.clear();
    for (Map.Entry<String, Long> b : s.bands().entrySet()) {
      String colour = bandColour(b.getKey());
      bars.add(Bar.of(b.getKey(), BigDecimal.valueOf(b.getValue()), b.getValue().toString(), colour));
      legend.add(new Swatch(colour, b.getKey()));
    }
    HtmlCharts.bars(h, "Active partners by their latest health band", "active partners", bars, legend);
    counts(h, "band", "health.", s.bands());
    h.append("<h3>Segments</h3>\n");
    counts(h, "segment", "segments.", s.segments());
    h.append("</section>\n");

    money(h, s);

    h.append("<section id=\"program\">\n<h2>KPIs (version ").append(escape(s.programVersion()))
        .append(")</h2>\n<div class=\"scroll\"><table><tr><th>KPI</th><th>value</th><th>target</th><th>status</th>")
        .append("</tr>\n");
    for (KpiValue kpi : s.kpis()) {
      h.append("<tr>").append(cell(kpi.kpi().name())).append("<td class=\"n\">")
          .append(escape(kpi.value().map(v -> v.toPlainString()).orElse("-"))).append("</td>")
          .append(cell(kpi.target().orElse(""))).append(cell(kpi.status().name())).append("</tr>\n");
    }
    h.append("</table></div>\n");
    s.maturity().ifPresent(m -> h.append("<p>Program maturity: <strong>").append(escape(m.stage().name()))
        .append("</strong>").append(escape(m.nextStage().map(n -> ", next " + n.name()).orElse(""))).append(".</p>\n"));
    h.append("</section>\n");

    h.append("<section id=\"partners\">\n<h2>Partners</h2>\n<p class=\"note\">The ten best and ten worst by health; ")
        .append("partners.csv has every partner.</p>\n");
    ranked(h, "Best health", s.topByHealth());
    ranked(h, "Worst health", s.bottomByHealth());
    h.append("</section>\n");
    s.notEvaluated().forEach(n -> h.append("<p class=\"note\">Note: ").append(escape(n)).append("</p>\n"));
    return h.append(HtmlSort.SCRIPT).append("</body>\n</html>\n").toString();
  }

  /** The commission, MDF and attribution sections, from the book's figures. */
  private static void money(StringBuilder h, BookSummary s) {
    BookFigures f = s.figures();
    h.append("<section id=\"commission\">\n<h2>Commission</h2>\n");
    if (f.statements() == 0) {
      h.append("<p class=\"note\">").append(escape(notEvaluated(s, "Commission", "No commission statements.")))
          .append("</p>\n");
    } else {
      HtmlFigures.commissionTotals(h, f, s.asOf());
      HtmlFigures.topByCommission(h, f);
      HtmlFigures.clawbacks(h, f);
      h.append("<p class=\"note\">partners.csv has each partner's statement totals and commission.csv every ")
          .append("line.</p>\n");
    }
    h.append("</section>\n");
    h.append("<section id=\"mdf\">\n<h2>MDF</h2>\n");
    if (f.mdfPartners() == 0) {
      h.append("<p class=\"note\">").append(escape(notEvaluated(s, "MDF", "No partner with MDF.")))
          .append("</p>\n");
    } else {
      HtmlFigures.mdfTotals(h, f, s.programVersion());
      h.append("<p class=\"note\">mdf-requests.csv has every request with its reason.</p>\n");
    }
    h.append("</section>\n");
    h.append("<section id=\"attribution\">\n<h2>Attribution</h2>\n");
    HtmlFigures.attribution(h, f, s.asOf());
    h.append("</section>\n");
  }

  /** The summary's sentences on what was not evaluated that start so, or the fallback. */
  static String notEvaluated(BookSummary s, String start, String otherwise) {
    List<String> notes = s.notEvaluated().stream().filter(n -> n.startsWith(start)).collect(Collectors.toList());
    return notes.isEmpty() ? otherwise : String.join(" ", notes);
  }

  private static String bandColour(String band) {
    for (HealthScore.Band b : HealthScore.Band.values()) {
      if (b.name().equals(band)) {
        return HtmlTiers.BAND_COLOURS.get(b);
      }
    }
    return HtmlMoney.OTHER_OUTCOME;
  }

  private static void counts(StringBuilder h, String what, String prefix, Map<String, Long> counts) {
    h.append("<table class=\"totals\"><tr><th>").append(what).append("</th><th>partners</th></tr>\n");
    counts.forEach((k, v) -> h.append("<tr>").append(cell(k)).append(countCell(prefix + k, v, "td")).append("</tr>\n"));
    h.append("</table>\n");
  }

  private static void ranked(StringBuilder h, String title, List<Ranked> ranked) {
    h.append("<h3>").append(title).append("</h3>\n<div class=\"scroll\"><table><tr><th>partner</th><th>name</th>")
        .append("<th>health</th><th>band</th><th>tier</th></tr>\n");
    ranked.forEach(r -> h.append("<tr data-partner=\"").append(escape(r.id())).append("\">").append(cell(r.id()))
        .append(cell(r.name())).append("<td class=\"n\">").append(escape(r.health())).append("</td>")
        .append(cell(r.band())).append(cell(r.tier())).append("</tr>\n"));
    h.append("</table></div>\n");
  }
}
