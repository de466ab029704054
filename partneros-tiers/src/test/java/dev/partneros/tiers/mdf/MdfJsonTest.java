package dev.partneros.tiers.mdf;

import static dev.partneros.tiers.mdf.MdfFixtures.BENEFITS;
import static dev.partneros.tiers.mdf.MdfFixtures.P1;
import static dev.partneros.tiers.mdf.MdfFixtures.date;
import static dev.partneros.tiers.mdf.MdfFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.PartnerOsJson;
import dev.partneros.core.Rate;
import dev.partneros.core.Tier;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("MDF values round-trip through JSON (docs/rules/mdf.md)")
class MdfJsonTest {

  final RoiReport report = RoiReport.builder().reportedOn(date("2026-06-30")).leads(75).opportunities(22)
      .pipeline(usd(450_000)).closedRevenue(usd(112_500)).build();
  final MdfLedger.Claim claim = new MdfLedger.Claim.Builder().requestId("R1").amount(usd(22_000)).receivedOn(date("2026-04-01"))
      .reimbursedOn(date("2026-04-10")).roiReport(report).build();
  final MdfLedger.Grant advance = new MdfLedger.Grant.Builder().requestId("R2").activity(ActivityType.EVENTS).amount(usd(500))
      .approvedOn(date("2026-03-01")).payment(PaymentMode.ADVANCE).disbursedOn(date("2026-03-05")).build();
  final MdfLedger ledger = MdfLedger.of(List.of(MdfLedger.Grant.of("R1", ActivityType.WEBINARS, usd(25_000),
      date("2026-03-01")), advance), List.of(claim));

  @Test
  void facts_roundTrip() {
    JsonRoundTrip.assertRoundTrips(report, RoiReport.class);
    JsonRoundTrip.assertRoundTrips(claim, MdfLedger.Claim.class);
    JsonRoundTrip.assertRoundTrips(advance, MdfLedger.Grant.class);
    JsonRoundTrip.assertRoundTrips(ledger, MdfLedger.class);
    MdfPartner partner = new MdfPartner.Builder().from(MdfFixtures.partner(Tier.GOLD)).previousYearTier(Tier.SILVER)
        .joinedOn(date("2024-01-01")).addSales(MdfPartner.Sale.of(date("2026-01-05"), usd(1_000))).build();
    JsonRoundTrip.assertRoundTrips(partner, MdfPartner.class);
    assertThat(PartnerOsJson.toTree(claim).get("amount").get("amount").asText()).isEqualTo("22000.00");
    assertThat(PartnerOsJson.toTree(claim).get("roi").get("roi").decimalValue()).isEqualByComparingTo("5.11");
  }

  @Test
  void decisions_roundTrip() {
    JsonRoundTrip.assertRoundTrips(ActivityRoi.of(usd(22_000), report), ActivityRoi.class);
    JsonRoundTrip.assertRoundTrips(FunnelProjection.of(usd(22_000), 75, Rate.ofPercent(30), Rate.ofPercent(20),
        usd(25_000)), FunnelProjection.class);
    JsonRoundTrip.assertRoundTrips(CoMarketingBudgeter.of(MdfPolicy.standard(), BENEFITS)
        .budget(Tier.GOLD, new BigDecimal("1.5"), new BigDecimal("0.8")), CoMarketingBudget.class);
    MdfLifecycle lifecycle = MdfLifecycle.of(MdfPolicy.standard(), BENEFITS);
    lifecycle.obligations(ledger, date("2026-07-01")).forEach(o -> JsonRoundTrip.assertRoundTrips(o, MdfObligation.class));
    MdfEntitlement entitlement = MdfFixtures.ENTITLEMENTS.entitlement(MdfPartner.of(P1, Tier.GOLD, usd(30_000)), ledger,
        date("2026-07-01"));
    JsonRoundTrip.assertRoundTrips(entitlement, MdfEntitlement.class);
    assertThat(PartnerOsJson.toTree(entitlement).get("explanation").get("steps").get(0).get("rule").asText())
        .isEqualTo("mdf.entitlement");
  }
}
