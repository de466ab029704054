package dev.partneros.tiers;

import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.ProblemCollector;
import java.math.BigDecimal;
import java.util.Currency;

/** Reads amounts written as plain decimals in a program section, in the program's currency. */
final class Amounts {

  private Amounts() {}

  /** Returns the amount as money, or null after recording why it is missing or invalid. */
  static Money money(ProblemCollector problems, FieldPath path, BigDecimal amount, Currency currency) {
    if (!problems.requirePresent(path, amount)) {
      return null;
    }
    try {
      return Money.of(amount, currency);
    } catch (InvalidFactsException e) {
      problems.check(false, path, "invalid_amount", "have at most " + Math.max(currency.getDefaultFractionDigits(), 0)
          + " decimals for " + currency.getCurrencyCode() + " and be below 10^15", amount.toPlainString());
      return null;
    }
  }
}
