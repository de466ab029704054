package dev.partneros.examples;

import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.YearQuarter;
import dev.partneros.scoring.ScoringProgram;
import dev.partneros.scoring.health.HealthFacts;
import dev.partneros.scoring.health.HealthScore;
import dev.partneros.scoring.health.HealthScorer;
import dev.partneros.scoring.scorecard.FourCScorer;
import dev.partneros.scoring.scorecard.Rating;
import dev.partneros.scoring.scorecard.ScorecardResult;
import java.io.PrintStream;
import java.util.List;

/**
 * Scoring a partner (docs/rules/health.md, docs/rules/scorecards.md): one quarter's health score
 * from five dimensions, then a 4C scorecard from rated sub-criteria with evidence. An embedding
 * application builds the facts from its own data, calls the scorer and reads the decision and its
 * explanation; the engines keep no state.
 *
 * <p>Run it with {@code mvn -B -q -DskipTests package exec:java -pl partneros-examples -am
 * -Dexec.mainClass=dev.partneros.examples.ScoringExample}.
 */
public final class ScoringExample {

  private ScoringExample() {}

  /**
   * Runs the example, printing to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Scores one partner's health and 4C scorecard and prints both with their explanations.
   *
   * @param out where to print, not null
   */
  public static void run(PrintStream out) {
    // Every scoring section of the program, validated once; reuse it for every partner.
    ScoringProgram scoring = ScoringProgram.from(ProgramDocument.standard());

    // Health: the quarter's facts in, a 0-100 score, its band and every dimension's points out.
    HealthFacts facts = HealthFacts.builder()
        .partnerId(PartnerId.of("P-002"))
        .quarter(YearQuarter.of(2026, 2))
        .revenue(Money.of("180000.00", "USD"))
        .priorYearRevenue(Money.of("165000.00", "USD"))
        .dealsRegistered(4)
        .engagement(HealthFacts.Cadence.MONTHLY)
        .nps(41)
        .strategicFit(HealthFacts.StrategicFit.STRONG)
        .build();
    HealthScore health = HealthScorer.of(scoring.health()).score(facts);
    out.println("Health of " + health.partnerId() + " in " + health.quarter() + ": " + health.score() + " "
        + health.band());
    health.explanation().sentences().forEach(sentence -> out.println("  - " + sentence));

    // 4C: ratings 0-5, each with its evidence (the standard program is strict about evidence).
    ScorecardResult card = FourCScorer.of(scoring.scorecard()).score(List.of(
        Rating.of("CAPACITY", "dedicatedHeadcount", 4, "6 sellers and 2 SEs"),
        Rating.of("CAPABILITY", "certifications", 5, "5 certified"),
        Rating.of("COMMITMENT", "jointInvestment", 2, "no co-marketing budget"),
        Rating.of("CUSTOMERS", "referenceableAccounts", 3, "2 references")));
    out.println("4C scorecard: overall " + card.overall());
    card.explanation().sentences().forEach(sentence -> out.println("  - " + sentence));
    for (ScorecardResult.Gap gap : card.gaps()) {
      out.println("  gap: " + gap.criterion() + gap.subCriterion().map(s -> "." + s).orElse("") + " rated "
          + gap.rating() + ", target " + gap.target());
    }
  }
}
