package dev.partneros.attribution.commission.internal;

import dev.partneros.core.Money;
import dev.partneros.core.Rate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Exact decimal helpers: normal forms (so that {@code 50}, {@code 50.0} and {@code 50.00} are one
 * policy value) and cheap renderings for explanation inputs: amounts, rates and dates written
 * straight into their text (one concatenation of {@code long}s, no intermediate strings, no
 * formatter), exactly as {@code toPlainString()}, {@link Rate#toString()} and
 * {@link LocalDate#toString()} write them.
 */
public final class Exact {

  /** What {@link #unscaled} answers for a decimal a {@code long} does not hold at its scale. */
  private static final long NOT_LONG = Long.MIN_VALUE;

  /** The most decimals rendered from a {@code long}. */
  private static final int MAX_DIGITS = 18;

  /** 10^18. */
  private static final long LIMIT = 1_000_000_000_000_000_000L;

  /** Zeros to pad a fraction with, by count. */
  private static final List<String> ZEROS = zeros();

  private Exact() {}

  /**
   * Returns the normal form of a decimal: no trailing zeros, never a negative scale.
   *
   * @param value the decimal
   * @return the normal form ({@code 0} for any zero)
   */
  public static BigDecimal normal(BigDecimal value) {
    if (value.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * Tells whether a decimal is in its normal form.
   *
   * @param value the decimal
   * @return true if {@link #normal(BigDecimal)} would return an equal-scale value
   */
  public static boolean isNormal(BigDecimal value) {
    return value.equals(normal(value));
  }

  /**
   * Renders a decimal as plain text.
   *
   * @param value the decimal
   * @return the text
   */
  public static String plain(BigDecimal value) {
    return value.toPlainString();
  }

  /**
   * Renders an amount as plain digits and the currency code, {@code 1234.50 USD}: the text of
   * {@code money.amount().toPlainString() + " " + code}, written in one piece.
   *
   * @param money the amount
   * @return the text
   */
  public static String money(Money money) {
    BigDecimal amount = money.amount();
    String code = money.currency().getCurrencyCode();
    long unscaled = unscaled(amount);
    if (unscaled == NOT_LONG) {
      return amount.toPlainString() + " " + code;
    }
    return decimal(unscaled, amount.scale(), " " + code);
  }

  /**
   * Renders an exact amount with a currency code, with at least the currency's decimals and no
   * trailing zeros beyond them: {@code 4800.00 USD}, {@code 19999.998 USD}.
   *
   * @param amount the exact amount
   * @param currency the currency
   * @return the text
   */
  public static String amount(BigDecimal amount, Currency currency) {
    int scale = Math.max(currency.getDefaultFractionDigits(), 0);
    long unscaled = unscaled(amount);
    int shownScale = amount.scale();
    while (unscaled != NOT_LONG && shownScale > scale && unscaled % 10 == 0) {
      unscaled /= 10;
      shownScale--;
    }
    if (unscaled != NOT_LONG && shownScale < scale) {
      unscaled = scaleUp(unscaled, scale - shownScale);
      shownScale = scale;
    }
    if (unscaled == NOT_LONG || shownScale > MAX_DIGITS) {
      return amountAsDecimal(amount, scale) + " " + currency.getCurrencyCode();
    }
    return decimal(unscaled, shownScale, " " + currency.getCurrencyCode());
  }

  /** {@link #amount} through {@code BigDecimal}: the reference form, for the values a long cannot hold. */
  private static String amountAsDecimal(BigDecimal amount, int scale) {
    BigDecimal shown = amount.scale() > scale ? amount.stripTrailingZeros() : amount;
    if (shown.scale() < scale) {
      shown = shown.setScale(scale);
    }
    return shown.toPlainString();
  }

  /**
   * Renders a rate as a percentage, {@code 12.5 %}: the text of {@link Rate#toString()}, written in
   * one piece.
   *
   * @param rate the rate
   * @return the text
   */
  public static String rate(Rate rate) {
    BigDecimal value = rate.value();
    long unscaled = unscaled(value);
    if (unscaled == NOT_LONG) {
      return rate.toString();
    }
    int scale = value.scale() - 2;
    if (scale < 0) {
      unscaled = scaleUp(unscaled, -scale);
      scale = 0;
    }
    while (unscaled != NOT_LONG && scale > 0 && unscaled % 10 == 0) {
      unscaled /= 10;
      scale--;
    }
    return unscaled == NOT_LONG ? rate.toString() : decimal(unscaled, scale, " %");
  }

  /**
   * Renders a date as {@link LocalDate#toString()} does, {@code 2026-03-01}, written in one piece for
   * the years 1000 to 9999.
   *
   * @param date the date
   * @return the text
   */
  public static String date(LocalDate date) {
    int year = date.getYear();
    if (year < 1000 || year > 9999) {
      return date.toString();
    }
    int month = date.getMonthValue();
    int day = date.getDayOfMonth();
    return year + (month < 10 ? "-0" : "-") + month + (day < 10 ? "-0" : "-") + day;
  }

  private static List<String> zeros() {
    List<String> zeros = new ArrayList<>();
    for (int n = 0; n <= MAX_DIGITS; n++) {
      zeros.add("0".repeat(n));
    }
    return List.copyOf(zeros);
  }

  /** The unscaled value of a decimal of scale 0 to 18 and at most 18 digits, else {@link #NOT_LONG}. */
  private static long unscaled(BigDecimal value) {
    if (value.scale() < 0 || value.scale() > MAX_DIGITS || value.precision() > MAX_DIGITS) {
      return NOT_LONG;
    }
    return value.scaleByPowerOfTen(value.scale()).longValueExact();
  }

  /** {@code unscaled x 10^n}, or {@link #NOT_LONG} when it reaches 10^18 in magnitude. */
  private static long scaleUp(long unscaled, int n) {
    long result = unscaled;
    for (int i = 0; i < n; i++) {
      if (Math.abs(result) >= LIMIT / 10) {
        return NOT_LONG;
      }
      result *= 10;
    }
    return result;
  }

  /**
   * The plain text of {@code unscaled x 10^-scale} followed by a suffix, as
   * {@link BigDecimal#toPlainString()} writes it, in one allocation of the text.
   */
  private static String decimal(long unscaled, int scale, String suffix) {
    String sign = unscaled < 0 ? "-" : "";
    long magnitude = Math.abs(unscaled);
    if (scale == 0) {
      return sign + magnitude + suffix;
    }
    long power = 1;
    for (int i = 0; i < scale; i++) {
      power *= 10;
    }
    long whole = magnitude / power;
    long fraction = magnitude % power;
    return sign + whole + "." + ZEROS.get(scale - digits(fraction)) + fraction + suffix;
  }

  /** The number of decimal digits of a value, 1 for 0. */
  private static int digits(long value) {
    int digits = 1;
    for (long rest = value / 10; rest > 0; rest /= 10) {
      digits++;
    }
    return digits;
  }
}
