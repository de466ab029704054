package dev.partneros.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.attribution.commission.ClawbackDecision;
import dev.partneros.attribution.commission.CommissionCalculator;
import dev.partneros.attribution.commission.CommissionDeal;
import dev.partneros.attribution.commission.CommissionLine;
import dev.partneros.attribution.commission.CommissionPlan;
import dev.partneros.attribution.commission.CommissionResult;
import dev.partneros.attribution.commission.CommissionState;
import dev.partneros.attribution.commission.DealCommission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hand-written whole-book and per-deal commission baselines give the engine's numbers on the
 * {@link CommissionBookBenchmark} inputs: every line's amount, clawed-back part and payout date,
 * every clawback, every payout run.
 */
class CommissionBookBaselineTest {

  private static CommissionBookBenchmark bench;
  private static CommissionResult engine;
  private static CommissionBookBaseline.Book hand;

  @BeforeAll
  static void setUp() {
    bench = new CommissionBookBenchmark();
    bench.deals = 3000;
    bench.setUp();
    engine = bench.calculate();
    hand = bench.bookBaseline();
  }

  @Test
  void theEngineGivesOnlyTheLineKindsTheBaselineWrites() {
    assertThat(engine.lines()).extracting(CommissionLine::kind).containsOnly(CommissionLine.Kind.TIER_RATE,
        CommissionLine.Kind.VOLUME_BRACKET, CommissionLine.Kind.CLAWBACK_ADJUSTMENT)
        .contains(CommissionLine.Kind.TIER_RATE, CommissionLine.Kind.VOLUME_BRACKET,
            CommissionLine.Kind.CLAWBACK_ADJUSTMENT);
  }

  @Test
  void everyLineHasTheEnginesAmountClawbackAndPayoutDate() {
    List<String> engineLines = new ArrayList<>();
    for (CommissionLine line : engine.lines()) {
      if (line.kind() != CommissionLine.Kind.CLAWBACK_ADJUSTMENT) {
        engineLines.add(line.partner().value() + " " + line.dealId().orElseThrow() + " "
            + line.amount().amount().toPlainString() + " " + line.clawedBack().amount().toPlainString() + " "
            + line.paidOn().map(Object::toString).orElse("unpaid"));
      }
    }
    List<String> handLines = hand.lines().stream().map(line -> line.partner().value() + " " + line.dealId() + " "
        + line.amount().toPlainString() + " " + line.clawedBack().toPlainString() + " "
        + line.paidOn().map(Object::toString).orElse("unpaid")).toList();
    long signed = bench.book.deals().stream().filter(deal -> !deal.signed().isAfter(CommissionBookBenchmark.AS_OF)).count();
    assertThat(handLines).hasSize((int) signed).containsExactlyInAnyOrderElementsOf(engineLines);
    Set<CommissionLine.Status> statuses = engine.lines().stream().map(CommissionLine::status).collect(Collectors.toSet());
    assertThat(statuses).as("the book reaches every status").containsExactlyInAnyOrder(CommissionLine.Status.values());
  }

  @Test
  void everyClawbackHasTheEnginesAmounts() {
    List<String> engineClawbacks = engine.clawbacks().stream().map(CommissionBookBaselineTest::text).toList();
    List<String> handClawbacks = hand.clawbacks().stream().map(c -> c.dealId() + " " + c.clawback().toPlainString() + " "
        + c.cancelledAccrual().toPlainString() + " " + c.adjustment().toPlainString()).toList();
    assertThat(handClawbacks).isNotEmpty().containsExactlyInAnyOrderElementsOf(engineClawbacks);
    assertThat(engine.clawbacks()).as("cancelled accruals and adjustments both happen")
        .anySatisfy(c -> assertThat(c.cancelledAccrual().isPositive()).isTrue())
        .anySatisfy(c -> assertThat(c.adjustment().isPositive()).isTrue());
  }

  @Test
  void everyPayoutRunHasTheEnginesAmounts() {
    List<String> engineRuns = engine.payoutRuns().stream().map(run -> run.partner().value() + " " + run.runDate() + " "
        + run.netPayable().amount().toPlainString() + " " + run.paid().amount().toPlainString()).toList();
    List<String> handRuns = hand.payouts().stream().map(run -> run.partner().value() + " " + run.date() + " "
        + run.netPayable().toPlainString() + " " + run.paid().toPlainString()).toList();
    assertThat(handRuns).isNotEmpty().containsExactlyInAnyOrderElementsOf(engineRuns);
  }

  @Test
  void perDealBaselineGivesTheCalculateDealAmounts() {
    CommissionCalculator calculator = CommissionCalculator.of(CommissionPlan.standard());
    for (int i = 0; i < bench.singleDeals.size(); i++) {
      CommissionDeal deal = bench.singleDeals.get(i);
      DealCommission result = calculator.calculateDeal(bench.dealAccounts.get(i), deal,
          CommissionState.empty(deal.partner()));
      assertThat(result.lines()).as(deal.dealId()).singleElement()
          .satisfies(line -> assertThat(line.kind()).isEqualTo(CommissionLine.Kind.TIER_RATE))
          .satisfies(line -> assertThat(line.amount().amount())
              .isEqualTo(CommissionBaseline.tierRateLine(deal).amount()));
    }
  }

  private static String text(ClawbackDecision c) {
    return c.dealId() + " " + c.clawback().amount().toPlainString() + " " + c.cancelledAccrual().amount().toPlainString()
        + " " + c.adjustment().amount().toPlainString();
  }
}
