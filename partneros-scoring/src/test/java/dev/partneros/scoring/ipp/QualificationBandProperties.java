package dev.partneros.scoring.ipp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.CampaignTries;
import dev.partneros.core.ExactFraction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * A prospect's qualification band and outreach priority are the ones its exact normalised points
 * ({@code raw / max x 50}) fall in, for a band threshold within 0.01 either side of them
 * ({@code docs/rules/ipp.md#qualification-scorecard},
 * {@code docs/rules/conventions.md#decisions-compare-the-exact-value}).
 */
class QualificationBandProperties {

  static final BigDecimal FIFTY = new BigDecimal("50");

  /** A scale, ratings on it, signals, a policy with one band threshold near the exact points, and those points. */
  static final class Case {
    final int scaleMin;
    final int scaleMax;
    final Map<String, Integer> ratings;
    final boolean activeInterest;
    final boolean sharedCustomer;
    final SelectionPolicy policy;
    final ExactFraction exact;
    final BigDecimal threshold;

    Case(int scaleMin, int scaleMax, Map<String, Integer> ratings, boolean activeInterest, boolean sharedCustomer,
        SelectionPolicy policy, ExactFraction exact, BigDecimal threshold) {
      this.scaleMin = scaleMin;
      this.scaleMax = scaleMax;
      this.ratings = ratings;
      this.activeInterest = activeInterest;
      this.sharedCustomer = sharedCustomer;
      this.policy = policy;
      this.exact = exact;
      this.threshold = threshold;
    }

    @Override
    public String toString() {
      return ratings + " on " + scaleMin + "-" + scaleMax + " exact " + exact + " thresholds " + policy.silverFrom()
          + "/" + policy.goldFrom() + "/" + policy.platinumFrom();
    }
  }

  /** The exact points, computed on their own: the sum of the ratings x 50 / (dimensions x scale maximum). */
  static ExactFraction exactPoints(Map<String, Integer> ratings, int scaleMax) {
    long raw = ratings.values().stream().mapToLong(Integer::longValue).sum();
    return ExactFraction.of(raw * 50, (long) ratings.size() * scaleMax);
  }

  /** Places the threshold as silver (0), gold (1) or platinum (2), the others spread out below 50. */
  static SelectionPolicy.Builder thresholds(SelectionPolicy.Builder policy, BigDecimal threshold, int role) {
    BigDecimal room = FIFTY.subtract(threshold);
    if (role == 0) {
      return policy.silverFrom(threshold).goldFrom(threshold.add(room.divide(new BigDecimal("3"), 6, RoundingMode.DOWN)))
          .platinumFrom(threshold.add(room.divide(new BigDecimal("1.5"), 6, RoundingMode.DOWN)));
    } else if (role == 1) {
      return policy.silverFrom(threshold.divide(new BigDecimal("2"), 6, RoundingMode.DOWN)).goldFrom(threshold)
          .platinumFrom(threshold.add(room.divide(new BigDecimal("2"), 6, RoundingMode.DOWN)));
    }
    return policy.silverFrom(threshold.divide(new BigDecimal("3"), 6, RoundingMode.DOWN))
        .goldFrom(threshold.divide(new BigDecimal("1.5"), 6, RoundingMode.DOWN)).platinumFrom(threshold);
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<int[]> scales = Combinators.combine(Arbitraries.integers().between(0, 3),
        Arbitraries.integers().between(1, 9)).as((min, span) -> new int[] {min, min + span});
    return Combinators.combine(scales, Arbitraries.integers().between(1, 9)).as((scale, dimensions) -> {
      List<Arbitrary<Integer>> values = new ArrayList<>();
      for (int i = 0; i < dimensions; i++) {
        values.add(Arbitraries.integers().between(scale[0], scale[1]));
      }
      return Combinators.combine(values).as(list -> {
        Map<String, Integer> ratings = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
          ratings.put("d" + i, list.get(i));
        }
        return ratings;
      }).flatMap(ratings -> {
        ExactFraction exact = exactPoints(ratings, scale[1]);
        return Combinators.combine(ExactFraction.near(exact), Arbitraries.integers().between(0, 2),
                Arbitraries.of(true, false), Arbitraries.of(true, false))
            .as((threshold, role, interest, shared) -> {
              if (threshold.compareTo(new BigDecimal("0.01")) < 0 || threshold.compareTo(new BigDecimal("49.99")) > 0) {
                return null;
              }
              SelectionPolicy policy = thresholds(SelectionPolicy.builder(), threshold, role)
                  .qualificationDimensions(new ArrayList<>(ratings.keySet())).qualificationScaleMin(scale[0])
                  .qualificationScaleMax(scale[1]).build();
              return new Case(scale[0], scale[1], ratings, interest, shared, policy, exact, threshold);
            });
      });
    }).flatMap(a -> a).filter(c -> c != null);
  }

  @Property(tries = 2000)
  void qualification_bandAndPriorityAreTheOnesTheExactPointsFallIn(@ForAll("cases") Case c) {
    Qualification qualification = ProspectScorer.of(c.policy).qualify(QualificationFacts.builder().prospect("p")
        .putAllRatings(c.ratings).activeInterest(c.activeInterest).sharedCustomer(c.sharedCustomer).build());
    Qualification.Band expected = c.exact.compareTo(c.policy.platinumFrom()) >= 0 ? Qualification.Band.PLATINUM_POTENTIAL
        : c.exact.compareTo(c.policy.goldFrom()) >= 0 ? Qualification.Band.GOLD_POTENTIAL
        : c.exact.compareTo(c.policy.silverFrom()) >= 0 ? Qualification.Band.SILVER_POTENTIAL
        : Qualification.Band.NOT_READY;
    Qualification.Priority priority = expected == Qualification.Band.PLATINUM_POTENTIAL
        ? (c.activeInterest && c.sharedCustomer ? Qualification.Priority.P0 : Qualification.Priority.P1)
        : expected == Qualification.Band.GOLD_POTENTIAL ? Qualification.Priority.P1
        : expected == Qualification.Band.SILVER_POTENTIAL ? Qualification.Priority.P2 : Qualification.Priority.P3;
    assertThat(qualification.band()).isEqualTo(expected);
    assertThat(qualification.priority()).isEqualTo(priority);
    assertThat(qualification.points()).isEqualByComparingTo(c.exact.rounded(2));
    int side = Integer.signum(c.exact.compareTo(c.threshold));
    Statistics.label("exact points vs threshold").collect(side < 0 ? "below" : side == 0 ? "at" : "above");
    Statistics.label("exact points vs threshold").coverage(coverage -> {
      coverage.check("below").count(n -> n > 0);
      coverage.check("above").count(n -> n > 0);
      if (CampaignTries.exhaustive()) {
        coverage.check("at").count(n -> n > 0);
      }
    });
  }
}
