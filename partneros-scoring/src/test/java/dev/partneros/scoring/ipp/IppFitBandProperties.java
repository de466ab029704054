package dev.partneros.scoring.ipp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.CampaignTries;
import dev.partneros.core.ExactFraction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The IPP fit rating is the band the exact score falls in, for thresholds within 0.01 either side
 * of the score ({@code docs/rules/conventions.md#decisions-compare-the-exact-value}).
 */
class IppFitBandProperties {

  static final BigDecimal HUNDRED = new BigDecimal("100");

  /** Ratings, a policy with one threshold near their exact score, and that exact score. */
  static final class Case {
    final Map<String, IppAssessment.Level> ratings;
    final IppPolicy policy;
    final ExactFraction exact;
    final BigDecimal threshold;

    Case(Map<String, IppAssessment.Level> ratings, IppPolicy policy, ExactFraction exact, BigDecimal threshold) {
      this.ratings = ratings;
      this.policy = policy;
      this.exact = exact;
      this.threshold = threshold;
    }

    @Override
    public String toString() {
      return ratings + " exact " + exact + " thresholds " + policy.moderateFrom() + "/" + policy.goodFrom() + "/"
          + policy.excellentFrom();
    }
  }

  /** The exact score, computed on its own: 100 x sum(w x mean) / sum(w) over the rated groups. */
  static ExactFraction exactScore(Map<String, IppAssessment.Level> ratings) {
    ExactFraction weighted = ExactFraction.ZERO;
    ExactFraction weights = ExactFraction.ZERO;
    for (IppPolicy.Group group : IppPolicy.standard().groups()) {
      ExactFraction sum = ExactFraction.ZERO;
      int rated = 0;
      for (String attribute : group.attributes()) {
        if (ratings.containsKey(attribute)) {
          sum = sum.plus(ExactFraction.of(ratings.get(attribute).value()));
          rated++;
        }
      }
      if (rated > 0) {
        ExactFraction w = ExactFraction.of(group.weight());
        weighted = weighted.plus(w.times(sum.dividedBy(ExactFraction.of(rated, 1))));
        weights = weights.plus(w);
      }
    }
    return weighted.times(HUNDRED).dividedBy(weights);
  }

  /** Places the threshold as the moderate (0), good (1) or excellent (2) one, the others spread out. */
  static IppPolicy policyWith(BigDecimal threshold, int role) {
    BigDecimal room = HUNDRED.subtract(threshold);
    BigDecimal moderate;
    BigDecimal good;
    BigDecimal excellent;
    if (role == 0) {
      moderate = threshold;
      good = threshold.add(room.divide(new BigDecimal("3"), 6, RoundingMode.DOWN));
      excellent = threshold.add(room.divide(new BigDecimal("1.5"), 6, RoundingMode.DOWN));
    } else if (role == 1) {
      moderate = threshold.divide(new BigDecimal("2"), 6, RoundingMode.DOWN);
      good = threshold;
      excellent = threshold.add(room.divide(new BigDecimal("2"), 6, RoundingMode.DOWN));
    } else {
      moderate = threshold.divide(new BigDecimal("3"), 6, RoundingMode.DOWN);
      good = threshold.divide(new BigDecimal("1.5"), 6, RoundingMode.DOWN);
      excellent = threshold;
    }
    return new IppPolicy.Builder().moderateFrom(moderate).goodFrom(good).excellentFrom(excellent).build();
  }

  @Provide
  Arbitrary<Case> cases() {
    List<String> attributes = IppPolicy.standard().groups().stream().flatMap(g -> g.attributes().stream())
        .collect(java.util.stream.Collectors.toList());
    Arbitrary<Map<String, IppAssessment.Level>> ratings = Arbitraries.maps(Arbitraries.of(attributes),
        Arbitraries.of(IppAssessment.Level.class)).ofMinSize(1).ofMaxSize(25);
    return ratings.flatMap(r -> {
      ExactFraction exact = exactScore(r);
      return Combinators.combine(ExactFraction.near(exact), Arbitraries.integers().between(0, 2))
          .as((threshold, role) -> threshold.compareTo(new BigDecimal("0.01")) < 0
              || threshold.compareTo(new BigDecimal("99.99")) > 0 ? null
              : new Case(r, policyWith(threshold, role), exact, threshold));
    }).filter(c -> c != null);
  }

  @Property(tries = 2000)
  void ippFit_ratingIsTheBandTheExactScoreFallsIn(@ForAll("cases") Case c) {
    IppFit fit = IppScorer.of(c.policy).assess(IppAssessment.builder().prospect("p").putAllRatings(c.ratings).build());
    IppFit.Rating expected = c.exact.compareTo(c.policy.excellentFrom()) >= 0 ? IppFit.Rating.EXCELLENT_FIT
        : c.exact.compareTo(c.policy.goodFrom()) >= 0 ? IppFit.Rating.GOOD_POTENTIAL
        : c.exact.compareTo(c.policy.moderateFrom()) >= 0 ? IppFit.Rating.MODERATE_CONCERN : IppFit.Rating.POOR_FIT;
    assertThat(fit.rating()).isEqualTo(expected);
    assertThat(fit.score()).isEqualByComparingTo(c.exact.rounded(2));
    int side = Integer.signum(c.exact.compareTo(c.threshold));
    Statistics.label("exact score vs threshold").collect(side < 0 ? "below" : side == 0 ? "at" : "above");
    Statistics.label("exact score vs threshold").coverage(coverage -> {
      coverage.check("below").count(n -> n > 0);
      coverage.check("above").count(n -> n > 0);
      if (CampaignTries.exhaustive()) {
        coverage.check("at").count(n -> n > 0);
      }
    });
  }
}
