package dev.partneros.scoring.maturity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Maturity stages and partner levels compare the exact value (docs/rules/conventions.md#decisions-compare-the-exact-value)")
class MaturityBandTest {

  static final MaturityAssessor STANDARD = MaturityAssessor.of(MaturityPolicy.standard());

  static Map<MaturityPolicy.PartnerInput, BigDecimal> scores(String... values) {
    Map<MaturityPolicy.PartnerInput, BigDecimal> scores = new EnumMap<>(MaturityPolicy.PartnerInput.class);
    for (int i = 0; i < values.length; i++) {
      scores.put(MaturityPolicy.PartnerInput.values()[i], new BigDecimal(values[i]));
    }
    return scores;
  }

  @ParameterizedTest(name = "docs/rules/maturity.md#partner-maturity: equal weights, last sub-score {0} -> composite {1}, {2}")
  @CsvSource({"59.98, 60.00, EMERGING", "60, 60.00, STRATEGIC", "60.01, 60.00, STRATEGIC", "59.97, 59.99, EMERGING"})
  void partnerLevel_compositeJustUnderMinimumStaysInLowerLevel(String last, String shown, String level) {
    // the composite is (4 x 60 + last) / 5: 59.996 is shown 60.00 but is below STRATEGIC's 60
    PartnerMaturity maturity = STANDARD.partnerLevel(scores("60", "60", "60", "60", last));
    assertThat(maturity.composite()).isEqualByComparingTo(shown);
    assertThat(maturity.level()).isEqualTo(level);
  }

  @ParameterizedTest(name = "docs/rules/maturity.md#partner-maturity: weighted, last sub-score {0} -> composite {1}, {2}")
  @CsvSource({"79.95, 80.00, STRATEGIC", "80, 80.00, ELITE", "80.05, 80.00, ELITE"})
  void partnerLevel_weightedCompositeJustUnderMinimumStaysInLowerLevel(String last, String shown, String level) {
    MaturityPolicy policy = new MaturityPolicy.Builder().putPartnerWeights(MaturityPolicy.PartnerInput.REVENUE,
            new BigDecimal("0.3")).putPartnerWeights(MaturityPolicy.PartnerInput.CERTIFICATIONS, new BigDecimal("0.2"))
        .putPartnerWeights(MaturityPolicy.PartnerInput.MARKET_PENETRATION, new BigDecimal("0.2"))
        .putPartnerWeights(MaturityPolicy.PartnerInput.CUSTOMER_SATISFACTION, new BigDecimal("0.2"))
        .putPartnerWeights(MaturityPolicy.PartnerInput.PORTAL_ENGAGEMENT, new BigDecimal("0.1")).build();
    // 0.9 x 80 + 0.1 x 79.95 = 79.995, shown 80.00 (half-even) but below ELITE's 80
    PartnerMaturity maturity = MaturityAssessor.of(policy).partnerLevel(scores("80", "80", "80", "80", last));
    assertThat(maturity.composite()).isEqualByComparingTo(shown);
    assertThat(maturity.level()).isEqualTo(level);
  }

  /** A catalogue of three items per stage (ids {@code s0.i0} ...), with the given thresholds. */
  static MaturityPolicy threeItemsPerStage(String emergingThreshold) {
    List<ChecklistItem> items = new ArrayList<>();
    for (MaturityStage stage : MaturityStage.values()) {
      for (int i = 0; i < 3; i++) {
        items.add(ChecklistItem.of("s" + stage.ordinal() + ".i" + i, stage, CapabilityArea.ENABLEMENT, "item " + i));
      }
    }
    Map<MaturityStage, BigDecimal> thresholds = new EnumMap<>(MaturityStage.class);
    thresholds.put(MaturityStage.EMERGING, new BigDecimal(emergingThreshold));
    return new MaturityPolicy.Builder().items(items).stageThresholds(thresholds).build();
  }

  @ParameterizedTest(name = "docs/rules/maturity.md#staging-rule: {0} of 3 Emerging items against {1} -> {2}")
  @CsvSource({
      "2, 0.6666666666666667, FOUNDATIONAL", "2, 0.6666666666666666, EMERGING", "2, 0.6666666666666666666, EMERGING",
      "1, 0.33333333333333333, EMERGING", "1, 0.3333333333333334, FOUNDATIONAL", "3, 1, EMERGING",
      "2, 1, FOUNDATIONAL"})
  void stage_shareJustUnderThresholdIsIncomplete(int done, String threshold, MaturityStage stage) {
    Set<String> completed = new java.util.HashSet<>(Set.of("s0.i0", "s0.i1", "s0.i2"));
    for (int i = 0; i < done; i++) {
      completed.add("s1.i" + i);
    }
    MaturityResult result = MaturityAssessor.of(threeItemsPerStage(threshold)).stage(completed);
    assertThat(result.stage()).isEqualTo(stage);
    assertThat(result.explanation().steps().get(1).outcome())
        .isEqualTo(stage == MaturityStage.EMERGING ? "complete" : "incomplete");
  }
}
