package dev.partneros.tiers.mdf;

import static dev.partneros.tiers.mdf.MdfFixtures.BENEFITS;
import static dev.partneros.tiers.mdf.MdfFixtures.DECIDER;
import static dev.partneros.tiers.mdf.MdfFixtures.P1;
import static dev.partneros.tiers.mdf.MdfFixtures.all;
import static dev.partneros.tiers.mdf.MdfFixtures.assertProblem;
import static dev.partneros.tiers.mdf.MdfFixtures.date;
import static dev.partneros.tiers.mdf.MdfFixtures.partner;
import static dev.partneros.tiers.mdf.MdfFixtures.request;
import static dev.partneros.tiers.mdf.MdfFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.ExplanationStep;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.PartnerOsJson;
import dev.partneros.core.Rate;
import dev.partneros.core.Tier;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("MDF requests: uses, routing, limits, approvals (docs/rules/mdf.md#requests)")
class MdfRequestDeciderTest {

  final LocalDate may = date("2026-05-10");

  private static MdfLedger grants(MdfLedger.Grant... grants) {
    return MdfLedger.of(List.of(grants), List.of());
  }

  private static MdfLedger.Grant grant(String id, long amount, String approvedOn) {
    return MdfLedger.Grant.of(id, ActivityType.EVENTS, usd(amount), date(approvedOn));
  }

  @Test
  @DisplayName("routing: 4,999.99 goes to the partner manager, exactly 5,000.00 to a director (docs/rules/mdf.md#approval-routing"
      + " decision); the tier's own approver (Platinum: VP) is always added")
  void routing_atFiveThousand() {
    MdfDecision below = DECIDER.decide(request("R1", ActivityType.EVENTS, usd("4999.99"), may), partner(Tier.PLATINUM),
        MdfLedger.empty(), may);
    assertThat(below.status()).isEqualTo(MdfDecision.Status.NEEDS_APPROVAL);
    assertThat(below.routedTo()).isEqualTo(Approver.PARTNER_MANAGER);
    assertThat(below.requiredApprovers()).containsExactly(Approver.PARTNER_MANAGER, Approver.VP);
    assertThat(below.pendingApprovers()).containsExactly(Approver.PARTNER_MANAGER, Approver.VP);
    assertThat(below.grantable()).isEqualTo(usd("4999.99"));
    assertThat(below.granted()).isEqualTo(usd(0));
    assertThat(below.grant()).isEmpty();
    MdfDecision at = DECIDER.decide(request("R1", ActivityType.EVENTS, usd("5000.00"), may), partner(Tier.PLATINUM),
        MdfLedger.empty(), may);
    assertThat(at.routedTo()).isEqualTo(Approver.DIRECTOR);
    assertThat(at.requiredApprovers()).containsExactly(Approver.DIRECTOR, Approver.VP);
    assertThat(at.explanation().sentences()).contains(
        "amount asked 5,000.00 USD in [5,000.00 USD, no limit) -> routed to DIRECTOR");
    assertThat(below.explanation().sentences()).contains(
        "amount asked 4,999.99 USD in [0.00 USD, 5,000.00 USD) -> routed to PARTNER_MANAGER");
    MdfDecision silver = DECIDER.decide(request("R1", ActivityType.EVENTS, usd("1000.00"), may), partner(Tier.SILVER),
        MdfLedger.empty(), may);
    assertThat(silver.requiredApprovers()).containsExactly(Approver.PARTNER_MANAGER);
  }

  @Test
  @DisplayName("NEEDS_APPROVAL moves to APPROVED when the same request carries the missing approvals")
  void needsApproval_thenApproved() {
    MdfRequest request = request("R1", ActivityType.WEBINARS, usd(6_000), may);
    MdfDecision first = DECIDER.decide(request, partner(Tier.GOLD), MdfLedger.empty(), may);
    assertThat(first.status()).isEqualTo(MdfDecision.Status.NEEDS_APPROVAL);
    assertThat(first.pendingApprovers()).containsExactly(Approver.PARTNER_MANAGER, Approver.DIRECTOR);
    MdfDecision half = DECIDER.decide(request.approvedBy(Approver.DIRECTOR), partner(Tier.GOLD),
        MdfLedger.empty(), may.plusDays(1));
    assertThat(half.pendingApprovers()).containsExactly(Approver.PARTNER_MANAGER);
    LocalDate signedOff = may.plusDays(3);
    MdfDecision done = DECIDER.decide(request.approvedBy(Approver.DIRECTOR).approvedBy(Approver.PARTNER_MANAGER, Approver.DIRECTOR),
        partner(Tier.GOLD), MdfLedger.empty(), signedOff);
    assertThat(done.status()).isEqualTo(MdfDecision.Status.APPROVED);
    assertThat(done.granted()).isEqualTo(usd(6_000));
    assertThat(done.pendingApprovers()).isEmpty();
    assertThat(done.grant()).contains(MdfLedger.Grant.of("R1", ActivityType.WEBINARS, usd(6_000), signedOff));
    assertThat(done.disbursementDueOn()).isEmpty();
    assertThat(done.explanation().sentences()).contains(
        "approvers required PARTNER_MANAGER, DIRECTOR (routed and the tier's own), given DIRECTOR, PARTNER_MANAGER"
            + " -> complete", "APPROVED: granted 6,000.00 USD (reasons: none)");
  }

  @Test
  @DisplayName("the quarterly cap reached exactly: granted in full, then nothing is left this quarter")
  void quarterlyCap_reachedExactly() {
    MdfLedger ledger = grants(grant("R0", 6_000, "2026-04-01"));
    MdfDecision exact = DECIDER.decide(request("R1", ActivityType.EVENTS, usd(4_000), may, all()),
        partner(Tier.GOLD), ledger, may);
    assertThat(exact.status()).isEqualTo(MdfDecision.Status.APPROVED);
    assertThat(exact.limitedBy()).isEmpty();
    MdfDecision cent = DECIDER.decide(request("R1", ActivityType.EVENTS, usd("4000.01"), may, all()),
        partner(Tier.GOLD), ledger, may);
    assertThat(cent.status()).isEqualTo(MdfDecision.Status.PARTIALLY_APPROVED);
    assertThat(cent.granted()).isEqualTo(usd(4_000));
    assertThat(cent.limitedBy()).containsExactly(MdfDecision.GrantLimit.QUARTERLY_CAP);
    assertThat(cent.explanation().sentences()).contains("grantable = min(4,000.01 USD, quarterly cap remaining"
        + " 4,000.00 USD, annual balance remaining 19,000.00 USD) -> 4,000.00 USD (limited by QUARTERLY_CAP)");
    MdfLedger full = ledger.withGrant(exact.grant().get());
    MdfDecision next = DECIDER.decide(request("R2", ActivityType.EVENTS, usd(1), may, all()), partner(Tier.GOLD),
        full, may);
    assertThat(next.status()).isEqualTo(MdfDecision.Status.REJECTED);
    assertThat(next.reasons()).containsExactly(MdfReason.QUARTERLY_CAP_REACHED);
    assertThat(next.limitedBy()).containsExactly(MdfDecision.GrantLimit.QUARTERLY_CAP);
    MdfDecision nextQuarter = DECIDER.decide(request("R2", ActivityType.EVENTS, usd(1), may, all()),
        partner(Tier.GOLD), full, date("2026-07-01"));
    assertThat(nextQuarter.status()).isEqualTo(MdfDecision.Status.APPROVED);
  }

  @Test
  @DisplayName("the annual balance reached in the fourth quarter: a partial grant limited by the annual balance")
  void annualBalance_reachedInTheFourthQuarter() {
    MdfLedger ledger = grants(grant("Q1", 8_000, "2026-02-01"), grant("Q2", 8_000, "2026-05-01"),
        grant("Q3", 8_000, "2026-08-01"));
    LocalDate q4 = date("2026-10-15");
    MdfDecision partial = DECIDER.decide(request("R4", ActivityType.CAMPAIGNS, usd(5_000), q4, all()),
        partner(Tier.GOLD), ledger, q4);
    assertThat(partial.status()).isEqualTo(MdfDecision.Status.PARTIALLY_APPROVED);
    assertThat(partial.granted()).isEqualTo(usd(1_000));
    assertThat(partial.limitedBy()).containsExactly(MdfDecision.GrantLimit.ANNUAL_BALANCE);
    MdfDecision exhausted = DECIDER.decide(request("R5", ActivityType.CAMPAIGNS, usd(100), q4, all()),
        partner(Tier.GOLD), ledger.withGrant(partial.grant().get()), q4);
    assertThat(exhausted.status()).isEqualTo(MdfDecision.Status.REJECTED);
    assertThat(exhausted.reasons()).containsExactly(MdfReason.ANNUAL_BALANCE_EXHAUSTED);
    MdfLedger both = grants(grant("Q1", 7_000, "2026-02-01"), grant("Q2", 8_000, "2026-05-01"),
        grant("Q4", 9_000, "2026-10-01"));
    MdfDecision equal = DECIDER.decide(request("R6", ActivityType.CAMPAIGNS, usd(3_000), q4, all()),
        partner(Tier.GOLD), both, q4);
    assertThat(equal.granted()).isEqualTo(usd(1_000));
    assertThat(equal.limitedBy()).as("both limits bite equally")
        .containsExactly(MdfDecision.GrantLimit.QUARTERLY_CAP, MdfDecision.GrantLimit.ANNUAL_BALANCE);
  }

  @Test
  @DisplayName("expiry: on the last day of the fiscal year the balance is there; the day after it is lost"
      + " (use it or lose it) unless rolled over")
  void expiry_lastDayAndTheDayAfter() {
    MdfLedger ledger = grants(grant("Q1", 8_000, "2026-02-01"), grant("Q2", 8_000, "2026-05-01"),
        grant("Q4", 4_000, "2026-10-01"));
    MdfRequest request = request("R9", ActivityType.EVENTS, usd(6_000), date("2026-12-31"), all());
    MdfDecision lastDay = DECIDER.decide(request, partner(Tier.GOLD), ledger, date("2026-12-31"));
    assertThat(lastDay.granted()).isEqualTo(usd(5_000));
    assertThat(lastDay.limitedBy()).containsExactly(MdfDecision.GrantLimit.ANNUAL_BALANCE);
    assertThat(lastDay.entitlement().expiresOn()).isEqualTo(date("2026-12-31"));
    MdfDecision dayAfter = DECIDER.decide(request, partner(Tier.GOLD), ledger, date("2027-01-01"));
    assertThat(dayAfter.status()).isEqualTo(MdfDecision.Status.APPROVED);
    assertThat(dayAfter.granted()).isEqualTo(usd(6_000));
    assertThat(dayAfter.entitlement().expiredLastYear()).isEqualTo(usd(5_000));
    assertThat(dayAfter.entitlement().yearRemaining()).isEqualTo(usd(25_000));
    assertThat(dayAfter.entitlement().expiresOn()).isEqualTo(date("2027-12-31"));
    MdfRequestDecider rolling = MdfRequestDecider.of(new MdfPolicy.Builder().rollover(Rate.ONE).build(), BENEFITS);
    MdfDecision rolled = rolling.decide(request, partner(Tier.GOLD), ledger, date("2027-01-01"));
    assertThat(rolled.entitlement().rollover()).isEqualTo(usd(5_000));
    assertThat(rolled.entitlement().yearRemaining()).isEqualTo(usd(30_000));
  }

  @Test
  @DisplayName("swag and unlisted uses are rejected; every reason is given")
  void swag_isRejected_withEveryReason() {
    MdfDecision swag = DECIDER.decide(request("R1", ActivityType.SWAG, usd(500), may, all()), partner(Tier.GOLD),
        MdfLedger.empty(), may);
    assertThat(swag.status()).isEqualTo(MdfDecision.Status.REJECTED);
    assertThat(swag.reasons()).containsExactly(MdfReason.USE_NOT_ALLOWED);
    assertThat(swag.grantable()).isEqualTo(usd(0));
    assertThat(swag.explanation().sentences()).contains("use SWAG -> not allowed",
        "REJECTED: granted 0.00 USD (reasons: USE_NOT_ALLOWED)");
    MdfDecision travel = DECIDER.decide(request("R1", ActivityType.TRAVEL, usd(500), may, all()),
        MdfPartner.of(P1, Tier.REGISTERED, usd(0)), MdfLedger.empty(), may);
    assertThat(travel.reasons()).containsExactly(MdfReason.USE_NOT_ALLOWED, MdfReason.BELOW_MINIMUM_TIER,
        MdfReason.SOURCED_ARR_BELOW_MINIMUM, MdfReason.NO_ALLOCATION);
    MdfRequestDecider withTravel = MdfRequestDecider.of(new MdfPolicy.Builder()
        .allowedUses(List.of(ActivityType.TRAVEL)).build(), BENEFITS);
    assertThat(withTravel.decide(request("R1", ActivityType.TRAVEL, usd(500), may, all()), partner(Tier.GOLD),
        MdfLedger.empty(), may).status()).isEqualTo(MdfDecision.Status.APPROVED);
  }

  @Test
  @DisplayName("Regression: a request refused for its use, or for an ineligible partner, says why nothing is "
      + "grantable instead of \"limited by nothing\" (docs/rules/mdf.md#grant-limits)")
  void rejectedRequest_capStepNamesTheRejection() {
    MdfDecision swag = DECIDER.decide(request("R1", ActivityType.SWAG, usd(500), may, all()), partner(Tier.GOLD),
        MdfLedger.empty(), may);
    ExplanationStep cap = swag.explanation().steps().stream().filter(s -> s.rule().equals("mdf.request.cap"))
        .findFirst().orElseThrow();
    assertThat(cap.inputs()).containsEntry("limitedBy", "the rejection (USE_NOT_ALLOWED)");
    assertThat(cap.render()).isEqualTo("grantable: nothing, the request is rejected (USE_NOT_ALLOWED) before any limit"
        + " applies (asked 500.00 USD, quarterly cap remaining 10,000.00 USD, annual balance remaining 25,000.00 USD)"
        + " -> 0.00 USD");
    assertThat(swag.explanation().sentences()).noneMatch(s -> s.contains("limited by nothing"));
    MdfDecision ineligible = DECIDER.decide(request("R1", ActivityType.EVENTS, usd(500), may, all()),
        MdfPartner.of(P1, Tier.REGISTERED, usd(0)), MdfLedger.empty(), may);
    assertThat(ineligible.explanation().sentences()).anyMatch(s -> s.startsWith("grantable: nothing, the request is "
        + "rejected (BELOW_MINIMUM_TIER, SOURCED_ARR_BELOW_MINIMUM, NO_ALLOCATION) before any limit applies"));
    MdfDecision granted = DECIDER.decide(request("R1", ActivityType.EVENTS, usd(500), may, all()), partner(Tier.GOLD),
        MdfLedger.empty(), may);
    assertThat(granted.explanation().sentences()).anyMatch(s -> s.endsWith("-> 500.00 USD (limited by nothing)"));
  }

  @Test
  @DisplayName("an overdue ROI report blocks new funds: a request on its due date is granted, the day after it is not")
  void overdueRoiReport_onTheDueDateAndTheDayAfter() {
    MdfLedger ledger = MdfLedger.of(List.of(grant("R0", 1_000, "2026-01-10")),
        List.of(MdfLedger.Claim.of("R0", usd(1_000), date("2026-02-01"))));
    LocalDate due = date("2026-05-02");
    assertThat(MdfLifecycle.of(MdfPolicy.standard(), BENEFITS).roiReportDue(ledger.claims().get(0))).isEqualTo(due);
    MdfDecision onDue = DECIDER.decide(request("R1", ActivityType.EVENTS, usd(1_000), due, all()), partner(Tier.GOLD),
        ledger, due);
    assertThat(onDue.status()).isEqualTo(MdfDecision.Status.APPROVED);
    MdfDecision after = DECIDER.decide(request("R1", ActivityType.EVENTS, usd(1_000), due, all()),
        partner(Tier.GOLD), ledger, due.plusDays(1));
    assertThat(after.status()).isEqualTo(MdfDecision.Status.REJECTED);
    assertThat(after.reasons()).containsExactly(MdfReason.OVERDUE_ROI_REPORT);
    assertThat(after.entitlement().overdueRoiReports()).containsExactly("R0");
    MdfLedger.Claim reported = new MdfLedger.Claim.Builder().from(ledger.claims().get(0)).roiReport(RoiReport.builder()
        .reportedOn(due.plusDays(1)).leads(40).opportunities(6).pipeline(usd(60_000)).closedRevenue(usd(5_000))
        .build()).build();
    MdfDecision filed = DECIDER.decide(request("R1", ActivityType.EVENTS, usd(1_000), due, all()), partner(Tier.GOLD),
        ledger.withUpdatedClaim(reported), due.plusDays(1));
    assertThat(filed.status()).as("a late report lifts the block").isEqualTo(MdfDecision.Status.APPROVED);
  }

  @Test
  @DisplayName("an advance is due for disbursement 15 days after approval; a request on and after that day is"
      + " still decided on its merits (our debt blocks nothing)")
  void advance_disbursementDue() {
    MdfRequest advance = MdfRequest.builder().from(request("R1", ActivityType.EVENTS, usd(2_000), may, all()))
        .payment(PaymentMode.ADVANCE).build();
    MdfDecision decision = DECIDER.decide(advance, partner(Tier.GOLD), MdfLedger.empty(), may);
    assertThat(decision.disbursementDueOn()).contains(date("2026-05-25"));
    MdfLedger ledger = MdfLedger.empty().withGrant(decision.grant().get());
    assertThat(ledger.grants().get(0).payment()).isEqualTo(PaymentMode.ADVANCE);
    for (LocalDate day : List.of(date("2026-05-25"), date("2026-05-26"))) {
      MdfDecision later = DECIDER.decide(request("R2", ActivityType.EVENTS, usd(1_000), day, all()),
          partner(Tier.GOLD), ledger, day);
      assertThat(later.status()).isEqualTo(MdfDecision.Status.APPROVED);
    }
  }

  @Test
  @DisplayName("co-op: the request states the activity's cost; the fund asks (and routes) its 50 % match")
  void coop_matchesHalfTheSpend() {
    MdfRequestDecider coop = MdfRequestDecider.of(new MdfPolicy.Builder().model(MdfPolicy.FundingModel.COOP).build(), BENEFITS);
    MdfDecision small = coop.decide(request("R1", ActivityType.EVENTS, usd("9999.98"), may, all()), partner(Tier.GOLD),
        MdfLedger.empty(), may);
    assertThat(small.asked()).isEqualTo(usd("4999.99"));
    assertThat(small.routedTo()).isEqualTo(Approver.PARTNER_MANAGER);
    assertThat(small.granted()).isEqualTo(usd("4999.99"));
    assertThat(small.explanation().sentences()).contains(
        "co-op: the fund matches its share of the activity's cost 9,999.98 USD -> asks 4,999.99 USD");
    MdfDecision large = coop.decide(request("R1", ActivityType.EVENTS, usd(24_000), may, all()), partner(Tier.GOLD),
        MdfLedger.empty(), may);
    assertThat(large.asked()).isEqualTo(usd(12_000));
    assertThat(large.routedTo()).isEqualTo(Approver.DIRECTOR);
    assertThat(large.granted()).isEqualTo(usd(10_000));
    assertThat(large.limitedBy()).containsExactly(MdfDecision.GrantLimit.QUARTERLY_CAP);
    assertProblem(() -> coop.decide(request("R1", ActivityType.EVENTS, usd("0.01"), may, all()), partner(Tier.GOLD),
        MdfLedger.empty(), may), InvalidFactsException.class, "request.amount", "out_of_range",
        "request.amount must be large enough for a co-op match of at least one minor unit, but was 0.01 USD");
  }

  @Test
  @DisplayName("a request in another currency than the fund is an error with its path")
  void request_inAnotherCurrency_isRefused() {
    assertProblem(() -> DECIDER.decide(request("R1", ActivityType.EVENTS, Money.of("1000.00", "EUR"), may),
        partner(Tier.GOLD), MdfLedger.empty(), may), InvalidFactsException.class, "request.amount",
        "currency_mismatch", "request.amount must be in the fund's currency USD, but was 1,000.00 EUR");
  }

  @Test
  @DisplayName("negative and zero amounts are refused with their path")
  void negativeAmounts_areRefused() {
    assertProblem(() -> request("R1", ActivityType.EVENTS, usd(-5), may), InvalidFactsException.class, "amount",
        "not_positive", "amount must be > 0, but was -5.00 USD");
    assertProblem(() -> request("R1", ActivityType.EVENTS, usd(0), may), InvalidFactsException.class, "amount",
        "not_positive", "amount must be > 0, but was 0.00 USD");
    assertProblem(() -> grant("R1", -1, "2026-01-01"), InvalidFactsException.class, "amount", "not_positive",
        "amount must be > 0, but was -1.00 USD");
  }

  @Test
  @DisplayName("an unknown activity type is refused with its path")
  void unknownActivity_isRefusedWithItsPath() {
    String json = "{\"requestId\": \"R1\", \"partnerId\": \"P-1\", \"activity\": \"PODCASTS\","
        + " \"amount\": {\"amount\": \"100.00\", \"currency\": \"USD\"}, \"submittedOn\": \"2026-05-01\"}";
    assertProblem(() -> PartnerOsJson.read(json, MdfRequest.class), InvalidFactsException.class, "activity",
        "invalid_value", "activity must be one of [EVENTS, CONTENT, ADVERTISING, WEBINARS, CAMPAIGNS, SWAG,"
            + " SPONSORSHIPS, TRAVEL, TRAINING, OTHER], but was PODCASTS");
    assertThat(PartnerOsJson.read(json.replace("PODCASTS", "webinars"), MdfRequest.class).activity())
        .isEqualTo(ActivityType.WEBINARS);
  }

  @Test
  void otherBadFacts_areRefusedWithTheirPath() {
    MdfRequest other = MdfRequest.builder().from(request("R1", ActivityType.EVENTS, usd(10), may))
        .partnerId(PartnerId.of("P-2")).build();
    assertProblem(() -> DECIDER.decide(other, partner(Tier.GOLD), MdfLedger.empty(), may), InvalidFactsException.class,
        "request.partnerId", "inconsistent", "request.partnerId must be the partner's id P-1, but was P-2");
    assertProblem(() -> DECIDER.decide(request("R1", ActivityType.EVENTS, usd(10), may.plusDays(1)),
        partner(Tier.GOLD), MdfLedger.empty(), may), InvalidFactsException.class, "request.submittedOn",
        "after_as_of", "request.submittedOn must not be after the as-of date 2026-05-10, but was 2026-05-11");
    assertProblem(() -> DECIDER.decide(request("R0", ActivityType.EVENTS, usd(10), may), partner(Tier.GOLD),
        grants(grant("R0", 10, "2026-04-01")), may), InvalidFactsException.class, "request.requestId",
        "duplicate", "request.requestId must not be granted already (it is on the ledger), but was R0");
    assertProblem(() -> MdfRequest.builder().from(request("R1", ActivityType.EVENTS, usd(10), may))
        .approvals(List.of(Approver.VP, Approver.VP)).build(), InvalidFactsException.class, "approvals[1]",
        "duplicate", "approvals[1] must name each approver once, but was VP");
  }
}
