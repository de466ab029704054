package dev.partneros.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.attribution.commission.ClawbackDecision;
import dev.partneros.attribution.commission.CommissionLine;
import dev.partneros.attribution.commission.CommissionResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hand-written commission baselines compute the same amounts as the engine on the benchmark's
 * own inputs, so the benchmark compares like with like.
 */
class CommissionBaselineTest {

  private static CommissionBenchmark bench;

  @BeforeAll
  static void setUp() {
    bench = new CommissionBenchmark();
    bench.deals = 2000;
    bench.setUp();
  }

  private static Map<String, BigDecimal> engineAmounts(CommissionResult result, CommissionLine.Kind kind) {
    assertThat(result.lines()).allSatisfy(line -> assertThat(line.kind()).isEqualTo(kind));
    return result.lines().stream().collect(Collectors.toMap(line -> line.dealId().orElseThrow(),
        (CommissionLine line) -> line.amount().amount(), (a, b) -> a, TreeMap::new));
  }

  private static Map<String, BigDecimal> baselineAmounts(List<CommissionBaseline.Line> lines) {
    return lines.stream().collect(Collectors.toMap(CommissionBaseline.Line::dealId, CommissionBaseline.Line::amount,
        (a, b) -> a, TreeMap::new));
  }

  @Test
  void tierRateBaselineGivesTheEngineAmounts() {
    Map<String, BigDecimal> engine = engineAmounts(bench.tierRateLines(), CommissionLine.Kind.TIER_RATE);
    assertThat(engine).hasSize(bench.deals);
    assertThat(baselineAmounts(bench.tierRateBaseline())).isEqualTo(engine);
  }

  @Test
  void marginalBracketBaselineGivesTheEngineAmounts() {
    Map<String, BigDecimal> engine = engineAmounts(bench.bracketLines(), CommissionLine.Kind.VOLUME_BRACKET);
    assertThat(engine).hasSize(bench.deals);
    // the generated volumes reach every bracket, so each rate is exercised
    assertThat(bench.bracketLines().lines()).extracting(line -> line.rate().orElseThrow().value().stripTrailingZeros().toPlainString())
        .contains("0.2", "0.25", "0.3");
    assertThat(baselineAmounts(bench.bracketBaseline())).isEqualTo(engine);
  }

  @Test
  void clawbackBaselineGivesTheEngineAmounts() {
    List<ClawbackDecision> engine = bench.clawbacks();
    List<CommissionBaseline.Clawback> baseline = bench.clawbackBaseline();
    assertThat(baseline).hasSize(engine.size());
    assertThat(engine).hasSize(bench.deals);
    for (int i = 0; i < engine.size(); i++) {
      ClawbackDecision decision = engine.get(i);
      CommissionBaseline.Clawback hand = baseline.get(i);
      assertThat(hand.dealId()).isEqualTo(decision.dealId());
      assertThat(hand.clawback()).as(decision.dealId()).isEqualTo(decision.clawback().amount());
      assertThat(hand.cancelledAccrual()).as(decision.dealId()).isEqualTo(decision.cancelledAccrual().amount());
      assertThat(hand.adjustment()).as(decision.dealId()).isEqualTo(decision.adjustment().amount());
    }
    // every band of the schedule is exercised
    assertThat(engine).extracting(d -> d.fraction().toString()).contains("1", "1/2", "0");
  }
}
