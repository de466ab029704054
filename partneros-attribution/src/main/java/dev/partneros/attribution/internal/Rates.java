package dev.partneros.attribution.internal;

import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.Rate;
import dev.partneros.core.internal.ProblemCollector;
import java.math.BigDecimal;

/**
 * Defensive range check of rates read from JSON. A JSON <em>number</em> (as opposed to a string)
 * reaches core's {@code Rate} through its private constructor, which Jackson may call without the
 * range check of {@code Rate.of}; so every rate a policy or fact set holds is checked again here,
 * with the same code and message as {@code Rate.of}.
 */
public final class Rates {

  private Rates() {}

  /**
   * Records an {@code out_of_range} error unless the rate is between 0 and 1.
   *
   * @param problems the collector
   * @param path where the rate is
   * @param rate the rate
   * @return true if in range
   */
  public static boolean checkRange(ProblemCollector problems, FieldPath path, Rate rate) {
    BigDecimal value = rate.value();
    return problems.check(value.signum() >= 0 && value.compareTo(BigDecimal.ONE) <= 0, path, CoreProblemCode.OUT_OF_RANGE,
        "be a fraction between 0 and 1 (0.25 = 25 %)", value.toPlainString());
  }
}
