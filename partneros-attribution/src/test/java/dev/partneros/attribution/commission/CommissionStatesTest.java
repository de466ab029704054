package dev.partneros.attribution.commission;

import static dev.partneros.attribution.commission.CommissionFixtures.P1;
import static dev.partneros.attribution.commission.CommissionFixtures.P2;
import static dev.partneros.attribution.commission.CommissionFixtures.date;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.attribution.AttributionPolicy;
import dev.partneros.attribution.DealAttribution;
import dev.partneros.attribution.DealClassifier;
import dev.partneros.attribution.Deal;
import dev.partneros.core.PartnerType;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Per-deal states share what a deal does not change (docs/rules/commission.md#per-deal-commission)")
class CommissionStatesTest {

  @Test
  void empty_sharesItsMapsAndEqualsTheBuiltOne() {
    CommissionState first = CommissionState.empty(P1);
    CommissionState second = CommissionState.empty(P2);
    assertThat(first).isEqualTo(new CommissionState.Builder().partner(P1).build());
    assertThat(first.partner()).isEqualTo(P1);
    assertThat(second.partner()).isEqualTo(P2);
    assertThat(second.yearVolumes()).isSameAs(first.yearVolumes());
    assertThat(second.periodCapCounted()).isSameAs(first.periodCapCounted());
    assertThat(first.toString()).isEqualTo("P-1 after 0 deals");
  }

  @Test
  void calculateDeal_sharesTheCapCountsAndEqualsTheRunsState() {
    CommissionCalculator calculator = CommissionCalculator.of(CommissionPlan.standard());
    Deal won = DealCommissionTest.won("D-2", "24000.00", "2026-03-01");
    DealAttribution attribution = DealClassifier.of(AttributionPolicy.standard()).classify(won, P1);
    CommissionDeal deal = CommissionDeal.from(won, attribution);
    CommissionState before = new CommissionState.Builder().partner(P1).creditedDeals(2)
        .putYearVolumes(2025, new BigDecimal("5000.00")).putYearVolumes(2026, new BigDecimal("1000.00"))
        .putYearCapCounted(2026, new BigDecimal("300.00")).putPeriodCapCounted("[2026-02-01, 2026-02-28]", BigDecimal.TEN)
        .lastDate(date("2026-02-20")).lastDealId("D-1").build();
    CommissionFacts.PartnerAccount account = CommissionFixtures.account(P1, PartnerType.REFERRAL);

    CommissionState after = calculator.calculateDeal(account, deal, before).after();

    assertThat(after).isEqualTo(calculator.calculateDealByRun(account, deal, before, List.of(), List.of()).after());
    assertThat(after.yearVolumes()).containsEntry(2025, new BigDecimal("5000.00"))
        .containsEntry(2026, new BigDecimal("25000.00"));
    assertThat(after.creditedDeals()).isEqualTo(3);
    assertThat(after.lastDealId()).contains("D-2");
    assertThat(after.yearCapCounted()).isSameAs(before.yearCapCounted());
    assertThat(after.periodCapCounted()).isSameAs(before.periodCapCounted());
  }
}
