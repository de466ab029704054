package dev.partneros.scoring.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ScorecardProperties {

  static final FourCScorer SCORER = FourCScorer.of(ScorecardPolicy.standard());

  @Provide
  Arbitrary<List<Rating>> ratings() {
    List<Arbitrary<Rating>> perItem = new ArrayList<>();
    for (FourC c : List.of(FourC.CAPACITY, FourC.CAPABILITY, FourC.COMMITMENT, FourC.CUSTOMERS)) {
      for (String sub : c.subCriteria()) {
        perItem.add(Arbitraries.integers().between(0, 5).map(v -> Rating.of(c.name(), sub, v, "evidence")));
      }
    }
    // every sub-criterion rated, then some dropped (but never a whole criterion)
    return net.jqwik.api.Combinators.combine(perItem).as(List::copyOf)
        .flatMap(all -> Arbitraries.integers().between(0, all.size() - 1).list().ofMaxSize(10).map(drops -> {
          List<Rating> kept = new ArrayList<>(all);
          for (int drop : drops) {
            Rating r = all.get(drop);
            long sameCriterion = kept.stream().filter(k -> k.criterion().equals(r.criterion())).count();
            if (sameCriterion > 1) {
              kept.remove(r);
            }
          }
          return kept;
        }));
  }

  @Property
  void overallIsWithin0To100(@ForAll("ratings") List<Rating> ratings) {
    ScorecardResult result = SCORER.score(ratings);
    assertThat(result.overall()).isBetween(BigDecimal.ZERO, new BigDecimal("100"));
    assertThat(result.gaps()).isSortedAccordingTo(java.util.Comparator.comparing(ScorecardResult.Gap::rating));
    assertThat(result.gaps()).allMatch(g -> g.rating().compareTo(new BigDecimal("3")) < 0);
  }

  @Property
  void overallNeverFallsWhenARatingRises(@ForAll("ratings") List<Rating> ratings, @ForAll @IntRange(max = 200) int pick,
      @ForAll @IntRange(min = 0, max = 5) int raise) {
    int index = pick % ratings.size();
    Rating rating = ratings.get(index);
    BigDecimal higher = rating.value().add(BigDecimal.valueOf(raise)).min(new BigDecimal("5"));
    List<Rating> better = new ArrayList<>(ratings);
    better.set(index, new Rating.Builder().from(rating).value(higher).build());
    assertThat(SCORER.score(better).overall()).isGreaterThanOrEqualTo(SCORER.score(ratings).overall());
  }

  @Property
  void ratingOrderDoesNotMatter(@ForAll("ratings") List<Rating> ratings, @ForAll java.util.Random random) {
    List<Rating> shuffled = new ArrayList<>(ratings);
    java.util.Collections.shuffle(shuffled, random);
    ScorecardResult a = SCORER.score(ratings);
    ScorecardResult b = SCORER.score(shuffled);
    assertThat(b.overall()).isEqualTo(a.overall());
    assertThat(b.criteria()).isEqualTo(a.criteria());
  }
}
