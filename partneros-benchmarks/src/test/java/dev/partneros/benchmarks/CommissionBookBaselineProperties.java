package dev.partneros.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.attribution.commission.CommissionLine;
import dev.partneros.attribution.commission.CommissionResult;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * For generated books of any size and seed, the hand-written whole-book baseline gives the engine's
 * lines, clawbacks and payout runs, so {@link CommissionBookBenchmark} compares like with like.
 */
class CommissionBookBaselineProperties {

  @Property(tries = 30)
  void baselineGivesTheEnginesBook(@ForAll @IntRange(min = 1, max = 600) int deals, @ForAll @LongRange long seed) {
    CommissionBookBenchmark bench = new CommissionBookBenchmark();
    bench.deals = deals;
    bench.generate(seed);
    CommissionResult engine = bench.calculate();
    CommissionBookBaseline.Book hand = bench.bookBaseline();
    List<String> engineLines = new ArrayList<>();
    for (CommissionLine line : engine.lines()) {
      if (line.kind() != CommissionLine.Kind.CLAWBACK_ADJUSTMENT) {
        engineLines.add(line.dealId().orElseThrow() + " " + line.amount().amount().toPlainString() + " "
            + line.clawedBack().amount().toPlainString() + " " + line.paidOn().map(Object::toString).orElse("-"));
      }
    }
    assertThat(hand.lines().stream().map(line -> line.dealId() + " " + line.amount().toPlainString() + " "
        + line.clawedBack().toPlainString() + " " + line.paidOn().map(Object::toString).orElse("-")).toList())
        .containsExactlyInAnyOrderElementsOf(engineLines);
    assertThat(hand.clawbacks().stream().map(c -> c.dealId() + " " + c.clawback().toPlainString() + " "
        + c.cancelledAccrual().toPlainString()).toList())
        .containsExactlyInAnyOrderElementsOf(engine.clawbacks().stream().map(c -> c.dealId() + " "
            + c.clawback().amount().toPlainString() + " " + c.cancelledAccrual().amount().toPlainString()).toList());
    assertThat(hand.payouts().stream().map(run -> run.partner().value() + " " + run.date() + " "
        + run.netPayable().toPlainString() + " " + run.paid().toPlainString()).toList())
        .containsExactlyInAnyOrderElementsOf(engine.payoutRuns().stream().map(run -> run.partner().value() + " "
            + run.runDate() + " " + run.netPayable().amount().toPlainString() + " "
            + run.paid().amount().toPlainString()).toList());
  }
}
