package dev.partneros.portfolio.report;

import static dev.partneros.portfolio.internal.Html.escape;
import static dev.partneros.portfolio.report.HtmlCharts.FONT;
import static dev.partneros.portfolio.report.HtmlCharts.fit;
import static dev.partneros.portfolio.report.HtmlCharts.textWidth;
import static dev.partneros.portfolio.report.HtmlReport.cell;
import static dev.partneros.portfolio.report.HtmlReport.countCell;

import dev.partneros.core.Tier;
import dev.partneros.core.YearQuarter;
import dev.partneros.portfolio.PartnerResult;
import dev.partneros.portfolio.PortfolioEvaluation;
import dev.partneros.portfolio.TimelineEntry;
import dev.partneros.portfolio.report.HtmlCharts.Bar;
import dev.partneros.portfolio.report.HtmlCharts.Swatch;
import dev.partneros.scoring.health.HealthScore;
import dev.partneros.tiers.TierDecision;
import dev.partneros.tiers.TierState;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The tiers and health sections of the HTML report: tier distribution, tier timelines (grace and
 * changes marked, covered by the legend), the partners in grace, health bands and band movement.
 *
 * <p>Stateless; thread-safe.
 */
final class HtmlTiers {

  /** Tier colours by ladder rank, lowest first: distinct hues, so no tier reads as another. */
  static final List<String> TIER_COLOURS = List.of("#8d96a3", "#4f83b8", "#d9a21b", "#5e3f8f", "#2f7d5b", "#b5523b");

  /** The lighter shade of each tier colour, for a tier held in grace; each distinct from every tier colour. */
  static final List<String> GRACE_COLOURS = List.of("#d7dbe0", "#b9d0e8", "#f3dc9c", "#c9b6e6", "#a9d6bf",
      "#ecc0b4");

  /** The colour of the tier-change marker. */
  static final String CHANGE_COLOUR = "#222222";

  /** Band colours, best band first (the order of {@link PortfolioEvaluation#bandDistribution()}). */
  static final Map<HealthScore.Band, String> BAND_COLOURS = Collections.unmodifiableMap(new EnumMap<>(Map.of(
      HealthScore.Band.CHAMPION, "#2e7d32", HealthScore.Band.HEALTHY, "#7cb342", HealthScore.Band.AT_RISK, "#f9a825",
      HealthScore.Band.CRITICAL, "#ef6c00", HealthScore.Band.CHURNING, "#c62828")));

  /** At most this many partners get a row in the table of partners in grace. */
  static final int MAX_GRACE_ROWS = 100;

  private HtmlTiers() {}

  static String tierColour(int rank) {
    return TIER_COLOURS.get(rank % TIER_COLOURS.size());
  }

  static String graceColour(int rank) {
    return GRACE_COLOURS.get(rank % GRACE_COLOURS.size());
  }

  /** The quarter of a quarter end, as {@code 2026-Q1}. */
  static String quarter(LocalDate quarterEnd) {
    return YearQuarter.from(quarterEnd).toString();
  }

  static void tiers(StringBuilder out, PortfolioEvaluation e, List<PartnerResult> active) {
    out.append("<section id=\"tiers\">\n<h2>Tiers</h2>\n");
    Map<Tier, Long> distribution = e.tierDistribution();
    out.append("<p>").append(countCell("partners.active", active.size(), "span")).append(" active partners, ")
        .append(countCell("tiers.inGrace", e.inGrace().size(), "span")).append(" of them in grace.</p>\n");
    List<Bar> bars = new ArrayList<>();
    List<Swatch> legend = new ArrayList<>();
    int rank = 0;
    for (Map.Entry<Tier, Long> t : distribution.entrySet()) {
      String colour = tierColour(rank++);
      bars.add(Bar.of(t.getKey().name(), BigDecimal.valueOf(t.getValue()), t.getValue().toString(), colour));
      legend.add(new Swatch(colour, t.getKey().name()));
    }
    HtmlCharts.bars(out, "Active partners by tier held on " + e.asOf(), "active partners", bars, legend);
    out.append("<table class=\"totals\"><tr><th>tier</th><th>partners</th></tr>\n");
    distribution.forEach((tier, n) -> out.append("<tr><td>").append(escape(tier.name())).append("</td>")
        .append(countCell("tiers." + tier.name(), n, "td")).append("</tr>\n"));
    out.append("</table>\n");
    out.append("<h3>Tier timelines</h3>\n");
    timelines(out, e, active);
    grace(out, e);
    out.append("</section>\n");
  }

  private static void timelines(StringBuilder out, PortfolioEvaluation e, List<PartnerResult> active) {
    List<PartnerResult> withTimeline = active.stream().filter(p -> !p.timeline().isEmpty())
        .collect(Collectors.toList());
    if (withTimeline.isEmpty()) {
      out.append("<p>No tier decisions.</p>\n");
      return;
    }
    long changed = withTimeline.stream().filter(p -> !p.changes().isEmpty()).count();
    List<PartnerResult> rows = withTimeline.stream()
        .sorted(Comparator.comparing((PartnerResult p) -> p.changes().isEmpty()).thenComparing(PartnerResult::id))
        .limit(HtmlReport.MAX_TIMELINE_ROWS).collect(Collectors.toList());
    out.append("<p class=\"note\">").append(rows.size()).append(" of ").append(active.size())
        .append(" active partners shown: the ").append(changed).append(changed == 1 ? " partner" : " partners")
        .append(" with a tier change first, then the others, each group by partner id")
        .append(rows.size() < withTimeline.size() ? " (tier-timeline.csv has every decision)" : "")
        .append(".</p>\n");
    TreeSet<LocalDate> quarterEnds = new TreeSet<>();
    rows.forEach(p -> p.timeline().forEach(t -> quarterEnds.add(t.quarterEnd())));
    List<LocalDate> columns = new ArrayList<>(quarterEnds);
    int labelWidth = Math.min(HtmlCharts.MAX_LABEL, rows.stream().mapToInt(p -> textWidth(label(p))).max()
        .orElse(0)) + HtmlCharts.INSET + 8;
    int cell = Math.max(12, Math.min(64, 720 / columns.size()));
    int quarterLabel = textWidth("2026-Q4") + 6;
    int step = (quarterLabel + cell - 1) / cell;
    int rowHeight = 16;
    int top = 24;
    int width = labelWidth + columns.size() * cell + Math.max(0, quarterLabel - cell) + 4;
    int height = top + rows.size() * rowHeight + 4;
    String title = "Tier held after each quarter end, " + quarter(columns.get(0)) + " to "
        + quarter(columns.get(columns.size() - 1));
    HtmlCharts.open(out, title, width, height);
    for (int c = 0; c < columns.size(); c += step) {
      out.append("<text x=\"").append(labelWidth + c * cell + 1).append("\" y=\"").append(top - 8).append("\">")
          .append(quarter(columns.get(c))).append("</text>\n");
    }
    List<Tier> ladder = e.ladder().tiers();
    Set<Integer> graceUsed = new TreeSet<>();
    boolean marked = false;
    for (int r = 0; r < rows.size(); r++) {
      PartnerResult p = rows.get(r);
      int y = top + r * rowHeight;
      out.append("<text x=\"").append(HtmlCharts.INSET).append("\" y=\"").append(y + FONT + 1).append("\">")
          .append(escape(fit(label(p), labelWidth - HtmlCharts.INSET - 8)))
          .append("</text>\n");
      for (TimelineEntry entry : p.timeline()) {
        int c = columns.indexOf(entry.quarterEnd());
        TierDecision d = entry.decision();
        int tierRank = Math.max(0, ladder.indexOf(d.tier()));
        boolean grace = d.status() == TierState.Status.IN_GRACE;
        if (grace) {
          graceUsed.add(tierRank);
        }
        out.append("<rect x=\"").append(labelWidth + c * cell).append("\" y=\"").append(y + 1).append("\" width=\"")
            .append(cell - 2).append("\" height=\"").append(rowHeight - 3).append("\" fill=\"")
            .append(grace ? graceColour(tierRank) : tierColour(tierRank)).append("\"><title>")
            .append(escape(p.id() + " " + p.partner().name() + ": " + entry)).append("</title></rect>\n");
        if (d.transition().isPresent()) {
          marked = true;
          out.append("<circle cx=\"").append(labelWidth + c * cell + 5).append("\" cy=\"").append(y + 7)
              .append("\" r=\"3\" fill=\"").append(CHANGE_COLOUR).append("\"/>\n");
        }
      }
    }
    List<Swatch> legend = new ArrayList<>();
    for (int i = 0; i < ladder.size(); i++) {
      legend.add(new Swatch(tierColour(i), ladder.get(i).name()));
    }
    for (int i : graceUsed) {
      legend.add(new Swatch(graceColour(i), ladder.get(i).name() + " in grace"));
    }
    if (marked) {
      legend.add(new Swatch(CHANGE_COLOUR, "dot: the tier changed at that quarter end"));
    }
    HtmlCharts.close(out, legend);
  }

  private static String label(PartnerResult p) {
    return p.id() + " " + p.partner().name();
  }

  private static void grace(StringBuilder out, PortfolioEvaluation e) {
    List<PartnerResult> inGrace = e.inGrace();
    out.append("<h3>Partners in grace (").append(inGrace.size()).append(")</h3>\n");
    if (inGrace.isEmpty()) {
      out.append("<p>Nobody.</p>\n");
      return;
    }
    List<PartnerResult> shown = inGrace.stream()
        .sorted(Comparator.comparing((PartnerResult p) -> p.current().orElseThrow().decision().graceEnd()
            .orElse(LocalDate.MAX)).thenComparing(PartnerResult::id))
        .limit(MAX_GRACE_ROWS).collect(Collectors.toList());
    if (shown.size() < inGrace.size()) {
      out.append("<p class=\"note\">The ").append(shown.size()).append(" whose grace ends first; ")
          .append("tier-timeline.csv has every partner.</p>\n");
    }
    out.append("<div class=\"scroll\"><table>\n<tr><th>partner</th><th>name</th><th>tier</th><th>grace until</th>")
        .append("<th>outlook</th></tr>\n");
    for (PartnerResult p : shown) {
      TierDecision d = p.current().orElseThrow().decision();
      out.append("<tr>").append(cell(p.id())).append(cell(p.partner().name())).append(cell(d.tier().name()))
          .append("<td class=\"d\">").append(escape(d.graceEnd().map(Object::toString).orElse(""))).append("</td>")
          .append(cell(d.projection().map(x -> x.render()).orElse(""))).append("</tr>\n");
    }
    out.append("</table></div>\n");
  }

  static void health(StringBuilder out, PortfolioEvaluation e, List<PartnerResult> active) {
    out.append("<section id=\"health\">\n<h2>Health</h2>\n");
    List<Bar> bars = new ArrayList<>();
    List<Swatch> legend = new ArrayList<>();
    Map<HealthScore.Band, Long> bands = e.bandDistribution();
    for (Map.Entry<HealthScore.Band, Long> band : bands.entrySet()) {
      String colour = BAND_COLOURS.get(band.getKey());
      bars.add(Bar.of(band.getKey().name(), BigDecimal.valueOf(band.getValue()), band.getValue().toString(), colour));
      legend.add(new Swatch(colour, band.getKey().name()));
    }
    HtmlCharts.bars(out, "Active partners by their latest health band", "active partners", bars, legend);
    out.append("<table class=\"totals\"><tr><th>band</th><th>partners</th></tr>\n");
    bands.forEach((band, n) -> out.append("<tr><td>").append(band.name()).append("</td>")
        .append(countCell("health." + band.name(), n, "td")).append("</tr>\n"));
    out.append("</table>\n");
    movement(out, active);
    out.append("</section>\n");
  }

  /** Band movement since the previous scored quarter: a previous band by latest band table. */
  private static void movement(StringBuilder out, List<PartnerResult> active) {
    List<HealthScore.Band> order = new ArrayList<>(List.of(HealthScore.Band.values()));
    java.util.Collections.reverse(order);
    Map<HealthScore.Band, Map<HealthScore.Band, Long>> moves = new EnumMap<>(HealthScore.Band.class);
    long up = 0;
    long down = 0;
    long same = 0;
    for (PartnerResult p : active) {
      if (p.currentHealth().isEmpty()) {
        continue;
      }
      HealthScore s = p.currentHealth().get().score();
      if (s.previousBand().isEmpty()) {
        continue;
      }
      HealthScore.Band from = s.previousBand().get();
      moves.computeIfAbsent(from, k -> new EnumMap<>(HealthScore.Band.class)).merge(s.band(), 1L, Long::sum);
      int d = s.band().compareTo(from);
      if (d > 0) {
        up++;
      } else if (d < 0) {
        down++;
      } else {
        same++;
      }
    }
    out.append("<h3>Band movement since the previous quarter</h3>\n<p>")
        .append(countCell("health.improved", up, "span")).append(" moved to a better band, ")
        .append(countCell("health.worsened", down, "span")).append(" to a worse one, ")
        .append(countCell("health.unchanged", same, "span")).append(" stayed.</p>\n");
    if (moves.isEmpty()) {
      return;
    }
    out.append("<div class=\"scroll\"><table class=\"matrix\">\n<tr><th>previous \\ latest</th>");
    order.forEach(b -> out.append("<th>").append(b.name()).append("</th>"));
    out.append("</tr>\n");
    for (HealthScore.Band from : order) {
      Map<HealthScore.Band, Long> row = moves.getOrDefault(from, Map.of());
      out.append("<tr><th>").append(from.name()).append("</th>");
      for (HealthScore.Band to : order) {
        long n = row.getOrDefault(to, 0L);
        String kind = to.compareTo(from) > 0 ? "up" : to.compareTo(from) < 0 ? "down" : "same";
        out.append("<td class=\"n ").append(kind).append("\">").append(n == 0 ? "" : Long.toString(n)).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</table></div>\n");
  }
}
