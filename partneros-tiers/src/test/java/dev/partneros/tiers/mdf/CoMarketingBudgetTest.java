package dev.partneros.tiers.mdf;

import static dev.partneros.tiers.mdf.MdfFixtures.BENEFITS;
import static dev.partneros.tiers.mdf.MdfFixtures.assertProblem;
import static dev.partneros.tiers.mdf.MdfFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Problem;
import dev.partneros.core.Tier;
import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Co-marketing budget: tier budget x pipeline potential x strategic value (docs/rules/mdf.md#co-marketing-budget)")
class CoMarketingBudgetTest {

  final CoMarketingBudgeter budgeter = CoMarketingBudgeter.of(MdfPolicy.standard(), BENEFITS);

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  @Test
  @DisplayName("multipliers at their range ends 0.5, 2.0, 0.8 and 1.5 are allowed")
  void multipliers_atTheirRangeEnds() {
    CoMarketingBudget low = budgeter.budget(Tier.GOLD, d("0.5"), d("0.8"));
    assertThat(low.tierBudget()).isEqualTo(usd(25_000));
    assertThat(low.budget()).isEqualTo(usd(10_000));
    assertThat(budgeter.budget(Tier.GOLD, d("2.0"), d("1.5")).budget()).isEqualTo(usd(75_000));
    assertThat(budgeter.budget(Tier.SILVER, d("0.5"), d("1.5")).budget()).isEqualTo(usd(3_750));
    assertThat(budgeter.budget(Tier.PLATINUM, d("2.0"), d("0.8")).budget()).isEqualTo(usd(160_000));
    assertThat(budgeter.budget(Tier.REGISTERED, d("2.0"), d("1.5")).budget()).isEqualTo(usd(0));
    assertThat(low.explanation().sentences()).containsExactly(
        "GOLD budget 25,000.00 USD x pipeline potential 0.5 x strategic value 0.8 -> 10,000.00 USD");
  }

  @Test
  @DisplayName("multipliers just outside their range (0.49, 2.01, 0.79, 1.51) are errors with their path")
  void multipliers_justOutside_areRefused() {
    assertProblem(() -> budgeter.budget(Tier.GOLD, d("0.49"), d("1.0")), InvalidFactsException.class,
        "pipelinePotential", "out_of_range", "pipelinePotential must be between 0.5 and 2.0, but was 0.49");
    assertProblem(() -> budgeter.budget(Tier.GOLD, d("2.01"), d("1.0")), InvalidFactsException.class,
        "pipelinePotential", "out_of_range", "pipelinePotential must be between 0.5 and 2.0, but was 2.01");
    assertProblem(() -> budgeter.budget(Tier.GOLD, d("1.0"), d("0.79")), InvalidFactsException.class,
        "strategicValue", "out_of_range", "strategicValue must be between 0.8 and 1.5, but was 0.79");
    assertProblem(() -> budgeter.budget(Tier.GOLD, d("1.0"), d("1.51")), InvalidFactsException.class,
        "strategicValue", "out_of_range", "strategicValue must be between 0.8 and 1.5, but was 1.51");
    assertThatExceptionOfType(InvalidFactsException.class)
        .isThrownBy(() -> budgeter.budget(Tier.GOLD, d("3"), d("-1")))
        .satisfies(e -> assertThat(e.problems()).extracting(Problem::path)
            .containsExactly("pipelinePotential", "strategicValue"));
  }

  @Test
  @DisplayName("the partner value matrix (docs/rules/health.md#value-matrix) feeds the strategic-value multiplier")
  void valueMatrix_feedsStrategicValue() {
    MdfPolicy policy = MdfPolicy.standard();
    assertThat(budgeter.budget(Tier.GOLD, BigDecimal.ONE, policy.strategicValueOf(ValueMatrixQuadrant.STRATEGIC_ALLIANCE))
        .budget()).isEqualTo(usd(37_500));
    assertThat(budgeter.budget(Tier.GOLD, BigDecimal.ONE, policy.strategicValueOf(ValueMatrixQuadrant.TECHNOLOGY_PARTNER))
        .budget()).isEqualTo(usd(30_000));
    assertThat(budgeter.budget(Tier.GOLD, BigDecimal.ONE, policy.strategicValueOf(ValueMatrixQuadrant.AFFILIATE))
        .budget()).isEqualTo(usd(20_000));
  }

  @Test
  void budget_roundsOnceWithTheProgramsRounding() {
    assertThat(budgeter.budget(Tier.SILVER, d("0.5000001"), d("1.0")).budget()).isEqualTo(usd("2500.00"));
    assertThat(budgeter.budget(Tier.SILVER, d("0.500001"), d("1.0")).budget()).as("2,500.005 half-even")
        .isEqualTo(usd("2500.00"));
    assertThat(budgeter.budget(Tier.SILVER, d("0.500003"), d("1.0")).budget()).as("2,500.015 half-even")
        .isEqualTo(usd("2500.02"));
  }
}
