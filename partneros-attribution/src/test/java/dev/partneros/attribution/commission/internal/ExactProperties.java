package dev.partneros.attribution.commission.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.Money;
import dev.partneros.core.Rate;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The laws of {@link Exact}'s renderings ({@code docs/rules/commission.md#explanations-on-request}):
 * written in one piece, they are the text of the {@code BigDecimal}, {@link Rate} and
 * {@link LocalDate} renderings the explanations have always used, for every value, including the
 * ones a {@code long} cannot hold (which take the reference path).
 */
class ExactProperties {

  /** The reference of {@link Exact#amount}: at least the currency's decimals, no trailing zeros beyond. */
  static String referenceAmount(BigDecimal amount, Currency currency) {
    int scale = Math.max(currency.getDefaultFractionDigits(), 0);
    BigDecimal shown = amount.scale() > scale ? amount.stripTrailingZeros() : amount;
    if (shown.scale() < scale) {
      shown = shown.setScale(scale);
    }
    return shown.toPlainString() + " " + currency.getCurrencyCode();
  }

  @Property(tries = 3000)
  void amountIsTheReferenceText(@ForAll("decimals") BigDecimal amount, @ForAll("currencies") Currency currency) {
    assertThat(Exact.amount(amount, currency)).isEqualTo(referenceAmount(amount, currency));
    Statistics.label("scale").collect(amount.scale() < 0 ? "negative" : amount.scale() > 18 ? "above 18"
        : amount.precision() > 18 ? "more than 18 digits" : "long");
    Statistics.label("scale").coverage(c -> {
      c.check("long").percentage(p -> p > 30);
      c.check("negative").count(n -> n > 0);
      c.check("more than 18 digits").count(n -> n > 0);
    });
  }

  @Property(tries = 2000)
  void moneyIsThePlainAmountAndCode(@ForAll("decimals") BigDecimal value, @ForAll("currencies") Currency currency) {
    BigDecimal bounded = value.abs().compareTo(BigDecimal.TEN.pow(14)) >= 0 ? value.movePointLeft(20) : value;
    Money money = Money.of(bounded, currency, RoundingMode.HALF_EVEN);
    assertThat(Exact.money(money)).isEqualTo(money.amount().toPlainString() + " " + currency.getCurrencyCode());
  }

  @Property(tries = 2000)
  void rateIsItsToString(@ForAll("rates") Rate rate) {
    assertThat(Exact.rate(rate)).isEqualTo(rate.toString());
  }

  @Property(tries = 1000)
  void dateIsItsToString(@ForAll("dates") LocalDate date) {
    assertThat(Exact.date(date)).isEqualTo(date.toString());
  }

  /**
   * Decimals of every shape: small and long unscaled values of both signs at scales -3 to 22,
   * zeros, trailing zeros, and values just around 10^18 in unscaled units.
   *
   * @return the arbitrary
   */
  @Provide
  Arbitrary<BigDecimal> decimals() {
    Arbitrary<BigInteger> unscaled = Arbitraries.oneOf(
        Arbitraries.longs().between(-1_000_000, 1_000_000).map(BigInteger::valueOf),
        Arbitraries.longs().map(BigInteger::valueOf),
        Arbitraries.longs().between(-5, 5).map(d -> BigInteger.TEN.pow(18).add(BigInteger.valueOf(d))),
        Arbitraries.longs().between(0, 99).map(d -> BigInteger.valueOf(d).multiply(BigInteger.TEN.pow(6))),
        Arbitraries.bigIntegers().between(BigInteger.TEN.pow(18).negate(), BigInteger.TEN.pow(22)));
    return Combinators.combine(unscaled, Arbitraries.integers().between(-3, 22)).as(BigDecimal::new);
  }

  /**
   * Currencies of 0, 2 and 3 decimals.
   *
   * @return the arbitrary
   */
  @Provide
  Arbitrary<Currency> currencies() {
    return Arbitraries.of("USD", "JPY", "BHD", "EUR").map(Currency::getInstance);
  }

  /**
   * Rates from 0 to 1 with 0 to 24 decimals, and the round ones.
   *
   * @return the arbitrary
   */
  @Provide
  Arbitrary<Rate> rates() {
    Arbitrary<BigDecimal> fractions = Combinators.combine(Arbitraries.integers().between(0, 24),
        Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.TEN.pow(24)))
        .as((scale, unscaled) -> new BigDecimal(unscaled.mod(BigInteger.TEN.pow(scale).add(BigInteger.ONE)), scale));
    return Arbitraries.oneOf(fractions.map(Rate::of),
        Arbitraries.of("0", "1", "0.1", "0.5", "0.125", "0.25", "0.333", "0.0001").map(Rate::of));
  }

  /**
   * Dates from year -20 to 12000, with the edges of the four-digit years.
   *
   * @return the arbitrary
   */
  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(LocalDate.of(-20, 1, 1).toEpochDay(), LocalDate.of(12000, 12, 31).toEpochDay())
            .map(LocalDate::ofEpochDay),
        Arbitraries.of(LocalDate.of(999, 12, 31), LocalDate.of(1000, 1, 1), LocalDate.of(9999, 12, 31),
            LocalDate.of(10000, 1, 1), LocalDate.of(2026, 1, 9), LocalDate.of(2026, 10, 10)));
  }
}
