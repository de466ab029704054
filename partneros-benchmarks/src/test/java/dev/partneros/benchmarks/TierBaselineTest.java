package dev.partneros.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.Tier;
import dev.partneros.tiers.Qualification;
import dev.partneros.tiers.TierDecision;
import dev.partneros.tiers.TierProgram;
import dev.partneros.tiers.TierQualifier;
import dev.partneros.tiers.TierState;
import dev.partneros.tiers.TierStateMachine;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The hand-written {@link TierBaseline} decides as the engines do on the benchmark inputs. */
class TierBaselineTest {

  private final TierQualifier qualifier = TierQualifier.of(TierProgram.standard());
  private final TierStateMachine machine = TierStateMachine.of(TierProgram.standard());

  private static TierBenchmark inputs() {
    TierBenchmark bench = new TierBenchmark();
    bench.partners = 2000;
    bench.setUp();
    return bench;
  }

  @Test
  void qualifiesEveryBenchmarkPartnerForTheEnginesTier() {
    TierBenchmark bench = inputs();
    Set<Tier> seen = new HashSet<>();
    for (int i = 0; i < bench.partners; i++) {
      Tier engine = qualifier.qualify(bench.facts.get(i), TierBenchmark.AS_OF).qualifiedTier();
      assertThat(TierBaseline.qualify(bench.facts.get(i), TierBenchmark.AS_OF)).as("partner %d", i).isEqualTo(engine);
      seen.add(engine);
    }
    assertThat(seen).as("the inputs reach the tiers below Platinum").contains(Tier.REGISTERED, Tier.SILVER, Tier.GOLD);
  }

  @Test
  void checkedQualificationKeepsTheEnginesMeasuresAndChecks() {
    TierBenchmark bench = inputs();
    Set<Boolean> goldSeen = new HashSet<>();
    for (int i = 0; i < bench.partners; i++) {
      Qualification engine = qualifier.qualify(bench.facts.get(i), TierBenchmark.AS_OF);
      TierBaseline.Checked hand = TierBaseline.qualifyChecked(bench.facts.get(i), TierBenchmark.AS_OF);
      assertThat(hand.tier()).as("tier of partner %d", i).isEqualTo(engine.qualifiedTier())
          .isEqualTo(TierBaseline.qualify(bench.facts.get(i), TierBenchmark.AS_OF));
      assertThat(hand.sourcedArr()).as("sourced ARR of partner %d", i)
          .isEqualByComparingTo(engine.metrics().sourcedArr().amount());
      assertThat((long) hand.referrals()).as("referrals of partner %d", i).isEqualTo(engine.metrics().qualifiedReferrals());
      assertThat((long) hand.certifiedPeople()).as("certified of partner %d", i)
          .isEqualTo(engine.metrics().certifiedPeople());
      assertThat(List.of(hand.silver(), hand.gold(), hand.platinum())).as("checks of partner %d", i)
          .isEqualTo(List.of(engine.holds(Tier.SILVER), engine.holds(Tier.GOLD), engine.holds(Tier.PLATINUM)));
      goldSeen.add(hand.gold());
    }
    assertThat(goldSeen).as("Gold's criteria both hold and fail").containsExactlyInAnyOrder(true, false);
  }

  @Test
  void stepsEveryBenchmarkPartnerToTheEnginesState() {
    TierBenchmark bench = inputs();
    Set<Object> transitions = new HashSet<>();
    for (int i = 0; i < bench.partners; i++) {
      TierDecision decision = machine.next(bench.states.get(i), TierBenchmark.QUARTER_END, bench.facts.get(i));
      TierBaseline.Step step = TierBaseline.next(bench.states.get(i), TierBenchmark.QUARTER_END, bench.facts.get(i));
      assertSameState(step, decision.state(), i);
      transitions.add(decision.transition());
    }
    assertThat(transitions).as("upgrades, downgrades, grace started and cleared, and no change").hasSize(5);
  }

  @Test
  void stepsEveryHistoryBenchmarkPartnerToTheEnginesState() {
    for (int quarters : new int[] {1, 8}) {
      TierHistoryBenchmark bench = new TierHistoryBenchmark();
      bench.quarters = quarters;
      bench.setUp();
      for (int i = 0; i < TierHistoryBenchmark.PARTNERS; i++) {
        TierDecision decision = machine.next(bench.states.get(i), TierHistoryBenchmark.QUARTER_END, bench.facts.get(i));
        assertSameState(TierBaseline.next(bench.states.get(i), TierHistoryBenchmark.QUARTER_END, bench.facts.get(i)),
            decision.state(), i);
      }
    }
  }

  private static void assertSameState(TierBaseline.Step step, TierState engine, int partner) {
    assertThat(step.tier()).as("tier of partner %d", partner).isEqualTo(engine.tier());
    assertThat(step.inGrace()).as("grace of partner %d", partner).isEqualTo(engine.status() == TierState.Status.IN_GRACE);
    assertThat(step.since()).as("since of partner %d", partner).isEqualTo(engine.since());
    assertThat(java.util.Optional.ofNullable(step.graceEnds())).as("grace end of partner %d", partner)
        .isEqualTo(engine.graceEnds());
  }
}
