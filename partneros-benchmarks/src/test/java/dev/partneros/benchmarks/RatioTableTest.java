package dev.partneros.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The ratio report's arithmetic, table lines and pair list, without running JMH. */
class RatioTableTest {

  private static final RatioPair PAIR = new RatioPair("tier qualification", "explained", "TierBenchmark.measureAndQualify",
      "TierBenchmark.qualifyBaseline", Map.of("partners", "100"), "partners", "partner", 0.3, -1);

  @Test
  void median_oddEvenAndNaN() {
    assertThat(RatioTable.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
    assertThat(RatioTable.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
    assertThat(RatioTable.median(List.of(5.0, Double.NaN))).isEqualTo(5.0);
    assertThat(RatioTable.median(List.of(Double.NaN))).isNaN();
  }

  @Test
  void round_ratioIsBaselineOverEngine() {
    assertThat(new RatioTable.Round(200, 50, 0, 0).ratio()).isEqualTo(0.25);
  }

  @Test
  void ratio_twoDecimalsElseTwoSignificantFigures() {
    assertThat(RatioTable.ratio(1.234)).isEqualTo("1.23");
    assertThat(RatioTable.ratio(0.1)).isEqualTo("0.10");
    assertThat(RatioTable.ratio(0.0312)).isEqualTo("0.031");
    assertThat(RatioTable.ratio(0.00043)).isEqualTo("0.00043");
  }

  @Test
  void time_threeSignificantFiguresInTheLargestUnit() {
    assertThat(RatioTable.time(12.345)).isEqualTo("12.3 ns");
    assertThat(RatioTable.time(1_234.5)).isEqualTo("1.23 us");
    assertThat(RatioTable.time(456_700_000)).isEqualTo("457 ms");
    assertThat(RatioTable.time(12_300_000_000.0)).isEqualTo("12.3 s");
  }

  @Test
  void line_mediansRatioSpreadBytesPerDecisionAndMet() {
    List<RatioTable.Round> rounds = List.of(new RatioTable.Round(1_000_000, 400_000, 48_300, 400),
        new RatioTable.Round(1_100_000, 330_000, 48_500, 400), new RatioTable.Round(900_000, 360_000, 48_300, 400));
    // ratios 0.40, 0.30, 0.40: median 0.40; engine median 1.00 ms; baseline median 360 us
    assertThat(RatioTable.line(PAIR, rounds)).isEqualTo("| tier qualification | explained | 1.00 ms | 360 us | 0.40x "
        + "(0.30-0.40) | >= 0.3x | 483 vs 4 B per partner | yes |");
  }

  @Test
  void line_oneRoundHasNoSpreadAndAMissedTargetIsBold() {
    List<RatioTable.Round> rounds = List.of(new RatioTable.Round(100, 20, 0, 0));
    assertThat(RatioTable.line(PAIR, rounds)).isEqualTo("| tier qualification | explained | 100 ns | 20.0 ns | 0.20x "
        + "| >= 0.3x | 0 vs 0 B per partner | **no** |");
  }

  @Test
  void met_bytesTargetCountsTooAndNoTargetIsADash() {
    RatioPair decision = new RatioPair("health", "decision only", "A.a", "A.b", Map.of(), "", "partner", 1.0, 64);
    assertThat(RatioTable.met(decision, 1.2, 64)).isEqualTo("yes");
    assertThat(RatioTable.met(decision, 1.2, 65)).isEqualTo("**no**");
    assertThat(RatioTable.met(decision, 0.9, 0)).isEqualTo("**no**");
    assertThat(RatioTable.met(decision, 1.2, Double.NaN)).isEqualTo("**no**");
    RatioPair none = new RatioPair("x", "y", "A.a", "A.b", Map.of(), "", "call", 0, -1);
    assertThat(RatioTable.met(none, 0.1, 1e9)).isEqualTo("-");
    assertThat(RatioTable.line(decision, List.of(new RatioTable.Round(10, 12, 32, 0))))
        .endsWith("| >= 1.0x, <= 64 B | 32 vs 0 B/op | yes |");
  }

  @Test
  void notPresent_namesTheMissingBenchmark() {
    assertThat(RatioTable.notPresent(PAIR, "TierDecisionBenchmark.decide")).isEqualTo(
        "| tier qualification | explained | not present: TierDecisionBenchmark.decide | | | >= 0.3x | | - |");
    assertThat(RatioTable.HEADER.lines().findFirst().orElseThrow()).isEqualTo(
        "| rule | variant | engine | baseline | ratio | target | bytes/op engine vs baseline | met |");
  }

  @Test
  void failed_keepsTheFirstLineOfTheMessageEscaped() {
    assertThat(RatioTable.failed(PAIR, "Benchmark had encountered error | x\nat line 2")).isEqualTo(
        "| tier qualification | explained | failed: Benchmark had encountered error \\| x | | | >= 0.3x | | - |");
  }

  @Test
  void pair_missingLooksUpBothSides() {
    String engine = RatioPair.PACKAGE + "TierBenchmark.measureAndQualify";
    String baseline = RatioPair.PACKAGE + "TierBenchmark.qualifyBaseline";
    assertThat(PAIR.missing(Set.of(engine, baseline))).isEmpty();
    assertThat(PAIR.missing(Set.of(engine))).contains("TierBenchmark.qualifyBaseline");
    assertThat(PAIR.missing(Set.of(baseline))).contains("TierBenchmark.measureAndQualify");
    assertThat(PAIR.decisionsPerCall()).isEqualTo(100);
  }

  @Test
  void pair_perCallMustBeAParameter() {
    assertThatThrownBy(() -> new RatioPair("r", "v", "A.a", "A.b", Map.of(), "deals", "deal", 0.5, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("perCall must name one of the params");
  }

  @Test
  void everyPairIsInTheBenchmarkList() {
    Set<String> available = RatioReport.available();
    for (RatioPair pair : RatioPair.all()) {
      assertThat(pair.missing(available)).as(pair.rule() + " / " + pair.variant()).isEmpty();
    }
  }


  @Test
  void settings_parseEveryOptionAndRefuseOthers() {
    RatioReport.Settings settings = RatioReport.Settings.parse("--rounds", "5", "--quick", "--only", "tier", "--out", "r.md");
    assertThat(settings.rounds()).isEqualTo(5);
    assertThat(settings.quick()).isTrue();
    assertThat(settings.out()).contains(Path.of("r.md"));
    assertThat(settings.selects(PAIR)).isTrue();
    assertThat(RatioReport.Settings.parse("--only", "health").selects(PAIR)).isFalse();
    assertThat(RatioReport.Settings.parse().rounds()).isEqualTo(3);
    assertThatThrownBy(() -> RatioReport.Settings.parse("--fast")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("option must be one of --rounds N, --quick, --only REGEX, --out FILE, but was --fast");
    assertThatThrownBy(() -> RatioReport.Settings.parse("--rounds", "0")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--rounds must be at least 1, but was 0");
    assertThatThrownBy(() -> RatioReport.Settings.parse("--out")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--out must be followed by a value");
  }

  @Test
  void machine_namesCoresJvmAndOs() {
    assertThat(RatioReport.machine()).startsWith("Machine: " + Runtime.getRuntime().availableProcessors() + " cores")
        .contains("JVM ", "OS ");
  }
}
