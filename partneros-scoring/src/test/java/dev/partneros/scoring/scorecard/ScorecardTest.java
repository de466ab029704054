package dev.partneros.scoring.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.PartnerOsJson;
import dev.partneros.core.PartnerType;
import dev.partneros.core.Problem;
import dev.partneros.core.ProgramLoader;
import dev.partneros.scoring.health.HealthScorerTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("3C/4C/5C weighted scorecards (docs/rules/scorecards.md#criteria)")
class ScorecardTest {

  static final FourCScorer STANDARD = FourCScorer.of(ScorecardPolicy.standard());

  static List<Rating> allRated(int value) {
    List<Rating> ratings = new ArrayList<>();
    for (FourC c : List.of(FourC.CAPACITY, FourC.CAPABILITY, FourC.COMMITMENT, FourC.CUSTOMERS)) {
      for (String sub : c.subCriteria()) {
        ratings.add(Rating.of(c.name(), sub, value, "seen in the QBR"));
      }
    }
    return ratings;
  }

  static List<Rating> sample() {
    return List.of(
        Rating.of("CAPACITY", "dedicatedHeadcount", 4, "6 sellers, 2 SEs"),
        Rating.of("CAPACITY", "financialHealth", 2, "late payments in Q1"),
        Rating.of("CAPABILITY", "certifications", 5, "4 certified"),
        Rating.of("COMMITMENT", "executiveSponsorship", 3, "VP sponsor named"),
        Rating.of("COMMITMENT", "jointInvestment", 1, "no joint marketing budget"),
        Rating.of("CUSTOMERS", "referenceableAccounts", 4, "3 references"));
  }

  @Test
  @DisplayName("docs/rules/scorecards.md#overall-score: criterion = mean of its rated sub-criteria; overall = sum(w x score) / 5 x 100")
  void score_weightedMeanOverRatedSubCriteria() {
    ScorecardResult result = STANDARD.score(sample());
    assertThat(result.name()).isEqualTo("4C");
    assertThat(result.criteria()).extracting(c -> c.criterion(), c -> c.score().toPlainString(), c -> c.rated(),
        c -> c.total())
        .containsExactly(tuple("CAPACITY", "3.0000", 2, 7), tuple("CAPABILITY", "5.0000", 1, 8),
            tuple("COMMITMENT", "2.0000", 2, 7), tuple("CUSTOMERS", "4.0000", 1, 6));
    assertThat(result.criterion("CAPACITY").orElseThrow().coverage()).isEqualByComparingTo("0.2857");
    // (3 + 5 + 2 + 4) / 4 = 3.5; 3.5 / 5 x 100 = 70
    assertThat(result.weightedScore()).isEqualByComparingTo("3.5");
    assertThat(result.overall()).isEqualByComparingTo("70.00");
    assertThat(result.explanation().sentences()).first()
        .isEqualTo("CAPACITY: 2 of 7 rated -> 3 (weight 0.25)");
    assertThat(result.explanation().sentences()).last().isEqualTo("Overall: 3.5 / 5 x 100 -> 70.00");
  }

  @Test
  @DisplayName("docs/rules/scorecards.md#gaps: gaps are the ratings below the target (3), weakest first")
  void gaps_weakestFirst() {
    assertThat(STANDARD.score(sample()).gaps()).extracting(g -> g.criterion(), g -> g.subCriterion().orElseThrow(),
        g -> g.rating().intValue())
        .containsExactly(tuple("COMMITMENT", "jointInvestment", 1), tuple("CAPACITY", "financialHealth", 2));
    FourCScorer target4 = FourCScorer.of(new ScorecardPolicy.Builder().gapTarget(new BigDecimal("4")).build());
    assertThat(target4.score(sample()).gaps()).hasSize(3);
  }

  @Test
  @DisplayName("docs/rules/scorecards.md#weights: default weights are equal for 3C, 4C and 5C; all 5s give 100")
  void equalWeights_allModels() {
    for (ScorecardPolicy.Model model : ScorecardPolicy.Model.values()) {
      ScorecardPolicy policy = new ScorecardPolicy.Builder().model(model).build();
      List<Rating> ratings = new ArrayList<>();
      for (CriterionDefinition c : policy.effectiveCriteria()) {
        ratings.add(new Rating.Builder().criterion(c.name()).subCriterion(c.subCriteria().get(0).name())
            .value(new BigDecimal("5")).evidence("e").build());
      }
      ScorecardResult result = FourCScorer.of(policy).score(ratings);
      assertThat(result.overall()).as(model.name()).isEqualByComparingTo("100");
      assertThat(result.criteria()).hasSize(model.ordinal() + 3);
    }
    ScorecardResult thirds = FourCScorer.of(new ScorecardPolicy.Builder().model(ScorecardPolicy.Model.THREE_C).build())
        .score(List.of(Rating.of("CAPACITY", "practiceLead", 1, "e"), Rating.of("CAPABILITY", "certifications", 1, "e"),
            Rating.of("COMMITMENT", "strategicFit", 2, "e")));
    assertThat(thirds.overall()).isEqualByComparingTo("26.67");
  }

  @Test
  @DisplayName("docs/rules/scorecards.md#weights: weights per partner type")
  void weightsPerPartnerType() {
    ScorecardPolicy policy = new ScorecardPolicy.Builder()
        .putWeightsByPartnerType(PartnerType.RESELLER_VAR, java.util.Map.of("CAPACITY", new BigDecimal("0.4"),
            "CAPABILITY", new BigDecimal("0.3"), "COMMITMENT", new BigDecimal("0.2"), "CUSTOMERS", new BigDecimal("0.1")))
        .build();
    FourCScorer scorer = FourCScorer.of(policy);
    // 0.4 x 3 + 0.3 x 5 + 0.2 x 2 + 0.1 x 4 = 3.5 -> 70 (coincidence check with another mix below)
    assertThat(scorer.score(PartnerType.RESELLER_VAR, sample()).weightedScore()).isEqualByComparingTo("3.5");
    List<Rating> other = new ArrayList<>(sample());
    other.set(2, Rating.of("CAPABILITY", "certifications", 0, "lapsed"));
    assertThat(scorer.score(PartnerType.RESELLER_VAR, other).overall()).isEqualByComparingTo("40.00");
    assertThat(scorer.score(PartnerType.SYSTEM_INTEGRATOR, other).overall()).isEqualByComparingTo("45.00");
  }

  @Test
  @DisplayName("docs/rules/scorecards.md#comparing-scorecards: QBR comparison gives the delta per criterion")
  void compare_deltas() {
    ScorecardResult before = STANDARD.score(sample());
    List<Rating> improved = new ArrayList<>(sample());
    improved.set(4, Rating.of("COMMITMENT", "jointInvestment", 3, "budget agreed"));
    ScorecardComparison comparison = STANDARD.compare(before, STANDARD.score(improved));
    assertThat(comparison.deltas().get("COMMITMENT")).isEqualByComparingTo("1");
    assertThat(comparison.deltas().get("CAPACITY")).isEqualByComparingTo("0");
    assertThat(comparison.overallDelta()).isEqualByComparingTo("5");
    ScorecardResult threeC = FourCScorer.of(new ScorecardPolicy.Builder().model(ScorecardPolicy.Model.THREE_C).build())
        .score(List.of(Rating.of("CAPACITY", "practiceLead", 1, "e"), Rating.of("CAPABILITY", "certifications", 1, "e"),
            Rating.of("COMMITMENT", "strategicFit", 2, "e")));
    assertThatThrownBy(() -> ScorecardComparison.of(before, threeC))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("after must have the criteria of before");
  }

  @Test
  @DisplayName("Bad ratings: every problem with its path")
  void ratings_badInput() {
    List<Rating> bad = List.of(
        Rating.of("CAPACITY", "dedicatedHeadcount", 6, "x"),
        new Rating.Builder().criterion("CAPABILITY").subCriterion("certifications").value(BigDecimal.ONE).build(),
        Rating.of("CHARISMA", "smile", 3, "x"),
        Rating.of("COMMITMENT", "astrology", 3, "x"),
        Rating.of("CUSTOMERS", 3, "x"),
        Rating.of("CAPACITY", "dedicatedHeadcount", 2, "again"));
    assertThatThrownBy(() -> STANDARD.score(bad))
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(e -> assertThat(((InvalidFactsException) e).problems())
            .extracting(Problem::path, Problem::code)
            .containsExactly(
                tuple("ratings[0].value", "out_of_range"),
                tuple("ratings[1].evidence", "no_evidence"),
                tuple("ratings[2].criterion", "unknown_criterion"),
                tuple("ratings[3].subCriterion", "unknown_sub_criterion"),
                tuple("ratings[4].subCriterion", "missing"),
                tuple("ratings[5]", "duplicate"),
                tuple("ratings", "missing"),
                tuple("ratings", "missing")))
        .hasMessageContaining("ratings[0].value must be between 0 and 5, but was 6")
        .hasMessageContaining("ratings[1].evidence must be a non-blank note (strict mode: every rating carries "
            + "evidence), but was missing")
        .hasMessageContaining("ratings must rate every criterion at least once, but was COMMITMENT unrated");
    assertThatThrownBy(() -> STANDARD.score(List.of(Rating.of("CAPACITY", "practiceLead", -1, "x"))))
        .hasMessageContaining("ratings[0].value must be between 0 and 5, but was -1");
  }

  @Test
  @DisplayName("docs/rules/scorecards.md#ratings-and-evidence: without strict mode, missing evidence is a warning")
  void lenientEvidence_warns() {
    FourCScorer lenient = FourCScorer.of(new ScorecardPolicy.Builder().strictEvidence(false).build());
    List<Rating> ratings = new ArrayList<>(sample());
    ratings.set(0, new Rating.Builder().from(ratings.get(0)).evidence(" ").build());
    ScorecardResult result = lenient.score(ratings);
    assertThat(result.warnings()).extracting(Problem::path).containsExactly("ratings[0].evidence");
    assertThat(result.warnings().get(0).isError()).isFalse();
  }

  static ScorecardPolicy read(String section) {
    return ProgramLoader.strict().loadYaml(HealthScorerTest.HEADER + "scorecard:\n" + section)
        .readSection("scorecard", ScorecardPolicy.class).orElseThrow();
  }

  @Test
  @DisplayName("The scorecard section: weights that do not sum to 1 and unknown criteria, with paths")
  void policy_fromProgramFile() {
    assertThat(read("  model: FOUR_C\n")).isEqualTo(ScorecardPolicy.standard());
    assertThat(read("  model: FIVE_C\n").effectiveCriteria()).hasSize(5);
    HealthScorerTest.assertProblem(() -> read("  weights: {CAPACITY: 0.5, CAPABILITY: 0.3, COMMITMENT: 0.1, CUSTOMERS: 0.05}\n"),
        "scorecard.weights", "weights_not_one");
    HealthScorerTest.assertProblem(() -> read("  weights: {CAPACITY: 0.5, CAPABILITY: 0.3, COMMITMENT: 0.1, CHARM: 0.1}\n"),
        "scorecard.weights.CHARM", "unknown_criterion");
    HealthScorerTest.assertProblem(() -> read("  weights: {CAPACITY: 0.5, CAPABILITY: 0.3, COMMITMENT: 0.1, CHARM: 0.1}\n"),
        "scorecard.weights.CUSTOMERS", "missing");
    HealthScorerTest.assertProblem(() -> read("  weightsByPartnerType:\n    OEM: {CAPACITY: 1.5, CAPABILITY: -0.5, "
        + "COMMITMENT: 0, CUSTOMERS: 0}\n"), "scorecard.weightsByPartnerType.OEM.CAPACITY", "out_of_range");
    HealthScorerTest.assertProblem(() -> read("  weightsByPartnerType:\n    SHOP: {}\n"),
        "scorecard.weightsByPartnerType", "invalid_value");
    HealthScorerTest.assertProblem(() -> read("  gapTarget: 6\n"), "scorecard.gapTarget", "out_of_range");
    ScorecardPolicy custom = read("  criteria:\n    - name: REACH\n      weight: 0.6\n      subCriteria: [{name: regions}]\n"
        + "    - name: DEPTH\n      weight: 0.4\n      subCriteria: [{name: people, weight: 0.5}, {name: labs, weight: 0.5}]\n");
    ScorecardResult result = FourCScorer.of(custom).score(List.of(Rating.of("REACH", "regions", 5, "e"),
        Rating.of("DEPTH", "people", 5, "e"), Rating.of("DEPTH", "labs", 0, "e")));
    assertThat(result.overall()).isEqualByComparingTo("80");
    HealthScorerTest.assertProblem(() -> read("  criteria:\n    - name: REACH\n      weight: 0.6\n"
        + "      subCriteria: [{name: a, weight: 0.6}, {name: b}]\n"), "scorecard.criteria[0].subCriteria", "partial_weights");
    HealthScorerTest.assertProblem(() -> read("  criteria:\n    - name: REACH\n      weight: 0.6\n"
        + "    - name: DEPTH\n      weight: 0.3\n"), "scorecard.criteria", "weights_not_one");
  }

  @Test
  void resultsRoundTripThroughJson() {
    ScorecardResult result = STANDARD.score(sample());
    assertThat(PartnerOsJson.read(PartnerOsJson.write(result), ScorecardResult.class)).isEqualTo(result);
    ScorecardPolicy policy = new ScorecardPolicy.Builder().model(ScorecardPolicy.Model.FIVE_C).build();
    assertThat(PartnerOsJson.read(PartnerOsJson.write(policy), ScorecardPolicy.class)).isEqualTo(policy);
    assertThat(policy.definitionFor(Optional.empty()).name()).isEqualTo("5C");
    assertThat(STANDARD.score(allRated(5)).overall()).isEqualByComparingTo("100");
  }
}
