package dev.partneros.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("FxRate (docs/rules/conventions.md#currencies-and-fx: conversion is an explicit input)")
class FxRateTest {

  static final Currency USD = Currency.getInstance("USD");
  static final Currency EUR = Currency.getInstance("EUR");
  static final LocalDate DAY = LocalDate.of(2026, 3, 31);

  @Test
  void convert_returnsTheAmountAndTheRateUsed() {
    FxRate rate = FxRate.of(EUR, USD, new BigDecimal("1.0855"), DAY, "ECB reference rate");
    FxRate.Conversion conversion = rate.convert(Money.of("1000.00", "EUR"), RoundingMode.HALF_EVEN);
    assertThat(conversion.original()).isEqualTo(Money.of("1000.00", "EUR"));
    assertThat(conversion.converted()).isEqualTo(Money.of("1085.50", "USD"));
    assertThat(conversion.rate()).isEqualTo(rate);
    assertThat(conversion).hasToString(
        "1,000.00 EUR -> 1,085.50 USD at 1 EUR = 1.0855 USD on 2026-03-31 (ECB reference rate)");
    assertThat(rate.convert(Money.of("0.05", "EUR"), RoundingMode.HALF_EVEN).converted())
        .isEqualTo(Money.of("0.05", "USD"));
  }

  @Test
  void convert_refusesAnotherCurrency() {
    FxRate rate = FxRate.of(EUR, USD, new BigDecimal("1.1"), DAY, "ECB");
    assertThatThrownBy(() -> rate.convert(Money.of("1.00", "USD"), RoundingMode.HALF_EVEN))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void of_reportsEveryProblemWithItsPath() {
    assertThatThrownBy(() -> FxRate.of(USD, USD, BigDecimal.ZERO, null, " "))
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(e -> assertThat(((InvalidFactsException) e).problems())
            .extracting(Problem::path)
            .containsExactly("to", "rate", "asOf", "source"));
    assertThatThrownBy(() -> FxRate.of(EUR, USD, new BigDecimal("-1"), DAY, "x"))
        .hasMessageContaining("rate must be > 0, but was -1");
  }

  @Test
  void inverse_swapsCurrencies() {
    FxRate inverse = FxRate.of(EUR, USD, new BigDecimal("1.25"), DAY, "ECB").inverse();
    assertThat(inverse.from()).isEqualTo(USD);
    assertThat(inverse.to()).isEqualTo(EUR);
    assertThat(inverse.rate()).isEqualByComparingTo("0.8");
    assertThat(inverse.source()).isEqualTo("ECB (inverse)");
  }

  @Test
  void json_roundTrips() {
    FxRate rate = FxRate.of(EUR, USD, new BigDecimal("1.0855"), DAY, "ECB");
    String json = PartnerOsJson.write(rate);
    assertThat(PartnerOsJson.toTree(rate).toString())
        .isEqualTo("{\"from\":\"EUR\",\"to\":\"USD\",\"rate\":\"1.0855\",\"asOf\":\"2026-03-31\",\"source\":\"ECB\"}");
    assertThat(PartnerOsJson.read(json, FxRate.class)).isEqualTo(rate);
    FxRate.Conversion conversion = rate.convert(Money.of("10.00", "EUR"), RoundingMode.HALF_EVEN);
    assertThat(PartnerOsJson.read(PartnerOsJson.write(conversion), FxRate.Conversion.class)).isEqualTo(conversion);
  }
}
