package dev.partneros.scoring.maturity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.PartnerOsJson;
import dev.partneros.core.Problem;
import dev.partneros.scoring.health.HealthScorerTest;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Program maturity staging and partner maturity (docs/rules/maturity.md)")
class MaturityTest {

  static final MaturityAssessor STANDARD = MaturityAssessor.of(MaturityPolicy.standard());

  static Set<String> itemsOf(MaturityStage... stages) {
    Set<MaturityStage> wanted = Set.of(stages);
    return MaturityPolicy.standard().items().stream().filter(i -> wanted.contains(i.stage())).map(ChecklistItem::id)
        .collect(Collectors.toCollection(HashSet::new));
  }

  @Test
  @DisplayName("docs/rules/maturity.md#next-steps-and-progress: every program is at least FOUNDATIONAL; the next steps are its unchecked items")
  void nothingDone_isFoundational() {
    MaturityResult result = STANDARD.stage(Set.of());
    assertThat(result.stage()).isEqualTo(MaturityStage.FOUNDATIONAL);
    assertThat(result.nextStage()).contains(MaturityStage.EMERGING);
    assertThat(result.progressToNext()).isEqualByComparingTo("0");
    assertThat(result.nextSteps()).hasSize(10);
    assertThat(result.completion().get(MaturityStage.FOUNDATIONAL)).isEqualByComparingTo("0");
  }

  @Test
  @DisplayName("docs/rules/maturity.md#staging-rule: a stage's threshold at and either side (default 1.0)")
  void stageThreshold_boundaries() {
    Set<String> foundational = itemsOf(MaturityStage.FOUNDATIONAL);
    Set<String> emerging = itemsOf(MaturityStage.FOUNDATIONAL, MaturityStage.EMERGING);
    assertThat(STANDARD.stage(emerging).stage()).isEqualTo(MaturityStage.EMERGING);
    Set<String> oneShort = new HashSet<>(emerging);
    oneShort.remove("emerging.qbrs");
    MaturityResult almost = STANDARD.stage(oneShort);
    assertThat(almost.stage()).isEqualTo(MaturityStage.FOUNDATIONAL);
    assertThat(almost.progressToNext()).isEqualByComparingTo("80");
    assertThat(almost.nextSteps()).extracting(ChecklistItem::id).containsExactly("emerging.qbrs");
    MaturityAssessor lenient = MaturityAssessor.of(new MaturityPolicy.Builder()
        .putStageThresholds(MaturityStage.EMERGING, new BigDecimal("0.8")).build());
    assertThat(lenient.stage(oneShort).stage()).isEqualTo(MaturityStage.EMERGING);
    oneShort.remove("emerging.tiers");
    assertThat(lenient.stage(oneShort).stage()).isEqualTo(MaturityStage.FOUNDATIONAL);
    assertThat(lenient.stage(oneShort).progressToNext()).isEqualByComparingTo("75");
    assertThat(STANDARD.stage(foundational).stage()).isEqualTo(MaturityStage.FOUNDATIONAL);
  }

  @Test
  @DisplayName("docs/rules/maturity.md#staging-rule: stages are cumulative: a full Emerging checklist does not count without Foundational")
  void stages_areCumulative() {
    Set<String> done = itemsOf(MaturityStage.EMERGING, MaturityStage.SCALED, MaturityStage.OPTIMIZED);
    MaturityResult result = STANDARD.stage(done);
    assertThat(result.stage()).isEqualTo(MaturityStage.FOUNDATIONAL);
    assertThat(result.nextSteps()).allMatch(i -> i.stage() == MaturityStage.FOUNDATIONAL);
    assertThat(result.progressToNext()).isEqualByComparingTo("0");
    assertThat(STANDARD.stage(itemsOf(MaturityStage.values())).stage()).isEqualTo(MaturityStage.OPTIMIZED);
    assertThat(STANDARD.stage(itemsOf(MaturityStage.values())).progressToNext()).isEqualByComparingTo("100");
    assertThat(STANDARD.stage(itemsOf(MaturityStage.values())).nextStage()).isEmpty();
  }

  @Test
  @DisplayName("docs/rules/maturity.md#next-steps-and-progress: area levels, weakest areas and the templates of the next steps")
  void areas_andNextStepTemplates() {
    Set<String> done = itemsOf(MaturityStage.FOUNDATIONAL, MaturityStage.EMERGING);
    done.add("scaled.dashboards");
    done.add("scaled.academy");
    done.add("optimized.predictive");
    MaturityResult result = STANDARD.stage(done);
    assertThat(result.stage()).isEqualTo(MaturityStage.EMERGING);
    assertThat(result.areaLevels()).containsEntry(CapabilityArea.DATA_MEASUREMENT, MaturityStage.OPTIMIZED)
        .containsEntry(CapabilityArea.ENABLEMENT, MaturityStage.SCALED)
        .containsEntry(CapabilityArea.GTM_SALES, MaturityStage.EMERGING);
    assertThat(result.weakestAreas()).containsExactlyInAnyOrder(CapabilityArea.STRATEGY_PLANNING,
        CapabilityArea.PROGRAM_OPERATIONS, CapabilityArea.GTM_SALES);
    assertThat(result.progressToNext()).isEqualByComparingTo("40");
    MaturityResult early = STANDARD.stage(itemsOf(MaturityStage.FOUNDATIONAL));
    assertThat(early.nextSteps()).filteredOn(i -> i.id().equals("emerging.onboarding_program")).singleElement()
        .satisfies(i -> assertThat(i.templates()).containsExactly("full Onboarding Checklist II.3",
            "Discovery Call Guide II.4", "Pitch Deck II.5", "Training Deck III.2"));
    assertThat(early.explanation().sentences()).first()
        .isEqualTo("FOUNDATIONAL: 100 % of the checklist done (needs 100 %) -> complete");
  }

  @Test
  void stage_refusesUnknownItems() {
    assertThatThrownBy(() -> STANDARD.stage(Set.of("foundational.ipp", "emerging.vibes")))
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(e -> assertThat(((InvalidFactsException) e).problems()).extracting(Problem::path)
            .containsExactly("completed[\"emerging.vibes\"]"));
  }

  @ParameterizedTest(name = "docs/rules/maturity.md#partner-maturity: composite {0} -> {1}")
  @CsvSource({"0, DEVELOPING", "39.99, DEVELOPING", "40, EMERGING", "59.99, EMERGING", "60, STRATEGIC",
      "79.99, STRATEGIC", "80, ELITE", "100, ELITE"})
  void partnerLevels_boundaries(String composite, String level) {
    Map<MaturityPolicy.PartnerInput, BigDecimal> scores = new EnumMap<>(MaturityPolicy.PartnerInput.class);
    for (MaturityPolicy.PartnerInput input : MaturityPolicy.PartnerInput.values()) {
      scores.put(input, new BigDecimal(composite));
    }
    PartnerMaturity maturity = STANDARD.partnerLevel(scores);
    assertThat(maturity.composite()).isEqualByComparingTo(composite);
    assertThat(maturity.level()).isEqualTo(level);
  }

  @Test
  void partnerLevel_weightsAndBadInput() {
    Map<MaturityPolicy.PartnerInput, BigDecimal> scores = new EnumMap<>(MaturityPolicy.PartnerInput.class);
    scores.put(MaturityPolicy.PartnerInput.REVENUE, new BigDecimal("100"));
    scores.put(MaturityPolicy.PartnerInput.CERTIFICATIONS, new BigDecimal("50"));
    scores.put(MaturityPolicy.PartnerInput.MARKET_PENETRATION, new BigDecimal("40"));
    scores.put(MaturityPolicy.PartnerInput.CUSTOMER_SATISFACTION, new BigDecimal("70"));
    scores.put(MaturityPolicy.PartnerInput.PORTAL_ENGAGEMENT, new BigDecimal("40"));
    assertThat(STANDARD.partnerLevel(scores).composite()).isEqualByComparingTo("60");
    scores.put(MaturityPolicy.PartnerInput.PORTAL_ENGAGEMENT, new BigDecimal("101"));
    scores.remove(MaturityPolicy.PartnerInput.REVENUE);
    assertThatThrownBy(() -> STANDARD.partnerLevel(scores))
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(e -> assertThat(((InvalidFactsException) e).problems()).extracting(Problem::path)
            .containsExactly("scores.REVENUE", "scores.PORTAL_ENGAGEMENT"));
  }

  @Test
  @DisplayName("The maturity section: thresholds, levels and weights are validated with paths")
  void policy_badInput() {
    String header = HealthScorerTest.HEADER + "maturity:\n";
    java.util.function.Function<String, MaturityPolicy> read = section -> dev.partneros.core.ProgramLoader.strict()
        .loadYaml(header + section).readSection("maturity", MaturityPolicy.class).orElseThrow();
    assertThat(read.apply("  stageThresholds: {SCALED: 0.8}\n").thresholdOf(MaturityStage.SCALED))
        .isEqualByComparingTo("0.8");
    HealthScorerTest.assertProblem(() -> read.apply("  stageThresholds: {SCALED: 1.2}\n"),
        "maturity.stageThresholds.SCALED", "out_of_range");
    HealthScorerTest.assertProblem(() -> read.apply("  partnerLevels: [{name: A, min: 0}, {name: B, min: 50}]\n"),
        "maturity.partnerLevels", "out_of_range");
    HealthScorerTest.assertProblem(() -> read.apply(
        "  partnerLevels: [{name: A, min: 0}, {name: B, min: 50}, {name: C, min: 50}]\n"),
        "maturity.partnerLevels[2].min", "not_increasing");
    HealthScorerTest.assertProblem(() -> read.apply("  partnerWeights: {REVENUE: 1}\n"),
        "maturity.partnerWeights.CERTIFICATIONS", "missing");
    HealthScorerTest.assertProblem(() -> read.apply("  items: [{id: a, stage: FOUNDATIONAL, area: ENABLEMENT, text: t}]\n"),
        "maturity.items", "empty");
  }

  @Test
  @DisplayName("docs/rules/maturity.md#program-assessment: the seven-dimension assessment")
  void programAssessment() {
    Map<ProgramAssessment.Dimension, Integer> levels = new EnumMap<>(ProgramAssessment.Dimension.class);
    for (ProgramAssessment.Dimension d : ProgramAssessment.Dimension.values()) {
      levels.put(d, 3);
    }
    levels.put(ProgramAssessment.Dimension.METRICS, 1);
    levels.put(ProgramAssessment.Dimension.TIERS, 4);
    ProgramAssessment assessment = ProgramAssessment.of(levels);
    assertThat(assessment.average()).isEqualByComparingTo("2.86");
    assertThat(assessment.stage()).isEqualTo(MaturityStage.EMERGING);
    assertThat(assessment.lowest()).containsExactly(ProgramAssessment.Dimension.METRICS);
    assertThat(assessment.describe(ProgramAssessment.Dimension.METRICS)).isEqualTo("lagging only");
    assertThat(assessment.describe(ProgramAssessment.Dimension.TIERS)).isEqualTo("predictive");
    levels.put(ProgramAssessment.Dimension.STRATEGY, 5);
    levels.remove(ProgramAssessment.Dimension.ECONOMICS);
    assertThatThrownBy(() -> ProgramAssessment.of(levels))
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(e -> assertThat(((InvalidFactsException) e).problems()).extracting(Problem::path)
            .containsExactly("levels.STRATEGY", "levels.ECONOMICS"));
    assertThat(PartnerOsJson.read(PartnerOsJson.write(MaturityPolicy.standard()), MaturityPolicy.class))
        .isEqualTo(MaturityPolicy.standard());
  }
}
