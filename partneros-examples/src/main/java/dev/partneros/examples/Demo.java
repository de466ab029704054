package dev.partneros.examples;

import dev.partneros.core.Allocations;
import dev.partneros.core.Explanation;
import dev.partneros.core.ExplanationStep;
import dev.partneros.core.FxRate;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.ProgramLoader;
import dev.partneros.core.Tier;
import dev.partneros.attribution.AttributionPolicy;
import dev.partneros.attribution.CreditSplit;
import dev.partneros.attribution.CreditSplitter;
import dev.partneros.attribution.Deal;
import dev.partneros.attribution.DealAttribution;
import dev.partneros.attribution.DealClassifier;
import dev.partneros.scoring.FourCScorer;
import dev.partneros.tiers.TierDecision;
import dev.partneros.tiers.TierFacts;
import dev.partneros.tiers.TierProgram;
import dev.partneros.tiers.TierState;
import dev.partneros.tiers.TierStateMachine;
import java.util.List;
import dev.partneros.scoring.HealthDimension;
import dev.partneros.scoring.HealthScore;
import dev.partneros.scoring.HealthScorer;
import dev.partneros.scoring.ScorecardResult;
import dev.partneros.scoring.ScoringProgram;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;

/**
 * The README's main job: loads the bundled standard program and prints a readable summary of it
 * (the ladder, the sections present, a penny-exact money allocation and an FX conversion with its
 * explanation). Later modules grow it into the portfolio demo.
 *
 * <p>Run it with {@code mvn -B -q -DskipTests package exec:java -pl partneros-examples -am}.
 */
public final class Demo {

  /** The class-path resource of the standard program, next to this class. */
  public static final String STANDARD_PROGRAM = "standard-program.yaml";

  private Demo() {}

  /**
   * Loads the bundled standard program.
   *
   * @return never null
   */
  public static ProgramDocument standardProgram() {
    return ProgramLoader.strict().loadResource(Demo.class, STANDARD_PROGRAM);
  }

  /**
   * Runs the demo, printing to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the demo.
   *
   * @param out where to print, not null
   */
  public static void run(PrintStream out) {
    ProgramDocument program = standardProgram();
    Currency currency = program.currency();
    out.println("PartnerOS demo");
    out.println("==============");
    out.println();
    out.println("Program   " + program.program() + ", version " + program.version());
    out.println("In force  from " + program.effectiveFrom() + ", amounts in " + currency.getCurrencyCode()
        + ", rounding " + program.rounding() + ", fiscal year from " + program.fiscalCalendar().startMonth());
    out.println("Ladder    " + program.ladder());
    out.println();
    out.println("Sections (absent ones use the module's defaults):");
    for (String section : ProgramDocument.SECTION_NAMES) {
      out.printf("  %-12s %s%n", section, program.hasSection(section) ? "present" : "defaults");
    }

    out.println();
    Money pool = Money.of(57_000, currency);
    out.println("A penny-exact split: an MDF pool of " + pool
        + " by budget, under each partner's quarterly cap (RULES.md section 9)");
    Map<PartnerId, BigDecimal> budgets = new LinkedHashMap<>();
    Map<PartnerId, Money> caps = new LinkedHashMap<>();
    Map<PartnerId, Tier> tiers = new LinkedHashMap<>();
    sample(budgets, caps, tiers, "P-001", Tier.PLATINUM, "100000", "35000", currency);
    sample(budgets, caps, tiers, "P-002", Tier.GOLD, "25000", "10000", currency);
    sample(budgets, caps, tiers, "P-003", Tier.GOLD, "25000", "10000", currency);
    sample(budgets, caps, tiers, "P-004", Tier.SILVER, "5000", "2000", currency);
    sample(budgets, caps, tiers, "P-005", Tier.SILVER, "5000", "2000", currency);
    SortedMap<PartnerId, Money> grants = Allocations.splitCapped(pool, budgets, caps);
    out.printf("  %-7s %-9s %12s %14s %14s%n", "partner", "tier", "budget", "cap", "allocated");
    for (Map.Entry<PartnerId, Money> grant : grants.entrySet()) {
      PartnerId id = grant.getKey();
      out.printf("  %-7s %-9s %12s %14s %14s%s%n", id, tiers.get(id), budgets.get(id).toPlainString(),
          caps.get(id), grant.getValue(), grant.getValue().equals(caps.get(id)) ? "  (cap)" : "");
    }
    out.println("  total allocated " + Money.total(grants.values(), currency) + " of a pool of " + pool);

    printScoring(out, program);
    printTiers(out, program);
    printAttribution(out, program);

    out.println();
    out.println("An explicit FX conversion, fixed at the transaction date (RULES.md section 0):");
    FxRate rate = FxRate.of(Currency.getInstance("EUR"), currency, new BigDecimal("1.0855"),
        LocalDate.of(2026, 3, 31), "ECB reference rate");
    FxRate.Conversion conversion = rate.convert(Money.of("4800.00", "EUR"), program.rounding());
    Explanation explanation = Explanation.builder()
        .subject("payout conversion for P-002")
        .asOf(LocalDate.of(2026, 3, 31))
        .programVersion(program.version())
        .addSteps(ExplanationStep.builder()
            .rule("payout.fx")
            .section("0")
            .putInputs("original", conversion.original().toString())
            .putInputs("rate", rate.toString())
            .outcome(conversion.converted().toString())
            .template("{original} converted at {rate} -> {outcome}")
            .build())
        .build();
    out.println(explanation.render().indent(2).stripTrailing());
  }

  private static void printScoring(PrintStream out, ProgramDocument program) {
    ScoringProgram scoring = ScoringProgram.from(program);
    out.println();
    out.println("Partner health, " + SampleScoring.healthFacts().get(0).quarter() + " (RULES.md section 4)");
    out.printf("  %-18s %7s %8s %7s %7s %7s %7s  %s%n", "partner", "revenue", "activity", "engage", "satisf", "fit",
        "score", "band / flags");
    HealthScorer scorer = HealthScorer.of(scoring.health());
    for (HealthScore score : scorer.scoreAll(SampleScoring.healthFacts())) {
      out.printf("  %-18s", score.partnerId());
      for (HealthDimension dimension : HealthDimension.values()) {
        out.printf(dimension == HealthDimension.ACTIVITY ? " %8s" : " %7s",
            score.component(dimension).points().stripTrailingZeros().toPlainString());
      }
      out.printf(" %7s  %s%s%n", score.score().stripTrailingZeros().toPlainString(), score.band(),
          score.flags().isEmpty() ? "" : " " + score.flags());
    }
    HealthScore first = scorer.score(SampleScoring.healthFacts().get(1));
    out.println("  Why " + first.partnerId() + " is " + first.band() + ":");
    first.explanation().sentences().forEach(line -> out.println("    " + line));

    out.println();
    out.println("A 4C scorecard from a QBR (RULES.md section 3)");
    ScorecardResult card = FourCScorer.of(scoring.scorecard()).score(SampleScoring.fourCRatings());
    for (ScorecardResult.CriterionScore criterion : card.criteria()) {
      out.printf("  %-11s %5s of 5  (%d of %d sub-criteria rated)%n", criterion.criterion(),
          criterion.score().setScale(2, java.math.RoundingMode.HALF_EVEN), criterion.rated(), criterion.total());
    }
    out.println("  overall " + card.overall() + " of 100; action plan, weakest first:");
    for (ScorecardResult.Gap gap : card.gaps()) {
      out.println("    - " + gap.criterion() + "." + gap.subCriterion().orElse("") + ": rated "
          + gap.rating().toPlainString() + ", target " + gap.target().toPlainString());
    }
  }

  private static void printTiers(PrintStream out, ProgramDocument program) {
    TierStateMachine machine = TierStateMachine.of(TierProgram.from(program));
    out.println();
    out.println("Tier timelines, two years of quarter ends (RULES.md section 5)");
    Map<PartnerId, LocalDate> since = Map.of(PartnerId.of("P-001 Northwind"), LocalDate.parse("2024-12-31"),
        PartnerId.of("P-002 Contoso"), LocalDate.parse("2024-06-30"),
        PartnerId.of("P-003 Fabrikam"), LocalDate.parse("2024-09-30"));
    Map<PartnerId, Tier> start = Map.of(PartnerId.of("P-001 Northwind"), Tier.REGISTERED,
        PartnerId.of("P-002 Contoso"), Tier.GOLD, PartnerId.of("P-003 Fabrikam"), Tier.SILVER);
    for (Map.Entry<PartnerId, TierFacts> partner : SampleTiersAndDeals.tierFacts().entrySet()) {
      PartnerId id = partner.getKey();
      List<TierDecision> decisions = machine.replay(TierState.of(start.get(id), since.get(id)), partner.getValue(),
          LocalDate.parse("2025-03-31"), 8);
      out.println("  " + id + " (" + start.get(id) + " since " + since.get(id) + ")");
      for (TierDecision decision : decisions) {
        if (decision.transition().isPresent() || decision == decisions.get(decisions.size() - 1)) {
          out.println("    " + decision.summary());
        }
      }
      TierDecision last = decisions.get(decisions.size() - 1);
      out.println("    progress: " + last.progress().render());
      last.projection().ifPresent(p -> out.println("    projection: " + p.render()));
    }
  }

  private static void printAttribution(PrintStream out, ProgramDocument program) {
    AttributionPolicy policy = AttributionPolicy.from(program);
    DealClassifier classifier = DealClassifier.of(policy);
    CreditSplitter splitter = CreditSplitter.of(policy);
    out.println();
    out.println("Deal attribution and multi-touch credit (RULES.md section 6)");
    out.printf("  %-6s %-17s %14s  %-17s %-20s %6s  %s%n", "deal", "account", "amount", "partner", "attribution",
        "factor", "multi-touch credit (" + policy.multiTouchModel() + ")");
    for (Deal deal : SampleTiersAndDeals.deals()) {
      CreditSplit split = splitter.split(deal);
      for (DealAttribution attribution : classifier.classifyAll(deal)) {
        Money credit = split.amounts().getOrDefault(attribution.partner(), Money.zero(deal.amount().currency()));
        out.printf("  %-6s %-17s %14s  %-17s %-20s %6s  %s%n", deal.id(), deal.account(), deal.amount(),
            attribution.partner(), attribution.type(), attribution.creditFactor(), credit);
      }
    }
    DealAttribution why = classifier.classify(SampleTiersAndDeals.deals().get(0), PartnerId.of("P-001 Northwind"));
    out.println("  Why D-100 is " + why.type() + " for P-001 Northwind:");
    why.explanation().sentences().forEach(line -> out.println("    " + line));
  }

  private static void sample(Map<PartnerId, BigDecimal> budgets, Map<PartnerId, Money> caps,
      Map<PartnerId, Tier> tiers, String id, Tier tier, String budget, String cap, Currency currency) {
    PartnerId partner = PartnerId.of(id);
    budgets.put(partner, new BigDecimal(budget));
    caps.put(partner, Money.of(new BigDecimal(cap), currency));
    tiers.put(partner, tier);
  }
}
