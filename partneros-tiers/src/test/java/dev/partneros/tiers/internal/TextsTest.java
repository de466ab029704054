package dev.partneros.tiers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Tier;
import dev.partneros.tiers.Metric;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** Values and tier names at the edges of {@link Texts}' direct renderings. */
class TextsTest {

  private static final Currency USD = Currency.getInstance("USD");

  @Test
  void value_moneyAtTheCurrencysScale_isGroupedWithItsCode() {
    assertThat(Texts.value(Metric.SOURCED_ARR, new BigDecimal("0.00"), USD)).isEqualTo("0.00 USD");
    assertThat(Texts.value(Metric.SOURCED_ARR, new BigDecimal("999.99"), USD)).isEqualTo("999.99 USD");
    assertThat(Texts.value(Metric.SOURCED_ARR, new BigDecimal("1000.00"), USD)).isEqualTo("1,000.00 USD");
    assertThat(Texts.value(Metric.SOURCED_ARR, new BigDecimal("-1234567.50"), USD)).isEqualTo("-1,234,567.50 USD");
    assertThat(Texts.value(Metric.SOURCED_ARR, new BigDecimal("999999999999999.99"), USD))
        .isEqualTo("999,999,999,999,999.99 USD");
    assertThat(Texts.value(Metric.SOURCED_ARR, new BigDecimal("1200"), Currency.getInstance("JPY")))
        .isEqualTo("1,200 JPY");
  }

  @Test
  void value_moneyWithFewerDecimals_isPaddedToTheCurrencys() {
    assertThat(Texts.value(Metric.SOURCED_ARR, new BigDecimal("25000"), USD)).isEqualTo("25,000.00 USD");
    assertThat(Texts.value(Metric.SOURCED_ARR, new BigDecimal("0.5"), USD)).isEqualTo("0.50 USD");
    assertThat(Texts.value(Metric.SOURCED_ARR, new BigDecimal("-0.05"), USD)).isEqualTo("-0.05 USD");
    assertThat(Texts.value(Metric.SOURCED_ARR, new BigDecimal("1001000.1"), Currency.getInstance("BHD")))
        .isEqualTo("1,001,000.100 BHD");
    assertThat(Texts.value(Metric.SOURCED_ARR, new BigDecimal("999999999999999"), USD))
        .isEqualTo("999,999,999,999,999.00 USD");
  }

  @Test
  void value_moneyOfAnotherScale_isRoundedHalfEven() {
    assertThat(Texts.value(Metric.SOURCED_ARR, new BigDecimal("1234.565"), USD)).isEqualTo("1,234.56 USD");
    assertThat(Texts.value(Metric.SOURCED_ARR, new BigDecimal("12E+3"), USD)).isEqualTo("12,000.00 USD");
  }

  @Test
  void value_moneyOf10To15_isRefusedAsMoneyRefusesIt() {
    assertThatThrownBy(() -> Texts.value(Metric.SOURCED_ARR, new BigDecimal("1000000000000000.00"), USD))
        .isInstanceOf(InvalidFactsException.class).hasMessageContaining("be less than 10^15 in magnitude");
  }

  @Test
  void value_counts_renderPlainly() {
    assertThat(Texts.value(Metric.QUALIFIED_REFERRALS, BigDecimal.valueOf(100), USD)).isEqualTo("100");
    assertThat(Texts.value(Metric.CUSTOM, new BigDecimal("2.50"), USD)).isEqualTo("2.5");
    assertThat(Texts.value(Metric.CUSTOM, new BigDecimal("1E+2"), USD)).isEqualTo("100");
  }

  @Test
  void tierName_standardAndOtherTiers() {
    assertThat(Texts.tierName(Tier.GOLD)).isEqualTo("Gold");
    assertThat(Texts.tierName(Tier.REGISTERED)).isEqualTo("Registered");
    assertThat(Texts.tierName(Tier.of("STRATEGIC_PARTNER"))).isEqualTo("Strategic partner");
    assertThat(TierExplanations.qualifyRule(Tier.of("STRATEGIC_PARTNER"))).isEqualTo("tiers.qualify.strategic_partner");
    assertThat(TierExplanations.qualifyRule(Tier.PLATINUM)).isEqualTo("tiers.qualify.platinum");
  }
}
