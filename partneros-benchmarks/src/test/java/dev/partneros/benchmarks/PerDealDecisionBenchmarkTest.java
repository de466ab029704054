package dev.partneros.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The per-deal decision benchmark compares like with like: on every deal it cycles through, the
 * engine's decision is the hand-written baseline's amount.
 */
class PerDealDecisionBenchmarkTest {

  @Test
  void decideGivesTheBaselineAmountOnEveryDeal() {
    PerDealDecisionBenchmark bench = new PerDealDecisionBenchmark();
    bench.deals = 1024;
    bench.setUp();
    assertThat(bench.size()).isEqualTo(1024);
    for (int i = 0; i < bench.size(); i++) {
      assertThat(bench.decideAt(i).amount()).as("deal %d", i).isEqualByComparingTo(bench.baselineAt(i));
    }
  }
}
