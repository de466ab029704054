package dev.partneros.portfolio.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.Money;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The streamed book's {@code report.txt}: the commission, MDF and attribution sections, and totals that add up. */
class BookReportTextTest {

  @Test
  void text_commissionTotalsAddUpAndTheMoneySectionsAreThere() {
    String text = BookReport.text(BookReportHtmlTest.summary());
    String row = text.lines().filter(l -> l.startsWith("  USD ")).findFirst().orElseThrow();
    // currency, then earned, clawed back, net, paid, balance: "9,000,000.00 USD" each
    List<Money> m = Arrays.stream(row.substring(5).trim().split("(?<=USD) +")).map(Money::parse).toList();
    assertThat(m).hasSize(5);
    assertThat(m.get(0).minus(m.get(1))).as("earned - clawed back").isEqualTo(m.get(2));
    assertThat(m.get(2).minus(m.get(3))).as("net - paid").isEqualTo(m.get(4));
    assertThat(text).contains("Top partners by net earned\n    P-11 Earner 11: 100,011.00 USD\n")
        .contains("Clawbacks: 12000 partners; the largest\n")
        .contains("700000 of 990000 partners eligible; pool 5,000,000.00 USD\n")
        .containsPattern("  PARTIAL +3 requests, 12,000.00 USD granted of 30,000.00 USD\n")
        .containsPattern("  RESELLER_VAR +700 +300 +0\n")
        .containsPattern("  total +700 +300 +40\n");
  }
}
