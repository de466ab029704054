package dev.partneros.scoring.segment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.CampaignTries;
import dev.partneros.core.ExactFraction;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.scoring.ScoringDomain;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * A partner's value quadrant is the one its exact strategic value and revenue fall in, for a value
 * threshold and a revenue threshold each within 0.01 either side of them
 * ({@code docs/rules/health.md#value-matrix},
 * {@code docs/rules/conventions.md#decisions-compare-the-exact-value}). The strategic value is
 * taken as given, with up to 6 decimals.
 */
class ValueQuadrantBandProperties {

  static final BigDecimal HUNDRED = new BigDecimal("100");

  /** A strategic value, revenue in cents, and a value threshold and a revenue threshold near them. */
  static final class Case {
    final BigDecimal value;
    final long revenueCents;
    final BigDecimal valueThreshold;
    final BigDecimal revenueThreshold;

    Case(BigDecimal value, long revenueCents, BigDecimal valueThreshold, BigDecimal revenueThreshold) {
      this.value = value;
      this.revenueCents = revenueCents;
      this.valueThreshold = valueThreshold;
      this.revenueThreshold = revenueThreshold;
    }

    @Override
    public String toString() {
      return "value " + value + " against " + valueThreshold + ", revenue " + revenueCents + " cents against "
          + revenueThreshold;
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<BigDecimal> values = Arbitraries.bigDecimals().between(BigDecimal.ZERO, HUNDRED).ofScale(6);
    Arbitrary<Long> cents = Arbitraries.oneOf(Arbitraries.longs().between(0, 100_000_000L),
        Arbitraries.longs().between(0, 99_999_999_999_999_999L));
    return Combinators.combine(values, cents).as((value, revenue) -> Combinators.combine(
            ExactFraction.near(ExactFraction.of(value)).map(t -> t.max(BigDecimal.ZERO).min(HUNDRED)),
            ExactFraction.near(ExactFraction.of(revenue, 100)).map(t -> t.max(BigDecimal.ZERO)))
        .as((valueThreshold, revenueThreshold) -> new Case(value, revenue, valueThreshold, revenueThreshold)))
        .flatMap(a -> a);
  }

  @Property(tries = 2000)
  void valueQuadrant_isTheOneTheExactValueAndRevenueFallIn(@ForAll("cases") Case c) {
    SegmentFacts facts = SegmentFacts.builder().partnerId(PartnerId.of("P"))
        .revenue(Money.ofMinor(c.revenueCents, ScoringDomain.USD)).priorRevenue(Money.ofMinor(0, ScoringDomain.USD))
        .health(new BigDecimal("70")).dealsPerQuarter(BigDecimal.ONE).strategicValue(c.value).build();
    SegmentPolicy policy = SegmentPolicy.builder().valueThreshold(c.valueThreshold)
        .revenueThreshold(c.revenueThreshold).build();
    SegmentAssignment assignment = PortfolioSegmenter.of(policy).segment(List.of(facts)).get(0);
    int valueSide = c.value.compareTo(c.valueThreshold);
    int revenueSide = ExactFraction.of(c.revenueCents, 100).compareTo(c.revenueThreshold);
    SegmentAssignment.Quadrant expected = valueSide >= 0
        ? (revenueSide >= 0 ? SegmentAssignment.Quadrant.STRATEGIC_ALLIANCE : SegmentAssignment.Quadrant.TECHNOLOGY_PARTNER)
        : (revenueSide >= 0 ? SegmentAssignment.Quadrant.CHANNEL_PARTNER : SegmentAssignment.Quadrant.AFFILIATE);
    assertThat(assignment.quadrant()).contains(expected);
    side("strategic value vs threshold", valueSide);
    side("revenue vs threshold", revenueSide);
  }

  static void side(String label, int side) {
    Statistics.label(label).collect(side < 0 ? "below" : side == 0 ? "at" : "above");
    Statistics.label(label).coverage(coverage -> {
      coverage.check("below").count(n -> n > 0);
      coverage.check("above").count(n -> n > 0);
      if (CampaignTries.exhaustive()) {
        coverage.check("at").count(n -> n > 0);
      }
    });
  }
}
