package dev.partneros.scoring.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.CampaignTries;
import dev.partneros.core.ExactFraction;
import dev.partneros.scoring.ScoringDomain;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * A health band is the one the score falls in, for band thresholds within 0.01 either side of the
 * score, on both curves ({@code docs/rules/health.md#health-bands},
 * {@code docs/rules/conventions.md#decisions-compare-the-exact-value}). The score is exact by
 * definition (the sum of the components' points as shown), so the band compares it unrounded.
 */
class HealthBandProperties {

  /** Facts, a curve and a threshold within 0.01 either side of the facts' score on that curve. */
  @Provide
  Arbitrary<Tuple.Tuple3<HealthFacts, PointTable.Curve, BigDecimal>> nearScores() {
    return Combinators.combine(new ScoringDomain().healthFacts(), Arbitraries.of(PointTable.Curve.class))
        .as(Tuple::of)
        .flatMap(t -> ExactFraction.near(ExactFraction.of(scorer(t.get2()).score(t.get1()).score()))
            .map(threshold -> Tuple.of(t.get1(), t.get2(), threshold)));
  }

  private static HealthScorer scorer(PointTable.Curve curve) {
    return curve == PointTable.Curve.STEP ? HealthProperties.STEP : HealthProperties.LINEAR;
  }

  @Property(tries = 2000)
  void healthBand_isTheBandTheExactScoreFallsIn(
      @ForAll("nearScores") Tuple.Tuple3<HealthFacts, PointTable.Curve, BigDecimal> near,
      @ForAll("thresholdOffsets") int which) {
    HealthFacts facts = near.get1();
    PointTable.Curve curve = near.get2();
    BigDecimal threshold = near.get3();
    HealthScore unbanded = scorer(curve).score(facts);
    BigDecimal exact = unbanded.components().stream().map(HealthScore.Component::points)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(unbanded.score()).isEqualByComparingTo(exact);
    Assume.that(threshold.compareTo(new BigDecimal("4")) > 0 && threshold.compareTo(new BigDecimal("96")) < 0);
    // the threshold under test is one of the four inner bounds; the others stay 1 to 3 points away
    BigDecimal[] bounds = new BigDecimal[4];
    for (int i = 0; i < 4; i++) {
      bounds[i] = threshold.add(BigDecimal.valueOf(i - which));
    }
    HealthPolicy.Bands bands = new HealthPolicy.Bands.Builder().critical(bounds[0]).atRisk(bounds[1])
        .healthy(bounds[2]).champion(bounds[3]).build();
    HealthScore.Band band = HealthScorer.of(new HealthPolicy.Builder().curve(curve).bands(bands).build()).score(facts).band();
    HealthScore.Band[] above =
        {HealthScore.Band.CRITICAL, HealthScore.Band.AT_RISK, HealthScore.Band.HEALTHY, HealthScore.Band.CHAMPION};
    HealthScore.Band[] below =
        {HealthScore.Band.CHURNING, HealthScore.Band.CRITICAL, HealthScore.Band.AT_RISK, HealthScore.Band.HEALTHY};
    int side = exact.compareTo(threshold);
    assertThat(band).isEqualTo(side >= 0 ? above[which] : below[which]);
    Statistics.label("score vs threshold").collect(side < 0 ? "below" : side == 0 ? "at" : "above");
    Statistics.label("score vs threshold").coverage(coverage -> {
      coverage.check("below").count(n -> n > 0);
      coverage.check("above").count(n -> n > 0);
      if (CampaignTries.exhaustive()) {
        coverage.check("at").count(n -> n > 0);
      }
    });
  }

  @Provide
  Arbitrary<Integer> thresholdOffsets() {
    return Arbitraries.integers().between(0, 3);
  }
}
