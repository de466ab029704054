package dev.partneros.portfolio.report;

import static dev.partneros.portfolio.internal.Html.escape;
import static dev.partneros.portfolio.report.HtmlReport.cell;

import dev.partneros.attribution.AttributionType;
import dev.partneros.core.Money;
import dev.partneros.portfolio.BookFigures;
import dev.partneros.portfolio.CommissionOutcome;
import dev.partneros.portfolio.MdfOutcome;
import dev.partneros.portfolio.PartnerResult;
import dev.partneros.portfolio.PortfolioEvaluation;
import dev.partneros.portfolio.report.HtmlCharts.Bar;
import dev.partneros.portfolio.report.HtmlCharts.Swatch;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The commission, MDF and attribution sections of the HTML report. Every figure is one the
 * evaluation holds or a sum of them; totals carry {@code data-total} and {@code data-value}.
 *
 * <p>Stateless; thread-safe.
 */
final class HtmlMoney {

  /** How many partners the top lists show. */
  static final int TOP = 10;

  static final String COMMISSION_COLOUR = "#3f6fb5";
  static final String MDF_COLOUR = "#6a8f3f";
  static final Map<String, String> OUTCOME_COLOURS = Map.of("GRANTED", "#2e7d32", "PARTIAL", "#f9a825",
      "REJECTED", "#c62828");
  static final String OTHER_OUTCOME = "#8d96a3";
  static final Map<AttributionType, String> ATTRIBUTION_COLOURS = Collections.unmodifiableMap(new EnumMap<>(Map.of(
      AttributionType.PARTNER_SOURCED, "#1b6ca8", AttributionType.PARTNER_INFLUENCED, "#7fb3d5",
      AttributionType.NOT_ATTRIBUTED, "#bdbdbd")));

  private HtmlMoney() {}

  // -- commission ---------------------------------------------------------------------------------

  static void commission(StringBuilder out, PortfolioEvaluation e, BookFigures f, boolean big) {
    out.append("<section id=\"commission\">\n<h2>Commission</h2>\n");
    List<PartnerResult> withStatement = e.partners().stream().filter(p -> p.commission().isPresent())
        .collect(Collectors.toList());
    if (withStatement.isEmpty()) {
      out.append("<p class=\"note\">").append(escape(e.notEvaluated().isEmpty() ? "No commission statements."
          : String.join(" ", e.notEvaluated()))).append("</p>\n</section>\n");
      return;
    }
    HtmlFigures.commissionTotals(out, f, e.asOf());
    HtmlFigures.topByCommission(out, f);
    clawbacks(out, f, withStatement);
    List<PartnerResult> withLines = withStatement.stream().filter(p -> !p.commission().get().lines().isEmpty())
        .collect(Collectors.toList());
    if (big) {
      out.append("<p class=\"note\">").append(withLines.size()).append(" statements: too many to list here; ")
          .append("partners.csv has each partner's statement totals and commission.csv every line.</p>\n");
    } else {
      out.append("<h3>Statements by partner</h3>\n");
      statements(out, withLines, f.commission().size() == 1);
    }
    out.append("</section>\n");
  }

  private static void clawbacks(StringBuilder out, BookFigures f, List<PartnerResult> withStatement) {
    List<PartnerResult> clawed = withStatement.stream().filter(p -> p.commission().get().clawedBack().isPositive())
        .sorted(Comparator.comparing((PartnerResult p) -> p.commission().get().clawedBack().amount()).reversed()
            .thenComparing(PartnerResult::id)).collect(Collectors.toList());
    HtmlFigures.clawbacksHeading(out, f);
    if (clawed.isEmpty()) {
      out.append("<p>None.</p>\n");
      return;
    }
    if (clawed.size() > TOP) {
      out.append("<p class=\"note\">The ").append(TOP).append(" largest.</p>\n");
    }
    out.append("<div class=\"scroll\"><table>\n<tr><th>partner</th><th>name</th><th>clawed back</th>")
        .append("<th>deals</th><th>last clawback</th></tr>\n");
    for (PartnerResult p : clawed.subList(0, Math.min(TOP, clawed.size()))) {
      List<CommissionOutcome.Line> lines = p.commission().get().lines().stream()
          .filter(l -> l.kind().equals("CLAWBACK")).collect(Collectors.toList());
      out.append("<tr>").append(cell(p.id())).append(cell(p.partner().name()))
          .append("<td class=\"n\">").append(escape(p.commission().get().clawedBack().toString())).append("</td>")
          .append(cell(lines.stream().flatMap(l -> l.dealId().stream()).distinct().collect(Collectors.joining(", "))))
          .append("<td class=\"d\">").append(lines.stream().map(CommissionOutcome.Line::date)
              .max(LocalDate::compareTo).map(Object::toString).orElse("")).append("</td></tr>\n");
    }
    out.append("</table></div>\n");
  }

  private static void statements(StringBuilder out, List<PartnerResult> withLines, boolean oneCurrency) {
    out.append("<div class=\"scroll\"><table class=\"statements\">\n<tr><th>partner</th><th>name</th><th>earned</th>")
        .append("<th>clawed back</th><th>net</th><th>paid</th><th>balance</th></tr>\n");
    for (PartnerResult p : withLines) {
      CommissionOutcome c = p.commission().get();
      out.append("<tr data-partner=\"").append(escape(p.id())).append("\">").append(cell(p.id()))
          .append(cell(p.partner().name())).append(column("earned", c.earnedBeforeClawbacks()))
          .append(column("clawedBack", c.clawedBack())).append(column("net", c.earned()))
          .append(column("paid", c.paid())).append(column("balance", c.balance())).append("</tr>\n");
    }
    if (oneCurrency && !withLines.isEmpty()) {
      List<CommissionOutcome> all = withLines.stream().map(p -> p.commission().get()).collect(Collectors.toList());
      Currency currency = all.get(0).earned().currency();
      out.append("<tr class=\"total\"><th>total</th><th></th>");
      for (Function<CommissionOutcome, Money> f : List.<Function<CommissionOutcome, Money>>of(
          CommissionOutcome::earnedBeforeClawbacks, CommissionOutcome::clawedBack, CommissionOutcome::earned,
          CommissionOutcome::paid, CommissionOutcome::balance)) {
        out.append("<th class=\"n\">").append(escape(sum(all, f, currency).toString())).append("</th>");
      }
      out.append("</tr>\n");
    }
    out.append("</table></div>\n");
    if (!oneCurrency) {
      out.append("<p class=\"note\">Statements are in several currencies: the totals above are by currency.</p>\n");
    }
  }

  private static String column(String name, Money amount) {
    return "<td class=\"n\" data-column=\"" + name + "\" data-value=\"" + amount.amount().toPlainString() + "\">"
        + escape(amount.toString()) + "</td>";
  }

  static Money sum(List<CommissionOutcome> statements, Function<CommissionOutcome, Money> column, Currency currency) {
    return Money.total(statements.stream().map(column).collect(Collectors.toList()), currency);
  }

  // -- MDF ----------------------------------------------------------------------------------------

  static void mdf(StringBuilder out, PortfolioEvaluation e, BookFigures f, boolean big) {
    out.append("<section id=\"mdf\">\n<h2>MDF</h2>\n");
    List<PartnerResult> funded = e.partners().stream().filter(p -> p.mdf().isPresent()).collect(Collectors.toList());
    if (funded.isEmpty()) {
      out.append("<p class=\"note\">MDF is not evaluated by this build's modules.</p>\n</section>\n");
      return;
    }
    Currency currency = e.currency();
    HtmlFigures.mdfTotals(out, f, funded.get(0).mdf().get().version());

    List<PartnerResult> top = funded.stream().filter(p -> p.mdf().get().allocated().isPositive())
        .sorted(Comparator.comparing((PartnerResult p) -> p.mdf().get().allocated()).reversed()
            .thenComparing(PartnerResult::id)).limit(TOP).collect(Collectors.toList());
    if (!top.isEmpty()) {
      List<Bar> mdfBars = top.stream().map(p -> Bar.of(p.id() + " " + p.partner().name(),
          p.mdf().get().allocated().amount(), plain(p.mdf().get().allocated()) + " of "
              + plain(p.mdf().get().entitlement()) + " entitled", MDF_COLOUR)).collect(Collectors.toList());
      HtmlCharts.bars(out, "MDF allocated for the year, top " + top.size() + " partners (" + currency.getCurrencyCode()
          + ")", "allocated", mdfBars, List.of(new Swatch(MDF_COLOUR, "allocated")));
    }
    requestsTable(out, funded, big);
    out.append("</section>\n");
  }

  private static void requestsTable(StringBuilder out, List<PartnerResult> funded, boolean big) {
    List<String[]> rows = new ArrayList<>();
    for (PartnerResult p : funded) {
      for (MdfOutcome.RequestDecision r : p.mdf().get().requests()) {
        if (!big || !r.outcome().equals("GRANTED")) {
          rows.add(new String[] {r.requestId(), p.id(), r.requested().toString(), r.granted().toString(), r.outcome(),
              r.reason()});
        }
      }
    }
    int limit = big ? 50 : 500;
    out.append("<h3>").append(big ? "MDF requests not granted in full" : "MDF requests").append("</h3>\n");
    if (rows.size() > limit) {
      out.append("<p class=\"note\">The first ").append(limit).append(" of ").append(rows.size())
          .append("; mdf-requests.csv has every request.</p>\n");
    }
    if (rows.isEmpty()) {
      out.append("<p>None.</p>\n");
      return;
    }
    out.append("<div class=\"scroll\"><table>\n<tr><th>request</th><th>partner</th><th>requested</th>")
        .append("<th>granted</th><th>decision</th><th>reason</th></tr>\n");
    for (String[] r : rows.subList(0, Math.min(limit, rows.size()))) {
      out.append("<tr>").append(cell(r[0])).append(cell(r[1])).append("<td class=\"n\">").append(escape(r[2]))
          .append("</td><td class=\"n\">").append(escape(r[3])).append("</td>").append(cell(r[4])).append(cell(r[5]))
          .append("</tr>\n");
    }
    out.append("</table></div>\n");
  }

  private static String plain(Money m) {
    return m.toString().replace(" " + m.currency().getCurrencyCode(), "");
  }

  // -- attribution --------------------------------------------------------------------------------

  static void attribution(StringBuilder out, PortfolioEvaluation e, BookFigures f) {
    out.append("<section id=\"attribution\">\n<h2>Attribution</h2>\n");
    HtmlFigures.attribution(out, f, e.asOf());
    out.append("</section>\n");
  }
}
