package dev.partneros.scoring.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.CampaignTries;
import dev.partneros.core.ExactFraction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
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
 * A 4C scorecard's gaps are the ratings whose exact value is below the gap target, for targets
 * within 0.01 either side of a rating, and its scores are the exact ones rounded once
 * ({@code docs/rules/scorecards.md#gaps}, {@code docs/rules/scorecards.md#overall-score},
 * {@code docs/rules/conventions.md#decisions-compare-the-exact-value}).
 */
class ScorecardBandProperties {

  static final List<FourC> CRITERIA = List.of(FourC.CAPACITY, FourC.CAPABILITY, FourC.COMMITMENT, FourC.CUSTOMERS);
  static final BigDecimal FIVE = new BigDecimal("5");

  /** Ratings (at least one per criterion), criterion weights (empty for equal ones), a gap target near one rating. */
  static final class Card {
    final List<Rating> ratings;
    final Map<String, BigDecimal> weights;
    final BigDecimal target;
    final BigDecimal near;

    Card(List<Rating> ratings, Map<String, BigDecimal> weights, BigDecimal target, BigDecimal near) {
      this.ratings = ratings;
      this.weights = weights;
      this.target = target;
      this.near = near;
    }

    @Override
    public String toString() {
      return ratings.stream().map(r -> r.criterion() + "." + r.subCriterion().orElse("") + "=" + r.value()).toList()
          + " weights " + weights + " target " + target;
    }
  }

  /** The exact overall, computed on its own: sum(w x mean of the rated sub-criteria) / 5 x 100. */
  static ExactFraction exactOverall(List<Rating> ratings, Map<String, BigDecimal> weights) {
    ExactFraction weighted = ExactFraction.ZERO;
    for (FourC criterion : CRITERIA) {
      ExactFraction sum = ExactFraction.ZERO;
      int rated = 0;
      for (Rating rating : ratings) {
        if (rating.criterion().equals(criterion.name())) {
          sum = sum.plus(ExactFraction.of(rating.value()));
          rated++;
        }
      }
      ExactFraction weight = weights.isEmpty() ? ExactFraction.of(1, CRITERIA.size())
          : ExactFraction.of(weights.get(criterion.name()));
      weighted = weighted.plus(weight.times(sum.dividedBy(ExactFraction.of(rated, 1))));
    }
    return weighted.times(new BigDecimal("20"));
  }

  @Provide
  Arbitrary<Card> cards() {
    List<Arbitrary<Rating>> perItem = new ArrayList<>();
    for (FourC criterion : CRITERIA) {
      for (String sub : criterion.subCriteria()) {
        perItem.add(Arbitraries.bigDecimals().between(BigDecimal.ZERO, FIVE).ofScale(3)
            .map(v -> v.stripTrailingZeros().scale() < 0 ? v.setScale(0) : v.stripTrailingZeros())
            .map(v -> Rating.builder().criterion(criterion.name()).subCriterion(sub).value(v).evidence("seen").build()));
      }
    }
    // every sub-criterion rated, then some dropped (never a whole criterion)
    Arbitrary<List<Rating>> ratings = Combinators.combine(perItem).as(List::copyOf)
        .flatMap(all -> Arbitraries.integers().between(0, all.size() - 1).list().ofMaxSize(12).map(drops -> {
          List<Rating> kept = new ArrayList<>(all);
          for (int drop : drops) {
            Rating r = all.get(drop);
            if (kept.stream().filter(k -> k.criterion().equals(r.criterion())).count() > 1) {
              kept.remove(r);
            }
          }
          return kept;
        }));
    // weights in hundredths summing to 1, or none (equal weights)
    Arbitrary<Map<String, BigDecimal>> weights = Arbitraries.oneOf(Arbitraries.just(Map.of()),
        Arbitraries.integers().between(0, 100).list().ofSize(CRITERIA.size() - 1).map(cuts -> {
          List<Integer> sorted = new ArrayList<>(cuts);
          sorted.add(0);
          sorted.add(100);
          java.util.Collections.sort(sorted);
          Map<String, BigDecimal> w = new HashMap<>();
          for (int i = 0; i < CRITERIA.size(); i++) {
            w.put(CRITERIA.get(i).name(), BigDecimal.valueOf(sorted.get(i + 1) - sorted.get(i), 2));
          }
          return w;
        }));
    return Combinators.combine(ratings, weights).as((r, w) -> Arbitraries.integers().between(0, r.size() - 1)
        .flatMap(pick -> ExactFraction.near(ExactFraction.of(r.get(pick).value()))
            .map(t -> new Card(r, w, t.max(BigDecimal.ZERO).min(FIVE), r.get(pick).value()))))
        .flatMap(a -> a);
  }

  @Property(tries = 2000)
  void gaps_areTheRatingsWhoseExactValueIsBelowTheTarget(@ForAll("cards") Card card) {
    ScorecardPolicy policy = ScorecardPolicy.builder().gapTarget(card.target).weights(card.weights).build();
    ScorecardResult result = FourCScorer.of(policy).score(card.ratings);
    List<String> expected = new ArrayList<>();
    for (FourC criterion : CRITERIA) {
      for (String sub : criterion.subCriteria()) {
        card.ratings.stream().filter(r -> r.criterion().equals(criterion.name()) && r.subCriterion().get().equals(sub)
                && r.value().compareTo(card.target) < 0)
            .forEach(r -> expected.add(criterion.name() + "." + sub));
      }
    }
    assertThat(result.gaps()).extracting(g -> g.criterion() + "." + g.subCriterion().orElse(""))
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(result.gaps()).allMatch(g -> g.target().compareTo(card.target) == 0);
    ExactFraction overall = exactOverall(card.ratings, card.weights);
    assertThat(result.overall()).isEqualByComparingTo(overall.rounded(2));
    assertThat(result.weightedScore()).isEqualByComparingTo(overall.dividedBy(ExactFraction.of(20, 1)).rounded(4));
    int side = Integer.signum(card.near.compareTo(card.target));
    Statistics.label("rating vs gap target").collect(side < 0 ? "below" : side == 0 ? "at" : "above");
    Statistics.label("rating vs gap target").coverage(coverage -> {
      coverage.check("below").count(n -> n > 0);
      coverage.check("above").count(n -> n > 0);
      if (CampaignTries.exhaustive()) {
        coverage.check("at").count(n -> n > 0);
      }
    });
  }
}
