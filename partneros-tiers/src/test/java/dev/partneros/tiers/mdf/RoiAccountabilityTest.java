package dev.partneros.tiers.mdf;

import static dev.partneros.tiers.mdf.MdfFixtures.assertProblem;
import static dev.partneros.tiers.mdf.MdfFixtures.date;
import static dev.partneros.tiers.mdf.MdfFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.Rate;
import java.math.RoundingMode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ROI accountability and funnel projection (docs/rules/mdf.md#roi-accountability)")
class RoiAccountabilityTest {

  @Test
  @DisplayName("blueprint example: 22,000 spend, 75 leads, 30 %, 20 %, 25,000 average deal -> 112,500 projected"
      + " revenue, about 5.1x")
  void funnelProjection_blueprintExample() {
    FunnelProjection projection = FunnelProjection.of(usd(22_000), 75, Rate.ofPercent(30), Rate.ofPercent(20),
        usd(25_000));
    assertThat(projection.projectedOpportunities()).isEqualByComparingTo("22.5");
    assertThat(projection.projectedDeals()).isEqualByComparingTo("4.5");
    assertThat(projection.projectedRevenue()).isEqualTo(usd(112_500));
    assertThat(projection.projectedRoi()).hasValueSatisfying(roi -> {
      assertThat(roi).isEqualByComparingTo("5.11");
      assertThat(roi.setScale(1, RoundingMode.HALF_EVEN)).isEqualByComparingTo("5.1");
    });
  }

  @Test
  void funnelProjection_roundsOnce_andHasNoRoiWithoutSpend() {
    FunnelProjection odd = FunnelProjection.of(usd(0), 7, Rate.of("0.333"), Rate.of("0.5"), usd("100.01"));
    assertThat(odd.projectedRevenue()).isEqualTo(usd("116.56"));
    assertThat(odd.projectedRevenue(RoundingMode.DOWN)).isEqualTo(usd("116.56"));
    assertThat(odd.projectedRevenue(RoundingMode.UP)).isEqualTo(usd("116.57"));
    assertThat(odd.projectedRoi()).isEmpty();
  }

  @Test
  @DisplayName("ROI = closed revenue / spend; pipeline multiple = pipeline / spend")
  void activityRoi() {
    RoiReport report = RoiReport.builder().reportedOn(date("2026-06-30")).leads(75).opportunities(22)
        .pipeline(usd(450_000)).closedRevenue(usd(112_500)).build();
    ActivityRoi roi = ActivityRoi.of(usd(22_000), report);
    assertThat(roi.roi()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("5.11"));
    assertThat(roi.pipelineMultiple()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("20.45"));
    MdfLedger.Claim claim = new MdfLedger.Claim.Builder().requestId("R1").amount(usd(22_000)).receivedOn(date("2026-04-01"))
        .roiReport(report).build();
    assertThat(claim.roi()).contains(roi);
    assertThat(MdfLedger.Claim.of("R1", usd(0), date("2026-04-01")).roi()).isEmpty();
    assertThat(ActivityRoi.of(usd(0), report).roi()).isEmpty();
  }

  @Test
  @DisplayName("negative counts and amounts, or mixed currencies, are refused with their path")
  void badReports_areRefused() {
    assertProblem(() -> RoiReport.builder().reportedOn(date("2026-06-30")).leads(-1).opportunities(0)
        .pipeline(usd(0)).closedRevenue(usd(0)).build(), InvalidFactsException.class, "leads", "negative",
        "leads must be >= 0, but was -1");
    assertProblem(() -> RoiReport.builder().reportedOn(date("2026-06-30")).leads(1).opportunities(0)
        .pipeline(usd(0)).closedRevenue(usd(-2)).build(), InvalidFactsException.class, "closedRevenue", "negative",
        "closedRevenue must be >= 0, but was -2.00 USD");
    assertProblem(() -> FunnelProjection.of(usd(1), 1, Rate.ONE, Rate.ONE, Money.of("5.00", "EUR")),
        InvalidFactsException.class, "averageDeal", "currency_mismatch",
        "averageDeal must be in the spend's currency USD, but was 5.00 EUR");
    assertProblem(() -> FunnelProjection.of(usd(-1), 1, Rate.ONE, Rate.ONE, usd(1)), InvalidFactsException.class,
        "spend", "negative", "spend must be >= 0, but was -1.00 USD");
    RoiReport euros = RoiReport.builder().reportedOn(date("2026-06-30")).leads(1).opportunities(0)
        .pipeline(Money.of("1.00", "EUR")).closedRevenue(Money.of("1.00", "EUR")).build();
    assertProblem(() -> new MdfLedger.Claim.Builder().requestId("R1").amount(usd(1)).receivedOn(date("2026-04-01"))
        .roiReport(euros).build(), InvalidFactsException.class, "roiReport.pipeline", "currency_mismatch",
        "roiReport.pipeline must be in the claim's currency USD, but was 1.00 EUR");
  }
}
