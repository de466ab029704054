package dev.partneros.scoring.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.EngineAssertions;
import dev.partneros.core.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Health decision without explanation (docs/rules/health.md#decision-only)")
class HealthDecisionTest {

  private static final HealthPolicy LINEAR_POLICY = HealthPolicy.builder().curve(PointTable.Curve.LINEAR).build();
  private static final HealthScorer LINEAR = HealthScorer.of(LINEAR_POLICY);

  /** Asserts that both decisions are the explained score's, and returns the decision. */
  private static HealthScorer.Decision decided(HealthScorer scorer, HealthFacts facts) {
    HealthScore score = scorer.score(facts);
    HealthScorer.Decision decision = scorer.decideScore(facts);
    assertThat(scorer.decide(facts)).isEqualTo(score.band());
    assertThat(decision.band()).isEqualTo(score.band());
    assertThat(decision.score()).isEqualTo(score.score());
    for (HealthScore.Dimension dimension : HealthScore.Dimension.values()) {
      assertThat(decision.points(dimension)).isEqualTo(score.component(dimension).points());
    }
    return decision;
  }

  @ParameterizedTest(name = "docs/rules/health.md#revenue-growth: revenue {0} vs 100,000.00 -> {1} points (STEP), {2} (LINEAR)")
  @CsvSource({
      "120000.00, 30.00, 30.00", "119999.99, 20.00, 30.00", "102000.01, 20.00, 20.00", "102000.00, 10.00, 20.00",
      "100000.00, 10.00, 15.00", "98000.00, 10.00, 10.00", "97999.99, 0.00, 0.00", "0.00, 0.00, 0.00"})
  void decideScore_revenueAtEveryStepBoundary(String revenue, String step, String linear) {
    HealthFacts facts = HealthScorerTest.facts().revenue(Money.of(revenue, "USD")).build();
    assertThat(decided(HealthScorerTest.STANDARD, facts).points(HealthScore.Dimension.REVENUE)).isEqualTo(step);
    assertThat(decided(LINEAR, facts).points(HealthScore.Dimension.REVENUE)).isEqualTo(linear);
  }

  @Test
  @DisplayName("a LINEAR point exactly on a rounding tie (25.005) is left to the BigDecimal path: 25.00, half-even")
  void decideScore_linearTieIsRoundedAsTheScoreRoundsIt() {
    // growth 11.009 %: 20 + 10 x (0.11009 - 0.02) / 0.18 = 25.005 exactly
    HealthFacts facts = HealthScorerTest.facts().revenue(Money.of("111009.00", "USD")).build();
    assertThat(CompiledRevenue.of(LINEAR_POLICY).points(facts)).isEqualTo(CompiledRevenue.NOT_EXACT);
    assertThat(decided(LINEAR, facts).points(HealthScore.Dimension.REVENUE)).isEqualTo("25.00");
    // one cent more is off the tie, decided in longs
    HealthFacts above = HealthScorerTest.facts().revenue(Money.of("111009.01", "USD")).build();
    assertThat(CompiledRevenue.of(LINEAR_POLICY).points(above)).isEqualTo(2501);
    assertThat(decided(LINEAR, above).points(HealthScore.Dimension.REVENUE)).isEqualTo("25.01");
  }

  @Test
  @DisplayName("revenues too large for longs are decided in BigDecimal, with the same points")
  void decideScore_hugeRevenue() {
    HealthFacts facts = HealthScorerTest.facts().priorYearRevenue(Money.of("900000000000000.00", "USD"))
        .revenue(Money.of("990000000000000.00", "USD")).build();
    assertThat(CompiledRevenue.of(LINEAR_POLICY).points(facts)).isEqualTo(CompiledRevenue.NOT_EXACT);
    assertThat(decided(LINEAR, facts).points(HealthScore.Dimension.REVENUE)).isEqualTo("24.44");
    assertThat(decided(HealthScorerTest.STANDARD, facts).points(HealthScore.Dimension.REVENUE)).isEqualTo("20.00");
  }

  @ParameterizedTest(name = "deals {0} -> {1} activity points")
  @CsvSource({"0, 0.00", "2, 15.00", "4, 22.50", "5, 25.00", "63, 25.00", "64, 25.00", "100000, 25.00"})
  void decideScore_activityAboveTheLookedUpCounts(int deals, String expected) {
    HealthFacts facts = HealthScorerTest.facts().dealsRegistered(deals).build();
    assertThat(decided(LINEAR, facts).points(HealthScore.Dimension.ACTIVITY)).isEqualTo(expected);
  }

  @Test
  @DisplayName("a custom activity table whose top step is beyond the looked-up counts decides above it in BigDecimal")
  void decideScore_activityTableBeyondTheLookup() {
    PointTable activity = PointTable.builder().maxPoints(new BigDecimal("25"))
        .addSteps(PointTable.Step.of("10", "5"), PointTable.Step.of("5000", "25")).build();
    HealthScorer scorer = HealthScorer.of(HealthPolicy.builder().curve(PointTable.Curve.LINEAR).activity(activity).build());
    assertThat(decided(scorer, HealthScorerTest.facts().dealsRegistered(2505).build())
        .points(HealthScore.Dimension.ACTIVITY)).isEqualTo("15.00");
    assertThat(decided(scorer, HealthScorerTest.facts().dealsRegistered(4999).build())
        .points(HealthScore.Dimension.ACTIVITY)).isEqualTo("25.00");
  }

  @ParameterizedTest(name = "docs/rules/health.md#health-bands: a threshold at the score, a hair above and below ({0})")
  @EnumSource(value = HealthScore.Band.class, names = {"CRITICAL", "AT_RISK", "HEALTHY", "CHAMPION"})
  void decide_atEveryBandThreshold(HealthScore.Band band) {
    HealthFacts facts = HealthScorerTest.facts().revenue(Money.of("111009.01", "USD")).dealsRegistered(4)
        .nps(37).build();
    BigDecimal score = LINEAR.score(facts).score();
    assertThat(score).isEqualTo("89.91");
    HealthScore.Band below = HealthScore.Band.values()[band.ordinal() - 1];
    assertThat(decideWithThreshold(facts, band, score)).isEqualTo(band);
    assertThat(decideWithThreshold(facts, band, score.subtract(new BigDecimal("0.001")))).isEqualTo(band);
    assertThat(decideWithThreshold(facts, band, score.add(new BigDecimal("0.001")))).isEqualTo(below);
    assertThat(decideWithThreshold(facts, band, score.add(new BigDecimal("0.01")))).isEqualTo(below);
  }

  /** Decides under bands where the threshold of one band is given and the others stay 1-4 points away. */
  private static HealthScore.Band decideWithThreshold(HealthFacts facts, HealthScore.Band band, BigDecimal threshold) {
    BigDecimal[] bounds = new BigDecimal[4];
    for (int i = 0; i < 4; i++) {
      bounds[i] = threshold.add(BigDecimal.valueOf(i - (band.ordinal() - 1)));
    }
    HealthPolicy policy = HealthPolicy.builder().curve(PointTable.Curve.LINEAR).bands(new HealthPolicy.Bands.Builder()
        .critical(bounds[0]).atRisk(bounds[1]).healthy(bounds[2]).champion(bounds[3]).build()).build();
    return decided(HealthScorer.of(policy), facts).band();
  }

  @ParameterizedTest(name = "the subject renders year {0} as YearQuarter does")
  @CsvSource({"1", "7", "42", "999", "1000", "2026", "9999"})
  void explanationSubject_rendersTheQuarterAsYearQuarterDoes(int year) {
    HealthFacts facts = HealthScorerTest.facts().quarter(dev.partneros.core.YearQuarter.of(year, 3)).build();
    assertThat(HealthExplanations.subject(facts)).isEqualTo("health of " + facts.partnerId() + " in " + facts.quarter());
    assertThat(LINEAR.score(facts).explanation().subject()).isEqualTo(HealthExplanations.subject(facts));
  }

  @Test
  void decision_equalsAndPrints() {
    HealthFacts facts = HealthScorerTest.facts().build();
    assertThat(LINEAR.decideScore(facts)).isEqualTo(LINEAR.decideScore(facts))
        .hasSameHashCodeAs(LINEAR.decideScore(facts))
        .isNotEqualTo(LINEAR.decideScore(HealthScorerTest.facts().nps(49).build()));
    assertThat(LINEAR.decideScore(facts)).hasToString("Decision{revenue=30.00, activity=25.00, engagement=20.00, "
        + "satisfaction=15.00, strategicFit=10.00, score=100.00, band=CHAMPION}");
  }

  @Test
  void scorerWithItsCompiledPolicy_isStateless() {
    EngineAssertions.assertStateless(LINEAR);
    EngineAssertions.assertStateless(CompiledHealth.of(LINEAR_POLICY));
  }
}
