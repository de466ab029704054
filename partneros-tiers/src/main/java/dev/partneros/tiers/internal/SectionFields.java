package dev.partneros.tiers.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.internal.ProblemCollector;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * Reading helpers shared by the {@code tiers}, {@code benefits} and {@code mdf} sections: amounts
 * written as plain decimals in the program's currency, and the refusal of header fields (the
 * ladder, the currency, the fiscal calendar, the rounding) written inside a section, where they
 * would otherwise be silently ignored.
 */
public final class SectionFields {

  private SectionFields() {}

  /**
   * Returns an amount as money in the program's currency, or null after recording why it is
   * missing or invalid.
   *
   * @param problems where to record a problem
   * @param path the amount's path
   * @param amount the amount as written, may be null
   * @param currency the program's currency
   * @return the money, or null when a problem was recorded
   */
  public static Money money(ProblemCollector problems, FieldPath path, BigDecimal amount, Currency currency) {
    if (!problems.requirePresent(path, amount)) {
      return null;
    }
    try {
      return Money.of(amount, currency);
    } catch (InvalidFactsException e) {
      problems.check(false, path, CoreProblemCode.INVALID_VALUE, "have at most " + Math.max(currency.getDefaultFractionDigits(), 0)
          + " decimals for " + currency.getCurrencyCode() + " and be below 10^15", amount.toPlainString());
      return null;
    }
  }

  /**
   * Records a problem when a header field was written inside a section.
   *
   * @param problems where to record it
   * @param field the header field's name
   * @param given what the section wrote, or null when absent
   */
  public static void refuseHeader(ProblemCollector problems, String field, JsonNode given) {
    if (given != null) {
      problems.check(false, FieldPath.root().field(field), CoreProblemCode.NOT_ALLOWED,
          "be absent: the " + field + " comes from the program's header", given);
    }
  }
}
