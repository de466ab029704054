package dev.partneros.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.CampaignTries;
import dev.partneros.core.ExactFraction;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.scoring.kpi.KpiCalculator;
import dev.partneros.scoring.kpi.KpiPolicy;
import dev.partneros.scoring.kpi.KpiValue;
import dev.partneros.scoring.kpi.ProgramKpi;
import dev.partneros.scoring.segment.PortfolioSegmenter;
import dev.partneros.scoring.segment.SegmentAssignment;
import dev.partneros.scoring.segment.SegmentFacts;
import dev.partneros.scoring.segment.SegmentPolicy;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * A segment's growth rule and a KPI's status are decided on the exact ratio, for bounds within
 * 0.01 either side of it ({@code docs/rules/conventions.md#decisions-compare-the-exact-value}).
 */
class PortfolioExactThresholdsProperties {

  static final BigDecimal HALF = new BigDecimal("0.5");

  /** Prior revenue and revenue in cents (up to 10^15 major units), and a tolerance near the growth's size. */
  @Provide
  Arbitrary<Tuple.Tuple3<Long, Long, BigDecimal>> growths() {
    Arbitrary<Long> cents = Arbitraries.longs().between(10_000, 99_999_999_999_999_999L);
    return Combinators.combine(cents, Arbitraries.integers().between(-45, 45), Arbitraries.longs().between(-5, 5))
        .as((prior, percent, nudge) -> {
          // a revenue near prior x (1 + percent %), moved by a few cents
          long revenue = BigDecimal.valueOf(prior).multiply(BigDecimal.valueOf(100 + percent))
              .divide(BigDecimal.valueOf(100), 0, java.math.RoundingMode.HALF_EVEN).longValue() + nudge;
          return Tuple.of(prior, Math.max(0, Math.min(revenue, 99_999_999_999_999_999L)));
        })
        .flatMap(pair -> {
          ExactFraction growth = ExactFraction.of(pair.get2() - pair.get1(), pair.get1());
          ExactFraction size = growth.compareTo(BigDecimal.ZERO) < 0 ? ExactFraction.ZERO.minus(growth) : growth;
          return ExactFraction.near(size).map(t -> Tuple.of(pair.get1(), pair.get2(), t.max(BigDecimal.ZERO).min(HALF)));
        });
  }

  @Property(tries = 2000)
  void segment_growingAndDecliningAreDecidedOnTheExactGrowth(
      @ForAll("growths") Tuple.Tuple3<Long, Long, BigDecimal> c) {
    ExactFraction growth = ExactFraction.of(c.get2() - c.get1(), c.get1());
    SegmentFacts facts = SegmentFacts.builder().partnerId(PartnerId.of("P"))
        .revenue(Money.ofMinor(c.get2(), ScoringDomain.USD)).priorRevenue(Money.ofMinor(c.get1(), ScoringDomain.USD))
        .health(new BigDecimal("70")).dealsPerQuarter(new BigDecimal("2")).build();
    SegmentAssignment.Segment segment = PortfolioSegmenter.of(SegmentPolicy.builder().growthTolerance(c.get3()).build())
        .segment(List.of(facts)).get(0).segment();
    // alone, the partner is in the top 10 %: growing makes it STRATEGIC, declining AT_RISK, else STABLE
    SegmentAssignment.Segment expected = growth.compareTo(c.get3()) > 0 ? SegmentAssignment.Segment.STRATEGIC
        : growth.compareTo(c.get3().negate()) < 0 ? SegmentAssignment.Segment.AT_RISK : SegmentAssignment.Segment.STABLE;
    assertThat(segment).isEqualTo(expected);
    ExactFraction size = growth.compareTo(BigDecimal.ZERO) < 0 ? ExactFraction.ZERO.minus(growth) : growth;
    side(size.compareTo(c.get3()));
  }

  /** Partners, those with a closed deal, and a minimum near their exact share. */
  @Provide
  Arbitrary<Tuple.Tuple3<Integer, Integer, BigDecimal>> shares() {
    return Arbitraries.integers().between(1, 60).flatMap(partners -> Arbitraries.integers().between(0, partners)
        .flatMap(closed -> ExactFraction.near(ExactFraction.of(closed, partners))
            .filter(min -> min.signum() > 0)
            .map(min -> Tuple.of(partners, closed, min))));
  }

  @Property(tries = 2000)
  void kpi_statusIsTheOneTheExactRatioEarns(@ForAll("shares") Tuple.Tuple3<Integer, Integer, BigDecimal> c) {
    KpiPolicy policy = KpiPolicy.builder().putTargets(ProgramKpi.ACTIVATION_RATE,
        KpiPolicy.Target.atLeast(c.get3().toPlainString(), "custom")).build();
    KpiValue activation = KpiCalculator.of(policy).compute(PortfolioExactThresholdsTest.activation(c.get1(), c.get2()))
        .get(2);
    ExactFraction share = ExactFraction.of(c.get2(), c.get1());
    assertThat(activation.status()).isEqualTo(share.compareTo(c.get3()) >= 0 ? KpiValue.Status.MET
        : KpiValue.Status.BELOW);
    assertThat(activation.value()).contains(share.rounded(4));
    side(share.compareTo(c.get3()));
  }

  static void side(int side) {
    Statistics.label("exact value vs bound").collect(side < 0 ? "below" : side == 0 ? "at" : "above");
    Statistics.label("exact value vs bound").coverage(coverage -> {
      coverage.check("below").count(n -> n > 0);
      coverage.check("above").count(n -> n > 0);
      if (CampaignTries.exhaustive()) {
        coverage.check("at").count(n -> n > 0);
      }
    });
  }
}
