package dev.partneros.core;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/** Strict decimal parsing shared by the value types: plain decimals only, no exponent, no NaN. */
final class Decimals {

  private static final Pattern PLAIN = Pattern.compile("[+-]?[0-9]{1,40}(\\.[0-9]{1,40})?");

  private Decimals() {}

  static BigDecimal parse(FieldPath path, String text) {
    if (text == null || !PLAIN.matcher(text.trim()).matches()) {
      throw new InvalidFactsException(List.of(Problem.error(path, CoreProblemCode.INVALID_VALUE,
          "be a plain decimal number such as 1234.50", text)));
    }
    return new BigDecimal(text.trim());
  }
}
