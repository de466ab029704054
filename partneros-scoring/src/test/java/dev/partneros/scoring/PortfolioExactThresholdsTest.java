package dev.partneros.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.scoring.kpi.KpiCalculator;
import dev.partneros.scoring.kpi.KpiFacts;
import dev.partneros.scoring.kpi.KpiPolicy;
import dev.partneros.scoring.kpi.KpiValue;
import dev.partneros.scoring.kpi.ProgramKpi;
import dev.partneros.scoring.segment.PortfolioSegmenter;
import dev.partneros.scoring.segment.SegmentAssignment;
import dev.partneros.scoring.segment.SegmentFacts;
import dev.partneros.scoring.segment.SegmentPolicy;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Segments and KPI statuses compare the exact value (docs/rules/conventions.md#decisions-compare-the-exact-value)")
class PortfolioExactThresholdsTest {

  /** Growing is above +10 %, declining below -10 %. */
  static final PortfolioSegmenter SEGMENTER = PortfolioSegmenter.of(SegmentPolicy.builder()
      .growthTolerance(new BigDecimal("0.10")).build());

  @ParameterizedTest(name = "docs/rules/health.md#segments: revenue {0} against 800,000,000,000,000.00 -> {1}")
  @CsvSource({
      "880000000000000.01, STRATEGIC", "880000000000000.00, STABLE", "879999999999999.99, STABLE",
      "720000000000000.00, STABLE", "719999999999999.99, AT_RISK", "720000000000000.01, STABLE"})
  void segment_growthJustOverTheToleranceIsGrowing(String revenue, SegmentAssignment.Segment segment) {
    // 10 % and a cent is 0.1000000000000000125, which is 0.1 to 16 digits; one partner is in the top 10 %
    SegmentFacts facts = SegmentFacts.builder().partnerId(PartnerId.of("P")).revenue(Money.of(revenue, "USD"))
        .priorRevenue(Money.of("800000000000000.00", "USD")).health(new BigDecimal("70"))
        .dealsPerQuarter(new BigDecimal("2")).build();
    assertThat(SEGMENTER.segment(List.of(facts)).get(0).segment()).isEqualTo(segment);
  }

  static KpiFacts activation(int partners, int withClosedDeal) {
    return PortfolioTest.kpiFacts().partners(partners).partnersWithClosedDeal(withClosedDeal)
        .activePartners(0).certifiedPartners(0).build();
  }

  @ParameterizedTest(name = "docs/rules/health.md#program-kpis: {0} of {1} partners against a minimum of {2} -> {3}")
  @CsvSource({
      "2, 3, 0.6666666666666667, BELOW", "2, 3, 0.66666666666666666, MET", "2, 3, 0.6666666666666666666667, BELOW",
      "1, 3, 0.33333333333333333, MET", "1, 3, 0.3333333333333334, BELOW", "3, 5, 0.6, MET", "3, 5, 0.6000000000000001, BELOW"})
  void kpi_ratioJustUnderItsTargetIsBelow(int withClosedDeal, int partners, String min, KpiValue.Status status) {
    KpiPolicy policy = KpiPolicy.builder().putTargets(ProgramKpi.ACTIVATION_RATE,
        KpiPolicy.Target.atLeast(min, "custom")).build();
    KpiValue activation = KpiCalculator.of(policy).compute(activation(partners, withClosedDeal)).get(2);
    assertThat(activation.kpi()).isEqualTo(ProgramKpi.ACTIVATION_RATE);
    assertThat(activation.status()).isEqualTo(status);
    assertThat(activation.value()).contains(BigDecimal.valueOf(withClosedDeal)
        .divide(BigDecimal.valueOf(partners), 4, java.math.RoundingMode.HALF_EVEN));
  }

  @ParameterizedTest(name = "docs/rules/health.md#program-kpis: {0} of {1} partners below {2} -> {3}")
  @CsvSource({"2, 3, 0.6666666666666667, MET", "2, 3, 0.66666666666666666, BELOW", "3, 5, 0.6, BELOW"})
  void kpi_ratioAgainstAnUpperBoundIsExact(int withClosedDeal, int partners, String below, KpiValue.Status status) {
    KpiPolicy policy = KpiPolicy.builder().putTargets(ProgramKpi.ACTIVATION_RATE,
        KpiPolicy.Target.builder().below(new BigDecimal(below)).label("custom").build()).build();
    assertThat(KpiCalculator.of(policy).compute(activation(partners, withClosedDeal)).get(2).status())
        .isEqualTo(status);
  }
}
