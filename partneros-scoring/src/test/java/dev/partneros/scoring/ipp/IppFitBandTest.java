package dev.partneros.scoring.ipp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("IPP fit ratings compare the exact score (docs/rules/ipp.md#fit-ratings)")
class IppFitBandTest {

  static final IppScorer STANDARD = IppScorer.of(IppPolicy.standard());

  /**
   * Rates the first {@code rated} attributes of each standard group (A to D) so that their levels
   * add up to {@code halves[g] / 2}: HIGH first, then one MEDIUM for an odd count, then LOW.
   */
  static IppFit assess(int[] rated, int[] halves) {
    List<IppPolicy.Group> groups = IppPolicy.standard().groups();
    Map<String, IppAssessment.Level> ratings = new HashMap<>();
    for (int g = 0; g < groups.size(); g++) {
      for (int i = 0; i < rated[g]; i++) {
        IppAssessment.Level level = i < halves[g] / 2 ? IppAssessment.Level.HIGH
            : i == halves[g] / 2 && halves[g] % 2 == 1 ? IppAssessment.Level.MEDIUM : IppAssessment.Level.LOW;
        ratings.put(groups.get(g).attributes().get(i), level);
      }
    }
    return STANDARD.assess(IppAssessment.builder().prospect("p").putAllRatings(ratings).build());
  }

  @Test
  @DisplayName("docs/rules/conventions.md#decisions-compare-the-exact-value: 39.997 is shown 40.00 but stays POOR_FIT")
  void ippFit_scoreJustUnderThresholdStaysInLowerBand() {
    // 100 x (0.30 x 3/10 + 0.25 x 4/14 + 0.25 x 11/16 + 0.20 x 2/6) = 39.99702...
    IppFit fit = assess(new int[] {5, 7, 8, 3}, new int[] {3, 4, 11, 2});
    assertThat(fit.score()).isEqualByComparingTo("40.00");
    assertThat(fit.rating()).isEqualTo(IppFit.Rating.POOR_FIT);
    assertThat(fit.explanation().sentences()).last().isEqualTo("IPP score 40.00 -> POOR_FIT");
  }

  @Test
  @DisplayName("docs/rules/ipp.md#fit-ratings: exactly 40 is MODERATE_CONCERN (the threshold is inclusive)")
  void ippFit_scoreAtThresholdIsInItsBand() {
    // 100 x (0.30 x 5/10 + 0.25 x 7/14 + 0.25 x 8/16 + 0.20 x 0/6) = 40
    IppFit fit = assess(new int[] {5, 7, 8, 3}, new int[] {5, 7, 8, 0});
    assertThat(fit.score()).isEqualByComparingTo("40.00");
    assertThat(fit.rating()).isEqualTo(IppFit.Rating.MODERATE_CONCERN);
  }

  @Test
  @DisplayName("docs/rules/ipp.md#fit-ratings: 40.009 is MODERATE_CONCERN")
  void ippFit_scoreJustAboveThresholdIsInItsBand() {
    // 100 x (0.30 x 1/10 + 0.25 x 2/14 + 0.25 x 15/16 + 0.20 x 3/6) = 40.00892...
    IppFit fit = assess(new int[] {5, 7, 8, 3}, new int[] {1, 2, 15, 3});
    assertThat(fit.score()).isEqualByComparingTo("40.01");
    assertThat(fit.rating()).isEqualTo(IppFit.Rating.MODERATE_CONCERN);
  }

  @Test
  @DisplayName("docs/rules/conventions.md#decisions-compare-the-exact-value: a third of a point under a custom threshold stays below it")
  void ippFit_repeatingScoreAgainstAThresholdOfItsOwnDigits() {
    // one group of three attributes: two HIGH and one LOW score exactly 200/3 = 66.666...
    IppPolicy policy = new IppPolicy.Builder().groups(List.of(IppPolicy.Group.of("ALL", "1", "a", "b", "c")))
        .disqualifiers(List.of()).moderateFrom(new java.math.BigDecimal("40"))
        .goodFrom(new java.math.BigDecimal("66.67")).excellentFrom(new java.math.BigDecimal("83.33")).build();
    IppScorer scorer = IppScorer.of(policy);
    IppFit under = scorer.assess(IppAssessment.builder().prospect("p").putRatings("a", IppAssessment.Level.HIGH)
        .putRatings("b", IppAssessment.Level.HIGH).putRatings("c", IppAssessment.Level.LOW).build());
    assertThat(under.score()).isEqualByComparingTo("66.67");
    assertThat(under.rating()).isEqualTo(IppFit.Rating.MODERATE_CONCERN);
    IppFit above = scorer.assess(IppAssessment.builder().prospect("p").putRatings("a", IppAssessment.Level.HIGH)
        .putRatings("b", IppAssessment.Level.HIGH).putRatings("c", IppAssessment.Level.MEDIUM).build());
    assertThat(above.score()).isEqualByComparingTo("83.33");
    assertThat(above.rating()).isEqualTo(IppFit.Rating.EXCELLENT_FIT);
  }
}
