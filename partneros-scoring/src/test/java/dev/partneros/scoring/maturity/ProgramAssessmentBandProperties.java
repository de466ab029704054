package dev.partneros.scoring.maturity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.CampaignTries;
import dev.partneros.core.ExactFraction;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The program assessment's stage is the one the exact average level falls in (its whole part:
 * 1.x Foundational to 4 Optimized), however close the average is to a whole level, and the average
 * shown is the exact one rounded once ({@code docs/rules/maturity.md#program-assessment},
 * {@code docs/rules/conventions.md#decisions-compare-the-exact-value}). The stage bounds are fixed
 * whole levels, so the averages are taken near them: all on a level, or moved by one level on one
 * to three dimensions (the closest an average of seven levels comes to a bound, 1/7).
 */
class ProgramAssessmentBandProperties {

  static final List<ProgramAssessment.Dimension> DIMENSIONS = List.of(ProgramAssessment.Dimension.values());

  /** Levels near a whole average: a base level, with a few dimensions one level up or down. */
  @Provide
  Arbitrary<Map<ProgramAssessment.Dimension, Integer>> levels() {
    Arbitrary<Map<ProgramAssessment.Dimension, Integer>> near = Arbitraries.integers().between(1, 4).flatMap(base ->
        Arbitraries.integers().between(-1, 1).list().ofSize(DIMENSIONS.size()).map(moves -> {
          Map<ProgramAssessment.Dimension, Integer> map = new EnumMap<>(ProgramAssessment.Dimension.class);
          int moved = 0;
          for (int i = 0; i < DIMENSIONS.size(); i++) {
            int move = moved < 3 ? moves.get(i) : 0;
            moved += move == 0 ? 0 : 1;
            map.put(DIMENSIONS.get(i), Math.max(1, Math.min(4, base + move)));
          }
          return map;
        }));
    Arbitrary<Map<ProgramAssessment.Dimension, Integer>> any = Arbitraries.integers().between(1, 4).list()
        .ofSize(DIMENSIONS.size()).map(list -> {
          Map<ProgramAssessment.Dimension, Integer> map = new EnumMap<>(ProgramAssessment.Dimension.class);
          for (int i = 0; i < DIMENSIONS.size(); i++) {
            map.put(DIMENSIONS.get(i), list.get(i));
          }
          return map;
        });
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, near), net.jqwik.api.Tuple.of(1, any));
  }

  @Property(tries = 2000)
  void programAssessment_stageIsTheOneTheExactAverageFallsIn(@ForAll("levels") Map<ProgramAssessment.Dimension, Integer> levels) {
    ProgramAssessment assessment = ProgramAssessment.of(levels);
    ExactFraction average = ExactFraction.of(levels.values().stream().mapToLong(Integer::longValue).sum(),
        levels.size());
    MaturityStage expected = MaturityStage.FOUNDATIONAL;
    for (MaturityStage stage : MaturityStage.values()) {
      if (average.compareTo(ExactFraction.of(stage.ordinal() + 1, 1)) >= 0) {
        expected = stage;
      }
    }
    assertThat(assessment.stage()).isEqualTo(expected);
    assertThat(assessment.average()).isEqualByComparingTo(average.rounded(2));
    // the whole level nearest the average, as the bound it is compared with
    ExactFraction bound = ExactFraction.of(average.rounded(0).longValueExact(), 1);
    int side = average.compareTo(bound);
    Statistics.label("exact average vs nearest stage bound").collect(side < 0 ? "below" : side == 0 ? "at" : "above");
    Statistics.label("exact average vs nearest stage bound").coverage(coverage -> {
      coverage.check("below").count(n -> n > 0);
      coverage.check("above").count(n -> n > 0);
      if (CampaignTries.exhaustive()) {
        coverage.check("at").count(n -> n > 0);
      }
    });
  }
}
