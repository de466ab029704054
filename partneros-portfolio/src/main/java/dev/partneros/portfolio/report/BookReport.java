package dev.partneros.portfolio.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partneros.portfolio.BookSummary.Ranked;
import dev.partneros.portfolio.BookSummary;
import dev.partneros.portfolio.PortfolioEvaluation.VersionInfo;
import dev.partneros.scoring.kpi.KpiValue;
import dev.partneros.scoring.maturity.MaturityResult;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The reports of a streamed book ({@code docs/streaming.md#outputs}): {@code summary.json} for
 * programs, {@code report.txt} and {@code report.html} for people. Whatever the book's size they
 * summarise it (counts, distributions, KPIs, the ten best and worst partners by health) and say
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
    s.notEvaluated().forEach(n -> t.append("Note: ").append(n).append('\n'));
    return t.toString();
  }

  /**
   * Renders {@code report.html}: one self-contained page, every text escaped, laid out like the
   * evaluation's {@link HtmlReport} (sections {@code tiers}, {@code health}, {@code program},
   * {@code partners}; charts with legends; totals marked with {@code data-total}).
   *
   * @param s the summary, not null
   * @return never null
   */
  public static String html(BookSummary s) {
    requireNonNull(s, "s");
    return HtmlBook.render(s);
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
