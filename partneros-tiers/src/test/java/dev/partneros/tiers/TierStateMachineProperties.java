package dev.partneros.tiers;

import dev.partneros.core.CampaignTries;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.PartnerOsJson;
import dev.partneros.core.TierLadder;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.statistics.Statistics;

/**
 * Laws of the tier maintenance state machine over random histories
 * ({@code docs/rules/tiers.md#quarter-end-evaluation}).
 */
@Domain(TierDomain.class)
@Domain(DomainContext.Global.class)
class TierStateMachineProperties {

  static final TierLadder LADDER = TierLadder.standard();

  static int drop(TierDecision decision) {
    return LADDER.rankOf(decision.previous().tier()) - LADDER.rankOf(decision.tier());
  }

  static void collectTransitions(List<TierDecision> decisions) {
    for (TierDecision decision : decisions) {
      Statistics.label("transition").collect(decision.transition().map(Enum::name).orElse("none"));
    }
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<TierDomain.Scenario> plainScenarios() {
    return TierDomain.plainScenarios();
  }

  @Property
  void replayEqualsFoldingNext(@ForAll TierDomain.Scenario scenario) {
    TierStateMachine machine = TierStateMachine.of(scenario.program());
    List<TierDecision> replayed = machine.replay(scenario.initial(), scenario.history());
    List<TierDecision> folded = new ArrayList<>();
    TierState state = scenario.initial();
    for (QuarterFacts quarter : scenario.history()) {
      TierDecision decision = machine.next(state, quarter);
      folded.add(decision);
      state = decision.state();
    }
    assertThat(replayed).isEqualTo(folded);
    for (int i = 0; i < replayed.size(); i++) {
      assertThat(replayed.get(i).previous()).isEqualTo(i == 0 ? scenario.initial() : replayed.get(i - 1).state());
    }
  }

  @Property(tries = 1000)
  void stateSurvivesAJsonRoundTrip_andEvaluationContinuesIdentically(
      @ForAll TierDomain.Scenario scenario, @ForAll @IntRange(min = 0, max = 24) int cut) {
    TierStateMachine machine = TierStateMachine.of(scenario.program());
    List<QuarterFacts> history = scenario.history();
    int at = Math.min(cut, history.size());
    List<TierDecision> whole = machine.replay(scenario.initial(), history);
    TierState persisted = at == 0 ? scenario.initial() : whole.get(at - 1).state();
    TierState restored = PartnerOsJson.read(PartnerOsJson.write(persisted), TierState.class);
    assertThat(PartnerOsJson.toTree(restored)).isEqualTo(PartnerOsJson.toTree(persisted));
    List<TierDecision> resumed = machine.replay(restored, history.subList(at, history.size()));
    for (int i = 0; i < resumed.size(); i++) {
      assertThat(PartnerOsJson.toTree(resumed.get(i))).isEqualTo(PartnerOsJson.toTree(whole.get(at + i)));
    }
  }

  @Property
  void aDowngradeIsNeverMoreThanOneStep_inOneStepMode(@ForAll("plainScenarios") TierDomain.Scenario scenario) {
    TierProgram oneStep = new TierProgram.Builder().from(scenario.program()).downgrade(TierProgram.DowngradeMode.ONE_STEP).build();
    List<TierDecision> decisions = TierStateMachine.of(oneStep).replay(scenario.initial(), scenario.history());
    for (TierDecision decision : decisions) {
      assertThat(drop(decision)).as(decision.summary()).isLessThanOrEqualTo(1);
    }
    collectTransitions(decisions);
    Statistics.label("transition").coverage(coverage -> {
      coverage.check("DOWNGRADED").percentage(p -> p > 1);
      coverage.check("GRACE_STARTED").percentage(p -> p > 1);
      if (CampaignTries.exhaustive()) {
        coverage.check("GRACE_CLEARED").percentage(p -> p > 0.5);
      }
      coverage.check("UPGRADED").percentage(p -> p > 1);
    });
  }

  @Property
  void noDowngradeEverHappensOutsideAGraceEnd(@ForAll("plainScenarios") TierDomain.Scenario scenario) {
    List<TierDecision> decisions = TierStateMachine.of(scenario.program())
        .replay(scenario.initial(), scenario.history());
    for (TierDecision decision : decisions) {
      if (drop(decision) > 0) {
        TierState before = decision.previous();
        assertThat(before.status()).as(decision.summary()).isEqualTo(TierState.Status.IN_GRACE);
        assertThat(decision.asOf()).as(decision.summary()).isAfterOrEqualTo(before.graceEnds().get());
        Statistics.label("downgrade").collect(scenario.program().downgrade());
      }
    }
    Statistics.label("downgrade").coverage(coverage -> {
      coverage.check(TierProgram.DowngradeMode.ONE_STEP).count(c -> c > 0);
      coverage.check(TierProgram.DowngradeMode.TO_QUALIFIED).count(c -> c > 0);
    });
  }

  @Property
  void aPartnerThatQualifiesForItsTierIsNeverDowngraded(@ForAll("plainScenarios") TierDomain.Scenario scenario) {
    List<TierDecision> decisions = TierStateMachine.of(scenario.program())
        .replay(scenario.initial(), scenario.history());
    boolean alwaysQualified = true;
    for (TierDecision decision : decisions) {
      boolean qualifies = LADDER.rankOf(decision.qualifiedTier()) >= LADDER.rankOf(decision.previous().tier());
      alwaysQualified &= qualifies;
      if (qualifies) {
        assertThat(drop(decision)).as(decision.summary()).isLessThanOrEqualTo(0);
        assertThat(decision.status()).as(decision.summary()).isEqualTo(TierState.Status.GOOD_STANDING);
      }
    }
    if (alwaysQualified) {
      assertThat(decisions).allSatisfy(d -> assertThat(d.transition()).isNotEqualTo(
          java.util.Optional.of(TierDecision.Transition.DOWNGRADED)));
    }
    Statistics.label("history").collect(alwaysQualified ? "qualifies every quarter" : "falls short at times");
    Statistics.label("history").coverage(coverage -> {
      coverage.check("qualifies every quarter").percentage(p -> p > 5);
      coverage.check("falls short at times").percentage(p -> p > 5);
    });
  }

  @Property
  void theStandingIsConsistentWithTheQualifiedTier(@ForAll("plainScenarios") TierDomain.Scenario scenario) {
    TierStateMachine machine = TierStateMachine.of(scenario.program());
    for (TierDecision decision : machine.replay(scenario.initial(), scenario.history())) {
      int held = LADDER.rankOf(decision.tier());
      int qualified = LADDER.rankOf(decision.qualifiedTier());
      if (decision.status() == TierState.Status.IN_GRACE) {
        assertThat(qualified).as(decision.summary()).isLessThan(held);
        assertThat(decision.projection()).isPresent();
      }
      if (scenario.program().upgrades() == TierProgram.UpgradeTiming.AT_QUARTER_END) {
        assertThat(held).as("upgraded at once: " + decision.summary()).isGreaterThanOrEqualTo(qualified);
      }
      assertThat(decision.nextReview()).hasValueSatisfying(review -> assertThat(review).isAfter(decision.asOf()));
      assertThat(decision.explanation().steps()).isNotEmpty();
    }
  }
}
