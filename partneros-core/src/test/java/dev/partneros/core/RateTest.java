package dev.partneros.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Rate (docs/rules/conventions.md#rates: rates are fractions in their legal range)")
class RateTest {

  @Test
  void of_acceptsTheClosedRangeZeroToOne() {
    assertThat(Rate.of(BigDecimal.ZERO)).isEqualTo(Rate.ZERO);
    assertThat(Rate.of(BigDecimal.ONE)).isEqualTo(Rate.ONE);
    assertThat(Rate.of("0.0001").value()).isEqualByComparingTo("0.0001");
    assertThat(Rate.of("0.9999").value()).isEqualByComparingTo("0.9999");
  }

  @Test
  void of_refusesJustOutsideTheRange() {
    assertThatThrownBy(() -> Rate.of("-0.0001"))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessage("invalid facts (1 problem):\n  - rate must be a fraction between 0 and 1 (0.25 = 25 %), but was -0.0001");
    assertThatThrownBy(() -> Rate.of("1.0001"))
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(e -> assertThat(((InvalidFactsException) e).problems().get(0).path()).isEqualTo("rate"));
    assertThatThrownBy(() -> Rate.of("1e-1")).isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("rate must be a plain decimal number");
  }

  @Test
  void toString_rendersPercent_andParseReadsItBack() {
    assertThat(Rate.of("0.125")).hasToString("12.5 %");
    assertThat(Rate.of("0.20")).hasToString("20 %");
    assertThat(Rate.ZERO).hasToString("0 %");
    assertThat(Rate.ONE).hasToString("100 %");
    assertThat(Rate.parse("12.5 %")).isEqualTo(Rate.of("0.125"));
    assertThat(Rate.parse("12.5%")).isEqualTo(Rate.of("0.125"));
    assertThat(Rate.parse("0.4")).isEqualTo(Rate.ofPercent(40));
    assertThat(Rate.of("0.70588").toWholePercentString()).isEqualTo("71 %");
    assertThatThrownBy(() -> Rate.parse("101 %")).isInstanceOf(InvalidFactsException.class);
  }

  @Test
  @DisplayName("The worked example of docs/rules/commission.md#attribution-factor: 25 % sourced rate x 50 % influenced factor = 12.5 %")
  void times_isExact() {
    assertThat(Rate.ofPercent(25).times(Rate.ofPercent(50))).isEqualTo(Rate.of("0.125"));
    assertThat(Rate.ofPercent(30).complement()).isEqualTo(Rate.ofPercent(70));
    assertThat(Rate.ofPercent(new BigDecimal("12.5")).applyTo(new BigDecimal("100000")))
        .isEqualByComparingTo("12500");
  }

  @Test
  void equality_ignoresTrailingZeros() {
    assertThat(Rate.of("0.5")).isEqualTo(Rate.of("0.50"));
    assertThat(Rate.of("0.5").hashCode()).isEqualTo(Rate.of("0.500").hashCode());
    assertThat(Rate.of("0.5").compareTo(Rate.of("0.25"))).isPositive();
  }

  @Test
  void json_isTheFractionAsString() {
    assertThat(PartnerOsJson.toTree(Rate.of("0.125")).toString()).isEqualTo("\"0.125\"");
    assertThat(PartnerOsJson.read("\"0.125\"", Rate.class)).isEqualTo(Rate.of("0.125"));
    assertThat(PartnerOsJson.read("0.25", Rate.class)).isEqualTo(Rate.ofPercent(25));
    assertThat(PartnerOsJson.read("1", Rate.class)).isEqualTo(Rate.ONE);
    assertThatThrownBy(() -> PartnerOsJson.read("1.5", Rate.class))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("$ must be a fraction between 0 and 1");
    assertThatThrownBy(() -> PartnerOsJson.read("-1", Rate.class)).isInstanceOf(InvalidFactsException.class);
    assertThatThrownBy(() -> PartnerOsJson.read("\"1.5\"", Rate.class))
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(e -> assertThat(((InvalidFactsException) e).problems().get(0).path()).isEqualTo("$"));
  }
}
