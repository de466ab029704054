package dev.partneros.portfolio.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.portfolio.PortfolioEvaluation;
import dev.partneros.portfolio.SampleBook;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The comparison of a page's totals with the evaluation's can fail, and the evaluation's totals add
 * up as the report says ({@code docs/browser-check.md#what-it-checks}). No browser needed.
 */
class ReportTotalsTest {

  static final PortfolioEvaluation SAMPLE = SampleBook.evaluation();
  static final Map<String, BigDecimal> TOTALS = ReportTotals.of(SAMPLE, Optional.of(SampleBook.MDF_POOL));

  static ChromiumChecks.Total total(String name, String value) {
    return new ChromiumChecks.Total(name, value, value, "commission");
  }

  @Test
  void mismatches_wrongValueUnknownNameAndNotANumber_areEachReported() {
    String paid = TOTALS.get("commission.paid").toPlainString();
    List<String> found = ChromiumReportTest.totalMismatches(List.of(total("commission.paid", paid),
        total("Commission.clawed_back", TOTALS.get("commission.clawedback").toPlainString()), total("commission.balance", "1.00"), total("commission.bonus", "5"),
        total("mdf.granted", "103,000.00"), total("mdf.allocated", null)), TOTALS);
    assertThat(found).containsExactly(
        "data-total=\"commission.balance\" (shown as \"1.00\") is 1.00 but the evaluation's is "
            + TOTALS.get("commission.balance").toPlainString(),
        "data-total=\"commission.bonus\" (shown as \"5\") names no total of the evaluation that ReportTotals knows",
        "data-total=\"mdf.granted\" (shown as \"103,000.00\") has data-value 103,000.00, not a plain number",
        "data-total=\"mdf.allocated\" (shown as \"null\") has data-value null, not a plain number");
  }

  @Test
  void sampleTotals_addUpAsTheReportStatesThem() {
    assertThat(TOTALS.get("commission.earned").subtract(TOTALS.get("commission.clawedback"))
        .subtract(TOTALS.get("commission.paid"))).isEqualByComparingTo(TOTALS.get("commission.balance"));
    assertThat(TOTALS.get("commission.earned").subtract(TOTALS.get("commission.clawedback")))
        .isEqualByComparingTo(TOTALS.get("commission.net"));
    assertThat(TOTALS.get("health.improved").add(TOTALS.get("health.worsened")).add(TOTALS.get("health.unchanged")))
        .isLessThanOrEqualTo(TOTALS.get("partners.active"));
    assertThat(TOTALS.get("mdf.requests")).isEqualByComparingTo(TOTALS.get("mdf.requests.granted")
        .add(TOTALS.get("mdf.requests.partial")).add(TOTALS.get("mdf.requests.rejected")));
    assertThat(TOTALS.get("mdf.allocated")).isEqualByComparingTo(SampleBook.MDF_POOL.amount());
    assertThat(TOTALS.keySet()).allMatch(k -> k.equals(ReportTotals.normalise(k)));
  }
}
