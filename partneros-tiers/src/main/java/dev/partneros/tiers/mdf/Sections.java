package dev.partneros.tiers.mdf;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.ProblemCollector;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * Reading helpers of the {@code mdf} section: amounts written as plain decimals in the program's
 * currency, and the refusal of header fields written inside the section (the same convention as the
 * {@code tiers} and {@code benefits} sections).
 */
final class Sections {

  private Sections() {}

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

  /** Refuses a header field written inside the section, where it would be silently ignored. */
  static void refuseHeader(ProblemCollector problems, String field, JsonNode given) {
    if (given != null) {
      problems.check(false, FieldPath.root().field(field), "header_field",
          "be absent: the " + field + " comes from the program's header", given);
    }
  }
}
