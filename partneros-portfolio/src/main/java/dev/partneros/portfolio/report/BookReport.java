package dev.partneros.portfolio.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partneros.attribution.AttributionType;
import dev.partneros.core.Money;
import dev.partneros.portfolio.BookFigures;
import dev.partneros.portfolio.BookFigures.CommissionTotals;
import dev.partneros.portfolio.BookFigures.TopPartner;
import dev.partneros.portfolio.BookSummary.Ranked;
import dev.partneros.portfolio.BookSummary;
import dev.partneros.portfolio.PortfolioEvaluation.VersionInfo;
import dev.partneros.scoring.kpi.KpiValue;
import dev.partneros.scoring.maturity.MaturityResult;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The reports of a streamed book ({@code docs/streaming.md#outputs}): {@code summary.json} for
 * programs, {@code report.txt} and {@code report.html} for people. Whatever the book's size they
 * summarise it (counts, distributions, KPIs, the ten best and worst partners by health, the
 * commission, MDF and attribution figures of {@link BookFigures}) and say
 * where each partner's results are ({@code partners.jsonl}, {@code partners.csv}); they never list
 * every partner.
 *
 * <p>Stateless; thread-safe.
 */
public final class BookReport {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private BookReport() {}

  /**
   * Renders {@code summary.json}: two-space indentation, keys in a fixed order, a final line feed.
   *
   * @param s the summary, not null
   * @return never null
   */
  public static String json(BookSummary s) {
    requireNonNull(s, "s");
    ObjectNode root = NODES.objectNode();
    root.put("program", s.programName()).put("asOf", s.asOf().toString())
        .put("currency", s.currency().getCurrencyCode()).put("programVersion", s.programVersion());
    ArrayNode versions = root.putArray("versions");
    for (VersionInfo v : s.versions()) {
      versions.addObject().put("version", v.version()).put("effectiveFrom", v.effectiveFrom().toString());
    }
    root.put("partners", s.partners()).put("deals", s.deals());
    counts(root.putObject("rows"), s.rows());
    counts(root.putObject("tiers"), s.tiers());
    counts(root.putObject("healthBands"), s.bands());
    root.put("inGrace", s.inGrace());
    counts(root.putObject("segments"), s.segments());
    s.maturity().ifPresent(m -> {
      ObjectNode maturity = root.putObject("maturity").put("stage", m.stage().name());
      m.nextStage().ifPresent(n -> maturity.put("nextStage", n.name()));
      maturity.put("progressToNext", m.progressToNext().toPlainString());
    });
    ArrayNode kpis = root.putArray("kpis");
    for (KpiValue kpi : s.kpis()) {
      ObjectNode k = kpis.addObject().put("kpi", kpi.kpi().name());
      kpi.value().ifPresent(v -> k.put("value", v.toPlainString()));
      kpi.target().ifPresent(t -> k.put("target", t));
      k.put("status", kpi.status().name());
    }
    ranked(root.putArray("topByHealth"), s.topByHealth());
    ranked(root.putArray("bottomByHealth"), s.bottomByHealth());
    figures(root, s.figures());
    s.notEvaluated().forEach(root.putArray("notEvaluated")::add);
    try {
      return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Renders {@code report.txt}.
   *
   * @param s the summary, not null
   * @return never null
   */
  public static String text(BookSummary s) {
    requireNonNull(s, "s");
    StringBuilder t = new StringBuilder();
    t.append(s.programName()).append(" as of ").append(s.asOf()).append(" (version ").append(s.programVersion())
        .append(", ").append(s.currency().getCurrencyCode()).append(")\n\n");
    t.append(s.partners()).append(" partners and ").append(s.deals()).append(" deals evaluated. This report ")
        .append("summarises the book; every partner's results are in partners.jsonl and partners.csv.\n\n");
    section(t, "Tiers (active partners)", s.tiers());
    t.append("In grace: ").append(s.inGrace()).append("\n\n");
    section(t, "Health bands", s.bands());
    section(t, "Segments", s.segments());
    s.maturity().ifPresent(m -> t.append("Program maturity: ").append(m.stage().name())
        .append(m.nextStage().map(n -> ", next " + n.name()).orElse("")).append("\n\n"));
    t.append("KPIs (12 months ending ").append(s.asOf()).append(")\n");
    for (KpiValue kpi : s.kpis()) {
      t.append("  ").append(kpi.kpi().name()).append(": ").append(kpi.value().map(v -> v.toPlainString()).orElse("-"))
          .append(kpi.target().map(x -> " (target " + x + ")").orElse("")).append(" ").append(kpi.status().name())
          .append('\n');
    }
    t.append('\n');
    rankedText(t, "Best health", s.topByHealth());
    rankedText(t, "Worst health", s.bottomByHealth());
    figuresText(t, s);
    s.notEvaluated().forEach(n -> t.append("Note: ").append(n).append('\n'));
    return t.toString();
  }

  /**
   * Renders {@code report.html}: one self-contained page, every text escaped, laid out like the
   * evaluation's {@link HtmlReport} (sections {@code tiers}, {@code health}, {@code commission},
   * {@code mdf}, {@code attribution}, {@code program}, {@code partners}; charts with legends; totals
   * marked with {@code data-total}; tables sorted by a click on their header).
   *
   * @param s the summary, not null
   * @return never null
   */
  public static String html(BookSummary s) {
    requireNonNull(s, "s");
    return HtmlBook.render(s);
  }

  private static void figures(ObjectNode root, BookFigures f) {
    ObjectNode commission = root.putObject("commission").put("statements", f.statements());
    ArrayNode totals = commission.putArray("totals");
    for (CommissionTotals t : f.commission()) {
      totals.addObject().put("currency", t.currency().getCurrencyCode()).put("earned", plain(t.earned()))
          .put("clawedBack", plain(t.clawedBack())).put("net", plain(t.net())).put("paid", plain(t.paid()))
          .put("balance", plain(t.balance()));
    }
    top(commission.putArray("topByNet"), f.topByCommission());
    ObjectNode clawbacks = commission.putObject("clawbacks").put("partners", f.clawedBackPartners());
    top(clawbacks.putArray("largest"), f.topClawbacks());
    ObjectNode mdf = root.putObject("mdf").put("partners", f.mdfPartners()).put("eligible", f.mdfEligible());
    f.mdfPool().ifPresent(p -> mdf.put("pool", plain(p)));
    mdf.put("entitlement", plain(f.mdfEntitlement())).put("allocated", plain(f.mdfAllocated()))
        .put("requested", plain(f.mdfRequested())).put("granted", plain(f.mdfGranted()));
    ObjectNode requests = mdf.putObject("requests");
    f.mdfRequests().forEach((d, r) -> requests.putObject(d).put("count", r.count())
        .put("requested", plain(r.requested())).put("granted", plain(r.granted())));
    ObjectNode attribution = root.putObject("attribution");
    f.attribution().forEach((type, counts) -> {
      ObjectNode node = attribution.putObject(type.name());
      counts.forEach((a, n) -> node.put(a.name(), n));
    });
  }

  private static String plain(Money m) {
    return m.amount().toPlainString();
  }

  private static void top(ArrayNode node, List<TopPartner> top) {
    top.forEach(p -> node.addObject().put("id", p.id()).put("name", p.name()).put("amount", plain(p.amount()))
        .put("currency", p.amount().currency().getCurrencyCode()));
  }

  private static void figuresText(StringBuilder t, BookSummary s) {
    BookFigures f = s.figures();
    t.append("Commission\n");
    if (f.statements() == 0) {
      t.append("  ").append(HtmlBook.notEvaluated(s, "Commission", "No commission statements.")).append("\n\n");
    } else {
      // docs/formats.md#reporttxt: earned - clawed back = net, net - paid = balance
      String row = "  %-8s %18s %18s %18s %18s %18s%n";
      t.append(String.format(Locale.ROOT, "  Statements of %d partners; every line is in commission.csv.%n",
          f.statements()));
      t.append(String.format(Locale.ROOT, row, "currency", "earned", "clawed back", "net", "paid", "balance"));
      for (CommissionTotals c : f.commission()) {
        t.append(String.format(Locale.ROOT, row, c.currency().getCurrencyCode(), c.earned(), c.clawedBack(), c.net(),
            c.paid(), c.balance()));
      }
      topText(t, "  Top partners by net earned", f.topByCommission());
      topText(t, "  Clawbacks: " + f.clawedBackPartners() + (f.clawedBackPartners() == 1 ? " partner" : " partners")
          + (f.topClawbacks().isEmpty() ? "" : "; the largest"), f.topClawbacks());
      t.append('\n');
    }
    t.append("MDF\n");
    if (f.mdfPartners() == 0) {
      t.append("  ").append(HtmlBook.notEvaluated(s, "MDF", "No partner with MDF.")).append("\n\n");
    } else {
      t.append("  ").append(f.mdfEligible()).append(" of ").append(f.mdfPartners()).append(" partners eligible; pool ")
          .append(f.mdfPool().map(Money::toString).orElse("none (allocated = entitled)")).append('\n')
          .append("  entitled ").append(f.mdfEntitlement()).append(" a year, allocated ").append(f.mdfAllocated())
          .append(", requested ").append(f.mdfRequested()).append(", granted ").append(f.mdfGranted()).append('\n');
      f.mdfRequests().forEach((d, r) -> t.append(String.format(Locale.ROOT, "  %-10s %8d requests, %s granted of %s%n",
          d, r.count(), r.granted(), r.requested())));
      t.append('\n');
    }
    t.append("Attribution (partners named on deals won from ").append(s.asOf().minusMonths(12).plusDays(1))
        .append(" to ").append(s.asOf()).append(")\n");
    String row = "  %-24s %18s %18s %18s%n";
    List<String> header = new java.util.ArrayList<>(List.of("partner type"));
    for (AttributionType a : AttributionType.values()) {
      header.add(a.name());
    }
    t.append(String.format(Locale.ROOT, row, header.toArray()));
    f.attribution().forEach((type, counts) -> {
      List<Object> cells = new java.util.ArrayList<>(List.of(type.name()));
      cells.addAll(counts.values());
      t.append(String.format(Locale.ROOT, row, cells.toArray()));
    });
    List<Object> cells = new java.util.ArrayList<>(List.of("total"));
    cells.addAll(f.attributionTotals().values());
    t.append(String.format(Locale.ROOT, row, cells.toArray())).append('\n');
  }

  private static void topText(StringBuilder t, String title, List<TopPartner> top) {
    t.append(title).append('\n');
    top.forEach(p -> t.append("    ").append(p.id()).append(' ').append(p.name()).append(": ").append(p.amount())
        .append('\n'));
  }

  private static void counts(ObjectNode node, Map<String, Long> counts) {
    counts.forEach(node::put);
  }

  private static void ranked(ArrayNode node, List<Ranked> ranked) {
    ranked.forEach(r -> node.addObject().put("id", r.id()).put("name", r.name()).put("tier", r.tier())
        .put("health", r.health()).put("band", r.band()));
  }

  private static void section(StringBuilder t, String title, Map<String, Long> counts) {
    t.append(title).append('\n');
    counts.forEach((k, v) -> t.append("  ").append(k).append(": ").append(v).append('\n'));
    t.append('\n');
  }

  private static void rankedText(StringBuilder t, String title, List<Ranked> ranked) {
    t.append(title).append('\n');
    ranked.forEach(r -> t.append("  ").append(r.id()).append(' ').append(r.name()).append(": ").append(r.health())
        .append(' ').append(r.band()).append(", ").append(r.tier()).append('\n'));
    t.append('\n');
  }
}
