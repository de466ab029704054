package dev.partneros.scoring.ipp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ProspectProperties {

  static final IppScorer IPP = IppScorer.of(IppPolicy.standard());

  @Provide
  Arbitrary<Map<String, IppAssessment.Level>> ratings() {
    List<String> attributes = IppPolicy.standard().groups().stream().flatMap(g -> g.attributes().stream())
        .collect(java.util.stream.Collectors.toList());
    return Arbitraries.maps(Arbitraries.of(attributes), Arbitraries.of(IppAssessment.Level.class)).ofMinSize(1).ofMaxSize(25);
  }

  @Provide
  Arbitrary<String> disqualifier() {
    return Arbitraries.of(IppPolicy.standard().disqualifiers());
  }

  @Property
  void aDisqualifierAlwaysYieldsPoorFit(@ForAll("ratings") Map<String, IppAssessment.Level> ratings,
      @ForAll("disqualifier") String disqualifier) {
    IppFit fit = IPP.assess(IppAssessment.builder().prospect("p").putAllRatings(ratings)
        .putDisqualifiers(disqualifier, true).build());
    assertThat(fit.rating()).isEqualTo(IppFit.Rating.POOR_FIT);
    assertThat(fit.disqualifiersFound()).contains(disqualifier);
  }

  @Property
  void ippScoreIsWithin0To100_andRaisingALevelNeverLowersIt(@ForAll("ratings") Map<String, IppAssessment.Level> ratings) {
    IppFit fit = IPP.assess(IppAssessment.builder().prospect("p").putAllRatings(ratings).build());
    assertThat(fit.score()).isBetween(java.math.BigDecimal.ZERO, new java.math.BigDecimal("100"));
    for (Map.Entry<String, IppAssessment.Level> rating : ratings.entrySet()) {
      if (rating.getValue() == IppAssessment.Level.HIGH) {
        continue;
      }
      Map<String, IppAssessment.Level> better = new HashMap<>(ratings);
      better.put(rating.getKey(), IppAssessment.Level.values()[rating.getValue().ordinal() + 1]);
      IppFit improved = IPP.assess(IppAssessment.builder().prospect("p").putAllRatings(better).build());
      assertThat(improved.score()).isGreaterThanOrEqualTo(fit.score());
      assertThat(improved.rating().compareTo(fit.rating())).isGreaterThanOrEqualTo(0);
    }
  }
}
