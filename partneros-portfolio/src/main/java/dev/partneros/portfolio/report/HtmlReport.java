package dev.partneros.portfolio.report;

import static dev.partneros.portfolio.internal.Html.escape;
import static java.util.Objects.requireNonNull;

import dev.partneros.core.Money;
import dev.partneros.core.Tier;
import dev.partneros.portfolio.PartnerResult;
import dev.partneros.portfolio.PortfolioEvaluation.VersionInfo;
import dev.partneros.portfolio.PortfolioEvaluation;
import dev.partneros.portfolio.TimelineEntry;
import dev.partneros.scoring.health.HealthScore;
import dev.partneros.scoring.kpi.KpiValue;
import dev.partneros.tiers.TierDecision;
import dev.partneros.tiers.TierState;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The HTML report of an evaluation ({@code report.html}): tier distribution, health bands,
 * commission by partner (or why it is missing) and tier timelines as inline SVG charts, then the
 * partners in grace, the KPIs and a table of every partner.
 *
 * <p>Self-contained and safe to open: well-formed XHTML (it parses as XML), no script, no external
 * resource (styles inline), and every text taken from the input or the program goes through
 * {@link dev.partneros.portfolio.internal.Html#escape(String)}, so a partner named
 * {@code <script>alert(1)</script>} shows as text. Deterministic: no timestamp.
 *
 * <p>Stateless; thread-safe.
 */
public final class HtmlReport {

  /** At most this many partners get a row in the tier-timeline chart (those with changes first). */
  public static final int MAX_TIMELINE_ROWS = 60;

  private static final String[] TIER_COLOURS = {"#c8ccd2", "#9fb3c8", "#e2b93b", "#5b6b7d", "#7a4f9a", "#2f7d5b"};
  private static final String[] BAND_COLOURS = {"#2e7d32", "#7cb342", "#f9a825", "#ef6c00", "#c62828"};

  private HtmlReport() {}

  /**
   * Renders the report.
   *
   * @param evaluation the evaluation, not null
   * @return XHTML text, never null
   */
  public static String render(PortfolioEvaluation evaluation) {
    requireNonNull(evaluation, "evaluation");
    PortfolioEvaluation e = evaluation;
    StringBuilder out = new StringBuilder(64 * 1024);
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n")
        .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\">\n<head>\n")
        .append("<meta charset=\"UTF-8\"/>\n<title>").append(escape("PartnerOS portfolio report: " + e.programName()
            + ", as of " + e.asOf())).append("</title>\n<style>\n")
        .append("body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:70em}\n")
        .append("table{border-collapse:collapse;font-size:0.85em}td,th{border-bottom:1px solid #ddd;padding:2px 8px;"
            + "text-align:left}th{background:#f3f3f3}td.n{text-align:right}\n")
        .append("svg text{font-family:system-ui,sans-serif;font-size:11px}\n.note{color:#555}\n")
        .append("</style>\n</head>\n<body>\n");
    out.append("<h1>").append(escape("Portfolio report: " + e.programName())).append("</h1>\n");
    out.append("<p>As of <strong>").append(e.asOf()).append("</strong>. Program versions: ")
        .append(escape(e.versions().stream().map(VersionInfo::toString).collect(Collectors.joining(", "))))
        .append("; every result names the version in force when it was decided.</p>\n");
    out.append("<p class=\"note\">").append(escape(e.inputSummary())).append("</p>\n");

    out.append("<h2>Tier distribution</h2>\n");
    List<Bar> tiers = new ArrayList<>();
    int rank = 0;
    for (Map.Entry<Tier, Long> t : e.tierDistribution().entrySet()) {
      tiers.add(new Bar(t.getKey().name(), BigDecimal.valueOf(t.getValue()), t.getValue().toString(),
          TIER_COLOURS[rank++ % TIER_COLOURS.length]));
    }
    bars(out, "Active partners by tier held on " + e.asOf(), tiers);

    out.append("<h2>Health bands</h2>\n");
    List<Bar> bands = new ArrayList<>();
    int b = 0;
    for (Map.Entry<HealthScore.Band, Long> band : e.bandDistribution().entrySet()) {
      bands.add(new Bar(band.getKey().name(), BigDecimal.valueOf(band.getValue()), band.getValue().toString(),
          BAND_COLOURS[b++ % BAND_COLOURS.length]));
    }
    bars(out, "Active partners by their latest health band", bands);

    out.append("<h2>Commission by partner</h2>\n");
    List<PartnerResult> top = e.topByCommission(25);
    if (top.isEmpty()) {
      out.append("<p class=\"note\">").append(escape(e.notEvaluated().isEmpty() ? "No commission statements."
          : e.notEvaluated().get(0))).append("</p>\n");
      out.append("<p>MDF allocation by tier from the benefits matrix (version ").append(escape(e.program().version()))
          .append(") instead:</p>\n");
      List<Bar> mdf = new ArrayList<>();
      int r = 0;
      for (Map.Entry<Tier, Long> t : e.tierDistribution().entrySet()) {
        Money each = e.activePartners().stream().filter(p -> p.tier().equals(t.getKey())).findFirst()
            .flatMap(PartnerResult::entitlement).map(x -> x.mdfAnnual()).orElse(Money.zero(e.currency()));
        Money total = each.multipliedBy(t.getValue());
        mdf.add(new Bar(t.getKey().name(), total.amount(), total.toString(), TIER_COLOURS[r++ % TIER_COLOURS.length]));
      }
      bars(out, "Annual MDF allocation by tier", mdf);
    } else {
      List<Bar> bars = new ArrayList<>();
      for (PartnerResult p : top) {
        Money earned = p.commission().orElseThrow().earned();
        bars.add(new Bar(p.id() + " " + p.partner().name(), earned.amount(), earned.toString(), "#3f6fb5"));
      }
      bars(out, "Commission earned net of clawbacks, top " + top.size() + " partners", bars);
    }

    List<PartnerResult> funded = e.activePartners().stream().filter(p -> p.mdf().isPresent())
        .filter(p -> p.mdf().get().allocated().isPositive())
        .sorted(Comparator.comparing((PartnerResult p) -> p.mdf().get().allocated()).reversed()
            .thenComparing(PartnerResult::id)).limit(25).collect(Collectors.toList());
    if (!funded.isEmpty()) {
      out.append("<h2>MDF allocation by partner</h2>\n");
      List<Bar> mdfBars = new ArrayList<>();
      for (PartnerResult p : funded) {
        Money allocated = p.mdf().get().allocated();
        mdfBars.add(new Bar(p.id() + " " + p.partner().name(), allocated.amount(), allocated + " (entitled to "
            + p.mdf().get().entitlement() + ")", "#6a8f3f"));
      }
      bars(out, "MDF allocated for the year, top " + funded.size() + " partners", mdfBars);
    }

    out.append("<h2>Tier timelines</h2>\n");
    timelines(out, e);

    out.append("<h2>Partners in grace (").append(e.inGrace().size()).append(")</h2>\n");
    if (e.inGrace().isEmpty()) {
      out.append("<p>Nobody.</p>\n");
    } else {
      out.append("<table>\n<tr><th>partner</th><th>name</th><th>tier</th><th>grace until</th><th>outlook</th></tr>\n");
      for (PartnerResult p : e.inGrace()) {
        TierDecision d = p.current().orElseThrow().decision();
        out.append("<tr><td>").append(escape(p.id())).append("</td><td>").append(escape(p.partner().name()))
            .append("</td><td>").append(escape(d.tier().name())).append("</td><td>")
            .append(escape(d.graceEnd().map(Object::toString).orElse(""))).append("</td><td>")
            .append(escape(d.projection().map(x -> x.render()).orElse(""))).append("</td></tr>\n");
      }
      out.append("</table>\n");
    }

    out.append("<h2>Program KPIs (version ").append(escape(e.program().version())).append(")</h2>\n<table>\n")
        .append("<tr><th>KPI</th><th>value</th><th>target</th><th>status</th></tr>\n");
    for (KpiValue kpi : e.program().kpis()) {
      out.append("<tr><td>").append(escape(kpi.kpi().name())).append("</td><td class=\"n\">")
          .append(escape(TextReport.kpiValue(kpi))).append("</td><td>").append(escape(kpi.target().orElse("")))
          .append("</td><td>").append(escape(kpi.status().name())).append("</td></tr>\n");
    }
    out.append("</table>\n");
    e.program().maturity().ifPresent(m -> out.append("<p>Program maturity: <strong>").append(escape(m.stage().name()))
        .append("</strong>").append(escape(m.nextStage().map(n -> ", " + TextReport.plain(m.progressToNext())
            + " % of the way to " + n).orElse(""))).append(".</p>\n"));

    out.append("<h2>Partners</h2>\n<table>\n<tr><th>partner</th><th>name</th><th>tier</th><th>status</th>")
        .append("<th>health</th><th>band</th><th>segment</th><th>progress</th></tr>\n");
    for (PartnerResult p : e.activePartners()) {
      out.append("<tr><td>").append(escape(p.id())).append("</td><td>").append(escape(p.partner().name()))
          .append("</td><td>").append(escape(p.tier().name())).append("</td><td>")
          .append(escape(p.current().map(c -> c.decision().status().name()).orElse(""))).append("</td><td class=\"n\">")
          .append(escape(p.currentHealth().map(h -> TextReport.plain(h.score().score())).orElse(""))).append("</td><td>")
          .append(escape(p.band().map(Enum::name).orElse(""))).append("</td><td>")
          .append(escape(p.segment().map(s -> s.segment().name()).orElse(""))).append("</td><td>")
          .append(escape(p.current().map(c -> c.decision().progress().render()).orElse(""))).append("</td></tr>\n");
    }
    out.append("</table>\n");
    for (String note : e.notEvaluated()) {
      out.append("<p class=\"note\">").append(escape(note)).append("</p>\n");
    }
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  /** One bar: its label, its value (for the length), the text shown beside it, and its colour. */
  private record Bar(String label, BigDecimal value, String text, String colour) {}

  private static void bars(StringBuilder out, String title, List<Bar> bars) {
    int labelWidth = 220;
    int barWidth = 380;
    int rowHeight = 22;
    int height = bars.size() * rowHeight + 30;
    BigDecimal max = bars.stream().map(Bar::value).max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(labelWidth + barWidth + 160)
        .append("\" height=\"").append(height).append("\" role=\"img\" aria-label=\"").append(escape(title))
        .append("\">\n<title>").append(escape(title)).append("</title>\n");
    out.append("<text x=\"0\" y=\"14\" font-weight=\"bold\">").append(escape(title)).append("</text>\n");
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      int y = 24 + i * rowHeight;
      int length = max.signum() == 0 ? 0 : bar.value().multiply(BigDecimal.valueOf(barWidth))
          .divide(max, 0, RoundingMode.HALF_EVEN).intValue();
      out.append("<text x=\"0\" y=\"").append(y + 14).append("\">").append(escape(TextReport.cut(bar.label(), 34)))
          .append("</text>\n");
      out.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 2).append("\" width=\"")
          .append(Math.max(length, 1)).append("\" height=\"").append(rowHeight - 6).append("\" fill=\"")
          .append(bar.colour()).append("\"><title>").append(escape(bar.label() + ": " + bar.text()))
          .append("</title></rect>\n");
      out.append("<text x=\"").append(labelWidth + length + 6).append("\" y=\"").append(y + 14).append("\">")
          .append(escape(bar.text())).append("</text>\n");
    }
    out.append("</svg>\n");
  }

  private static void timelines(StringBuilder out, PortfolioEvaluation e) {
    List<PartnerResult> rows = e.activePartners().stream().filter(p -> !p.timeline().isEmpty())
        .sorted(Comparator.comparing((PartnerResult p) -> p.changes().isEmpty()).thenComparing(PartnerResult::id))
        .limit(MAX_TIMELINE_ROWS).sorted(Comparator.comparing(PartnerResult::id)).collect(Collectors.toList());
    TreeSet<LocalDate> quarterEnds = new TreeSet<>();
    rows.forEach(p -> p.timeline().forEach(t -> quarterEnds.add(t.quarterEnd())));
    if (rows.isEmpty()) {
      out.append("<p>No tier decisions.</p>\n");
      return;
    }
    List<LocalDate> columns = new ArrayList<>(quarterEnds);
    int labelWidth = 230;
    int cell = 64;
    int rowHeight = 16;
    int top = 40;
    int width = labelWidth + columns.size() * cell + 20;
    int height = top + rows.size() * rowHeight + 40;
    String title = "Tier held after each quarter end (faded: in grace; a dot: the tier changed)";
    out.append("<p class=\"note\">").append(rows.size()).append(" of ").append(e.activePartners().size())
        .append(" partners shown, those with a tier change first; tier-timeline.csv has every decision.</p>\n");
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
        .append("\" role=\"img\" aria-label=\"").append(escape(title)).append("\">\n<title>").append(escape(title))
        .append("</title>\n");
    for (int c = 0; c < columns.size(); c++) {
      out.append("<text x=\"").append(labelWidth + c * cell + 2).append("\" y=\"").append(top - 8).append("\">")
          .append(escape(columns.get(c).toString())).append("</text>\n");
    }
    List<Tier> ladder = e.ladder().tiers();
    for (int r = 0; r < rows.size(); r++) {
      PartnerResult p = rows.get(r);
      int y = top + r * rowHeight;
      out.append("<text x=\"0\" y=\"").append(y + 12).append("\">").append(escape(TextReport.cut(p.id() + " "
          + p.partner().name(), 36))).append("</text>\n");
      for (TimelineEntry entry : p.timeline()) {
        int c = columns.indexOf(entry.quarterEnd());
        TierDecision d = entry.decision();
        int tierRank = Math.max(0, ladder.indexOf(d.tier()));
        out.append("<rect x=\"").append(labelWidth + c * cell).append("\" y=\"").append(y + 1).append("\" width=\"")
            .append(cell - 2).append("\" height=\"").append(rowHeight - 3).append("\" fill=\"")
            .append(TIER_COLOURS[tierRank % TIER_COLOURS.length]).append('"')
            .append(d.status() == TierState.Status.IN_GRACE ? " fill-opacity=\"0.45\"" : "").append("><title>")
            .append(escape(p.id() + " " + p.partner().name() + ": " + entry)).append("</title></rect>\n");
        if (d.transition().isPresent()) {
          out.append("<circle cx=\"").append(labelWidth + c * cell + 6).append("\" cy=\"").append(y + 7)
              .append("\" r=\"3\" fill=\"#222\"/>\n");
        }
      }
    }
    int legendY = top + rows.size() * rowHeight + 14;
    for (int i = 0; i < ladder.size(); i++) {
      int x = labelWidth + i * 110;
      out.append("<rect x=\"").append(x).append("\" y=\"").append(legendY).append("\" width=\"12\" height=\"12\" fill=\"")
          .append(TIER_COLOURS[i % TIER_COLOURS.length]).append("\"/>\n<text x=\"").append(x + 16).append("\" y=\"")
          .append(legendY + 11).append("\">").append(escape(ladder.get(i).name().toLowerCase(Locale.ROOT)))
          .append("</text>\n");
    }
    out.append("</svg>\n");
  }
}
