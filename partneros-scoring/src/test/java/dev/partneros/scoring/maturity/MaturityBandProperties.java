package dev.partneros.scoring.maturity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.CampaignTries;
import dev.partneros.core.ExactFraction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The partner maturity level and the program stage are the ones the exact composite and the exact
 * shares fall in, for bounds within 0.01 either side of them
 * ({@code docs/rules/conventions.md#decisions-compare-the-exact-value}).
 */
class MaturityBandProperties {

  static final BigDecimal HUNDRED = new BigDecimal("100");
  static final List<MaturityPolicy.PartnerInput> INPUTS = List.of(MaturityPolicy.PartnerInput.values());

  /** Sub-scores, weights (empty for equal ones), a level minimum near the exact composite, and that composite. */
  static final class Partner {
    final Map<MaturityPolicy.PartnerInput, BigDecimal> scores;
    final Map<MaturityPolicy.PartnerInput, BigDecimal> weights;
    final List<MaturityPolicy.PartnerLevel> levels;
    final ExactFraction exact;
    final BigDecimal minimum;

    Partner(Map<MaturityPolicy.PartnerInput, BigDecimal> scores, Map<MaturityPolicy.PartnerInput, BigDecimal> weights,
        List<MaturityPolicy.PartnerLevel> levels, ExactFraction exact, BigDecimal minimum) {
      this.scores = scores;
      this.weights = weights;
      this.levels = levels;
      this.exact = exact;
      this.minimum = minimum;
    }

    @Override
    public String toString() {
      return scores + " weights " + weights + " exact " + exact + " levels " + levels;
    }
  }

  static MaturityPolicy.PartnerLevel level(String name, BigDecimal min) {
    return new MaturityPolicy.PartnerLevel.Builder().name(name).min(min).build();
  }

  /** Four levels with the minimum as the second (1), third (2) or fourth (3), the others spread out. */
  static List<MaturityPolicy.PartnerLevel> levelsWith(BigDecimal minimum, int role) {
    BigDecimal room = HUNDRED.subtract(minimum);
    BigDecimal[] mins;
    if (role == 1) {
      mins = new BigDecimal[] {minimum, minimum.add(room.divide(new BigDecimal("3"), 6, RoundingMode.DOWN)),
          minimum.add(room.divide(new BigDecimal("1.5"), 6, RoundingMode.DOWN))};
    } else if (role == 2) {
      mins = new BigDecimal[] {minimum.divide(new BigDecimal("2"), 6, RoundingMode.DOWN), minimum,
          minimum.add(room.divide(new BigDecimal("2"), 6, RoundingMode.DOWN))};
    } else {
      mins = new BigDecimal[] {minimum.divide(new BigDecimal("3"), 6, RoundingMode.DOWN),
          minimum.divide(new BigDecimal("1.5"), 6, RoundingMode.DOWN), minimum};
    }
    return List.of(level("L0", BigDecimal.ZERO), level("L1", mins[0]), level("L2", mins[1]), level("L3", mins[2]));
  }

  @Provide
  Arbitrary<Partner> partners() {
    Arbitrary<List<BigDecimal>> scores = Arbitraries.bigDecimals().between(BigDecimal.ZERO, HUNDRED).ofScale(3)
        .list().ofSize(INPUTS.size());
    // weights in hundredths summing to 1, or none (equal weights)
    Arbitrary<List<Integer>> cuts = Arbitraries.integers().between(0, 100).list().ofSize(INPUTS.size() - 1);
    Arbitrary<Map<MaturityPolicy.PartnerInput, BigDecimal>> weights = Arbitraries.oneOf(
        Arbitraries.just(Map.of()), cuts.map(c -> {
          List<Integer> sorted = new ArrayList<>(c);
          sorted.add(0);
          sorted.add(100);
          java.util.Collections.sort(sorted);
          Map<MaturityPolicy.PartnerInput, BigDecimal> w = new EnumMap<>(MaturityPolicy.PartnerInput.class);
          for (int i = 0; i < INPUTS.size(); i++) {
            w.put(INPUTS.get(i), BigDecimal.valueOf(sorted.get(i + 1) - sorted.get(i), 2));
          }
          return w;
        }));
    return Combinators.combine(scores, weights).as((s, w) -> {
      Map<MaturityPolicy.PartnerInput, BigDecimal> map = new EnumMap<>(MaturityPolicy.PartnerInput.class);
      ExactFraction exact = ExactFraction.ZERO;
      for (int i = 0; i < INPUTS.size(); i++) {
        map.put(INPUTS.get(i), s.get(i));
        ExactFraction weight = w.isEmpty() ? ExactFraction.of(1, INPUTS.size()) : ExactFraction.of(w.get(INPUTS.get(i)));
        exact = exact.plus(weight.times(s.get(i)));
      }
      ExactFraction composite = exact;
      return Combinators.combine(ExactFraction.near(composite), Arbitraries.integers().between(1, 3))
          .as((min, role) -> min.compareTo(new BigDecimal("0.01")) < 0 || min.compareTo(new BigDecimal("99.99")) > 0
              ? null : new Partner(map, w, levelsWith(min, role), composite, min));
    }).flatMap(a -> a).filter(p -> p != null);
  }

  @Property(tries = 2000)
  void partnerLevel_isTheLevelTheExactCompositeFallsIn(@ForAll("partners") Partner p) {
    MaturityPolicy policy = new MaturityPolicy.Builder().partnerLevels(p.levels).partnerWeights(p.weights).build();
    PartnerMaturity maturity = MaturityAssessor.of(policy).partnerLevel(p.scores);
    String expected = p.levels.get(0).name();
    for (MaturityPolicy.PartnerLevel level : p.levels) {
      if (p.exact.compareTo(level.min()) >= 0) {
        expected = level.name();
      }
    }
    assertThat(maturity.level()).isEqualTo(expected);
    assertThat(maturity.composite()).isEqualByComparingTo(p.exact.rounded(2));
    side(p.exact.compareTo(p.minimum));
  }

  /** A catalogue (items per stage), the items done per stage, and a threshold per stage near its share. */
  static final class Program {
    final int[] total;
    final int[] done;
    final Map<MaturityStage, BigDecimal> thresholds;

    Program(int[] total, int[] done, Map<MaturityStage, BigDecimal> thresholds) {
      this.total = total;
      this.done = done;
      this.thresholds = thresholds;
    }

    @Override
    public String toString() {
      return java.util.Arrays.toString(done) + " of " + java.util.Arrays.toString(total) + " against " + thresholds;
    }
  }

  @Provide
  Arbitrary<Program> programs() {
    int stages = MaturityStage.values().length;
    Arbitrary<int[]> totals = Arbitraries.integers().between(1, 9).array(int[].class).ofSize(stages);
    return totals.flatMap(total -> {
      List<Arbitrary<Integer>> done = new ArrayList<>();
      for (int t : total) {
        done.add(Arbitraries.integers().between(0, t));
      }
      return Combinators.combine(done).as(d -> d.stream().mapToInt(Integer::intValue).toArray())
          .flatMap(d -> {
            List<Arbitrary<BigDecimal>> thresholds = new ArrayList<>();
            for (int i = 0; i < stages; i++) {
              ExactFraction share = ExactFraction.of(Math.max(d[i], 1), total[i]);
              thresholds.add(ExactFraction.near(share)
                  .map(x -> x.signum() <= 0 ? new BigDecimal("0.001") : x.min(BigDecimal.ONE)));
            }
            return Combinators.combine(thresholds).as(list -> {
              Map<MaturityStage, BigDecimal> map = new EnumMap<>(MaturityStage.class);
              for (int i = 0; i < stages; i++) {
                map.put(MaturityStage.values()[i], list.get(i));
              }
              return new Program(total, d, map);
            });
          });
    });
  }

  @Property(tries = 2000)
  void stage_isTheHighestStageWhoseExactSharesAllMeetTheirThresholds(@ForAll("programs") Program p) {
    List<ChecklistItem> items = new ArrayList<>();
    Set<String> completed = new HashSet<>();
    for (MaturityStage stage : MaturityStage.values()) {
      for (int i = 0; i < p.total[stage.ordinal()]; i++) {
        String id = stage.name() + "." + i;
        items.add(ChecklistItem.of(id, stage, CapabilityArea.values()[i % CapabilityArea.values().length], id));
        if (i < p.done[stage.ordinal()]) {
          completed.add(id);
        }
      }
    }
    MaturityPolicy policy = new MaturityPolicy.Builder().items(items).stageThresholds(p.thresholds).build();
    MaturityStage expected = MaturityStage.FOUNDATIONAL;
    for (MaturityStage stage : MaturityStage.values()) {
      ExactFraction share = ExactFraction.of(p.done[stage.ordinal()], p.total[stage.ordinal()]);
      int side = share.compareTo(p.thresholds.get(stage));
      side(side);
      if (side < 0) {
        break;
      }
      expected = stage;
    }
    assertThat(MaturityAssessor.of(policy).stage(completed).stage()).isEqualTo(expected);
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
