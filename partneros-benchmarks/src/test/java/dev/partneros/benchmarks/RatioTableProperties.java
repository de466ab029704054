package dev.partneros.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

/** Laws of the ratio report's arithmetic. */
class RatioTableProperties {

  @Property
  void medianLiesBetweenTheExtremesWhateverTheOrder(
      @ForAll @Size(min = 1, max = 9) List<@DoubleRange(min = 0.01, max = 1e9) Double> values) {
    double median = RatioTable.median(values);
    assertThat(median).isBetween(Collections.min(values), Collections.max(values));
    List<Double> reversed = new ArrayList<>(values);
    Collections.reverse(reversed);
    assertThat(RatioTable.median(reversed)).isEqualTo(median);
  }

  @Property
  void aPairMeetsItsRatioTargetExactlyWhenTheMedianRatioReachesIt(
      @ForAll @Size(min = 1, max = 7) List<@DoubleRange(min = 1, max = 1e6) Double> engine,
      @ForAll @DoubleRange(min = 0.01, max = 10) double factor, @ForAll @DoubleRange(min = 0.1, max = 2) double target) {
    RatioPair pair = new RatioPair("r", "v", "A.a", "A.b", Map.of(), "", "call", target, -1);
    List<RatioTable.Round> rounds = engine.stream().map(e -> new RatioTable.Round(e, e * factor, 0, 0)).toList();
    double ratio = RatioTable.median(rounds.stream().map(RatioTable.Round::ratio).toList());
    assertThat(ratio).isCloseTo(factor, org.assertj.core.data.Percentage.withPercentage(1e-9));
    assertThat(RatioTable.line(pair, rounds)).endsWith(ratio >= target ? "| yes |" : "| **no** |");
  }
}
