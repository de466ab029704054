package dev.partneros.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.attribution.CreditSplit;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-written linear split gives the engine's parts on the benchmark's deal at every swept
 * size, so the benchmark compares equal work.
 */
class SplitBaselineTest {

  @ParameterizedTest
  @ValueSource(ints = {2, 10, 100, 1000})
  void linearBaselineGivesTheEngineParts(int touches) {
    AttributionBenchmark bench = new AttributionBenchmark();
    bench.touches = touches;
    bench.setUp();
    CreditSplit split = bench.splitLinear();
    Map<PartnerId, BigDecimal> engine = new TreeMap<>();
    split.amounts().forEach((partner, money) -> engine.put(partner, money.amount()));
    assertThat(engine).isNotEmpty();
    assertThat(bench.splitLinearBaseline()).isEqualTo(engine);
    assertThat(Money.total(split.amounts().values(), split.dealAmount().currency())).isEqualTo(split.dealAmount());
  }
}
