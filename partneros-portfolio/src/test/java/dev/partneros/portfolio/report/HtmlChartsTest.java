package dev.partneros.portfolio.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The charts' axis maximum reads as the bars' texts do: grouped digits at the amount's scale. */
class HtmlChartsTest {

  @Test
  void axisNumber_keepsTheScaleOfTheAmount() {
    assertThat(HtmlCharts.axisNumber(new BigDecimal("51063.80"))).isEqualTo("51,063.80");
    assertThat(HtmlCharts.axisNumber(new BigDecimal("1200000.00"))).isEqualTo("1,200,000.00");
    assertThat(HtmlCharts.axisNumber(new BigDecimal("150000"))).as("a JPY amount, a count").isEqualTo("150,000");
    assertThat(HtmlCharts.axisNumber(new BigDecimal("12.345"))).as("a BHD amount").isEqualTo("12.345");
    assertThat(HtmlCharts.axisNumber(BigDecimal.ZERO)).isEqualTo("0");
  }

  @Test
  void bars_writeTheAxisMaximumAtTheAmountsScale() {
    StringBuilder out = new StringBuilder();
    HtmlCharts.bars(out, "t", "amount", java.util.List.of(HtmlCharts.Bar.of("a", new BigDecimal("51063.80"),
        "51,063.80 USD", "#000000")), java.util.List.of(new HtmlCharts.Swatch("#000000", "a")));
    assertThat(out.toString()).contains("text-anchor=\"end\">51,063.80</text>");
  }
}
