package dev.partneros.tiers;

import static dev.partneros.tiers.Fixtures.USD;
import static dev.partneros.tiers.Fixtures.assertProblem;
import static dev.partneros.tiers.Fixtures.date;
import static dev.partneros.tiers.Fixtures.metrics;
import static dev.partneros.tiers.Fixtures.nothing;
import static dev.partneros.tiers.Fixtures.quarterEnd;
import static dev.partneros.tiers.Fixtures.standardLevel;
import static dev.partneros.tiers.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.partneros.core.FiscalCalendar;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.PartnerOsJson;
import dev.partneros.core.Tier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The tier maintenance state machine (docs/rules/tiers.md#quarter-end-evaluation)")
class TierStateMachineTest {

  final TierStateMachine machine = TierStateMachine.of(TierProgram.standard());

  static TierStateMachine with(java.util.function.UnaryOperator<TierProgram.Builder> options) {
    return TierStateMachine.of(options.apply(new TierProgram.Builder().from(TierProgram.standard())).build());
  }

  static List<QuarterFacts> quarters(LocalDate first, TierMetrics... metrics) {
    List<QuarterFacts> history = new ArrayList<>();
    for (int i = 0; i < metrics.length; i++) {
      history.add(QuarterFacts.of(quarterEnd(first, i), metrics[i]));
    }
    return history;
  }

  static List<QuarterFacts> repeat(LocalDate first, int count, TierMetrics metrics) {
    TierMetrics[] all = new TierMetrics[count];
    java.util.Arrays.fill(all, metrics);
    return quarters(first, all);
  }

  @Test
  @DisplayName("a Platinum partner whose metrics drop to zero: 3 quarters of grace, then Gold, Silver, Registered")
  void platinumWithNothing_landsOnRegisteredAfterThreePlusTwoPlusOneQuarters() {
    TierState start = TierState.of(Tier.PLATINUM, date("2025-03-31"));
    List<TierDecision> decisions = machine.replay(start, repeat(date("2025-06-30"), 11, nothing()));
    assertThat(decisions).extracting(TierDecision::asOf, TierDecision::tier, TierDecision::status,
            d -> d.transition().orElse(null), d -> d.graceEnd().orElse(null))
        .containsExactly(
            tuple(date("2025-06-30"), Tier.PLATINUM, TierState.Status.GOOD_STANDING, null, null),
            tuple(date("2025-09-30"), Tier.PLATINUM, TierState.Status.GOOD_STANDING, null, null),
            tuple(date("2025-12-31"), Tier.PLATINUM, TierState.Status.GOOD_STANDING, null, null),
            tuple(date("2026-03-31"), Tier.PLATINUM, TierState.Status.IN_GRACE, TierDecision.Transition.GRACE_STARTED, date("2026-12-31")),
            tuple(date("2026-06-30"), Tier.PLATINUM, TierState.Status.IN_GRACE, null, date("2026-12-31")),
            tuple(date("2026-09-30"), Tier.PLATINUM, TierState.Status.IN_GRACE, null, date("2026-12-31")),
            tuple(date("2026-12-31"), Tier.GOLD, TierState.Status.IN_GRACE, TierDecision.Transition.DOWNGRADED, date("2027-06-30")),
            tuple(date("2027-03-31"), Tier.GOLD, TierState.Status.IN_GRACE, null, date("2027-06-30")),
            tuple(date("2027-06-30"), Tier.SILVER, TierState.Status.IN_GRACE, TierDecision.Transition.DOWNGRADED, date("2027-09-30")),
            tuple(date("2027-09-30"), Tier.REGISTERED, TierState.Status.GOOD_STANDING, TierDecision.Transition.DOWNGRADED, null),
            tuple(date("2027-12-31"), Tier.REGISTERED, TierState.Status.GOOD_STANDING, null, null));
    assertThat(decisions.get(0).steps()).containsExactly(TierDecision.Step.NOT_QUALIFIED_BEFORE_REVIEW);
    assertThat(decisions.get(3).review()).isTrue();
    assertThat(decisions.get(6).steps()).containsExactly(TierDecision.Step.DOWNGRADED, TierDecision.Step.NEW_GRACE);
    assertThat(decisions.get(9).state().since()).isEqualTo(date("2027-09-30"));
    assertThat(decisions.get(9).nextReview()).contains(date("2028-09-30"));
  }

  @Test
  void platinumWithNothing_underQuarterlyReviews_startsGraceAtOnce() {
    TierStateMachine quarterly = with(b -> b.review(TierProgram.ReviewCadence.QUARTERLY));
    List<TierDecision> decisions = quarterly.replay(TierState.of(Tier.PLATINUM, date("2025-03-31")),
        repeat(date("2025-06-30"), 7, nothing()));
    assertThat(decisions).extracting(TierDecision::tier).containsExactly(Tier.PLATINUM, Tier.PLATINUM,
        Tier.PLATINUM, Tier.GOLD, Tier.GOLD, Tier.SILVER, Tier.REGISTERED);
    assertThat(decisions.get(0).transition()).contains(TierDecision.Transition.GRACE_STARTED);
    assertThat(decisions.get(0).nextReview()).contains(date("2025-09-30"));
  }

  @Test
  void platinumWithNothing_downgradedStraightToTheQualifiedTier_inThatOption() {
    TierStateMachine toQualified = with(b -> b.downgrade(TierProgram.DowngradeMode.TO_QUALIFIED).review(TierProgram.ReviewCadence.QUARTERLY));
    List<TierDecision> decisions = toQualified.replay(TierState.of(Tier.PLATINUM, date("2025-03-31")),
        quarters(date("2025-06-30"), standardLevel(1), standardLevel(1), standardLevel(1), standardLevel(1)));
    assertThat(decisions).extracting(TierDecision::tier, TierDecision::status).containsExactly(
        tuple(Tier.PLATINUM, TierState.Status.IN_GRACE), tuple(Tier.PLATINUM, TierState.Status.IN_GRACE),
        tuple(Tier.PLATINUM, TierState.Status.IN_GRACE), tuple(Tier.SILVER, TierState.Status.GOOD_STANDING));
    assertThat(decisions.get(0).projection()).hasValueSatisfying(p -> assertThat(p.tierAtGraceEnd())
        .isEqualTo(Tier.SILVER));
  }

  @Test
  @DisplayName("re-qualifying during grace clears it, keeping the review anniversary")
  void requalifyingInGrace_clearsIt() {
    TierState start = TierState.of(Tier.GOLD, date("2025-03-31"));
    List<TierDecision> decisions = machine.replay(start,
        quarters(date("2026-03-31"), standardLevel(1), standardLevel(1), standardLevel(2), standardLevel(2)));
    assertThat(decisions).extracting(TierDecision::tier, TierDecision::status, d -> d.transition().orElse(null))
        .containsExactly(
            tuple(Tier.GOLD, TierState.Status.IN_GRACE, TierDecision.Transition.GRACE_STARTED),
            tuple(Tier.GOLD, TierState.Status.IN_GRACE, null),
            tuple(Tier.GOLD, TierState.Status.GOOD_STANDING, TierDecision.Transition.GRACE_CLEARED),
            tuple(Tier.GOLD, TierState.Status.GOOD_STANDING, null));
    assertThat(decisions.get(2).state().since()).isEqualTo(date("2025-03-31"));
    assertThat(decisions.get(2).nextReview()).contains(date("2027-03-31"));
    assertThat(decisions.get(2).steps()).containsExactly(TierDecision.Step.GRACE_CLEARED);
  }

  @Test
  void requalifyingOnTheGraceEndItself_clearsIt() {
    TierState inGrace = new TierState.Builder().tier(Tier.GOLD).status(TierState.Status.IN_GRACE).since(date("2025-03-31"))
        .graceEnds(date("2026-09-30")).lastEvaluated(date("2026-06-30")).build();
    TierDecision decision = machine.next(inGrace, QuarterFacts.of(date("2026-09-30"), standardLevel(2)));
    assertThat(decision.tier()).isEqualTo(Tier.GOLD);
    assertThat(decision.transition()).contains(TierDecision.Transition.GRACE_CLEARED);
    TierDecision missed = machine.next(inGrace, QuarterFacts.of(date("2026-09-30"), standardLevel(1)));
    assertThat(missed.tier()).isEqualTo(Tier.SILVER);
    assertThat(missed.status()).isEqualTo(TierState.Status.GOOD_STANDING);
    assertThat(missed.transition()).contains(TierDecision.Transition.DOWNGRADED);
  }

  @Test
  void aPartnerInGraceThatQualifiesHigher_isUpgraded() {
    TierState inGrace = new TierState.Builder().tier(Tier.SILVER).status(TierState.Status.IN_GRACE)
        .since(date("2025-03-31")).graceEnds(date("2026-06-30")).build();
    TierDecision decision = machine.next(inGrace, QuarterFacts.of(date("2026-06-30"), standardLevel(3)));
    assertThat(decision.tier()).isEqualTo(Tier.PLATINUM);
    assertThat(decision.status()).isEqualTo(TierState.Status.GOOD_STANDING);
    assertThat(decision.transition()).contains(TierDecision.Transition.UPGRADED);
  }

  @Test
  @DisplayName("upgrades are automatic at the first quarter end, skipping tiers when metrics jump")
  void upgrade_skipsATierWhenMetricsJump() {
    TierState start = TierState.of(Tier.REGISTERED, date("2025-11-15"));
    TierDecision decision = machine.next(start, QuarterFacts.of(date("2025-12-31"), standardLevel(3)));
    assertThat(decision.tier()).isEqualTo(Tier.PLATINUM);
    assertThat(decision.transition()).contains(TierDecision.Transition.UPGRADED);
    assertThat(decision.steps()).containsExactly(TierDecision.Step.UPGRADED);
    assertThat(decision.state().since()).isEqualTo(date("2025-12-31"));
    assertThat(decision.nextReview()).contains(date("2026-12-31"));
    assertThat(decision.explanation().sentences()).last().asString()
        .isEqualTo("qualifies for Platinum above Registered at the quarter end -> upgraded to PLATINUM");
  }

  @Test
  void upgrade_waitsForTheReview_inThatOption() {
    TierStateMachine atReview = with(b -> b.upgrades(TierProgram.UpgradeTiming.AT_REVIEW));
    TierState start = TierState.of(Tier.SILVER, date("2025-05-10"));
    List<TierDecision> decisions = atReview.replay(start, repeat(date("2025-09-30"), 4, standardLevel(2)));
    assertThat(decisions).extracting(TierDecision::tier).containsExactly(Tier.SILVER, Tier.SILVER, Tier.SILVER,
        Tier.GOLD);
    assertThat(decisions.get(0).steps()).containsExactly(TierDecision.Step.UPGRADE_AWAITS_REVIEW);
    assertThat(decisions.get(0).nextReview()).contains(date("2026-06-30"));
    assertThat(decisions.get(3).asOf()).isEqualTo(date("2026-06-30"));
    assertThat(decisions.get(3).review()).isTrue();
    assertThat(decisions.get(3).transition()).contains(TierDecision.Transition.UPGRADED);
  }

  @Test
  void aTierWithoutGrace_isDowngradedAtTheReview_andANewGraceLastsAtLeastAQuarter() {
    TierStateMachine noSilverGrace = TierStateMachine.of(new TierProgram.Builder().from(TierProgram.standard())
        .levels(List.of(TierProgram.standard().level(Tier.REGISTERED),
            TierProgram.Level.of(Tier.SILVER, TierProgram.standard().criteria(Tier.SILVER).get(), 0),
            TierProgram.standard().level(Tier.GOLD), TierProgram.standard().level(Tier.PLATINUM)))
        .review(TierProgram.ReviewCadence.QUARTERLY).build());
    TierDecision silver = noSilverGrace.next(TierState.of(Tier.SILVER, date("2025-03-31")),
        QuarterFacts.of(date("2025-06-30"), nothing()));
    assertThat(silver.tier()).isEqualTo(Tier.REGISTERED);
    assertThat(silver.steps()).containsExactly(TierDecision.Step.DOWNGRADED);
    assertThat(silver.explanation().sentences()).last().asString()
        .isEqualTo("review on 2025-06-30: qualifies for Registered, below Silver, which has no grace -> downgraded"
            + " to REGISTERED");
    List<TierDecision> gold = noSilverGrace.replay(TierState.of(Tier.GOLD, date("2025-03-31")),
        repeat(date("2025-06-30"), 4, nothing()));
    assertThat(gold).extracting(TierDecision::tier).containsExactly(Tier.GOLD, Tier.GOLD, Tier.SILVER,
        Tier.REGISTERED);
    assertThat(gold.get(2).graceEnd()).contains(date("2026-03-31"));
  }

  @Test
  @DisplayName("a provisional tier lasts 6 months, then goes straight to the qualified tier without grace")
  void provisional_endsAtTheQualifiedTierWithoutGrace() {
    TierState provisional = machine.provisional(Tier.GOLD, date("2026-01-01"));
    assertThat(provisional.provisionalUntil()).contains(date("2026-06-30"));
    List<TierDecision> decisions = machine.replay(provisional,
        quarters(date("2026-03-31"), nothing(), nothing(), nothing()));
    assertThat(decisions).extracting(TierDecision::tier, TierDecision::status, d -> d.transition().orElse(null))
        .containsExactly(
            tuple(Tier.GOLD, TierState.Status.PROVISIONAL, null),
            tuple(Tier.REGISTERED, TierState.Status.GOOD_STANDING, TierDecision.Transition.DOWNGRADED),
            tuple(Tier.REGISTERED, TierState.Status.GOOD_STANDING, null));
    assertThat(decisions.get(0).nextReview()).contains(date("2026-06-30"));
    assertThat(decisions.get(0).projection()).isEmpty();
    assertThat(decisions.get(1).steps()).containsExactly(TierDecision.Step.PROVISIONAL_ENDED);
    assertThat(decisions.get(1).explanation().sentences()).last().asString().isEqualTo("provisional Gold ended (until"
        + " 2026-06-30); no grace for a provisional tier -> REGISTERED, the qualified tier");
  }

  @Test
  void provisional_midQuarterStart_lastsUntilTheQuarterEndAfterSixMonths() {
    TierState provisional = machine.provisional(Tier.SILVER, date("2026-02-15"));
    assertThat(provisional.provisionalUntil()).contains(date("2026-08-14"));
    List<TierDecision> decisions = machine.replay(provisional,
        quarters(date("2026-03-31"), nothing(), nothing(), standardLevel(1)));
    assertThat(decisions).extracting(TierDecision::tier, TierDecision::status).containsExactly(
        tuple(Tier.SILVER, TierState.Status.PROVISIONAL), tuple(Tier.SILVER, TierState.Status.PROVISIONAL),
        tuple(Tier.SILVER, TierState.Status.GOOD_STANDING));
    assertThat(decisions.get(2).transition()).isEmpty();
    assertThat(decisions.get(2).state().since()).isEqualTo(date("2026-09-30"));
  }

  @Test
  void provisional_isUpgradedWhenItQualifiesHigher() {
    TierDecision decision = machine.next(machine.provisional(Tier.SILVER, date("2026-01-01")),
        QuarterFacts.of(date("2026-03-31"), standardLevel(2)));
    assertThat(decision.tier()).isEqualTo(Tier.GOLD);
    assertThat(decision.status()).isEqualTo(TierState.Status.GOOD_STANDING);
    assertThat(decision.transition()).contains(TierDecision.Transition.UPGRADED);
  }

  @Test
  @DisplayName("a strategic override without end date pins the tier whatever the metrics")
  void overrideWithoutEndDate_pinsTheTier() {
    TierOverride override = machine.defaultOverride("strategic launch partner", date("2026-02-01"), Optional.empty());
    assertThat(override.tier()).isEqualTo(Tier.PLATINUM);
    List<QuarterFacts> history = new ArrayList<>(repeat(date("2026-03-31"), 8, nothing()));
    history.set(0, new QuarterFacts.Builder().from(history.get(0)).override(override).build());
    List<TierDecision> decisions = machine.replay(TierState.of(Tier.SILVER, date("2025-06-30")), history);
    assertThat(decisions).extracting(TierDecision::tier).containsOnly(Tier.PLATINUM);
    assertThat(decisions).extracting(TierDecision::status).containsOnly(TierState.Status.OVERRIDDEN);
    assertThat(decisions).extracting(TierDecision::nextReview).containsOnly(Optional.empty());
    assertThat(decisions.get(0).transition()).contains(TierDecision.Transition.UPGRADED);
    assertThat(decisions.get(0).steps()).containsExactly(TierDecision.Step.OVERRIDE_GRANTED,
        TierDecision.Step.OVERRIDE_IN_FORCE);
    assertThat(decisions.get(7).qualifiedTier()).isEqualTo(Tier.REGISTERED);
    assertThat(decisions.get(7).explanation().sentences()).last().asString().isEqualTo("strategic override to"
        + " Platinum in force, without end date (strategic launch partner), whatever the metrics -> kept");
  }

  @Test
  @DisplayName("a strategic override with an end date ends at the first quarter end on or after it")
  void overrideWithEndDate_endsAtTheQualifiedTier() {
    TierState pinned = machine.override(TierState.of(Tier.SILVER, date("2025-06-30")),
        TierOverride.of(Tier.GOLD, "joint launch", date("2026-01-15"), date("2026-09-30")));
    assertThat(pinned.status()).isEqualTo(TierState.Status.OVERRIDDEN);
    assertThat(pinned.since()).isEqualTo(date("2026-01-15"));
    List<TierDecision> decisions = machine.replay(pinned, repeat(date("2026-03-31"), 4, standardLevel(1)));
    assertThat(decisions).extracting(TierDecision::tier, TierDecision::status, d -> d.transition().orElse(null))
        .containsExactly(
            tuple(Tier.GOLD, TierState.Status.OVERRIDDEN, null),
            tuple(Tier.GOLD, TierState.Status.OVERRIDDEN, null),
            tuple(Tier.SILVER, TierState.Status.GOOD_STANDING, TierDecision.Transition.DOWNGRADED),
            tuple(Tier.SILVER, TierState.Status.GOOD_STANDING, null));
    assertThat(decisions.get(0).nextReview()).contains(date("2026-09-30"));
    assertThat(decisions.get(2).steps()).containsExactly(TierDecision.Step.OVERRIDE_ENDED);
    assertThat(decisions.get(2).nextReview()).contains(date("2027-09-30"));
  }

  @Test
  void nextReview_isTheAnniversaryQuarterEnd() {
    TierState state = TierState.of(Tier.GOLD, date("2025-02-15"));
    assertThat(machine.nextReview(state, date("2025-12-31"))).contains(date("2026-03-31"));
    assertThat(machine.nextReview(state, date("2026-03-31"))).contains(date("2027-03-31"));
    assertThat(machine.isReview(state, date("2026-03-31"))).isTrue();
    assertThat(machine.isReview(state, date("2025-12-31"))).isFalse();
    TierState leap = TierState.of(Tier.GOLD, date("2024-02-29"));
    assertThat(machine.nextReview(leap, date("2024-03-31"))).contains(date("2025-03-31"));
  }

  @Test
  void aReviewInASkippedQuarter_countsAtTheNextEvaluation() {
    TierState evaluated = new TierState.Builder().from(TierState.of(Tier.GOLD, date("2025-06-30")))
        .lastEvaluated(date("2026-03-31")).build();
    TierDecision decision = machine.next(evaluated, QuarterFacts.of(date("2026-09-30"), nothing()));
    assertThat(decision.review()).isTrue();
    assertThat(decision.transition()).contains(TierDecision.Transition.GRACE_STARTED);
    TierDecision first = machine.next(TierState.of(Tier.GOLD, date("2020-06-30")),
        QuarterFacts.of(date("2026-09-30"), nothing()));
    assertThat(first.review()).as("reviews before the first evaluation are the caller's").isFalse();
    assertThat(first.steps()).containsExactly(TierDecision.Step.NOT_QUALIFIED_BEFORE_REVIEW);
  }

  @Test
  @DisplayName("projection: for a partner in or near grace, the tier when grace ends and what keeps its tier")
  void projection_forAPartnerInOrNearGrace() {
    TierState gold = TierState.of(Tier.GOLD, date("2025-03-31"));
    TierDecision near = machine.next(gold, QuarterFacts.of(date("2025-09-30"), metrics("100000.00", 0, 1)));
    TierDecision.GraceProjection atRisk = near.projection().get();
    assertThat(atRisk.inGrace()).isFalse();
    assertThat(atRisk.deadline()).isEqualTo(date("2026-03-31"));
    assertThat(atRisk.graceEnd()).isEqualTo(date("2026-09-30"));
    assertThat(atRisk.tierAtGraceEnd()).isEqualTo(Tier.SILVER);
    assertThat(atRisk.render()).isEqualTo("Not qualified for Gold: the review on 2026-03-31 starts grace until"
        + " 2026-09-30; if nothing changes, Silver from then. To keep Gold: 1 more certified person");
    TierDecision in = machine.next(near.state(), QuarterFacts.of(date("2026-03-31"), metrics("100000.00", 0, 1)));
    assertThat(in.projection().get().render()).isEqualTo("In grace for Gold until 2026-09-30; if nothing changes,"
        + " Silver from then. To keep Gold: 1 more certified person");
    assertThat(in.projection().get().toKeep().target()).contains(Tier.GOLD);
    assertThat(in.progress().render()).isEqualTo("20 % to Platinum: 400,000.00 USD more sourced ARR or 50 more"
        + " referrals; 4 more certified people");
    assertThat(machine.next(in.state(), QuarterFacts.of(date("2026-06-30"), standardLevel(2))).projection())
        .isEmpty();
  }

  @Test
  void next_refusesBadQuarterFacts_withPaths() {
    TierState state = new TierState.Builder().from(TierState.of(Tier.GOLD, date("2025-06-30")))
        .lastEvaluated(date("2026-03-31")).build();
    assertProblem(() -> machine.next(state, QuarterFacts.of(date("2026-05-31"), nothing())),
        InvalidFactsException.class, "quarterEnd", "not_quarter_end",
        "quarterEnd must be the last day of a quarter (fiscal year from JANUARY), but was 2026-05-31");
    assertProblem(() -> machine.next(state, QuarterFacts.of(date("2026-03-31"), nothing())),
        InvalidFactsException.class, "quarterEnd", "out_of_order",
        "quarterEnd must be after the state's last evaluation 2026-03-31, but was 2026-03-31");
    assertProblem(() -> machine.next(TierState.of(Tier.GOLD, date("2026-05-01")),
            QuarterFacts.of(date("2026-03-31"), nothing())), InvalidFactsException.class, "quarterEnd", "before_start",
        "quarterEnd must not be before the state's since 2026-05-01, but was 2026-03-31");
    assertProblem(() -> machine.next(TierState.of(Tier.of("DIAMOND"), date("2025-06-30")),
            QuarterFacts.of(date("2026-06-30"), nothing())), InvalidFactsException.class, "state.tier",
        "unknown_tier", "state.tier must be a tier of the ladder REGISTERED < SILVER < GOLD < PLATINUM, but was DIAMOND");
    QuarterFacts early = new QuarterFacts.Builder().quarterEnd(date("2026-06-30")).metrics(nothing())
        .override(TierOverride.of(Tier.GOLD, "x", date("2026-07-01"))).build();
    assertProblem(() -> machine.next(state, early), InvalidFactsException.class, "override.startsOn", "after_as_of",
        "override.startsOn must be on or before the quarter end 2026-06-30, but was 2026-07-01");
    QuarterFacts offLadder = new QuarterFacts.Builder().quarterEnd(date("2026-06-30")).metrics(nothing())
        .override(TierOverride.of(Tier.of("DIAMOND"), "x", date("2026-06-01"))).build();
    assertProblem(() -> machine.next(state, offLadder), InvalidFactsException.class, "override.tier", "unknown_tier",
        "override.tier must be a tier of the ladder REGISTERED < SILVER < GOLD < PLATINUM, but was DIAMOND");
    assertProblem(() -> machine.override(state, TierOverride.of(Tier.of("DIAMOND"), "x", date("2026-06-01"))),
        InvalidFactsException.class, "override.tier", "unknown_tier",
        "override.tier must be a tier of the ladder REGISTERED < SILVER < GOLD < PLATINUM, but was DIAMOND");
    assertProblem(() -> machine.provisional(Tier.of("DIAMOND"), date("2026-01-01")), InvalidFactsException.class,
        "tier", "unknown_tier", "tier must be a tier of the ladder REGISTERED < SILVER < GOLD < PLATINUM, but was"
            + " DIAMOND");
  }

  @Test
  void next_withDatedFacts_refusesFactsAfterTheQuarterEnd() {
    TierFacts facts = TierFacts.builder().addReferrals(TierFacts.Referral.qualifiedOn(date("2026-07-01"))).build();
    assertProblem(() -> machine.next(TierState.of(Tier.GOLD, date("2025-06-30")), date("2026-06-30"), facts),
        InvalidFactsException.class, "referrals[0].qualifiedOn", "after_as_of",
        "referrals[0].qualifiedOn must be on or before the as-of date 2026-06-30, but was 2026-07-01");
  }

  @Test
  void states_areCheckedWhenBuilt() {
    assertProblem(() -> new TierState.Builder().tier(Tier.GOLD).status(TierState.Status.IN_GRACE).since(date("2026-01-01"))
            .build(), InvalidFactsException.class, "graceEnds", "inconsistent",
        "graceEnds must be present exactly when the status is IN_GRACE (status IN_GRACE), but was absent");
    assertProblem(() -> new TierState.Builder().tier(Tier.GOLD).status(TierState.Status.OVERRIDDEN).since(date("2026-01-01"))
            .override(TierOverride.of(Tier.SILVER, "r", date("2026-01-01"))).build(), InvalidFactsException.class,
        "override.tier", "inconsistent", "override.tier must be the tier held, GOLD, but was SILVER");
    assertProblem(() -> new TierState.Builder().tier(Tier.GOLD).status(TierState.Status.GOOD_STANDING)
            .since(date("2026-01-01")).provisionalUntil(date("2026-06-30")).build(), InvalidFactsException.class,
        "provisionalUntil", "inconsistent", "provisionalUntil must be present exactly when the status is PROVISIONAL"
            + " (status GOOD_STANDING), but was 2026-06-30");
    assertProblem(() -> new TierState.Builder().tier(Tier.GOLD).status(TierState.Status.OVERRIDDEN).since(date("2026-01-01"))
            .build(), InvalidFactsException.class, "override", "inconsistent",
        "override must be present exactly when the status is OVERRIDDEN (status OVERRIDDEN), but was absent");
    assertProblem(() -> new TierState.Builder().tier(Tier.GOLD).status(TierState.Status.IN_GRACE).since(date("2026-01-01"))
            .graceEnds(date("2025-12-31")).build(), InvalidFactsException.class, "graceEnds", "before_start",
        "graceEnds must be after since 2026-01-01, but was 2025-12-31");
    assertProblem(() -> TierOverride.of(Tier.GOLD, " ", date("2026-01-01")), InvalidFactsException.class, "reason",
        "blank", "reason must not be blank, but was \" \"");
    assertProblem(() -> TierOverride.of(Tier.GOLD, "r", date("2026-01-01"), date("2025-12-31")),
        InvalidFactsException.class, "endsOn", "before_start", "endsOn must not be before the start 2026-01-01,"
            + " but was 2025-12-31");
  }

  @Test
  void fiscalQuarters_areTheEvaluationDates() {
    TierProgram february = TierProgram.standard(USD, FiscalCalendar.startingIn(2));
    TierStateMachine fiscal = TierStateMachine.of(february);
    TierState state = TierState.of(Tier.GOLD, date("2025-04-30"));
    assertProblem(() -> fiscal.next(state, QuarterFacts.of(date("2026-03-31"), nothing())),
        InvalidFactsException.class, "quarterEnd", "not_quarter_end",
        "quarterEnd must be the last day of a quarter (fiscal year from FEBRUARY), but was 2026-03-31");
    TierDecision review = fiscal.next(state, QuarterFacts.of(date("2026-04-30"), nothing()));
    assertThat(review.transition()).contains(TierDecision.Transition.GRACE_STARTED);
    assertThat(review.graceEnd()).contains(date("2026-10-31"));
  }

  @Test
  void replay_overDatedFacts_printsATimeline() {
    TierFacts facts = TierFacts.builder()
        .addCertifications(TierFacts.Certification.of("ana", date("2025-01-10")), TierFacts.Certification.of("bo", date("2025-05-01")))
        .addDeals(TierFacts.PartnerDeal.closed("D-1", DealRole.SOURCED, usd(30_000), date("2025-02-10")))
        .addDeals(TierFacts.PartnerDeal.closed("D-2", DealRole.SOURCED, usd(80_000), date("2025-08-20")))
        .build();
    List<TierDecision> decisions = machine.replay(TierState.of(Tier.REGISTERED, date("2025-01-01")), facts,
        date("2025-03-31"), 8);
    assertThat(decisions).extracting(TierDecision::summary).containsExactly(
        "2025-03-31 SILVER GOOD_STANDING (UPGRADED), qualified SILVER",
        "2025-06-30 SILVER GOOD_STANDING, qualified SILVER",
        "2025-09-30 GOLD GOOD_STANDING (UPGRADED), qualified GOLD",
        "2025-12-31 GOLD GOOD_STANDING, qualified GOLD",
        "2026-03-31 GOLD GOOD_STANDING, qualified SILVER",
        "2026-06-30 GOLD GOOD_STANDING, qualified SILVER",
        "2026-09-30 GOLD IN_GRACE (GRACE_STARTED), grace until 2027-03-31, qualified REGISTERED",
        "2026-12-31 GOLD IN_GRACE, grace until 2027-03-31, qualified REGISTERED");
  }

  @Test
  void decisionsAndStates_roundTripThroughJson() {
    List<TierDecision> decisions = machine.replay(TierState.of(Tier.PLATINUM, date("2025-03-31")),
        repeat(date("2026-03-31"), 4, metrics("30000.00", 2, 1)));
    for (TierDecision decision : decisions) {
      TierDecision back = PartnerOsJson.read(PartnerOsJson.write(decision), TierDecision.class);
      assertThat(back).isEqualTo(decision);
      assertThat(PartnerOsJson.toTree(back)).isEqualTo(PartnerOsJson.toTree(decision));
      TierState state = PartnerOsJson.read(PartnerOsJson.write(decision.state()), TierState.class);
      assertThat(state).isEqualTo(decision.state());
    }
    assertThat(PartnerOsJson.toTree(decisions.get(0)).get("status").asText()).isEqualTo("IN_GRACE");
    assertThat(PartnerOsJson.toTree(decisions.get(0)).get("explanation").get("steps").size()).isEqualTo(6);
  }
}
