package dev.partneros.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.scoring.health.HealthScore;
import dev.partneros.scoring.health.PointTable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The hand-written health baseline agrees with {@link dev.partneros.scoring.health.HealthScorer} partner by
 * partner on the benchmark's own inputs, so the benchmark compares equal work.
 */
class HealthBaselineTest {

  @ParameterizedTest
  @EnumSource(PointTable.Curve.class)
  void baselineGivesTheEnginesPointsScoreAndBandOnTheBenchmarkPortfolio(PointTable.Curve curve) {
    ScoringBenchmark bench = new ScoringBenchmark();
    bench.partners = 2000;
    bench.curve = curve;
    bench.setUp();
    List<HealthScore> engine = bench.health();
    List<HealthBaseline.Result> baseline = bench.healthBaseline();

    assertThat(baseline).hasSize(engine.size());
    Set<HealthScore.Band> bands = EnumSet.noneOf(HealthScore.Band.class);
    for (int i = 0; i < engine.size(); i++) {
      HealthScore expected = engine.get(i);
      HealthBaseline.Result actual = baseline.get(i);
      assertThat(actual.partnerId()).isEqualTo(expected.partnerId());
      assertThat(actual.score()).as("score of %s", actual.partnerId()).isEqualByComparingTo(expected.score());
      assertThat(actual.band()).as("band of %s", actual.partnerId()).isEqualTo(expected.band());
      assertThat(List.of(actual.revenue(), actual.activity(), actual.engagement(), actual.satisfaction(),
          actual.strategicFit()))
          .as("points of %s", actual.partnerId())
          .usingElementComparator(java.math.BigDecimal::compareTo)
          .containsExactly(expected.component(HealthScore.Dimension.REVENUE).points(),
              expected.component(HealthScore.Dimension.ACTIVITY).points(),
              expected.component(HealthScore.Dimension.ENGAGEMENT).points(),
              expected.component(HealthScore.Dimension.SATISFACTION).points(),
              expected.component(HealthScore.Dimension.STRATEGIC_FIT).points());
      bands.add(actual.band());
    }
    assertThat(bands).as("the portfolio reaches every band but the top and bottom ones")
        .contains(HealthScore.Band.CRITICAL, HealthScore.Band.AT_RISK, HealthScore.Band.HEALTHY);
  }
}
