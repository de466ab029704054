package dev.partneros.attribution.commission.internal;

import dev.partneros.core.Money;
import dev.partneros.core.Rate;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * Exact decimal helpers: normal forms (so that {@code 50}, {@code 50.0} and {@code 50.00} are one
 * policy value) and cheap renderings for explanation inputs (plain concatenation, no formatter).
 */
public final class Exact {

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
   * Renders an amount as plain digits and the currency code, {@code 1234.50 USD}.
   *
   * @param money the amount
   * @return the text
   */
  public static String money(Money money) {
    return money.amount().toPlainString() + " " + money.currency().getCurrencyCode();
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
    BigDecimal shown = amount.scale() > scale ? amount.stripTrailingZeros() : amount;
    if (shown.scale() < scale) {
      shown = shown.setScale(scale);
    }
    return shown.toPlainString() + " " + currency.getCurrencyCode();
  }

  /**
   * Renders a rate as a percentage, {@code 12.5 %}.
   *
   * @param rate the rate
   * @return the text
   */
  public static String rate(Rate rate) {
    return rate.toString();
  }
}
