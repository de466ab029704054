package dev.partneros.portfolio.report;

import static java.util.Objects.requireNonNull;

import dev.partneros.core.Money;
import dev.partneros.portfolio.internal.CsvWriter;
import dev.partneros.portfolio.PortfolioDiff;
import dev.partneros.portfolio.PortfolioDiff.PartnerChange;
import dev.partneros.portfolio.PortfolioDiff.Totals;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The reports of a what-if diff: a readable text ({@code diff.txt}, also what {@code diff} prints)
 * and a CSV of the partners that change ({@code diff.csv}, cells neutralised by {@link CsvWriter}).
 *
 * <p>Stateless; thread-safe.
 */
public final class DiffReport {

  private DiffReport() {}

  /**
   * Renders the text report.
   *
   * @param diff the diff, not null
   * @return never null
   */
  public static String text(PortfolioDiff diff) {
    requireNonNull(diff, "diff");
    Totals t = diff.totals();
    StringBuilder out = new StringBuilder();
    String before = diff.before().versions().get(diff.before().versions().size() - 1).version();
    String after = diff.after().versions().get(diff.after().versions().size() - 1).version();
    out.append("PartnerOS what-if: ").append(before).append(" -> ").append(after).append('\n');
    out.append(header(diff)).append('\n');
    out.append("Totals\n");
    line(out, "partners compared", Integer.toString(t.partners()));
    line(out, "tier changes", t.upgrades() + " up, " + t.downgrades() + " down");
    line(out, "health band changes", Integer.toString(t.bandChanges()));
    line(out, "tier status changes", t.statusChanges() + " (entering or leaving grace, for instance)");
    line(out, "tiers before", join(t.tiersBefore()));
    line(out, "tiers after", join(t.tiersAfter()));
    line(out, "MDF a year", t.mdfBefore() + " -> " + t.mdfAfter() + " (" + signed(t.mdfAfter().minus(t.mdfBefore()))
        + ")");
    if (t.commissionBefore().isPresent()) {
      Money c = t.commissionAfter().orElseThrow().minus(t.commissionBefore().get());
      line(out, "commission", t.commissionBefore().get() + " -> " + t.commissionAfter().get() + " (" + signed(c) + ")");
    } else {
      line(out, "commission", "not evaluated (no commission module in this build)");
    }
    line(out, "cost of the change", signed(t.cost()) + (t.commissionBefore().isPresent() ? "" : " (MDF only)"));
    out.append('\n').append("Partners that change (").append(diff.changes().size()).append(")\n");
    if (diff.changes().isEmpty()) {
      out.append("  none\n");
    } else {
      out.append(String.format(Locale.ROOT, "  %-7s %-24s %-22s %-20s %-30s %-32s %s\n", "partner", "name",
          "tier", "health band", "MDF a year", "commission", "tier status (when it changes)").stripTrailing())
          .append('\n');
    }
    for (PartnerChange c : diff.changes()) {
      out.append(String.format(Locale.ROOT, "  %-7s %-24s %-22s %-20s %-30s %-32s %s", c.partner(),
          TextReport.cut(c.name(), 24), arrow(c.tierBefore().name(), c.tierAfter().name()),
          arrow(c.bandBefore().map(Enum::name).orElse("-"), c.bandAfter().map(Enum::name).orElse("-")),
          arrow(c.mdfBefore().toString(), c.mdfAfter().toString()),
          c.commissionBefore().map(x -> arrow(x.toString(), c.commissionAfter().orElseThrow().toString()))
              .orElse("-"), c.statusChanged() ? arrow(status(c.statusBefore()), status(c.statusAfter())) : "")
          .stripTrailing()).append('\n');
    }
    return out.toString();
  }

  /**
   * Renders the CSV of the partners that change.
   *
   * @param diff the diff, not null
   * @return never null
   */
  public static String csv(PortfolioDiff diff) {
    requireNonNull(diff, "diff");
    StringBuilder out = new StringBuilder(CsvWriter.line(List.of("partner", "name", "tierBefore", "tierAfter",
        "bandBefore", "bandAfter", "mdfBefore", "mdfAfter", "commissionBefore", "commissionAfter", "statusBefore",
        "statusAfter")));
    for (PartnerChange c : diff.changes()) {
      out.append(CsvWriter.line(List.of(c.partner().value(), c.name(), c.tierBefore().name(), c.tierAfter().name(),
          c.bandBefore().map(Enum::name).orElse(""), c.bandAfter().map(Enum::name).orElse(""),
          c.mdfBefore().amount().toPlainString(), c.mdfAfter().amount().toPlainString(),
          c.commissionBefore().map(m -> m.amount().toPlainString()).orElse(""),
          c.commissionAfter().map(m -> m.amount().toPlainString()).orElse(""),
          c.statusBefore().map(Enum::name).orElse(""), c.statusAfter().map(Enum::name).orElse(""))));
    }
    return out.toString();
  }

  /**
   * Renders both files.
   *
   * @param diff the diff, not null
   * @return {@code diff.txt} and {@code diff.csv}, never null
   */
  public static Map<String, String> render(PortfolioDiff diff) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("diff.txt", text(diff));
    files.put("diff.csv", csv(diff));
    return files;
  }

  /**
   * Renders what is compared, exactly, as the text report's lines after its title: each side's
   * program versions with the day each comes into force, and the evaluation date. A side evaluated
   * "as if always in force" ({@link PortfolioDiff#compare}) shows one version in force from the
   * portfolio's first day.
   *
   * @param diff the diff, not null
   * @return three lines, each ending with a line break; never null
   */
  public static String header(PortfolioDiff diff) {
    requireNonNull(diff, "diff");
    return "Before     " + versions(diff.before().versions()) + "\nAfter      " + versions(diff.after().versions())
        + "\nAs of      " + diff.after().asOf() + ", each quarter end decided under the version in force on it "
        + "(docs/rules/program-changes.md#no-retroactive-change)\n";
  }

  private static String versions(List<dev.partneros.portfolio.PortfolioEvaluation.VersionInfo> versions) {
    return versions.stream().map(Object::toString).collect(Collectors.joining(", "));
  }

  private static String status(java.util.Optional<dev.partneros.tiers.TierState.Status> status) {
    return status.map(Enum::name).orElse("-");
  }

  private static void line(StringBuilder out, String label, String value) {
    out.append(String.format(Locale.ROOT, "  %-24s %s", label, value)).append('\n');
  }

  private static String arrow(String before, String after) {
    return before.equals(after) ? before : before + " -> " + after;
  }

  private static String signed(Money money) {
    return (money.isPositive() ? "+" : "") + money;
  }

  private static String join(Map<?, Long> counts) {
    return counts.entrySet().stream().map(c -> c.getKey() + " " + c.getValue()).collect(Collectors.joining(", "));
  }
}
