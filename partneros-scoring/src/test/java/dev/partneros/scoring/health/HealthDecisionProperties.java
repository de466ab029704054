package dev.partneros.scoring.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.CampaignTries;
import dev.partneros.core.Explanation;
import dev.partneros.core.ExplanationStep;
import dev.partneros.core.Money;
import dev.partneros.scoring.ScoringDomain;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.statistics.Statistics;

/**
 * A decision without explanation is the explained score's ({@code docs/rules/health.md#decision-only}):
 * for generated facts and policies (STEP and LINEAR, custom revenue and activity tables, custom
 * bands), {@link HealthScorer#decide} is {@code score(f).band()} and {@link HealthScorer#decideScore}
 * carries the same five points and score; and the explanation the score builds on first request is
 * the one an eager reference builds from the same values.
 */
@Domain(ScoringDomain.class)
@Domain(DomainContext.Global.class)
class HealthDecisionProperties {

  @Property(tries = 3000)
  void decisionIsTheScoresBand_andItsPointsAreTheScoresPoints(@ForAll("policies") HealthPolicy policy,
      @ForAll("facts") HealthFacts facts) {
    HealthScorer scorer = HealthScorer.of(policy);
    HealthScore score = scorer.score(facts);
    HealthScorer.Decision decision = scorer.decideScore(facts);
    assertThat(scorer.decide(facts)).isEqualTo(score.band());
    assertThat(decision.band()).isEqualTo(score.band());
    assertThat(decision.score()).isEqualTo(score.score());
    for (HealthScore.Dimension dimension : HealthScore.Dimension.values()) {
      assertThat(decision.points(dimension)).as(dimension.name()).isEqualTo(score.component(dimension).points());
    }
    // the components are built in BigDecimal from the policy: their sum and its band are the reference
    List<HealthScore.Component> reference = HealthComponents.of(policy, facts);
    BigDecimal sum = reference.stream().map(HealthScore.Component::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(reference).isEqualTo(score.components());
    assertThat(score.score()).isEqualTo(sum);
    assertThat(score.band()).isEqualTo(policy.bands().bandOf(sum));
    boolean interpolated = policy.curve() == PointTable.Curve.LINEAR && !facts.priorYearRevenue().isZero()
        && score.component(HealthScore.Dimension.REVENUE).points().stripTrailingZeros().scale() > 0;
    boolean exact = !facts.priorYearRevenue().isZero()
        && CompiledRevenue.of(policy).points(facts) != CompiledRevenue.NOT_EXACT;
    Statistics.label("curve").collect(policy.curve());
    Statistics.label("band").collect(score.band());
    Statistics.label("revenue").collect(facts.priorYearRevenue().isZero() ? "prior zero"
        : exact ? (interpolated ? "interpolated, in longs" : "in longs") : "in BigDecimal");
    Statistics.label("band").coverage(c -> {
      for (HealthScore.Band band : HealthScore.Band.values()) {
        c.check(band).count(n -> n > 0);
      }
    });
    Statistics.label("revenue").coverage(c -> {
      c.check("interpolated, in longs").count(n -> n > 0);
      c.check("in longs").count(n -> n > 0);
      if (CampaignTries.exhaustive()) {
        c.check("in BigDecimal").count(n -> n > 0);
      }
    });
  }

  @Property(tries = 1000)
  void lazyExplanationIsTheEagerOne(@ForAll("policies") HealthPolicy policy, @ForAll("facts") HealthFacts facts,
      @ForAll boolean withPrevious) {
    HealthScorer scorer = HealthScorer.of(policy);
    HealthScore previous = scorer.score(facts);
    HealthScore score = withPrevious ? scorer.score(facts, previous) : scorer.score(facts);
    Explanation eager = eagerExplanation(policy, facts, scorer.decideScore(facts),
        withPrevious ? previous : null);
    assertThat(score.explanation()).isEqualTo(eager);
    assertThat(score.explanation().sentences()).isEqualTo(eager.sentences());
  }

  /**
   * The explanation as it was built eagerly, when the score was built: one step per component,
   * then the band, written out here from the components and the decided points.
   */
  private static Explanation eagerExplanation(HealthPolicy policy, HealthFacts facts, HealthScorer.Decision decision,
      HealthScore previous) {
    List<HealthScore.Component> components = HealthComponents.of(policy, facts);
    Explanation.Builder explanation = Explanation.builder()
        .subject("health of " + facts.partnerId() + " in " + facts.quarter()).asOf(facts.quarter().lastDay());
    String growth = HealthExplanations.growthText(facts);
    explanation.addSteps(step("health.revenue", "Revenue: {revenue} vs {prior} a year earlier, growth {growth} "
        + "-> {outcome} of {max} points ({band})", components.get(0), decision, "revenue", facts.revenue().toString(),
        "prior", facts.priorYearRevenue().toString(), "growth", growth));
    explanation.addSteps(step("health.activity", "Activity: {deals} deals registered -> {outcome} of {max} points ({band})",
        components.get(1), decision, "deals", Integer.toString(facts.dealsRegistered())));
    explanation.addSteps(step("health.engagement", "Engagement: {input} -> {outcome} of {max} points ({band})",
        components.get(2), decision, "input", components.get(2).input()));
    explanation.addSteps(step("health.satisfaction", "Satisfaction: {input} -> {outcome} of {max} points ({band})",
        components.get(3), decision, "input", components.get(3).input()));
    explanation.addSteps(step("health.strategic_fit", "Strategic fit: {band} -> {outcome} of {max} points",
        components.get(4), decision));
    ExplanationStep.Builder band = ExplanationStep.builder().rule("health.band").section("4")
        .putInputs("score", decision.score().toPlainString()).outcome(decision.band().name());
    if (previous != null) {
      band.putInputs("previous", previous.score().toPlainString() + " " + previous.band())
          .template("Health {score} -> {outcome} (previous {previous})");
    } else {
      band.template("Health {score} -> {outcome}");
    }
    return explanation.addSteps(band.build()).build();
  }

  private static ExplanationStep step(String rule, String template, HealthScore.Component component,
      HealthScorer.Decision decision, String... inputs) {
    ExplanationStep.Builder step = ExplanationStep.builder().rule(rule).section("4");
    for (int i = 0; i < inputs.length; i += 2) {
      step.putInputs(inputs[i], inputs[i + 1]);
    }
    return step.putInputs("band", component.band())
        .putInputs("max", component.maxPoints().stripTrailingZeros().toPlainString()).threshold(component.band())
        .outcome(decision.points(component.dimension()).stripTrailingZeros().toPlainString()).template(template).build();
  }

  /** The domain's facts, and facts with revenues from cents to 10^13 dollars and deal counts up to 2000. */
  @Provide
  Arbitrary<HealthFacts> facts() {
    Arbitrary<HealthFacts> wide = Combinators.combine(new ScoringDomain().healthFacts(),
        Arbitraries.longs().between(1, 40_000_000_000_000_000L).edgeCases(c -> c.includeOnly(1L, 100L)),
        Arbitraries.integers().between(-10_000, 10_000), Arbitraries.integers().between(0, 2000))
        .as((f, prior, basisPoints, deals) -> HealthFacts.builder().from(f)
            .priorYearRevenue(Money.ofMinor(prior, ScoringDomain.USD))
            .revenue(Money.of(BigDecimal.valueOf(prior).movePointLeft(2)
                .multiply(BigDecimal.valueOf(10_000L + basisPoints).movePointLeft(4)).max(BigDecimal.ZERO),
                ScoringDomain.USD, RoundingMode.HALF_EVEN))
            .dealsRegistered(deals).build());
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, new ScoringDomain().healthFacts()),
        net.jqwik.api.Tuple.of(2, wide));
  }

  /** The standard policy on both curves, and policies with custom revenue, activity and band tables. */
  @Provide
  Arbitrary<HealthPolicy> policies() {
    Arbitrary<PointTable.Curve> curves = Arbitraries.of(PointTable.Curve.class);
    Arbitrary<HealthPolicy> standard = curves.map(c -> HealthPolicy.builder().curve(c).build());
    Arbitrary<HealthPolicy> custom = Combinators.combine(curves, revenueAndTolerance(), activity(), bands())
        .as((curve, revenue, activity, bands) -> HealthPolicy.builder().curve(curve).revenue((HealthPolicy.Revenue) revenue[0])
            .flatTolerance((BigDecimal) revenue[1]).activity(activity).bands(bands).build());
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, standard), net.jqwik.api.Tuple.of(3, custom));
  }

  /** A revenue dimension with 2-decimal points, a 2-4 decimal strong-growth bound, and its flat tolerance. */
  private static Arbitrary<Object[]> revenueAndTolerance() {
    return Combinators.combine(Arbitraries.just(30),
        Arbitraries.integers().between(0, 3000).list().ofSize(4),
        Arbitraries.integers().between(1, 5000), Arbitraries.integers().between(2, 4),
        Arbitraries.integers().between(0, 400))
        .as((max, raw, strong, scale, tolerance) -> {
          List<Integer> points = raw.stream().map(p -> p % (max * 100 + 1)).sorted().toList();
          BigDecimal strongMin = BigDecimal.valueOf(strong, scale).max(new BigDecimal("0.05"));
          BigDecimal flat = BigDecimal.valueOf(tolerance, 4).min(strongMin.subtract(new BigDecimal("0.0001")));
          HealthPolicy.Revenue revenue = new HealthPolicy.Revenue.Builder().maxPoints(BigDecimal.valueOf(max))
              .declining(BigDecimal.valueOf(points.get(0), 2)).flat(BigDecimal.valueOf(points.get(1), 2))
              .growing(BigDecimal.valueOf(points.get(2), 2)).strongGrowth(BigDecimal.valueOf(points.get(3), 2))
              .strongGrowthMin(strongMin).build();
          return new Object[] {revenue, flat};
        });
  }

  /** An activity table of 1-3 steps (bounds 0.1 to 40.0, in tenths) with 2-decimal points, worth 25 points. */
  private static Arbitrary<PointTable> activity() {
    return Combinators.combine(Arbitraries.integers().between(1, 400).set().ofMinSize(1).ofMaxSize(3),
        Arbitraries.integers().between(0, 2500).list().ofSize(3))
        .as((mins, raw) -> {
          List<Integer> bounds = mins.stream().sorted().toList();
          List<Integer> points = raw.stream().sorted().toList();
          PointTable.Builder table = PointTable.builder().maxPoints(new BigDecimal("25"));
          for (int i = 0; i < bounds.size(); i++) {
            table.addSteps(PointTable.Step.builder().min(BigDecimal.valueOf(bounds.get(i), 1))
                .points(BigDecimal.valueOf(points.get(i), 2)).build());
          }
          return table.build();
        });
  }

  /** Band thresholds with up to 3 decimals, increasing. */
  private static Arbitrary<HealthPolicy.Bands> bands() {
    return Arbitraries.integers().between(0, 100_000).set().ofSize(4).map(set -> {
      List<Integer> t = set.stream().sorted().toList();
      return new HealthPolicy.Bands.Builder().critical(BigDecimal.valueOf(t.get(0), 3))
          .atRisk(BigDecimal.valueOf(t.get(1), 3)).healthy(BigDecimal.valueOf(t.get(2), 3))
          .champion(BigDecimal.valueOf(t.get(3), 3)).build();
    });
  }
}
