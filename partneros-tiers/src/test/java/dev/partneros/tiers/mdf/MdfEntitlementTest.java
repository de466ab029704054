package dev.partneros.tiers.mdf;

import static dev.partneros.tiers.mdf.MdfFixtures.BENEFITS;
import static dev.partneros.tiers.mdf.MdfFixtures.ENTITLEMENTS;
import static dev.partneros.tiers.mdf.MdfFixtures.P1;
import static dev.partneros.tiers.mdf.MdfFixtures.assertProblem;
import static dev.partneros.tiers.mdf.MdfFixtures.date;
import static dev.partneros.tiers.mdf.MdfFixtures.partner;
import static dev.partneros.tiers.mdf.MdfFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.FiscalCalendar;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.Rate;
import dev.partneros.core.Tier;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("MDF entitlement and eligibility (docs/rules/mdf.md#entitlement)")
class MdfEntitlementTest {

  final LocalDate may = date("2026-05-10");

  @Test
  @DisplayName("entitlement by tier: Silver 5,000 / 2,000 / partner manager; Gold 25,000 / 10,000 / partner manager"
      + " + director; Platinum 100,000 / 35,000 / VP")
  void entitlement_byTier() {
    MdfEntitlement silver = ENTITLEMENTS.entitlement(partner(Tier.SILVER), MdfLedger.empty(), may);
    MdfEntitlement gold = ENTITLEMENTS.entitlement(partner(Tier.GOLD), MdfLedger.empty(), may);
    MdfEntitlement platinum = ENTITLEMENTS.entitlement(partner(Tier.PLATINUM), MdfLedger.empty(), may);
    assertThat(List.of(silver, gold, platinum)).extracting(MdfEntitlement::annualAllocation)
        .containsExactly(usd(5_000), usd(25_000), usd(100_000));
    assertThat(List.of(silver, gold, platinum)).extracting(MdfEntitlement::quarterlyCap)
        .containsExactly(usd(2_000), usd(10_000), usd(35_000));
    assertThat(silver.approvers()).containsExactly(Approver.PARTNER_MANAGER);
    assertThat(gold.approvers()).containsExactly(Approver.PARTNER_MANAGER, Approver.DIRECTOR);
    assertThat(platinum.approvers()).containsExactly(Approver.VP);
    assertThat(gold.eligible()).isTrue();
    assertThat(gold.available()).isEqualTo(usd(10_000));
    assertThat(gold.fiscalYear()).isEqualTo(2026);
    assertThat(gold.fiscalQuarter()).isEqualTo(2);
    assertThat(gold.expiresOn()).isEqualTo(date("2026-12-31"));
    assertThat(gold.explanation().sentences()).contains(
        "GOLD in FY2026: annual allocation 25,000.00 USD + rollover 0.00 USD, quarterly cap 10,000.00 USD,"
            + " expiring 2026-12-31 -> annual balance 25,000.00 USD",
        "tier GOLD at least SILVER -> met", "sourced ARR 100,000.00 USD >= 25,000.00 USD -> met");
    assertThat(gold.explanation().steps()).allSatisfy(s -> assertThat(s.section()).contains("9"));
  }

  @Test
  @DisplayName("not eligible: every reason is listed (tier, sourced ARR, overdue ROI report, no allocation)")
  void notEligible_listsEveryReason() {
    MdfLedger ledger = MdfLedger.of(List.of(MdfLedger.Grant.of("R-OLD", ActivityType.EVENTS, usd(1_000), date("2025-06-01"))),
        List.of(MdfLedger.Claim.of("R-OLD", usd(1_000), date("2025-07-01"))));
    MdfPartner registered = MdfPartner.of(P1, Tier.REGISTERED, usd("24999.99"));
    MdfEntitlement e = ENTITLEMENTS.entitlement(registered, ledger, may);
    assertThat(e.reasons()).containsExactly(MdfReason.BELOW_MINIMUM_TIER, MdfReason.SOURCED_ARR_BELOW_MINIMUM,
        MdfReason.OVERDUE_ROI_REPORT, MdfReason.NO_ALLOCATION);
    assertThat(e.eligible()).isFalse();
    assertThat(e.overdueRoiReports()).containsExactly("R-OLD");
    assertThat(e.available()).isEqualTo(usd(0));
    assertThat(e.explanation().sentences()).contains("tier REGISTERED at least SILVER -> not met",
        "sourced ARR 24,999.99 USD < 25,000.00 USD -> not met",
        "overdue ROI reports: R-OLD (allowed: none) -> not met");
  }

  @Test
  @DisplayName("sourced ARR minimum is inclusive: 25,000.00 is eligible, 24,999.99 is not")
  void sourcedArr_boundary() {
    assertThat(ENTITLEMENTS.entitlement(MdfPartner.of(P1, Tier.SILVER, usd("25000.00")), MdfLedger.empty(), may)
        .reasons()).isEmpty();
    assertThat(ENTITLEMENTS.entitlement(MdfPartner.of(P1, Tier.SILVER, usd("24999.99")), MdfLedger.empty(), may)
        .reasons()).containsExactly(MdfReason.SOURCED_ARR_BELOW_MINIMUM);
  }

  @Test
  @DisplayName("used and remaining this fiscal quarter and year; a smaller claim releases the difference")
  void usedAndRemaining() {
    MdfLedger ledger = MdfLedger.of(
        List.of(MdfLedger.Grant.of("R1", ActivityType.EVENTS, usd(5_000), date("2026-02-01")),
            MdfLedger.Grant.of("R2", ActivityType.WEBINARS, usd(3_000), date("2026-04-02")),
            MdfLedger.Grant.of("R3", ActivityType.CONTENT, usd(4_000), date("2026-05-01")),
            MdfLedger.Grant.of("R0", ActivityType.CONTENT, usd(9_000), date("2025-11-01"))),
        List.of(MdfLedger.Claim.of("R2", usd(2_500), date("2026-04-20"))));
    MdfEntitlement e = ENTITLEMENTS.entitlement(partner(Tier.GOLD), ledger, may);
    assertThat(e.usedThisQuarter()).isEqualTo(usd(6_500));
    assertThat(e.usedThisYear()).isEqualTo(usd(11_500));
    assertThat(e.quarterRemaining()).isEqualTo(usd(3_500));
    assertThat(e.yearRemaining()).isEqualTo(usd(13_500));
    assertThat(e.available()).isEqualTo(usd(3_500));
    assertThat(e.expiredLastYear()).isEqualTo(usd(16_000));
  }

  @Test
  void advance_countsInFull_whateverItsClaim() {
    MdfLedger.Grant advance = new MdfLedger.Grant.Builder().requestId("R1").activity(ActivityType.EVENTS).amount(usd(4_000))
        .approvedOn(date("2026-04-02")).payment(PaymentMode.ADVANCE).build();
    MdfLedger ledger = MdfLedger.of(List.of(advance), List.of(MdfLedger.Claim.of("R1", usd(1_000), date("2026-04-20"))));
    assertThat(ENTITLEMENTS.entitlement(partner(Tier.GOLD), ledger, may).usedThisQuarter()).isEqualTo(usd(4_000));
  }

  @Test
  @DisplayName("rollover: none by default (use it or lose it); a configured share of last year's unused allocation")
  void rollover_configurable() {
    MdfLedger ledger = MdfLedger.of(List.of(MdfLedger.Grant.of("R0", ActivityType.EVENTS, usd(15_000), date("2025-03-01"))),
        List.of());
    MdfEntitlement none = ENTITLEMENTS.entitlement(partner(Tier.GOLD), ledger, may);
    assertThat(none.rollover()).isEqualTo(usd(0));
    assertThat(none.expiredLastYear()).isEqualTo(usd(10_000));
    assertThat(none.annualBalance()).isEqualTo(usd(25_000));
    MdfPolicy half = new MdfPolicy.Builder().rollover(Rate.ofPercent(50)).build();
    MdfEntitlement rolled = MdfEntitlementCalculator.of(half, BENEFITS).entitlement(partner(Tier.GOLD), ledger, may);
    assertThat(rolled.rollover()).isEqualTo(usd(5_000));
    assertThat(rolled.expiredLastYear()).isEqualTo(usd(5_000));
    assertThat(rolled.annualBalance()).isEqualTo(usd(30_000));
    assertThat(rolled.quarterRemaining()).as("rollover does not raise the quarterly cap").isEqualTo(usd(10_000));
    MdfPartner wasSilver = new MdfPartner.Builder().from(partner(Tier.GOLD)).previousYearTier(Tier.SILVER).build();
    MdfLedger silverYear = MdfLedger.of(List.of(MdfLedger.Grant.of("R0", ActivityType.EVENTS, usd(1_000),
        date("2025-03-01"))), List.of());
    assertThat(MdfEntitlementCalculator.of(half, BENEFITS).entitlement(wasSilver, silverYear, may).rollover())
        .isEqualTo(usd(2_000));
    MdfPartner wasRegistered = new MdfPartner.Builder().from(partner(Tier.GOLD)).previousYearTier(Tier.REGISTERED)
        .build();
    assertThat(MdfEntitlementCalculator.of(half, BENEFITS).entitlement(wasRegistered, MdfLedger.empty(), may)
        .rollover()).as("an ineligible year rolls nothing over").isEqualTo(usd(0));
  }

  @Test
  @DisplayName("accrual: 2 % of the fiscal year's sales so far, capped at the tier's annual allocation or the terms' cap")
  void accrual_model() {
    MdfPolicy accrual = new MdfPolicy.Builder().model(MdfPolicy.FundingModel.ACCRUAL).build();
    MdfPartner gold = new MdfPartner.Builder().from(partner(Tier.GOLD))
        .addSales(MdfPartner.Sale.of(date("2025-12-31"), usd(100_000)), MdfPartner.Sale.of(date("2026-01-01"), usd(200_000)),
            MdfPartner.Sale.of(date("2026-05-10"), usd(100_000))).build();
    MdfEntitlement e = MdfEntitlementCalculator.of(accrual, BENEFITS).entitlement(gold, MdfLedger.empty(), may);
    assertThat(e.accrued()).contains(usd(6_000));
    assertThat(e.annualAllocation()).isEqualTo(usd(6_000));
    assertThat(e.explanation().sentences().get(0)).contains("(accrued 6,000.00 USD, capped)");
    MdfPartner big = new MdfPartner.Builder().from(gold).addSales(MdfPartner.Sale.of(date("2026-03-01"), usd(2_000_000)))
        .build();
    assertThat(MdfEntitlementCalculator.of(accrual, BENEFITS).entitlement(big, MdfLedger.empty(), may)
        .annualAllocation()).isEqualTo(usd(25_000));
    MdfPolicy capped = new MdfPolicy.Builder().model(MdfPolicy.FundingModel.ACCRUAL)
        .accrual(AccrualTerms.of(Rate.ofPercent(2), usd(30_000))).build();
    assertThat(MdfEntitlementCalculator.of(capped, BENEFITS).entitlement(big, MdfLedger.empty(), may)
        .annualAllocation()).isEqualTo(usd(30_000));
    MdfEntitlement nothing = MdfEntitlementCalculator.of(accrual, BENEFITS)
        .entitlement(partner(Tier.GOLD), MdfLedger.empty(), may);
    assertThat(nothing.reasons()).containsExactly(MdfReason.NO_ALLOCATION);
  }

  @Test
  @DisplayName("a February fiscal year: FY2026 ends 2026-01-31 (the expiry day), FY2027 starts the next day")
  void fiscalCalendar_fixesQuartersAndExpiry() {
    MdfPolicy february = MdfPolicy.standard(MdfFixtures.USD, FiscalCalendar.startingIn(2), Money.DEFAULT_ROUNDING);
    MdfEntitlementCalculator calculator = MdfEntitlementCalculator.of(february, BENEFITS);
    MdfLedger ledger = MdfLedger.of(List.of(MdfLedger.Grant.of("R1", ActivityType.EVENTS, usd(7_000), date("2026-01-15"))),
        List.of());
    MdfEntitlement lastDay = calculator.entitlement(partner(Tier.GOLD), ledger, date("2026-01-31"));
    assertThat(lastDay.fiscalYear()).isEqualTo(2026);
    assertThat(lastDay.fiscalQuarter()).isEqualTo(4);
    assertThat(lastDay.expiresOn()).isEqualTo(date("2026-01-31"));
    assertThat(lastDay.usedThisQuarter()).isEqualTo(usd(7_000));
    MdfEntitlement next = calculator.entitlement(partner(Tier.GOLD), ledger, date("2026-02-01"));
    assertThat(next.fiscalYear()).isEqualTo(2027);
    assertThat(next.fiscalQuarter()).isEqualTo(1);
    assertThat(next.usedThisYear()).isEqualTo(usd(0));
    assertThat(next.expiredLastYear()).isEqualTo(usd(18_000));
  }

  @Test
  @DisplayName("facts after the as-of date, in another currency or with a tier off the ladder are refused with paths")
  void badFacts_areRefusedWithTheirPath() {
    MdfLedger future = MdfLedger.of(List.of(MdfLedger.Grant.of("R1", ActivityType.EVENTS, usd(1_000), date("2026-06-01"))),
        List.of());
    assertProblem(() -> ENTITLEMENTS.entitlement(partner(Tier.GOLD), future, may), InvalidFactsException.class,
        "ledger.grants[0].approvedOn", "after_as_of",
        "ledger.grants[0].approvedOn must not be after the as-of date 2026-05-10, but was 2026-06-01");
    MdfLedger euros = MdfLedger.of(List.of(MdfLedger.Grant.of("R1", ActivityType.EVENTS, Money.of("10.00", "EUR"),
        date("2026-04-01"))), List.of());
    assertProblem(() -> ENTITLEMENTS.entitlement(partner(Tier.GOLD), euros, may), InvalidFactsException.class,
        "ledger.grants[0].amount", "currency_mismatch",
        "ledger.grants[0].amount must be in the fund's currency USD, but was 10.00 EUR");
    assertProblem(() -> ENTITLEMENTS.entitlement(partner(Tier.of("DIAMOND")), MdfLedger.empty(), may),
        InvalidFactsException.class, "partner.tier", "unknown_tier",
        "partner.tier must be a tier of the ladder REGISTERED < SILVER < GOLD < PLATINUM, but was DIAMOND");
    assertProblem(() -> MdfPartner.of(P1, Tier.GOLD, usd(-1)), InvalidFactsException.class, "sourcedArr",
        "negative", "sourcedArr must be >= 0, but was -1.00 USD");
    assertProblem(() -> MdfPartner.Sale.of(may, usd(-1)), InvalidFactsException.class, "amount", "negative",
        "amount must be >= 0, but was -1.00 USD");
  }

  @Test
  @DisplayName("the ledger refuses inconsistent claims with their path")
  void ledger_refusesInconsistentClaims() {
    MdfLedger.Grant grant = MdfLedger.Grant.of("R1", ActivityType.EVENTS, usd(1_000), date("2026-04-01"));
    assertProblem(() -> MdfLedger.of(List.of(grant), List.of(MdfLedger.Claim.of("R9", usd(1), may))),
        InvalidFactsException.class, "claims[0].requestId", "unknown_grant",
        "claims[0].requestId must name a grant of the ledger, but was R9");
    assertProblem(() -> MdfLedger.of(List.of(grant), List.of(MdfLedger.Claim.of("R1", usd(1), may),
        MdfLedger.Claim.of("R1", usd(2), may))), InvalidFactsException.class, "claims[1].requestId", "duplicate",
        "claims[1].requestId must be the only claim of its grant (already claims[0]), but was R1");
    assertProblem(() -> MdfLedger.of(List.of(grant, grant), List.of()), InvalidFactsException.class,
        "grants[1].requestId", "duplicate", "grants[1].requestId must be unique among the grants, but was R1");
    assertProblem(() -> MdfLedger.of(List.of(grant), List.of(MdfLedger.Claim.of("R1", usd(1), date("2026-03-01")))),
        InvalidFactsException.class, "claims[0].receivedOn", "before_start",
        "claims[0].receivedOn must not be before the grant's approval on 2026-04-01, but was 2026-03-01");
    assertProblem(() -> MdfLedger.Claim.of("R1", usd(-3), may), InvalidFactsException.class, "amount", "negative",
        "amount must be >= 0, but was -3.00 USD");
  }
}
