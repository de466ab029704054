package dev.partneros.scoring.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.PartnerOsJson;
import dev.partneros.core.YearQuarter;
import dev.partneros.scoring.ScoringDomain;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.statistics.Statistics;

@Domain(ScoringDomain.class)
@Domain(DomainContext.Global.class)
class HealthProperties {

  static final HealthScorer STEP = HealthScorer.of(HealthPolicy.standard());
  static final HealthScorer LINEAR = HealthScorer.of(new HealthPolicy.Builder().curve(PointTable.Curve.LINEAR).build());

  @Property
  void healthIsWithin0To100_equalsItsComponents_andItsBandMatches(@ForAll HealthFacts facts, @ForAll PointTable.Curve curve) {
    HealthScorer scorer = curve == PointTable.Curve.STEP ? STEP : LINEAR;
    HealthScore score = scorer.score(facts);
    assertThat(score.score()).isBetween(BigDecimal.ZERO, new BigDecimal("100"));
    BigDecimal sum = score.components().stream().map(HealthScore.Component::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(score.score()).isEqualByComparingTo(sum);
    assertThat(score.band()).isEqualTo(HealthPolicy.standard().bands().bandOf(score.score()));
    Statistics.label("band").collect(score.band());
    Statistics.label("band").coverage(c -> {
      for (HealthScore.Band band : HealthScore.Band.values()) {
        c.check(band).count(n -> n > 0);
      }
    });
  }

  @Property
  void healthNeverFallsWhenOneInputImproves(@ForAll HealthFacts facts, @ForAll PointTable.Curve curve,
      @ForAll("improvements") java.util.function.UnaryOperator<HealthFacts> improve) {
    HealthScorer scorer = curve == PointTable.Curve.STEP ? STEP : LINEAR;
    HealthFacts better = improve.apply(facts);
    assertThat(scorer.score(better).score()).isGreaterThanOrEqualTo(scorer.score(facts).score());
  }

  @Provide
  Arbitrary<java.util.function.UnaryOperator<HealthFacts>> improvements() {
    Arbitrary<java.util.function.UnaryOperator<HealthFacts>> revenue = Arbitraries.longs().between(0, 100_000_00)
        .map(extra -> f -> HealthFacts.builder().from(f)
            .revenue(f.revenue().plus(Money.ofMinor(extra, f.revenue().currency()))).build());
    Arbitrary<java.util.function.UnaryOperator<HealthFacts>> deals = Arbitraries.integers().between(0, 10)
        .map(extra -> f -> HealthFacts.builder().from(f).dealsRegistered(f.dealsRegistered() + extra).build());
    Arbitrary<java.util.function.UnaryOperator<HealthFacts>> nps = Arbitraries.integers().between(0, 200)
        .map(extra -> f -> f.nps().isEmpty() ? f
            : HealthFacts.builder().from(f).nps(Math.min(100, f.nps().get() + extra)).build());
    Arbitrary<java.util.function.UnaryOperator<HealthFacts>> days = Arbitraries.integers().between(0, 92)
        .map(extra -> f -> f.portalActiveDays().isEmpty() ? f
            : HealthFacts.builder().from(f).portalActiveDays(Math.min(92, f.portalActiveDays().get() + extra)).build());
    Arbitrary<java.util.function.UnaryOperator<HealthFacts>> fit = Arbitraries.just(f -> HealthFacts.builder().from(f)
        .strategicFit(HealthFacts.StrategicFit.values()[Math.min(2, f.strategicFit().ordinal() + 1)]).build());
    Arbitrary<java.util.function.UnaryOperator<HealthFacts>> cadence = Arbitraries.just(f -> f.engagement().isEmpty() ? f
        : HealthFacts.builder().from(f)
            .engagement(HealthFacts.Cadence.values()[Math.min(3, f.engagement().get().ordinal() + 1)]).build());
    return Arbitraries.oneOf(revenue, deals, nps, days, fit, cadence);
  }

  @Property
  void linearMeetsTheStepTableAtItsInclusiveAnchors(@ForAll("tables") PointTable table) {
    for (PointTable.Step step : table.steps()) {
      if (!step.minExclusive()) {
        assertThat(table.pointsOf(step.min(), PointTable.Curve.LINEAR))
            .isEqualByComparingTo(table.pointsOf(step.min(), PointTable.Curve.STEP));
      }
    }
    BigDecimal below = table.steps().get(0).min().subtract(BigDecimal.ONE);
    assertThat(table.pointsOf(below, PointTable.Curve.LINEAR)).isEqualByComparingTo(table.pointsOf(below, PointTable.Curve.STEP));
  }

  @Property
  void linearIsMonotoneAndBetweenItsNeighbours(@ForAll("tables") PointTable table,
      @ForAll("inputs") BigDecimal a, @ForAll("inputs") BigDecimal b) {
    BigDecimal low = a.min(b);
    BigDecimal high = a.max(b);
    assertThat(table.pointsOf(high, PointTable.Curve.LINEAR)).isGreaterThanOrEqualTo(table.pointsOf(low, PointTable.Curve.LINEAR));
    assertThat(table.pointsOf(high, PointTable.Curve.STEP)).isGreaterThanOrEqualTo(table.pointsOf(low, PointTable.Curve.STEP));
    assertThat(table.pointsOf(a, PointTable.Curve.LINEAR)).isGreaterThanOrEqualTo(table.pointsOf(a, PointTable.Curve.STEP));
  }

  @Provide
  Arbitrary<BigDecimal> inputs() {
    return Arbitraries.bigDecimals().between(new BigDecimal("-50"), new BigDecimal("150")).ofScale(2);
  }

  @Provide
  Arbitrary<PointTable> tables() {
    return Combinators.combine(
            Arbitraries.integers().between(-20, 20).list().ofMinSize(1).ofMaxSize(5).uniqueElements(),
            Arbitraries.integers().between(0, 25).list().ofSize(6))
        .as((mins, points) -> {
          java.util.List<Integer> sortedMins = new java.util.ArrayList<>(mins);
          java.util.Collections.sort(sortedMins);
          java.util.List<Integer> sortedPoints = new java.util.ArrayList<>(points);
          java.util.Collections.sort(sortedPoints);
          PointTable.Builder table = new PointTable.Builder().maxPoints(new BigDecimal("25"))
              .below(BigDecimal.valueOf(sortedPoints.get(0)));
          for (int i = 0; i < sortedMins.size(); i++) {
            table.addSteps(PointTable.Step.of(sortedMins.get(i).toString(), sortedPoints.get(i + 1).toString()));
          }
          return table.build();
        });
  }

  /** One mapper of PartnerOsJson's configuration for every try: building one per call cost most of the run. */
  static final ObjectMapper JSON = PartnerOsJson.newMapper();

  @Property(tries = 1000)
  void resultsAndPolicyRoundTripThroughJson(@ForAll HealthFacts facts) throws Exception {
    HealthScore score = STEP.score(facts);
    HealthScore read = JSON.readValue(JSON.writeValueAsString(score), HealthScore.class);
    assertThat(read).isEqualTo(score);
    assertThat(read.components()).isEqualTo(score.components());
    assertThat(read.explanation()).isEqualTo(score.explanation());
    assertThat(JSON.readValue(JSON.writeValueAsString(facts), HealthFacts.class)).isEqualTo(facts);
    HealthPolicy policy = new HealthPolicy.Builder().curve(PointTable.Curve.LINEAR).build();
    assertThat(JSON.readValue(JSON.writeValueAsString(policy), HealthPolicy.class)).isEqualTo(policy);
  }

  @Property(tries = 1000)
  void sameInputSameOutput(@ForAll HealthFacts facts) {
    assertThat(STEP.score(facts)).isEqualTo(STEP.score(HealthFacts.builder().from(facts).build()));
    assertThat(STEP.score(facts).partnerId()).isEqualTo(facts.partnerId());
    assertThat(facts.quarter()).isInstanceOf(YearQuarter.class);
    assertThat(facts.partnerId()).isInstanceOf(PartnerId.class);
  }
}
