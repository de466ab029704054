package dev.partneros.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Money (docs/rules/conventions.md#money)")
class MoneyTest {

  static final Currency USD = Currency.getInstance("USD");
  static final Currency EUR = Currency.getInstance("EUR");
  static final Currency JPY = Currency.getInstance("JPY");

  @Test
  void of_keepsCurrencyScale() {
    Money money = Money.of(new BigDecimal("12.5"), USD);
    assertThat(money.amount()).isEqualByComparingTo("12.50");
    assertThat(money.amount().scale()).isEqualTo(2);
    assertThat(Money.of(new BigDecimal("12.500"), USD)).isEqualTo(Money.of("12.50", "USD"));
    assertThat(Money.of(1200, JPY).amount().scale()).isZero();
  }

  @Test
  void of_refusesRounding() {
    assertThatThrownBy(() -> Money.of(new BigDecimal("1.234"), USD))
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(e -> {
          Problem problem = ((InvalidFactsException) e).problems().get(0);
          assertThat(problem.path()).isEqualTo("amount");
          assertThat(problem.message()).isEqualTo(
              "amount must have at most 2 decimals for USD (round it explicitly), but was 1.234");
        });
    assertThatThrownBy(() -> Money.of(new BigDecimal("1.5"), JPY))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("at most 0 decimals for JPY");
  }

  @Test
  void of_refusesUnknownOrFundCurrencies() {
    assertThatThrownBy(() -> Money.of("1.00", "ZZZ"))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("currency must be an ISO-4217 code such as USD, but was ZZZ");
    assertThatThrownBy(() -> Money.of("1", "XXX"))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("currency must have a minor unit");
  }

  @Test
  void of_refusesNonDecimalText() {
    for (String bad : List.of("1e3", "NaN", "", "12,50", "0x10", "Infinity", "1.2.3")) {
      assertThatThrownBy(() -> Money.of(bad, "USD"))
          .as(bad)
          .isInstanceOf(InvalidFactsException.class)
          .satisfies(e -> assertThat(((InvalidFactsException) e).problems().get(0).path()).isEqualTo("amount"));
    }
  }

  @Test
  void of_refusesAbsurdMagnitudes_atTheLimit() {
    assertThat(Money.of(new BigDecimal("999999999999999.99"), USD).isPositive()).isTrue();
    assertThatThrownBy(() -> Money.of(new BigDecimal("1000000000000000.00"), USD))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("amount must be less than 10^15 in magnitude");
  }

  @Test
  void ofRounding_roundsOnceWithTheGivenMode() {
    assertThat(Money.of(new BigDecimal("0.125"), USD, RoundingMode.HALF_EVEN)).isEqualTo(Money.of("0.12", "USD"));
    assertThat(Money.of(new BigDecimal("0.135"), USD, RoundingMode.HALF_EVEN)).isEqualTo(Money.of("0.14", "USD"));
    assertThat(Money.of(new BigDecimal("0.125"), USD, RoundingMode.HALF_UP)).isEqualTo(Money.of("0.13", "USD"));
    assertThat(Money.of(new BigDecimal("-0.125"), USD, RoundingMode.HALF_EVEN)).isEqualTo(Money.of("-0.12", "USD"));
  }

  @Test
  void ofMinor_and_minorUnits() {
    assertThat(Money.ofMinor(123450, USD)).isEqualTo(Money.of("1234.50", "USD"));
    assertThat(Money.of("1234.50", "USD").minorUnits()).isEqualTo(java.math.BigInteger.valueOf(123450));
    assertThat(Money.ofMinor(1200, JPY)).isEqualTo(Money.of(1200, JPY));
  }

  @Test
  void ofMinor_refusesTheLimitOnEitherSideForEveryScale() {
    Currency bhd = Currency.getInstance("BHD");
    Currency clf = Currency.getInstance("CLF");
    assertThat(Money.ofMinor(99_999_999_999_999_999L, USD).amount()).isEqualByComparingTo("999999999999999.99");
    assertThat(Money.ofMinor(-99_999_999_999_999_999L, USD).amount()).isEqualByComparingTo("-999999999999999.99");
    assertThat(Money.ofMinor(999_999_999_999_999L, JPY).amount()).isEqualByComparingTo("999999999999999");
    assertThat(Money.ofMinor(999_999_999_999_999_999L, bhd).amount()).isEqualByComparingTo("999999999999999.999");
    assertThat(Money.ofMinor(Long.MAX_VALUE, clf).amount()).isEqualByComparingTo("922337203685477.5807");
    for (long tooLarge : new long[] {100_000_000_000_000_000L, -100_000_000_000_000_000L, Long.MAX_VALUE, Long.MIN_VALUE}) {
      assertThatThrownBy(() -> Money.ofMinor(tooLarge, USD)).isInstanceOf(InvalidFactsException.class)
          .hasMessageContaining("be less than 10^15 in magnitude");
    }
    assertThatThrownBy(() -> Money.ofMinor(1_000_000_000_000_000L, JPY)).isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("be less than 10^15 in magnitude");
  }

  @Test
  void arithmetic_isExact() {
    Money a = Money.of("0.10", "USD");
    Money b = Money.of("0.20", "USD");
    assertThat(a.plus(b)).isEqualTo(Money.of("0.30", "USD"));
    assertThat(a.minus(b)).isEqualTo(Money.of("-0.10", "USD"));
    assertThat(a.minus(b).negated()).isEqualTo(a);
    assertThat(a.minus(b).abs()).isEqualTo(a);
    assertThat(a.multipliedBy(3)).isEqualTo(Money.of("0.30", "USD"));
    assertThat(Money.zero(USD).isZero()).isTrue();
    assertThat(a.max(b)).isEqualTo(b);
    assertThat(a.min(b)).isEqualTo(a);
    assertThat(a.isLessThan(b)).isTrue();
    assertThat(b.isGreaterThan(a)).isTrue();
  }

  @Test
  @DisplayName("The worked example of docs/rules/commission.md#referral-fee: 24,000 ARR x 20 % = 4,800")
  void multipliedByRate_referralFeeExample() {
    assertThat(Money.of(24_000, USD).multipliedBy(Rate.ofPercent(20), Money.DEFAULT_ROUNDING))
        .isEqualTo(Money.of(4_800, USD));
  }

  @Test
  void multipliedByFactor_roundsOnce() {
    Money base = Money.of("10.01", "USD");
    assertThat(base.multipliedBy(new BigDecimal("0.5"), RoundingMode.HALF_EVEN)).isEqualTo(Money.of("5.00", "USD"));
    assertThat(base.multipliedBy(new BigDecimal("0.5"), RoundingMode.HALF_UP)).isEqualTo(Money.of("5.01", "USD"));
  }

  @Test
  void dividedBy_zeroIsATypedError() {
    assertThat(Money.of("10.00", "USD").dividedBy(new BigDecimal("3"), RoundingMode.HALF_EVEN))
        .isEqualTo(Money.of("3.33", "USD"));
    assertThatThrownBy(() -> Money.of("10.00", "USD").dividedBy(BigDecimal.ZERO, RoundingMode.HALF_EVEN))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("divisor must not be zero");
  }

  @Test
  void mixingCurrencies_isATypedError() {
    Money usd = Money.of("1.00", "USD");
    Money eur = Money.of("1.00", "EUR");
    assertThatThrownBy(() -> usd.plus(eur))
        .isInstanceOf(CurrencyMismatchException.class)
        .satisfies(e -> {
          CurrencyMismatchException mismatch = (CurrencyMismatchException) e;
          assertThat(mismatch.expected()).isEqualTo(USD);
          assertThat(mismatch.actual()).isEqualTo(EUR);
          assertThat(mismatch.problems().get(0).message())
              .isEqualTo("currency must be USD (convert with an explicit FX rate first), but was EUR");
        });
    assertThatThrownBy(() -> usd.minus(eur)).isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> usd.compareTo(eur)).isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> Money.total(List.of(usd, eur), USD)).isInstanceOf(CurrencyMismatchException.class);
    assertThat(usd).isNotEqualTo(eur);
  }

  @Test
  void total_sumsOneCurrency() {
    assertThat(Money.total(List.of(Money.of("1.10", "USD"), Money.of("2.20", "USD")), USD))
        .isEqualTo(Money.of("3.30", "USD"));
    assertThat(Money.total(List.of(), EUR)).isEqualTo(Money.zero(EUR));
  }

  @Test
  void toString_andParse_roundTrip() {
    assertThat(Money.of("1234.50", "USD")).hasToString("1,234.50 USD");
    assertThat(Money.of("-1234567.05", "EUR")).hasToString("-1,234,567.05 EUR");
    assertThat(Money.of(1200, JPY)).hasToString("1,200 JPY");
    assertThat(Money.zero(USD)).hasToString("0.00 USD");
    assertThat(Money.parse("1,234.50 USD")).isEqualTo(Money.of("1234.50", "USD"));
    assertThat(Money.parse("-5.00 EUR")).isEqualTo(Money.of("-5.00", "EUR"));
    assertThatThrownBy(() -> Money.parse("USD 5"))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("money must read like \"1,234.50 USD\", but was USD 5");
  }

  @Test
  void equality_isByValueNotScale() {
    assertThat(Money.of(new BigDecimal("12.5"), USD)).isEqualTo(Money.of(new BigDecimal("12.50"), USD));
    assertThat(Money.of(new BigDecimal("12.5"), USD).hashCode()).isEqualTo(Money.of("12.50", "USD").hashCode());
  }

  @Test
  void json_writesAmountAsString() {
    assertThat(PartnerOsJson.toTree(Money.of("1234.5", "USD")).toString())
        .isEqualTo("{\"amount\":\"1234.50\",\"currency\":\"USD\"}");
    assertThat(PartnerOsJson.read("{\"amount\": \"1234.50\", \"currency\": \"USD\"}", Money.class))
        .isEqualTo(Money.of("1234.50", "USD"));
    assertThat(PartnerOsJson.read("{\"amount\": 1234.5, \"currency\": \"USD\"}", Money.class))
        .isEqualTo(Money.of("1234.50", "USD"));
  }

  @Test
  void json_badAmountNamesItsPath() {
    assertThatThrownBy(() -> PartnerOsJson.read("{\"amount\": \"1.234\", \"currency\": \"USD\"}", Money.class))
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(e -> assertThat(((InvalidFactsException) e).problems().get(0).path()).isEqualTo("amount"));
    assertThatThrownBy(() -> PartnerOsJson.read("{\"currency\": \"USD\"}", Money.class))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("amount must be present, but was missing");
    assertThatThrownBy(() -> PartnerOsJson.read("{\"amount\": \"1\", \"currency\": \"USD\", \"x\": 1}", Money.class))
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(e -> {
          Problem problem = ((InvalidFactsException) e).problems().get(0);
          assertThat(problem.path()).isEqualTo("x");
          assertThat(problem.code()).isEqualTo("unknown_property");
        });
  }
}
