package dev.partneros.tiers.mdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.DateRange;
import dev.partneros.core.FiscalCalendar;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerOsJson;
import dev.partneros.core.ProgramDocument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.statistics.Statistics;

@Domain(MdfDomain.class)
class MdfRequestProperties {

  static final LocalDate START = LocalDate.of(2026, 1, 1);

  /** Decides a history in order, recording every grant, and returns the decisions. */
  static List<MdfDecision> replay(MdfRequestDecider decider, MdfDomain.History history) {
    MdfPartner partner = MdfPartner.of(MdfFixtures.P1, history.tier(), history.sourcedArr());
    MdfLedger ledger = MdfLedger.empty();
    List<MdfDecision> decisions = new ArrayList<>();
    int k = 0;
    for (MdfDomain.RequestSpec spec : history.requests()) {
      LocalDate day = START.plusDays(spec.day());
      MdfRequest request = MdfFixtures.request("R" + k++, spec.activity(), Money.ofMinor(spec.cents(), MdfFixtures.USD),
          day, Approver.values());
      MdfDecision decision = decider.decide(request, partner, ledger, day);
      decisions.add(decision);
      ledger = decision.grant().map(ledger::withGrant).orElse(ledger);
    }
    return decisions;
  }

  @Property
  void grantedAmountsNeverExceedAnyLimit(@ForAll MdfDomain.History history) {
    List<MdfDecision> decisions = replay(MdfFixtures.DECIDER, history);
    FiscalCalendar calendar = FiscalCalendar.calendarYear();
    for (MdfDecision d : decisions) {
      MdfEntitlement e = d.entitlement();
      assertThat(d.granted().isNegative()).isFalse();
      assertThat(d.granted()).isLessThanOrEqualTo(d.asked());
      assertThat(d.granted()).isLessThanOrEqualTo(e.quarterRemaining());
      assertThat(d.granted()).isLessThanOrEqualTo(e.yearRemaining());
      switch (d.status()) {
        case APPROVED:
          assertThat(d.granted()).isEqualTo(d.asked());
          assertThat(d.limitedBy()).isEmpty();
          break;
        case PARTIALLY_APPROVED:
          assertThat(d.granted()).isLessThan(d.asked());
          assertThat(d.granted().isPositive()).isTrue();
          assertThat(d.limitedBy()).isNotEmpty();
          break;
        case REJECTED:
          assertThat(d.granted().isZero()).isTrue();
          assertThat(d.reasons()).isNotEmpty();
          break;
        default:
          throw new AssertionError("every approval was given: " + d.status());
      }
      Statistics.label("status").collect(d.status());
    }
    Money cap = MdfFixtures.BENEFITS.mdfQuarterlyCap(history.tier());
    Money annual = MdfFixtures.BENEFITS.mdfAnnualAllocation(history.tier());
    for (int year = 2026; year <= 2027; year++) {
      assertThat(granted(decisions, DateRange.ofClosed(calendar.yearStart(year), calendar.yearEnd(year))))
          .isLessThanOrEqualTo(annual);
      for (int quarter = 1; quarter <= 4; quarter++) {
        assertThat(granted(decisions, calendar.quarter(year, quarter))).isLessThanOrEqualTo(cap);
      }
    }
    Statistics.label("status").coverage(c -> {
      c.check(MdfDecision.Status.PARTIALLY_APPROVED).percentage(p -> p > 1);
      c.check(MdfDecision.Status.APPROVED).percentage(p -> p > 10);
      c.check(MdfDecision.Status.REJECTED).percentage(p -> p > 10);
    });
  }

  private static Money granted(List<MdfDecision> decisions, DateRange period) {
    List<Money> amounts = new ArrayList<>();
    for (MdfDecision d : decisions) {
      if (period.contains(d.asOf())) {
        amounts.add(d.granted());
      }
    }
    return Money.total(amounts, MdfFixtures.USD);
  }

  @Property
  void limitsHoldUnderEveryPolicy(@ForAll MdfDomain.History history, @ForAll MdfPolicy policy) {
    MdfRequestDecider decider = MdfRequestDecider.of(policy, MdfFixtures.BENEFITS);
    for (MdfDecision d : replay(decider, history)) {
      assertThat(d.granted()).isLessThanOrEqualTo(d.asked());
      assertThat(d.granted()).isLessThanOrEqualTo(d.entitlement().available());
      assertThat(d.routedTo()).isEqualTo(policy.routeTo(d.asked()));
      assertThat(d.requiredApprovers()).contains(d.routedTo()).containsAll(policy.approvers(history.tier()));
      assertThat(d.reasons().contains(MdfReason.USE_NOT_ALLOWED)).isEqualTo(!policy.allows(d.request().activity()));
    }
  }

  @Property
  void theSameHistoryAlwaysGivesTheSameDecisions(@ForAll MdfDomain.History history) {
    assertThat(replay(MdfRequestDecider.of(MdfPolicy.standard(), MdfFixtures.BENEFITS), history))
        .isEqualTo(replay(MdfFixtures.DECIDER, history));
  }

  @Property(tries = 1000)
  void decisionsAndFactsRoundTripThroughJson(@ForAll MdfDomain.History history) {
    for (MdfDecision d : replay(MdfFixtures.DECIDER, history)) {
      JsonRoundTrip.assertRoundTrips(d, MdfDecision.class);
      JsonRoundTrip.assertRoundTrips(d.entitlement(), MdfEntitlement.class);
      JsonRoundTrip.assertRoundTrips(d.request(), MdfRequest.class);
      d.grant().ifPresent(g -> JsonRoundTrip.assertRoundTrips(g, MdfLedger.Grant.class));
    }
  }

  @Property(tries = 1000)
  void policiesRoundTripThroughTheirSection(@ForAll MdfPolicy policy) {
    ProgramDocument doc = MdfFixtures.document("", "").withSection("mdf", PartnerOsJson.toTree(policy));
    assertThat(MdfPolicy.from(doc)).isEqualTo(policy);
  }
}
