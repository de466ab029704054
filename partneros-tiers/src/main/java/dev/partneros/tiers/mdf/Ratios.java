package dev.partneros.tiers.mdf;

import dev.partneros.core.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The ratios of ROI accountability, to two decimals, half-even
 * ({@code docs/rules/mdf.md#roi-accountability}).
 */
final class Ratios {

  /** Decimals of a ratio such as an ROI: 5.11 (x). */
  static final int SCALE = 2;

  private Ratios() {}

  /** Returns {@code numerator / denominator} to two decimals, or empty when the denominator is zero. */
  static Optional<BigDecimal> ratio(Money numerator, Money denominator) {
    if (denominator.isZero()) {
      return Optional.empty();
    }
    return Optional.of(numerator.amount().divide(denominator.amount(), SCALE, RoundingMode.HALF_EVEN));
  }
}
