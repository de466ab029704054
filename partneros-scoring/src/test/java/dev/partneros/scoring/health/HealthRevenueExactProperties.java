package dev.partneros.scoring.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.CampaignTries;
import dev.partneros.core.ExactFraction;
import dev.partneros.core.Money;
import dev.partneros.scoring.ScoringDomain;
import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * A health score's revenue points, in the score and in its component, are those of the step the
 * exact growth meets, for growths within a few cents of each band edge, whatever the revenues' size
 * ({@code docs/rules/conventions.md#decisions-compare-the-exact-value}).
 */
class HealthRevenueExactProperties {

  /** The standard revenue table's edges: 20 % inclusive, +2 % exclusive, -2 % inclusive. */
  static final String[] EDGES = {"0.20", "0.02", "-0.02"};

  @Provide
  net.jqwik.api.Arbitrary<Tuple.Tuple2<Long, Long>> revenues() {
    return Combinators.combine(Arbitraries.longs().between(10_000, 80_000_000_000_000_000L),
            Arbitraries.of(EDGES), Arbitraries.longs().between(-3, 3))
        .as((prior, edge, cents) -> Tuple.of(prior, BigDecimal.valueOf(prior).multiply(BigDecimal.ONE
            .add(new BigDecimal(edge))).setScale(0, RoundingMode.HALF_EVEN).longValue() + cents));
  }

  @Property(tries = 2000)
  void healthScore_revenuePointsAreThoseOfTheExactGrowthsStep(@ForAll("revenues") Tuple.Tuple2<Long, Long> r,
      @ForAll PointTable.Curve curve) {
    HealthScorer scorer = curve == PointTable.Curve.STEP ? HealthProperties.STEP : HealthProperties.LINEAR;
    HealthScore health = scorer.score(HealthScorerTest.facts().priorYearRevenue(Money.ofMinor(r.get1(), ScoringDomain.USD))
        .revenue(Money.ofMinor(r.get2(), ScoringDomain.USD)).build());
    ExactFraction growth = ExactFraction.of(r.get2() - r.get1(), r.get1());
    String band = growth.compareTo(new BigDecimal("0.20")) >= 0 ? "growth >= 20 %"
        : growth.compareTo(new BigDecimal("0.02")) > 0 ? "growing"
        : growth.compareTo(new BigDecimal("-0.02")) >= 0 ? "flat" : "declining";
    assertThat(health.component(HealthScore.Dimension.REVENUE).band()).isEqualTo(band);
    assertThat(health.score()).isEqualByComparingTo(health.components().stream().map(HealthScore.Component::points)
        .reduce(BigDecimal.ZERO, BigDecimal::add));
    if (curve == PointTable.Curve.STEP) {
      String points = band.startsWith("growth") ? "30" : band.equals("growing") ? "20" : band.equals("flat") ? "10" : "0";
      assertThat(HealthScorerTest.points(health, HealthScore.Dimension.REVENUE)).isEqualByComparingTo(points);
    }
    int side = 1;
    for (String edge : EDGES) {
      int c = growth.compareTo(new BigDecimal(edge));
      ExactFraction distance = growth.minus(ExactFraction.of(new BigDecimal(edge)));
      if (distance.compareTo(new BigDecimal("-0.01")) >= 0 && distance.compareTo(new BigDecimal("0.01")) <= 0) {
        side = c;
      }
    }
    Statistics.label("exact growth vs the edge").collect(side < 0 ? "below" : side == 0 ? "at" : "above");
    Statistics.label("exact growth vs the edge").coverage(coverage -> {
      coverage.check("below").count(n -> n > 0);
      coverage.check("above").count(n -> n > 0);
      if (CampaignTries.exhaustive()) {
        coverage.check("at").count(n -> n > 0);
      }
    });
  }
}
