package dev.partneros.portfolio.report;

import static dev.partneros.portfolio.internal.Html.escape;
import static dev.partneros.portfolio.report.HtmlReport.cell;
import static dev.partneros.portfolio.report.HtmlReport.countCell;
import static dev.partneros.portfolio.report.HtmlReport.moneyCell;

import dev.partneros.attribution.AttributionType;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerType;
import dev.partneros.portfolio.BookFigures;
import dev.partneros.portfolio.BookFigures.CommissionTotals;
import dev.partneros.portfolio.BookFigures.RequestTotals;
import dev.partneros.portfolio.BookFigures.TopPartner;
import dev.partneros.portfolio.report.HtmlCharts.Bar;
import dev.partneros.portfolio.report.HtmlCharts.Segment;
import dev.partneros.portfolio.report.HtmlCharts.Swatch;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The parts of the commission, MDF and attribution sections that both HTML reports (of an
 * evaluation, {@link HtmlReport}, and of a streamed book, {@link HtmlBook}) draw from a book's
 * {@link BookFigures}, so that both look the same: statement totals, top partners, requests by
 * decision, the pool, attribution by partner type.
 *
 * <p>Stateless; thread-safe.
 */
final class HtmlFigures {

  private HtmlFigures() {}

  /** The statement totals per currency ({@code commission.*} totals, suffixed by currency when several). */
  static void commissionTotals(StringBuilder out, BookFigures f, LocalDate asOf) {
    out.append("<p>Statements of ").append(f.statements()).append(" partners as of ").append(asOf)
        .append(": earned before clawbacks, less clawed back, is the net earned; net less paid is the balance ")
        .append("owed (negative: a debit carried forward). Every line is in commission.csv.</p>\n");
    out.append("<div class=\"scroll\"><table class=\"totals\">\n<tr><th>currency</th><th>earned</th>")
        .append("<th>clawed back</th><th>net</th><th>paid</th><th>balance</th></tr>\n");
    boolean one = f.commission().size() == 1;
    for (CommissionTotals t : f.commission()) {
      String suffix = one ? "" : "." + t.currency().getCurrencyCode();
      out.append("<tr>").append(cell(t.currency().getCurrencyCode()))
          .append(moneyCell("commission.earned" + suffix, t.earned()))
          .append(moneyCell("commission.clawedBack" + suffix, t.clawedBack()))
          .append(moneyCell("commission.net" + suffix, t.net()))
          .append(moneyCell("commission.paid" + suffix, t.paid()))
          .append(moneyCell("commission.balance" + suffix, t.balance())).append("</tr>\n");
    }
    out.append("</table></div>\n");
  }

  /** The chart of the partners with the highest net earned. */
  static void topByCommission(StringBuilder out, BookFigures f) {
    List<Bar> bars = f.topByCommission().stream().map(p -> Bar.of(p.id() + " " + p.name(), p.amount().amount(),
        p.amount().toString(), HtmlMoney.COMMISSION_COLOUR)).collect(Collectors.toList());
    HtmlCharts.bars(out, "Commission earned net of clawbacks, top " + bars.size() + " partners", "net earned", bars,
        List.of(new Swatch(HtmlMoney.COMMISSION_COLOUR, "net earned")));
  }

  /** The heading of the clawbacks: how many partners. */
  static void clawbacksHeading(StringBuilder out, BookFigures f) {
    long n = f.clawedBackPartners();
    out.append("<h3>Clawbacks (").append(n).append(n == 1 ? " partner" : " partners").append(")</h3>\n");
  }

  /** The clawbacks from the figures alone: heading and the largest, without their deals. */
  static void clawbacks(StringBuilder out, BookFigures f) {
    clawbacksHeading(out, f);
    if (f.topClawbacks().isEmpty()) {
      out.append("<p>None.</p>\n");
      return;
    }
    if (f.clawedBackPartners() > f.topClawbacks().size()) {
      out.append("<p class=\"note\">The ").append(f.topClawbacks().size())
          .append(" largest; commission.csv has every clawback line with its deal.</p>\n");
    }
    out.append("<div class=\"scroll\"><table>\n<tr><th>partner</th><th>name</th><th>clawed back</th></tr>\n");
    for (TopPartner p : f.topClawbacks()) {
      out.append("<tr data-partner=\"").append(escape(p.id())).append("\">").append(cell(p.id()))
          .append(cell(p.name())).append("<td class=\"n\">").append(escape(p.amount().toString()))
          .append("</td></tr>\n");
    }
    out.append("</table></div>\n");
  }

  /**
   * The MDF totals: the pool (or that there is none), entitled, allocated, requested, granted and the
   * share of the allocation used; then the requests by decision (chart and table).
   */
  static void mdfTotals(StringBuilder out, BookFigures f, String version) {
    Money allocated = f.mdfAllocated();
    Money granted = f.mdfGranted();
    out.append("<p>Version ").append(escape(version)).append(": ").append(f.mdfEligible()).append(" of ")
        .append(f.mdfPartners()).append(" partners eligible. ")
        .append(f.mdfPool().map(p -> "The program's pool of " + p + " is allocated across the eligible partners: ")
            .orElse("No program-level pool was given: "))
        .append("allocated is each partner's part of the pool (its entitlement when there is no pool); used is ")
        .append("what requests were granted.</p>\n")
        .append("<div class=\"scroll\"><table class=\"totals\">\n<tr><th>pool</th><th>entitled (a year)</th>")
        .append("<th>allocated</th><th>requested</th><th>granted</th><th>used of allocated</th></tr>\n<tr>")
        .append(f.mdfPool().map(p -> moneyCell("mdf.pool", p)).orElse("<td class=\"n\">none</td>"))
        .append(moneyCell("mdf.entitlement", f.mdfEntitlement())).append(moneyCell("mdf.allocated", allocated))
        .append(moneyCell("mdf.requested", f.mdfRequested())).append(moneyCell("mdf.granted", granted))
        .append("<td class=\"n\">").append(allocated.isPositive() ? granted.amount().multiply(BigDecimal.valueOf(100))
            .divide(allocated.amount(), 1, RoundingMode.HALF_EVEN).toPlainString() + " %" : "-")
        .append("</td></tr>\n</table></div>\n");

    List<Bar> bars = new ArrayList<>();
    List<Swatch> legend = new ArrayList<>();
    f.mdfRequests().forEach((outcome, t) -> {
      String colour = HtmlMoney.OUTCOME_COLOURS.getOrDefault(outcome, HtmlMoney.OTHER_OUTCOME);
      bars.add(Bar.of(outcome, BigDecimal.valueOf(t.count()), t.count() + " (" + t.granted() + " of "
          + t.requested() + ")", colour));
      legend.add(new Swatch(colour, outcome));
    });
    HtmlCharts.bars(out, "MDF requests by decision (granted of requested)", "requests", bars, legend);
    out.append("<div class=\"scroll\"><table class=\"totals\"><tr><th>decision</th><th>requests</th><th>requested</th>")
        .append("<th>granted</th>")
        .append("</tr>\n");
    for (Map.Entry<String, RequestTotals> d : f.mdfRequests().entrySet()) {
      out.append("<tr>").append(cell(d.getKey())).append(countCell("mdf.requests." + d.getKey(), d.getValue().count(),
          "td")).append("<td class=\"n\">").append(escape(d.getValue().requested().toString()))
          .append("</td><td class=\"n\">").append(escape(d.getValue().granted().toString())).append("</td></tr>\n");
    }
    out.append("</table></div>\n");
  }

  /** The attribution section's body: chart and table of the partners named on won deals, by partner type. */
  static void attribution(StringBuilder out, BookFigures f, LocalDate asOf) {
    LocalDate from = asOf.minusMonths(12).plusDays(1);
    out.append("<p>Partners named on deals won from ").append(from).append(" to ").append(asOf)
        .append(", by partner type: partner-sourced, partner-influenced, or neither (no credit). ")
        .append("attribution.csv has every deal.</p>\n");
    if (f.attribution().isEmpty()) {
      out.append("<p>No partner named on a deal won in those 12 months.</p>\n");
      return;
    }
    List<Bar> bars = new ArrayList<>();
    f.attribution().forEach((type, byKind) -> {
      List<Segment> segments = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      for (AttributionType a : AttributionType.values()) {
        long n = byKind.get(a);
        segments.add(new Segment(BigDecimal.valueOf(n), HtmlMoney.ATTRIBUTION_COLOURS.get(a), type + ", " + a + ": "
            + n));
        text.append(text.length() == 0 ? "" : " / ").append(n);
      }
      bars.add(new Bar(type.name(), segments, text.toString()));
    });
    List<Swatch> legend = new ArrayList<>();
    for (AttributionType a : AttributionType.values()) {
      legend.add(new Swatch(HtmlMoney.ATTRIBUTION_COLOURS.get(a), a.name()));
    }
    HtmlCharts.bars(out, "Deals won in the last 12 months by partner type: sourced / influenced / none",
        "partners named on won deals", bars, legend);
    out.append("<div class=\"scroll\"><table class=\"totals\">\n<tr><th>partner type</th>");
    for (AttributionType a : AttributionType.values()) {
      out.append("<th>").append(a.name()).append("</th>");
    }
    out.append("</tr>\n");
    for (Map.Entry<PartnerType, Map<AttributionType, Long>> t : f.attribution().entrySet()) {
      out.append("<tr>").append(cell(t.getKey().name()));
      for (AttributionType a : AttributionType.values()) {
        out.append("<td class=\"n\">").append(t.getValue().get(a)).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("<tr class=\"total\"><th>total</th>");
    f.attributionTotals().forEach((a, n) -> out.append(countCell("attribution." + a.name(), n, "td")));
    out.append("</tr>\n</table></div>\n");
  }
}
