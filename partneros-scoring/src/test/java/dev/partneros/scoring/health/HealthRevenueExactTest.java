package dev.partneros.scoring.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The health score reads the revenue step decided exactly (docs/rules/health.md#revenue-growth)")
class HealthRevenueExactTest {

  @ParameterizedTest(name = "docs/rules/health.md#revenue-growth: revenue {0} against 800,000,000,000,000.00 -> {1} revenue points, score {2}")
  @CsvSource({
      "959999999999999.99, 20, 90", "960000000000000.00, 30, 100", "960000000000000.01, 30, 100",
      "816000000000000.00, 10, 80", "816000000000000.01, 20, 90"})
  void healthScore_growthJustUnderABandEdgeScoresTheLowerStep(String revenue, String points, String score) {
    // growth 20 % less a cent is 0.1999999999999999875, which is 0.2 to 16 digits: the component
    // had 20 points while the score added 30
    HealthScore health = HealthScorerTest.STANDARD.score(HealthScorerTest.facts()
        .priorYearRevenue(Money.of("800000000000000.00", "USD")).revenue(Money.of(revenue, "USD")).build());
    assertThat(HealthScorerTest.points(health, HealthScore.Dimension.REVENUE)).isEqualByComparingTo(points);
    assertThat(health.score()).isEqualByComparingTo(score);
    assertThat(health.score()).isEqualByComparingTo(health.components().stream().map(HealthScore.Component::points)
        .reduce(BigDecimal.ZERO, BigDecimal::add));
  }
}
