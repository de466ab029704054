package dev.partneros.portfolio.report;

import static dev.partneros.portfolio.internal.Html.escape;
import static java.util.Objects.requireNonNull;

import dev.partneros.core.Money;
import dev.partneros.portfolio.BookFigures;
import dev.partneros.portfolio.PartnerResult;
import dev.partneros.portfolio.PortfolioEvaluation.VersionInfo;
import dev.partneros.portfolio.PortfolioEvaluation;
import dev.partneros.scoring.kpi.KpiValue;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The HTML report of an evaluation ({@code report.html}, {@code docs/formats.md#reporthtml}): what a
 * partner manager opens and forwards. Sections, in order: tiers (distribution, timelines, partners
 * in grace), health (bands and band movement), commission (statement totals, top partners,
 * clawbacks, statements by partner), MDF (entitlement, allocation, use, requests by decision),
 * attribution (sourced / influenced / none by partner type), the program (KPIs, maturity) and the
 * partners table (with commission and MDF columns).
 *
 * <p>A big book (more than {@value #BIG_BOOK} active partners) gets distributions and top and bottom
 * lists, not a row per partner, so the page stays small whatever the book's size.
 *
 * <p>Self-contained and safe to open: well-formed XHTML (it parses as XML), one small inline script
 * that sorts a table by a clicked header ({@link HtmlSort}; the page reads the same without it), no
 * external resource (styles inline), readable from a phone to a wide screen (charts scale to the page width,
 * tables scroll sideways), and every text taken from the input or the program goes through
 * {@link dev.partneros.portfolio.internal.Html#escape(String)}, so a partner named
 * {@code <script>alert(1)</script>} shows as text. Deterministic: no timestamp.
 *
 * <p>Hooks for automated checks (a browser test reads them; they are stable):
 * <ul>
 *   <li>Each section is a {@code <section id="...">}: {@code tiers}, {@code health},
 *       {@code commission}, {@code mdf}, {@code attribution}, {@code program}, {@code partners}.</li>
 *   <li>Each chart is a {@code <figure class="chart">} holding a {@code <figcaption>} (its heading),
 *       one {@code <svg>} with a {@code <title>} and a {@code viewBox}, and a
 *       {@code <ul class="legend">}; each legend item is an {@code <li data-colour="#rrggbb">} whose
 *       {@code <span class="swatch">} has that colour as its {@code background}. Every {@code fill}
 *       of a {@code rect} or {@code circle} in the SVG is one of its legend's colours (lower-case
 *       six-digit hex); axis lines are {@code <line>} elements with a grey {@code stroke}.</li>
 *   <li>Totals are elements with {@code data-total="<name>"} and {@code data-value="<plain number>"}
 *       (a {@link java.math.BigDecimal#toPlainString() plain} decimal, amounts in the evaluation's
 *       currency): {@code partners.active}, {@code tiers.inGrace}, {@code tiers.<TIER>},
 *       {@code health.<BAND>}, {@code health.improved}, {@code health.worsened},
 *       {@code health.unchanged}, {@code commission.earned} (before clawbacks),
 *       {@code commission.clawedBack}, {@code commission.net}, {@code commission.paid},
 *       {@code commission.balance} (suffixed {@code .<CURRENCY>} when statements are in several
 *       currencies), {@code mdf.pool} (when a pool is given), {@code mdf.entitlement},
 *       {@code mdf.allocated}, {@code mdf.requested},
 *       {@code mdf.granted}, {@code mdf.requests.<DECISION>} (counts), and
 *       {@code attribution.<TYPE>} (partners named on deals won in the 12 months to the as-of date).</li>
 *   <li>In the statements table ({@code table.statements}), each row has {@code data-partner} and its
 *       cells {@code data-column} ({@code earned}, {@code clawedBack}, {@code net}, {@code paid},
 *       {@code balance}) with {@code data-value}: the rows add up to the totals.</li>
 * </ul>
 *
 * <p>Stateless; thread-safe.
 */
public final class HtmlReport {

  /** At most this many partners get a row in the tier-timeline chart (those with changes first). */
  public static final int MAX_TIMELINE_ROWS = 60;

  /** Above this many active partners, the report lists top and bottom partners instead of every one. */
  public static final int BIG_BOOK = 500;

  /** How many partners the top and bottom lists of a big book show. */
  static final int TOP_BOTTOM = 25;

  private static final String STYLE = String.join("\n",
      "*{box-sizing:border-box}",
      "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',sans-serif;margin:0 auto;"
          + "padding:0.5em 1em 2em;color:#222;max-width:96em;line-height:1.4}",
      "h1{font-size:1.5em}h2{border-bottom:2px solid #ddd;margin-top:1.6em}h3{margin-bottom:0.3em}",
      "section{margin-bottom:1.5em}",
      ".scroll{overflow-x:auto;max-width:100%}",
      "table{border-collapse:collapse;font-size:0.85em;margin:0.4em 0}",
      "td,th{border-bottom:1px solid #ddd;padding:2px 8px;text-align:left;vertical-align:top}",
      "th{background:#f3f3f3}td.n{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}",
      "td.d{white-space:nowrap}table.matrix td.up{background:#e8f5e9}table.matrix td.down{background:#fdecea}",
      "figure.chart{margin:1em 0}figcaption{font-weight:bold;margin-bottom:0.3em}",
      "figure.chart svg{display:block;width:100%;height:auto}",
      "svg text{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',sans-serif;font-size:11px;"
          + "fill:#222222}svg text.axis{fill:#555555}",
      "ul.legend{list-style:none;padding:0;margin:0.3em 0;display:flex;flex-wrap:wrap;gap:0.2em 1.2em;"
          + "font-size:0.85em}",
      "ul.legend li{white-space:nowrap}",
      ".swatch{display:inline-block;width:0.9em;height:0.9em;vertical-align:-0.1em;margin-right:0.35em;"
          + "border:1px solid #999999}",
      ".note{color:#555}",
      HtmlSort.STYLE,
      "@media (max-width:40em){body{padding:0.3em 0.5em}table{font-size:0.8em}}") + "\n";

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
    List<PartnerResult> active = e.activePartners();
    boolean big = active.size() > BIG_BOOK;
    StringBuilder out = new StringBuilder(big ? 256 * 1024 : 128 * 1024);
    head(out, "PartnerOS portfolio report: " + e.programName() + ", as of " + e.asOf());
    out.append("<header>\n<h1>").append(escape("Portfolio report: " + e.programName())).append("</h1>\n");
    out.append("<p>As of <strong>").append(e.asOf()).append("</strong>. Program versions: ")
        .append(escape(e.versions().stream().map(VersionInfo::toString).collect(Collectors.joining(", "))))
        .append("; every result names the version in force when it was decided.</p>\n");
    out.append("<p class=\"note\">").append(escape(e.inputSummary())).append("</p>\n");
    out.append("<nav><p>Sections: <a href=\"#tiers\">tiers</a> · <a href=\"#health\">health</a> · ")
        .append("<a href=\"#commission\">commission</a> · <a href=\"#mdf\">MDF</a> · ")
        .append("<a href=\"#attribution\">attribution</a> · <a href=\"#program\">program</a> · ")
        .append("<a href=\"#partners\">partners</a></p></nav>\n</header>\n");

    HtmlTiers.tiers(out, e, active);
    HtmlTiers.health(out, e, active);
    BookFigures figures = BookFigures.of(e);
    HtmlMoney.commission(out, e, figures, big);
    HtmlMoney.mdf(out, e, figures, big);
    HtmlMoney.attribution(out, e, figures);
    program(out, e);
    partners(out, e, active, big);
    for (String note : e.notEvaluated()) {
      out.append("<p class=\"note\">").append(escape(note)).append("</p>\n");
    }
    out.append(HtmlSort.SCRIPT).append("</body>\n</html>\n");
    return out.toString();
  }

  /** Writes the XML declaration, the head (title, viewport, styles) and opens the body. */
  static void head(StringBuilder out, String title) {
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n")
        .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\">\n<head>\n")
        .append("<meta charset=\"UTF-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>")
        .append(escape(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
  }

  private static void program(StringBuilder out, PortfolioEvaluation e) {
    out.append("<section id=\"program\">\n<h2>Program KPIs (version ").append(escape(e.program().version()))
        .append(")</h2>\n<div class=\"scroll\"><table>\n")
        .append("<tr><th>KPI</th><th>value</th><th>target</th><th>status</th></tr>\n");
    for (KpiValue kpi : e.program().kpis()) {
      out.append("<tr>").append(cell(kpi.kpi().name())).append("<td class=\"n\">")
          .append(escape(TextReport.kpiValue(kpi))).append("</td>").append(cell(kpi.target().orElse("")))
          .append(cell(kpi.status().name())).append("</tr>\n");
    }
    out.append("</table></div>\n");
    e.program().maturity().ifPresent(m -> out.append("<p>Program maturity: <strong>").append(escape(m.stage().name()))
        .append("</strong>").append(escape(m.nextStage().map(n -> ", " + TextReport.plain(m.progressToNext())
            + " % of the way to " + n).orElse(""))).append(".</p>\n"));
    out.append("</section>\n");
  }

  private static void partners(StringBuilder out, PortfolioEvaluation e, List<PartnerResult> active, boolean big) {
    out.append("<section id=\"partners\">\n<h2>Partners (").append(active.size()).append(" active)</h2>\n");
    if (!big) {
      table(out, active);
    } else {
      List<PartnerResult> scored = active.stream().filter(p -> p.currentHealth().isPresent())
          .collect(Collectors.toList());
      Comparator<PartnerResult> best = Comparator.comparing(PartnerResult::healthScore).reversed()
          .thenComparing(PartnerResult::id);
      Comparator<PartnerResult> worst = Comparator.comparing(PartnerResult::healthScore)
          .thenComparing(PartnerResult::id);
      out.append("<p class=\"note\">A big book: the ").append(TOP_BOTTOM).append(" best and ").append(TOP_BOTTOM)
          .append(" worst by health are listed; partners.csv has every partner.</p>\n");
      out.append("<h3>Best health</h3>\n");
      table(out, scored.stream().sorted(best).limit(TOP_BOTTOM).collect(Collectors.toList()));
      out.append("<h3>Worst health</h3>\n");
      table(out, scored.stream().sorted(worst).limit(TOP_BOTTOM).collect(Collectors.toList()));
    }
    out.append("</section>\n");
  }

  private static void table(StringBuilder out, List<PartnerResult> rows) {
    out.append("<div class=\"scroll\"><table class=\"partners\">\n<tr><th>partner</th><th>name</th><th>tier</th>")
        .append("<th>status</th><th>health</th><th>band</th><th>segment</th><th>commission net</th>")
        .append("<th>balance</th><th>MDF allocated</th><th>MDF granted</th><th>progress</th></tr>\n");
    for (PartnerResult p : rows) {
      out.append("<tr data-partner=\"").append(escape(p.id())).append("\">").append(cell(p.id()))
          .append(cell(p.partner().name())).append(cell(p.tier().name()))
          .append(cell(p.current().map(c -> c.decision().status().name()).orElse("")))
          .append("<td class=\"n\">").append(escape(p.currentHealth().map(h -> TextReport.plain(h.score().score()))
              .orElse(""))).append("</td>")
          .append(cell(p.band().map(Enum::name).orElse("")))
          .append(cell(p.segment().map(s -> s.segment().name()).orElse("")))
          .append(amount(p.commission().map(c -> c.earned())))
          .append(amount(p.commission().map(c -> c.balance())))
          .append(amount(p.mdf().map(m -> m.allocated())))
          .append(amount(p.mdf().map(m -> m.granted())))
          .append(cell(p.current().map(c -> c.decision().progress().render()).orElse(""))).append("</tr>\n");
    }
    out.append("</table></div>\n");
  }

  private static String amount(java.util.Optional<Money> money) {
    return "<td class=\"n\">" + escape(money.map(Money::toString).orElse("")) + "</td>";
  }

  /** A table cell of escaped text. */
  static String cell(String text) {
    return "<td>" + escape(text) + "</td>";
  }

  /** A count marked as a total: {@code <tag data-total="name" data-value="n">n</tag>}. */
  static String countCell(String name, long count, String tag) {
    return "<" + tag + (tag.equals("td") ? " class=\"n\"" : "") + " data-total=\"" + escape(name)
        + "\" data-value=\"" + count + "\">" + count + "</" + tag + ">";
  }

  /** An amount marked as a total, in a table cell. */
  static String moneyCell(String name, Money amount) {
    return "<td class=\"n\" data-total=\"" + escape(name) + "\" data-value=\"" + amount.amount().toPlainString()
        + "\">" + escape(amount.toString()) + "</td>";
  }
}
