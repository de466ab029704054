package dev.partneros.portfolio.report;

import static dev.partneros.portfolio.internal.Html.escape;
import static dev.partneros.portfolio.report.HtmlReport.cell;
import static dev.partneros.portfolio.report.HtmlReport.countCell;
import static dev.partneros.portfolio.report.HtmlReport.moneyCell;

import dev.partneros.attribution.AttributionType;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerType;
import dev.partneros.portfolio.CommissionOutcome;
import dev.partneros.portfolio.DealResult;
import dev.partneros.portfolio.DealResult.PartnerCredit;
import dev.partneros.portfolio.MdfOutcome;
import dev.partneros.portfolio.PartnerResult;
import dev.partneros.portfolio.PortfolioEvaluation;
import dev.partneros.portfolio.report.HtmlCharts.Bar;
import dev.partneros.portfolio.report.HtmlCharts.Segment;
import dev.partneros.portfolio.report.HtmlCharts.Swatch;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

  static void commission(StringBuilder out, PortfolioEvaluation e, boolean big) {
    out.append("<section id=\"commission\">\n<h2>Commission</h2>\n");
    List<PartnerResult> withStatement = e.partners().stream().filter(p -> p.commission().isPresent())
        .collect(Collectors.toList());
    if (withStatement.isEmpty()) {
      out.append("<p class=\"note\">").append(escape(e.notEvaluated().isEmpty() ? "No commission statements."
          : String.join(" ", e.notEvaluated()))).append("</p>\n</section>\n");
      return;
    }
    Map<Currency, List<CommissionOutcome>> byCurrency = new LinkedHashMap<>();
    withStatement.forEach(p -> byCurrency.computeIfAbsent(p.commission().get().earned().currency(),
        k -> new ArrayList<>()).add(p.commission().get()));
    out.append("<p>Statements of ").append(withStatement.size()).append(" partners as of ").append(e.asOf())
        .append(": earned before clawbacks, less clawed back, is the net earned; net less paid is the balance ")
        .append("owed (negative: a debit carried forward). Every line is in commission.csv.</p>\n");
    out.append("<div class=\"scroll\"><table class=\"totals\">\n<tr><th>currency</th><th>earned</th>")
        .append("<th>clawed back</th><th>net</th><th>paid</th><th>balance</th></tr>\n");
    boolean one = byCurrency.size() == 1;
    byCurrency.forEach((currency, statements) -> {
      String suffix = one ? "" : "." + currency.getCurrencyCode();
      out.append("<tr>").append(cell(currency.getCurrencyCode()))
          .append(moneyCell("commission.earned" + suffix, sum(statements, CommissionOutcome::earnedBeforeClawbacks,
              currency)))
          .append(moneyCell("commission.clawedBack" + suffix, sum(statements, CommissionOutcome::clawedBack, currency)))
          .append(moneyCell("commission.net" + suffix, sum(statements, CommissionOutcome::earned, currency)))
          .append(moneyCell("commission.paid" + suffix, sum(statements, CommissionOutcome::paid, currency)))
          .append(moneyCell("commission.balance" + suffix, sum(statements, CommissionOutcome::balance, currency)))
          .append("</tr>\n");
    });
    out.append("</table></div>\n");

    // ranked within the evaluation's currency: amounts of different currencies do not compare
    List<PartnerResult> top = withStatement.stream()
        .filter(p -> p.commission().get().earned().currency().equals(e.currency()))
        .sorted(Comparator.comparing((PartnerResult p) -> p.commission().get().earned()).reversed()
            .thenComparing(PartnerResult::id)).limit(TOP).collect(Collectors.toList());
    List<Bar> bars = top.stream().map(p -> Bar.of(p.id() + " " + p.partner().name(),
        p.commission().get().earned().amount(), p.commission().get().earned().toString(), COMMISSION_COLOUR))
        .collect(Collectors.toList());
    HtmlCharts.bars(out, "Commission earned net of clawbacks, top " + top.size() + " partners",
        "net earned", bars, List.of(new Swatch(COMMISSION_COLOUR, "net earned")));

    clawbacks(out, withStatement);
    List<PartnerResult> withLines = withStatement.stream().filter(p -> !p.commission().get().lines().isEmpty())
        .collect(Collectors.toList());
    if (big) {
      out.append("<p class=\"note\">").append(withLines.size()).append(" statements: too many to list here; ")
          .append("partners.csv has each partner's statement totals and commission.csv every line.</p>\n");
    } else {
      out.append("<h3>Statements by partner</h3>\n");
      statements(out, withLines, byCurrency.size() == 1);
    }
    out.append("</section>\n");
  }

  private static void clawbacks(StringBuilder out, List<PartnerResult> withStatement) {
    List<PartnerResult> clawed = withStatement.stream().filter(p -> p.commission().get().clawedBack().isPositive())
        .sorted(Comparator.comparing((PartnerResult p) -> p.commission().get().clawedBack().amount()).reversed()
            .thenComparing(PartnerResult::id)).collect(Collectors.toList());
    out.append("<h3>Clawbacks (").append(clawed.size()).append(clawed.size() == 1 ? " partner" : " partners")
        .append(")</h3>\n");
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

  static void mdf(StringBuilder out, PortfolioEvaluation e, boolean big) {
    out.append("<section id=\"mdf\">\n<h2>MDF</h2>\n");
    List<PartnerResult> funded = e.partners().stream().filter(p -> p.mdf().isPresent()).collect(Collectors.toList());
    if (funded.isEmpty()) {
      out.append("<p class=\"note\">MDF is not evaluated by this build's modules.</p>\n</section>\n");
      return;
    }
    Currency currency = e.currency();
    Money entitled = Money.total(funded.stream().map(p -> p.mdf().get().entitlement()).collect(Collectors.toList()),
        currency);
    Money allocated = Money.total(funded.stream().map(p -> p.mdf().get().allocated()).collect(Collectors.toList()),
        currency);
    List<MdfOutcome.RequestDecision> requests = funded.stream().flatMap(p -> p.mdf().get().requests().stream())
        .collect(Collectors.toList());
    Money requested = Money.total(requests.stream().map(MdfOutcome.RequestDecision::requested)
        .collect(Collectors.toList()), currency);
    Money granted = Money.total(requests.stream().map(MdfOutcome.RequestDecision::granted)
        .collect(Collectors.toList()), currency);
    long eligible = funded.stream().filter(p -> p.mdf().get().entitlement().isPositive()).count();
    out.append("<p>Version ").append(escape(funded.get(0).mdf().get().version())).append(": ").append(eligible)
        .append(" of ").append(funded.size()).append(" partners eligible. Allocated is each partner's part of the ")
        .append("program's pool (its entitlement when there is no pool); used is what requests were granted.</p>\n")
        .append("<div class=\"scroll\"><table class=\"totals\">\n<tr><th>entitled (a year)</th><th>allocated</th>")
        .append("<th>requested</th><th>granted</th><th>used of allocated</th></tr>\n<tr>")
        .append(moneyCell("mdf.entitlement", entitled)).append(moneyCell("mdf.allocated", allocated))
        .append(moneyCell("mdf.requested", requested)).append(moneyCell("mdf.granted", granted))
        .append("<td class=\"n\">").append(allocated.isPositive() ? granted.amount().multiply(BigDecimal.valueOf(100))
            .divide(allocated.amount(), 1, java.math.RoundingMode.HALF_EVEN).toPlainString() + " %" : "-")
        .append("</td></tr>\n</table></div>\n");

    Map<String, List<MdfOutcome.RequestDecision>> byOutcome = new LinkedHashMap<>();
    List.of("GRANTED", "PARTIAL", "REJECTED").forEach(o -> byOutcome.put(o, new ArrayList<>()));
    requests.forEach(r -> byOutcome.computeIfAbsent(r.outcome(), k -> new ArrayList<>()).add(r));
    List<Bar> bars = new ArrayList<>();
    List<Swatch> legend = new ArrayList<>();
    byOutcome.forEach((outcome, list) -> {
      String colour = OUTCOME_COLOURS.getOrDefault(outcome, OTHER_OUTCOME);
      Money asked = Money.total(list.stream().map(MdfOutcome.RequestDecision::requested).collect(Collectors.toList()),
          currency);
      Money got = Money.total(list.stream().map(MdfOutcome.RequestDecision::granted).collect(Collectors.toList()),
          currency);
      bars.add(Bar.of(outcome, BigDecimal.valueOf(list.size()), list.size() + " (" + got + " of " + asked + ")",
          colour));
      legend.add(new Swatch(colour, outcome));
    });
    HtmlCharts.bars(out, "MDF requests by decision (granted of requested)", "requests", bars, legend);
    out.append("<table class=\"totals\"><tr><th>decision</th><th>requests</th></tr>\n");
    byOutcome.forEach((outcome, list) -> out.append("<tr>").append(cell(outcome))
        .append(countCell("mdf.requests." + outcome, list.size(), "td")).append("</tr>\n"));
    out.append("</table>\n");

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

  static void attribution(StringBuilder out, PortfolioEvaluation e) {
    out.append("<section id=\"attribution\">\n<h2>Attribution</h2>\n");
    LocalDate from = e.asOf().minusMonths(12).plusDays(1);
    Map<String, PartnerType> types = new HashMap<>();
    e.partners().forEach(p -> types.put(p.id(), p.partner().type()));
    Map<PartnerType, Map<AttributionType, Long>> counts = new EnumMap<>(PartnerType.class);
    Map<AttributionType, Long> totals = new EnumMap<>(AttributionType.class);
    for (AttributionType t : AttributionType.values()) {
      totals.put(t, 0L);
    }
    for (DealResult d : e.deals()) {
      if (!d.isWon() || d.closed().orElseThrow().isBefore(from)) {
        continue;
      }
      for (PartnerCredit c : d.credits()) {
        PartnerType type = types.get(c.partner().value());
        if (type == null) {
          continue;
        }
        AttributionType a = c.attribution().type();
        counts.computeIfAbsent(type, k -> new EnumMap<>(AttributionType.class)).merge(a, 1L, Long::sum);
        totals.merge(a, 1L, Long::sum);
      }
    }
    out.append("<p>Partners named on deals won from ").append(from).append(" to ").append(e.asOf())
        .append(", by partner type: partner-sourced, partner-influenced, or neither (no credit). ")
        .append("attribution.csv has every deal.</p>\n");
    if (counts.isEmpty()) {
      out.append("<p>No partner named on a deal won in those 12 months.</p>\n</section>\n");
      return;
    }
    List<Bar> bars = new ArrayList<>();
    counts.forEach((type, byKind) -> {
      List<Segment> segments = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      for (AttributionType a : AttributionType.values()) {
        long n = byKind.getOrDefault(a, 0L);
        segments.add(new Segment(BigDecimal.valueOf(n), ATTRIBUTION_COLOURS.get(a), type + ", " + a + ": " + n));
        text.append(text.length() == 0 ? "" : " / ").append(n);
      }
      bars.add(new Bar(type.name(), segments, text.toString()));
    });
    List<Swatch> legend = new ArrayList<>();
    for (AttributionType a : AttributionType.values()) {
      legend.add(new Swatch(ATTRIBUTION_COLOURS.get(a), a.name()));
    }
    HtmlCharts.bars(out, "Deals won in the last 12 months by partner type: sourced / influenced / none",
        "partners named on won deals", bars, legend);
    out.append("<div class=\"scroll\"><table class=\"totals\">\n<tr><th>partner type</th>");
    for (AttributionType a : AttributionType.values()) {
      out.append("<th>").append(a.name()).append("</th>");
    }
    out.append("</tr>\n");
    counts.forEach((type, byKind) -> {
      out.append("<tr>").append(cell(type.name()));
      for (AttributionType a : AttributionType.values()) {
        out.append("<td class=\"n\">").append(byKind.getOrDefault(a, 0L)).append("</td>");
      }
      out.append("</tr>\n");
    });
    out.append("<tr><th>total</th>");
    for (AttributionType a : AttributionType.values()) {
      out.append(countCell("attribution." + a.name(), totals.get(a), "td"));
    }
    out.append("</tr>\n</table></div>\n</section>\n");
  }
}
