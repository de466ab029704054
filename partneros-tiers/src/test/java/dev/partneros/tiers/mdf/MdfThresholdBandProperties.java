package dev.partneros.tiers.mdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.CampaignTries;
import dev.partneros.core.Money;
import dev.partneros.core.Tier;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * A partner is eligible for MDF exactly when its sourced ARR meets the minimum, and a request is
 * routed to the step whose bracket holds the amount asked, for a minimum and a routing step within
 * a cent either side of the amount ({@code docs/rules/mdf.md#eligibility},
 * {@code docs/rules/mdf.md#approval-routing},
 * {@code docs/rules/conventions.md#decisions-compare-the-exact-value}). Both amounts are money, held
 * at the currency's minor unit, so their exact value is the amount itself, and the bounds near them
 * are a cent below, the amount, and a cent above.
 */
class MdfThresholdBandProperties {

  static final LocalDate AS_OF = LocalDate.of(2026, 5, 15);

  /** Sourced ARR and the minimum near it, the amount asked and routing steps, one of them near it. */
  static final class Case {
    final long sourcedCents;
    final long minimumCents;
    final long askedCents;
    final long[] stepCents;
    final int nearStep;

    Case(long sourcedCents, long minimumCents, long askedCents, long[] stepCents, int nearStep) {
      this.sourcedCents = sourcedCents;
      this.minimumCents = minimumCents;
      this.askedCents = askedCents;
      this.stepCents = stepCents;
      this.nearStep = nearStep;
    }

    @Override
    public String toString() {
      return "sourced " + sourcedCents + " min " + minimumCents + " asked " + askedCents + " steps "
          + java.util.Arrays.toString(stepCents);
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<Long> cents = Arbitraries.oneOf(Arbitraries.longs().between(3, 10_000_000L),
        Arbitraries.longs().between(3, 99_999_999_999_999L));
    Arbitrary<Integer> moves = Arbitraries.integers().between(-1, 1);
    return Combinators.combine(cents, moves, cents, moves, Arbitraries.integers().between(1, 2))
        .as((sourced, minimumMove, asked, stepMove, nearStep) -> {
          long near = asked + stepMove;
          // routing from 0: a partner manager, then a director, then a VP; the step near the amount
          // asked is the director's (1) or the VP's (2), the other one well away from it
          long[] steps = nearStep == 1 ? new long[] {0, near, near * 2 + 100} : new long[] {0, Math.max(1, near / 2), near};
          return new Case(sourced, Math.max(0, sourced + minimumMove), asked, steps, nearStep);
        });
  }

  @Property(tries = 2000)
  void eligibilityAndRouting_areDecidedOnTheExactAmounts(@ForAll("cases") Case c) {
    Approver[] approvers = {Approver.PARTNER_MANAGER, Approver.DIRECTOR, Approver.VP};
    List<MdfPolicy.ApprovalStep> routing = List.of(
        MdfPolicy.ApprovalStep.of(Money.ofMinor(c.stepCents[0], MdfFixtures.USD), approvers[0]),
        MdfPolicy.ApprovalStep.of(Money.ofMinor(c.stepCents[1], MdfFixtures.USD), approvers[1]),
        MdfPolicy.ApprovalStep.of(Money.ofMinor(c.stepCents[2], MdfFixtures.USD), approvers[2]));
    MdfPolicy policy = MdfPolicy.builder().from(MdfFixtures.POLICY)
        .minimumSourcedArr(Money.ofMinor(c.minimumCents, MdfFixtures.USD)).routing(routing).build();
    MdfPartner partner = MdfPartner.of(MdfFixtures.P1, Tier.GOLD, Money.ofMinor(c.sourcedCents, MdfFixtures.USD));
    MdfRequest request = MdfFixtures.request("R1", ActivityType.EVENTS, Money.ofMinor(c.askedCents, MdfFixtures.USD),
        AS_OF, MdfFixtures.all());
    MdfDecision decision = MdfRequestDecider.of(policy, MdfFixtures.BENEFITS)
        .decide(request, partner, MdfLedger.empty(), AS_OF);

    boolean eligible = c.sourcedCents >= c.minimumCents;
    assertThat(decision.entitlement().eligible()).isEqualTo(eligible);
    assertThat(decision.reasons().contains(MdfReason.SOURCED_ARR_BELOW_MINIMUM)).isEqualTo(!eligible);
    assertThat(decision.status() == MdfDecision.Status.REJECTED).isEqualTo(!eligible);
    int step = 0;
    for (int i = 1; i < c.stepCents.length; i++) {
      if (c.askedCents >= c.stepCents[i]) {
        step = i;
      }
    }
    assertThat(decision.routedTo()).isEqualTo(approvers[step]);
    assertThat(decision.requiredApprovers()).contains(approvers[step]);
    side("sourced ARR vs minimum", Long.signum(c.sourcedCents - c.minimumCents));
    side("amount asked vs routing step", Long.signum(c.askedCents - c.stepCents[c.nearStep]));
  }

  static void side(String label, int side) {
    Statistics.label(label).collect(side < 0 ? "below" : side == 0 ? "at" : "above");
    Statistics.label(label).coverage(coverage -> {
      coverage.check("below").count(n -> n > 0);
      coverage.check("above").count(n -> n > 0);
      if (CampaignTries.exhaustive()) {
        coverage.check("at").count(n -> n > 0);
      }
    });
  }
}
