package dev.partneros.portfolio.report;

import static java.util.Objects.requireNonNull;

import dev.partneros.core.Money;
import dev.partneros.core.Tier;
import dev.partneros.portfolio.CommissionOutcome;
import dev.partneros.portfolio.DealResult.PartnerCredit;
import dev.partneros.portfolio.DealResult;
import dev.partneros.portfolio.MdfOutcome;
import dev.partneros.portfolio.PartnerResult;
import dev.partneros.portfolio.PortfolioEvaluation.VersionInfo;
import dev.partneros.portfolio.PortfolioEvaluation;
import dev.partneros.portfolio.TimelineEntry;
import dev.partneros.scoring.health.HealthScore;
import dev.partneros.scoring.kpi.KpiValue;
import dev.partneros.scoring.maturity.ChecklistItem;
import dev.partneros.scoring.maturity.MaturityResult;
import dev.partneros.scoring.scorecard.ScorecardResult;
import dev.partneros.scoring.segment.SegmentAssignment;
import dev.partneros.tiers.TierDecision;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The readable text report of an evaluation, for a partner manager: the portfolio at a glance
 * (tiers, health bands, who is in grace, what changed in the last quarter), the program's maturity,
 * KPIs and segments, the partners needing attention with what they need, every tier change with the
 * program version that decided it, a table of every partner, the won deals of the last 12 months and
 * their attribution, the 4C scorecards, the prospects' IPP fit, and commission and MDF (or why they
 * are not evaluated).
 *
 * <p>Plain ASCII, lines of at most about 120 characters, LF line ends, no timestamp: the same
 * evaluation always renders the same text.
 *
 * <p>Stateless; thread-safe.
 */
public final class TextReport {

  private TextReport() {}

  /**
   * Renders the report.
   *
   * @param evaluation the evaluation, not null
   * @return never null
   */
  public static String render(PortfolioEvaluation evaluation) {
    requireNonNull(evaluation, "evaluation");
    Out out = new Out();
    header(out, evaluation);
    glance(out, evaluation);
    program(out, evaluation);
    attention(out, evaluation);
    changes(out, evaluation);
    partners(out, evaluation);
    deals(out, evaluation);
    scorecards(out, evaluation);
    prospects(out, evaluation);
    money(out, evaluation);
    return out.toString();
  }

  private static void header(Out out, PortfolioEvaluation e) {
    out.line("PartnerOS portfolio report");
    out.line("==========================");
    out.line("");
    out.line("Program    " + e.programName());
    out.line("Versions   " + e.versions().stream().map(VersionInfo::toString).collect(Collectors.joining(", ")));
    out.line("As of      " + e.asOf() + "; every result names the version in force when it was decided "
        + "(docs/rules/program-changes.md#no-retroactive-change)");
    out.line("Input      " + e.inputSummary());
  }

  private static void glance(Out out, PortfolioEvaluation e) {
    out.section("At a glance");
    out.line("  Tiers      " + join(e.tierDistribution()));
    out.line("  Health     " + join(e.bandDistribution()));
    out.line("  In grace   " + e.inGrace().size() + (e.inGrace().size() == 1 ? " partner" : " partners"));
    LocalDate last = lastQuarterEnd(e);
    if (last != null) {
      Map<TierDecision.Transition, Integer> counts = new EnumMap<>(TierDecision.Transition.class);
      for (PartnerResult p : e.activePartners()) {
        p.current().filter(c -> c.quarterEnd().equals(last)).flatMap(c -> c.decision().transition())
            .ifPresent(t -> counts.merge(t, 1, Integer::sum));
      }
      out.line("  Changes    at " + last + ": " + (counts.isEmpty() ? "no tier changes"
          : counts.entrySet().stream().map(c -> c.getValue() + " " + c.getKey().name().toLowerCase(Locale.ROOT)
              .replace('_', ' ')).collect(Collectors.joining(", "))));
    }
  }

  private static void program(Out out, PortfolioEvaluation e) {
    out.section("The program (version " + e.program().version() + ")");
    if (e.program().maturity().isPresent()) {
      MaturityResult m = e.program().maturity().get();
      out.line("  Maturity   " + m.stage() + m.nextStage().map(n -> ", " + plain(m.progressToNext()) + " % of the way to "
          + n).orElse(" (the highest stage)"));
      out.line("  Weakest    " + m.weakestAreas().stream().map(Object::toString).collect(Collectors.joining(", ")));
      for (ChecklistItem item : m.nextSteps()) {
        out.line("  Next step  " + item.text() + " (" + item.id() + ")"
            + (item.templates().isEmpty() ? "" : "; templates: " + String.join(", ", item.templates())));
      }
    } else {
      out.line("  Maturity   not assessed (the portfolio has no checklist)");
    }
    out.line("");
    out.line("  KPIs over the 12 months to " + e.asOf());
    out.line(String.format(Locale.ROOT, "    %-28s %14s  %-12s %s", "KPI", "value", "target", "status"));
    for (KpiValue kpi : e.program().kpis()) {
      out.line(String.format(Locale.ROOT, "    %-28s %14s  %-12s %s", kpi.kpi(), kpiValue(kpi),
          kpi.target().orElse(""), kpi.status()));
    }
    out.line("");
    Map<SegmentAssignment.Segment, Long> segments = new EnumMap<>(SegmentAssignment.Segment.class);
    for (SegmentAssignment.Segment s : SegmentAssignment.Segment.values()) {
      segments.put(s, 0L);
    }
    e.program().segments().forEach(s -> segments.merge(s.segment(), 1L, Long::sum));
    out.line("  Segments   " + join(segments));
  }

  private static void attention(Out out, PortfolioEvaluation e) {
    out.section("Needs attention: partners in grace (" + e.inGrace().size() + ")");
    if (e.inGrace().isEmpty()) {
      out.line("  nobody");
    }
    for (PartnerResult p : e.inGrace()) {
      TierDecision d = p.current().orElseThrow().decision();
      out.line("  " + p.id() + " " + p.partner().name() + " (health " + p.band().map(Object::toString).orElse("n/a")
          + ")");
      d.projection().ifPresent(pr -> out.line("    " + pr.render()));
    }
    List<PartnerResult> atRisk = e.activePartners().stream().filter(p -> !p.inGrace())
        .filter(p -> p.current().flatMap(c -> c.decision().projection()).isPresent()).collect(Collectors.toList());
    if (!atRisk.isEmpty()) {
      out.line("");
      out.line("  Not qualified for their tier, before their review (" + atRisk.size() + ")");
      for (PartnerResult p : atRisk) {
        out.line("  " + p.id() + " " + p.partner().name());
        out.line("    " + p.current().orElseThrow().decision().projection().orElseThrow().render());
      }
    }
  }

  private static void changes(Out out, PortfolioEvaluation e) {
    out.section("Tier changes by quarter end (the version in force decided each)");
    Map<LocalDate, List<String>> byQuarter = new TreeMap<>();
    for (PartnerResult p : e.activePartners()) {
      for (TimelineEntry entry : p.changes()) {
        TierDecision d = entry.decision();
        byQuarter.computeIfAbsent(entry.quarterEnd(), k -> new ArrayList<>()).add(String.format(Locale.ROOT,
            "    %-7s %-24s %-15s %-10s %-13s qualified %-10s [%s]", p.id(), cut(p.partner().name(), 24),
            d.transition().orElseThrow(), d.tier(), d.status(), d.qualifiedTier(), entry.version()));
      }
    }
    if (byQuarter.isEmpty()) {
      out.line("  none");
    }
    byQuarter.forEach((day, lines) -> {
      out.line("  " + day);
      lines.forEach(out::line);
    });
  }

  private static void partners(Out out, PortfolioEvaluation e) {
    out.section("Partners");
    out.line(String.format(Locale.ROOT, "  %-7s %-24s %-10s %-13s %6s %-9s %6s %6s %-10s %s", "partner", "name", "tier",
        "status", "health", "band", "change", "4C", "segment", "progress to the next tier"));
    for (PartnerResult p : e.activePartners()) {
      String health = p.currentHealth().map(h -> plain(h.score().score())).orElse("-");
      String change = p.currentHealth().flatMap(h -> h.score().change()).map(TextReport::signed).orElse("");
      out.line(String.format(Locale.ROOT, "  %-7s %-24s %-10s %-13s %6s %-9s %6s %6s %-10s %s", p.id(),
          cut(p.partner().name(), 24), p.tier(), p.current().map(c -> c.decision().status().name()).orElse("-"),
          health, p.band().map(HealthScore.Band::name).orElse("-"), change,
          p.fourC().map(c -> plain(c.result().overall())).orElse(""),
          p.segment().map(s -> s.segment().name()).orElse(""),
          p.current().map(c -> c.decision().progress().render()).orElse("")));
    }
  }

  private static void deals(Out out, PortfolioEvaluation e) {
    LocalDate from = e.asOf().minusMonths(12).plusDays(1);
    List<DealResult> won = e.deals().stream().filter(DealResult::isWon)
        .filter(d -> !d.closed().orElseThrow().isBefore(from)).collect(Collectors.toList());
    out.section("Deal attribution: deals won from " + from + " to " + e.asOf() + " (" + won.size()
        + "; every deal is in attribution.csv)");
    out.line(String.format(Locale.ROOT, "  %-9s %-20s %15s %-10s %-7s %-18s %-6s %-10s %15s %s", "deal", "account",
        "amount", "closed", "partner", "attribution", "factor", "counts as", "credit", "version"));
    for (DealResult d : won) {
      for (PartnerCredit c : d.credits()) {
        out.line(String.format(Locale.ROOT, "  %-9s %-20s %15s %-10s %-7s %-18s %6s %-10s %15s %s", d.id(),
            cut(d.deal().account(), 20), d.deal().amount(), d.closed().orElseThrow(), c.partner(),
            c.attribution().type(), c.attribution().creditFactor(),
            c.countedAs().map(r -> r.name().toLowerCase(Locale.ROOT)).orElse("-"),
            c.amount().map(Money::toString).orElse("-"), d.version()));
        c.note().ifPresent(n -> out.line("            note: " + n));
      }
    }
  }

  private static void scorecards(Out out, PortfolioEvaluation e) {
    List<PartnerResult> rated = e.partners().stream().filter(p -> p.fourC().isPresent()).collect(Collectors.toList());
    out.section("4C scorecards (" + rated.size() + ")");
    for (PartnerResult p : rated) {
      ScorecardResult card = p.fourC().orElseThrow().result();
      out.line("  " + p.id() + " " + p.partner().name() + ": " + plain(card.overall()) + " of 100 ["
          + p.fourC().get().version() + "]; " + card.criteria().stream().map(c -> c.criterion() + " "
              + c.score().setScale(2, RoundingMode.HALF_EVEN).toPlainString()).collect(Collectors.joining(", ")));
      for (ScorecardResult.Gap gap : card.gaps()) {
        out.line("    action: " + gap.criterion() + gap.subCriterion().map(s -> "." + s).orElse("") + " rated "
            + plain(gap.rating()) + ", target " + plain(gap.target()));
      }
    }
  }

  private static void prospects(Out out, PortfolioEvaluation e) {
    List<PartnerResult> prospects = e.partners().stream().filter(p -> !p.partner().isActive())
        .collect(Collectors.toList());
    out.section("Prospects: ideal-partner-profile fit (" + prospects.size() + ")");
    for (PartnerResult p : prospects) {
      out.line("  " + p.id() + " " + p.partner().name() + " (" + p.partner().type() + "): " + p.ipp().map(f ->
          plain(f.result().score()) + " " + f.result().rating()
              + (f.result().disqualifiersFound().isEmpty() ? "" : ", disqualified: "
                  + String.join(", ", f.result().disqualifiersFound()))
              + (f.result().missing().isEmpty() ? "" : "; not rated: " + String.join(", ", f.result().missing()))
              + " [" + f.version() + "]").orElse("no IPP ratings"));
    }
  }

  private static Money total(List<CommissionOutcome> statements,
      java.util.function.Function<CommissionOutcome, Money> column, Currency currency) {
    return Money.total(statements.stream().map(column).collect(Collectors.toList()), currency);
  }

  private static void money(Out out, PortfolioEvaluation e) {
    out.section("Commission and MDF");
    for (String note : e.notEvaluated()) {
      out.wrapped("  ", note);
    }
    List<PartnerResult> paid = e.partners().stream().filter(p -> p.commission().isPresent())
        .filter(p -> !p.commission().get().lines().isEmpty()).collect(Collectors.toList());
    if (!paid.isEmpty()) {
      Currency currency = paid.get(0).commission().get().earned().currency();
      boolean one = paid.stream().allMatch(p -> p.commission().get().earned().currency().equals(currency));
      // docs/formats.md#reporttxt: earned - clawed back = net, net - paid = balance, on every row and the totals
      List<CommissionOutcome> statements = paid.stream().map(p -> p.commission().get()).collect(Collectors.toList());
      out.line("");
      out.line("  Commission statements (" + paid.size() + " partners with lines"
          + (one ? "; earned " + total(statements, CommissionOutcome::earnedBeforeClawbacks, currency)
              + ", clawed back " + total(statements, CommissionOutcome::clawedBack, currency) + ", net "
              + total(statements, CommissionOutcome::earned, currency) : "")
          + "; lines in commission.csv)");
      String row = "  %-7s %-24s %15s %15s %15s %15s %15s";
      out.line(String.format(Locale.ROOT, row, "partner", "name", "earned", "clawed back", "net", "paid", "balance"));
      for (PartnerResult p : paid) {
        CommissionOutcome c = p.commission().orElseThrow();
        out.line(String.format(Locale.ROOT, row, p.id(), cut(p.partner().name(), 24), c.earnedBeforeClawbacks(),
            c.clawedBack(), c.earned(), c.paid(), c.balance()));
      }
      if (one) {
        out.line(String.format(Locale.ROOT, row, "total", "",
            total(statements, CommissionOutcome::earnedBeforeClawbacks, currency),
            total(statements, CommissionOutcome::clawedBack, currency), total(statements, CommissionOutcome::earned,
                currency), total(statements, CommissionOutcome::paid, currency),
            total(statements, CommissionOutcome::balance, currency)));
      }
    }
    List<PartnerResult> funded = e.partners().stream().filter(p -> p.mdf().isPresent()).collect(Collectors.toList());
    if (!funded.isEmpty()) {
      Money zero = Money.zero(e.currency());
      Money entitled = Money.total(funded.stream().map(p -> p.mdf().get().entitlement()).collect(Collectors.toList()),
          e.currency());
      Money allocated = Money.total(funded.stream().map(p -> p.mdf().get().allocated()).collect(Collectors.toList()),
          e.currency());
      Money granted = Money.total(funded.stream().map(p -> p.mdf().get().granted()).collect(Collectors.toList()),
          e.currency());
      long eligible = funded.stream().filter(p -> p.mdf().get().entitlement().isGreaterThan(zero)).count();
      out.line("");
      out.line("  MDF (version " + funded.get(0).mdf().get().version() + "): " + eligible + " of " + funded.size()
          + " partners eligible, entitled to " + entitled + " a year, allocated " + allocated + ", granted "
          + granted + " on requests; " + e.program().mdfPool().map(p -> "pool " + p)
              .orElse("no pool (allocated = entitled)"));
      out.line(String.format(Locale.ROOT, "  %-7s %-24s %-10s %15s %15s %15s", "partner", "name", "tier", "entitlement",
          "allocated", "granted"));
      for (PartnerResult p : funded) {
        MdfOutcome m = p.mdf().orElseThrow();
        if (m.entitlement().isZero() && m.requests().isEmpty()) {
          continue;
        }
        out.line(String.format(Locale.ROOT, "  %-7s %-24s %-10s %15s %15s %15s", p.id(), cut(p.partner().name(), 24),
            p.tier(), m.entitlement(), m.allocated(), m.granted()));
      }
      out.line("");
      out.line("  MDF requests");
      for (PartnerResult p : funded) {
        for (MdfOutcome.RequestDecision r : p.mdf().orElseThrow().requests()) {
          out.line(String.format(Locale.ROOT, "    %-10s %-7s %12s -> %12s %-8s %s", r.requestId(), p.id(),
              r.requested().amount().toPlainString(), r.granted().amount().toPlainString(), r.outcome(), r.reason()));
        }
      }
    }
    out.line("");
    out.line("  What each tier is entitled to (benefits matrix, version " + e.program().version() + "):");
    Map<Tier, Long> tiers = e.tierDistribution();
    for (Map.Entry<Tier, Long> tier : tiers.entrySet()) {
      e.activePartners().stream().filter(p -> p.tier().equals(tier.getKey())).findFirst()
          .flatMap(PartnerResult::entitlement).ifPresent(b -> out.line(String.format(Locale.ROOT,
              "    %-10s %3d partners x %15s a year (%s a quarter), commission rate %s", tier.getKey(),
              tier.getValue(), b.mdfAnnual(), b.mdfQuarterlyCap(), b.commissionRate())));
    }
    out.line("    total      " + Money.total(e.activePartners().stream().map(p -> p.entitlement().orElseThrow()
        .mdfAnnual()).collect(Collectors.toList()), e.currency()) + " a year");
  }

  // ---------------------------------------------------------------------------------------------

  static LocalDate lastQuarterEnd(PortfolioEvaluation e) {
    return e.activePartners().stream().flatMap(p -> p.current().stream()).map(TimelineEntry::quarterEnd)
        .max(LocalDate::compareTo).orElse(null);
  }

  static String kpiValue(KpiValue kpi) {
    if (kpi.value().isEmpty()) {
      return "no data";
    }
    BigDecimal value = kpi.value().get();
    switch (kpi.kpi()) {
      case REVENUE_PER_ACTIVE_PARTNER:
        return value.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
      case MEDIAN_DAYS_TO_FIRST_DEAL:
        return value.setScale(0, RoundingMode.HALF_EVEN).toPlainString() + " days";
      default:
        return value.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + " %";
    }
  }

  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  static String signed(BigDecimal value) {
    return (value.signum() > 0 ? "+" : "") + plain(value);
  }

  static String cut(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 3) + "...";
  }

  private static String join(Map<?, Long> counts) {
    return counts.entrySet().stream().map(c -> c.getKey() + " " + c.getValue()).collect(Collectors.joining(", "));
  }

  /** Collects lines, ending each with LF. */
  private static final class Out {
    private final StringBuilder text = new StringBuilder();

    void line(String line) {
      text.append(line.stripTrailing()).append('\n');
    }

    void section(String title) {
      line("");
      line(title);
      line("-".repeat(title.length()));
    }

    void wrapped(String indent, String paragraph) {
      StringBuilder current = new StringBuilder(indent);
      for (String word : paragraph.split(" ")) {
        if (current.length() + word.length() + 1 > 110 && current.length() > indent.length()) {
          line(current.toString());
          current = new StringBuilder(indent);
        }
        if (current.length() > indent.length()) {
          current.append(' ');
        }
        current.append(word);
      }
      line(current.toString());
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }
}
