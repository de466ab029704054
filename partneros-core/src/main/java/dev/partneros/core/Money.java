package dev.partneros.core;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of money in one ISO-4217 currency, held exactly at the currency's minor unit (two
 * decimals for USD and EUR, none for JPY, three for KWD); see {@code docs/rules/conventions.md#money}.
 *
 * <p>The strict factories ({@link #of(BigDecimal, Currency)}, {@link #parse(String)}) refuse an
 * amount that would need rounding; every operation that can lose precision takes a
 * {@link RoundingMode} (the standard program uses {@link #DEFAULT_ROUNDING}), so rounding happens
 * once, where the caller says. Amounts of different currencies are never combined: that throws a
 * {@link CurrencyMismatchException}. Equality is by currency and numeric value.
 *
 * <p>JSON form: {@code {"amount": "1234.50", "currency": "USD"}} (the amount written as a string);
 * {@link #toString()} reads {@code 1,234.50 USD}.
 *
 * <p>Immutable and thread-safe.
 */
@JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"amount", "currency"})
public final class Money implements Comparable<Money> {

  /** The rounding of the standard program: banker's rounding, {@code HALF_EVEN}. */
  public static final RoundingMode DEFAULT_ROUNDING = RoundingMode.HALF_EVEN;

  /** The largest magnitude accepted, 10^15 major units: far above any partner payout. */
  private static final BigDecimal LIMIT = BigDecimal.TEN.pow(15);

  private static final Pattern TEXT = Pattern.compile("\\s*(-?[0-9][0-9,]*(?:\\.[0-9]+)?)\\s+([A-Z]{3})\\s*");

  private final BigDecimal amount;
  private final Currency currency;

  private Money(BigDecimal amount, Currency currency) {
    this.amount = amount;
    this.currency = currency;
  }

  /**
   * Creates an amount, refusing any value that would need rounding to the currency's minor unit.
   *
   * @param amount the amount, not null, with no more decimals than the currency has (trailing
   *     zeros are fine: {@code 12.500} USD is {@code 12.50} USD)
   * @param currency the currency, not null, one with a minor unit (not {@code XXX})
   * @return never null
   * @throws InvalidFactsException if the amount has more decimals than the currency, or its
   *     magnitude is 10^15 or more, or the currency has no minor unit
   */
  public static Money of(BigDecimal amount, Currency currency) {
    requireNonNull(amount, "amount");
    int scale = scaleOf(currency);
    BigDecimal scaled;
    try {
      scaled = amount.setScale(scale, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw invalid("amount", "have at most " + scale + " decimals for " + currency.getCurrencyCode()
          + " (round it explicitly)", amount.toPlainString());
    }
    return checked(scaled, currency);
  }

  /**
   * Creates an amount from its decimal text and currency code, refusing rounding.
   *
   * @param amount the amount as plain decimal text such as {@code "1234.50"}, not null
   * @param currencyCode the ISO-4217 code such as {@code "USD"}, not null
   * @return never null
   * @throws InvalidFactsException if the text is not a plain decimal, the code is unknown or the
   *     amount needs rounding
   */
  public static Money of(String amount, String currencyCode) {
    requireNonNull(amount, "amount");
    return of(Decimals.parse(FieldPath.root().field("amount"), amount), currency(currencyCode));
  }

  /**
   * Creates an amount from a whole number of major units, such as {@code Money.of(25_000, usd)}.
   *
   * @param majorUnits the amount in major units
   * @param currency the currency, not null
   * @return never null
   * @throws InvalidFactsException if the magnitude is 10^15 or more
   */
  public static Money of(long majorUnits, Currency currency) {
    return of(BigDecimal.valueOf(majorUnits), currency);
  }

  /**
   * Creates an amount by rounding an exact value to the currency's minor unit. This is the lenient
   * factory, used where a rule computes a line and rounds it once
   * ({@code docs/rules/conventions.md#money}).
   *
   * @param exact the exact value, not null
   * @param currency the currency, not null
   * @param rounding how to round, not null
   * @return never null
   * @throws InvalidFactsException if the magnitude is 10^15 or more
   */
  public static Money of(BigDecimal exact, Currency currency, RoundingMode rounding) {
    requireNonNull(exact, "exact");
    requireNonNull(rounding, "rounding");
    int scale = scaleOf(currency);
    if (rounding == RoundingMode.UNNECESSARY) {
      return of(exact, currency);
    }
    return checked(exact.setScale(scale, rounding), currency);
  }

  /**
   * Creates an amount from a count of minor units: {@code ofMinor(123450, USD)} is 1,234.50 USD.
   *
   * @param minorUnits the amount in minor units (cents for USD)
   * @param currency the currency, not null
   * @return never null
   * @throws InvalidFactsException if the magnitude is 10^15 major units or more
   */
  public static Money ofMinor(long minorUnits, Currency currency) {
    int scale = scaleOf(currency);
    // the limit checked on the long itself (10^15 major units is 10^(15 + scale) minor units, which
    // fits a long up to scale 3): no decimal comparison on the hot path of per-deal decisions
    long limit = limitInMinorUnits(scale);
    if (limit > 0 && minorUnits > -limit && minorUnits < limit) {
      return new Money(BigDecimal.valueOf(minorUnits, scale), currency);
    }
    return checked(BigDecimal.valueOf(minorUnits, scale), currency);
  }

  /**
   * Returns zero in a currency.
   *
   * @param currency the currency, not null
   * @return never null
   */
  public static Money zero(Currency currency) {
    return new Money(BigDecimal.ZERO.setScale(scaleOf(currency)), currency);
  }

  /**
   * Parses the text {@link #toString()} renders: {@code 1,234.50 USD} or {@code -12.00 EUR}.
   * Grouping commas are optional.
   *
   * @param text the text, not null
   * @return never null
   * @throws InvalidFactsException if the text is not of that form or needs rounding
   */
  public static Money parse(String text) {
    requireNonNull(text, "text");
    Matcher matcher = TEXT.matcher(text);
    if (!matcher.matches()) {
      throw invalid("money", "read like \"1,234.50 USD\"", text);
    }
    return of(matcher.group(1).replace(",", ""), matcher.group(2));
  }

  /**
   * Adds up amounts of one currency.
   *
   * @param amounts the amounts, not null, each of {@code currency}
   * @param currency the currency of the sum (so an empty list has one), not null
   * @return the exact sum, never null
   * @throws CurrencyMismatchException if an amount is of another currency
   */
  public static Money total(Iterable<Money> amounts, Currency currency) {
    requireNonNull(amounts, "amounts");
    BigDecimal sum = BigDecimal.ZERO;
    for (Money money : amounts) {
      if (!money.currency.equals(currency)) {
        throw new CurrencyMismatchException(currency, money.currency);
      }
      sum = sum.add(money.amount);
    }
    return checked(sum.setScale(scaleOf(currency)), currency);
  }

  @JsonCreator
  static Money fromJson(@JsonProperty("amount") String amount, @JsonProperty("currency") String currency) {
    if (amount == null) {
      throw invalid("amount", "be present", null);
    }
    return of(amount, currency);
  }

  /**
   * Returns the currency for an ISO-4217 code.
   *
   * @param code the code such as {@code "USD"}, not null
   * @return never null
   * @throws InvalidFactsException if the code is not a known currency with a minor unit
   */
  public static Currency currency(String code) {
    if (code == null) {
      throw invalid("currency", "be an ISO-4217 code such as USD", null);
    }
    try {
      Currency currency = Currency.getInstance(code);
      scaleOf(currency);
      return currency;
    } catch (IllegalArgumentException e) {
      throw invalid("currency", "be an ISO-4217 code such as USD", code);
    }
  }

  /** 10^(15 + scale), the limit in minor units, for scales 0 to 3; 0 for larger scales (not a long). */
  private static long limitInMinorUnits(int scale) {
    switch (scale) {
      case 0:
        return 1_000_000_000_000_000L;
      case 1:
        return 10_000_000_000_000_000L;
      case 2:
        return 100_000_000_000_000_000L;
      case 3:
        return 1_000_000_000_000_000_000L;
      default:
        return 0;
    }
  }

  static int scaleOf(Currency currency) {
    requireNonNull(currency, "currency");
    int digits = currency.getDefaultFractionDigits();
    if (digits < 0) {
      throw invalid("currency", "have a minor unit (not a fund or metal code)", currency.getCurrencyCode());
    }
    return digits;
  }

  private static Money checked(BigDecimal scaled, Currency currency) {
    if (scaled.abs().compareTo(LIMIT) >= 0) {
      throw invalid("amount", "be less than 10^15 in magnitude", scaled.toPlainString());
    }
    return new Money(scaled, currency);
  }

  private static InvalidFactsException invalid(String field, String rule, Object value) {
    return new InvalidFactsException(List.of(Problem.error(FieldPath.root().field(field),
        CoreProblemCode.INVALID_VALUE, rule, value)));
  }

  /**
   * Returns the amount, at exactly the currency's scale.
   *
   * @return never null
   */
  public BigDecimal amount() {
    return amount;
  }

  @JsonProperty("amount")
  String amountText() {
    return amount.toPlainString();
  }

  /**
   * Returns the currency.
   *
   * @return never null
   */
  public Currency currency() {
    return currency;
  }

  @JsonProperty("currency")
  String currencyCode() {
    return currency.getCurrencyCode();
  }

  /**
   * Returns the amount in minor units (cents for USD).
   *
   * @return never null
   */
  public BigInteger minorUnits() {
    return amount.unscaledValue();
  }

  /**
   * Adds an amount of the same currency. Exact.
   *
   * @param other the amount to add, not null
   * @return never null
   * @throws CurrencyMismatchException if the currencies differ
   */
  public Money plus(Money other) {
    return checked(amount.add(same(other).amount), currency);
  }

  /**
   * Subtracts an amount of the same currency. Exact.
   *
   * @param other the amount to subtract, not null
   * @return never null
   * @throws CurrencyMismatchException if the currencies differ
   */
  public Money minus(Money other) {
    return checked(amount.subtract(same(other).amount), currency);
  }

  /**
   * Returns the amount with its sign reversed.
   *
   * @return never null
   */
  public Money negated() {
    return new Money(amount.negate(), currency);
  }

  /**
   * Returns the absolute amount.
   *
   * @return never null
   */
  public Money abs() {
    return amount.signum() < 0 ? negated() : this;
  }

  /**
   * Multiplies by a whole number. Exact.
   *
   * @param factor the factor
   * @return never null
   */
  public Money multipliedBy(long factor) {
    return checked(amount.multiply(BigDecimal.valueOf(factor)), currency);
  }

  /**
   * Multiplies by a decimal factor and rounds the product once.
   *
   * @param factor the factor, not null
   * @param rounding how to round the product to the minor unit, not null
   * @return never null
   */
  public Money multipliedBy(BigDecimal factor, RoundingMode rounding) {
    requireNonNull(factor, "factor");
    return of(amount.multiply(factor), currency, rounding);
  }

  /**
   * Multiplies by a rate ({@code 24,000.00 x 20 % = 4,800.00}) and rounds the product once.
   *
   * @param rate the rate, not null
   * @param rounding how to round the product to the minor unit, not null
   * @return never null
   */
  public Money multipliedBy(Rate rate, RoundingMode rounding) {
    requireNonNull(rate, "rate");
    return multipliedBy(rate.value(), rounding);
  }

  /**
   * Divides by a decimal divisor and rounds the quotient once.
   *
   * @param divisor the divisor, not null, not zero
   * @param rounding how to round the quotient to the minor unit, not null
   * @return never null
   * @throws InvalidFactsException if the divisor is zero
   */
  public Money dividedBy(BigDecimal divisor, RoundingMode rounding) {
    requireNonNull(divisor, "divisor");
    requireNonNull(rounding, "rounding");
    if (divisor.signum() == 0) {
      throw invalid("divisor", "not be zero", divisor);
    }
    return checked(amount.divide(divisor, amount.scale(), rounding), currency);
  }

  /**
   * Tells whether the amount is zero.
   *
   * @return true if zero
   */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /**
   * Tells whether the amount is above zero.
   *
   * @return true if positive
   */
  public boolean isPositive() {
    return amount.signum() > 0;
  }

  /**
   * Tells whether the amount is below zero.
   *
   * @return true if negative
   */
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /**
   * Tells whether this amount is greater than another of the same currency.
   *
   * @param other the other amount, not null
   * @return true if greater
   * @throws CurrencyMismatchException if the currencies differ
   */
  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  /**
   * Tells whether this amount is less than another of the same currency.
   *
   * @param other the other amount, not null
   * @return true if less
   * @throws CurrencyMismatchException if the currencies differ
   */
  public boolean isLessThan(Money other) {
    return compareTo(other) < 0;
  }

  /**
   * Returns the smaller of this amount and another of the same currency.
   *
   * @param other the other amount, not null
   * @return never null
   * @throws CurrencyMismatchException if the currencies differ
   */
  public Money min(Money other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /**
   * Returns the larger of this amount and another of the same currency.
   *
   * @param other the other amount, not null
   * @return never null
   * @throws CurrencyMismatchException if the currencies differ
   */
  public Money max(Money other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /**
   * Compares two amounts of the same currency by value.
   *
   * @param other the other amount, not null
   * @return negative, zero or positive
   * @throws CurrencyMismatchException if the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    return amount.compareTo(same(other).amount);
  }

  private Money same(Money other) {
    requireNonNull(other, "other");
    if (!currency.equals(other.currency)) {
      throw new CurrencyMismatchException(currency, other.currency);
    }
    return other;
  }

  /**
   * Tells whether another object is money of the same currency and value.
   *
   * @param other the object, may be null
   * @return true if equal
   */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Money)) {
      return false;
    }
    Money that = (Money) other;
    return currency.equals(that.currency) && amount.compareTo(that.amount) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * currency.hashCode() + amount.hashCode();
  }

  /**
   * Renders the amount with grouping and the currency code: {@code 1,234.50 USD},
   * {@code -5.00 EUR}, {@code 1,200 JPY}. {@link #parse(String)} reads it back.
   *
   * @return never null
   */
  @Override
  public String toString() {
    String plain = amount.abs().toPlainString();
    int dot = plain.indexOf('.');
    int intEnd = dot < 0 ? plain.length() : dot;
    StringBuilder out = new StringBuilder(plain.length() + plain.length() / 3 + 6);
    if (amount.signum() < 0) {
      out.append('-');
    }
    for (int i = 0; i < intEnd; i++) {
      if (i > 0 && (intEnd - i) % 3 == 0) {
        out.append(',');
      }
      out.append(plain.charAt(i));
    }
    return out.append(plain, intEnd, plain.length()).append(' ').append(currency.getCurrencyCode()).toString();
  }
}
