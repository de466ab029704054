package dev.partneros.attribution.commission;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Exact products of decimals held as unscaled {@code long}s, rounded once to a scale: the arithmetic
 * of {@link CommissionCalculator#decide} ({@code docs/rules/commission.md#deciding-a-deal-only}).
 * {@code a x b x c x 10^-scale}, rounded to {@code targetScale} decimals with a rounding mode, is
 * exactly {@code new BigDecimal(a x b x c, scale).setScale(targetScale, mode)} whenever the answer is
 * not {@link #OVERFLOW}; a product or power of ten that does not fit a {@code long} answers
 * {@link #OVERFLOW} (the caller then computes in {@code BigDecimal}), never a wrong value. Nothing
 * is allocated.
 *
 * <p>Stateless; every method is a pure function of its arguments.
 */
final class RoundedProduct {

  /** What every method answers when the exact value does not fit its {@code long} arithmetic. */
  static final long OVERFLOW = Long.MIN_VALUE;

  /** The largest power of ten a {@code long} holds: 10^18. */
  private static final int MAX_POWER = 18;

  private RoundedProduct() {}

  /**
   * Returns {@code a x b x c x 10^-scale} rounded to {@code targetScale} decimals, as an unscaled
   * value at {@code targetScale}.
   *
   * @param a the first unscaled factor
   * @param b the second unscaled factor
   * @param c the third unscaled factor
   * @param scale the scale of the product (the sum of the factors' scales), not negative
   * @param targetScale the scale to round to, not negative
   * @param mode how to round; {@link RoundingMode#UNNECESSARY} answers {@link #OVERFLOW} when
   *     rounding is needed (the caller decides in {@code BigDecimal}, which throws)
   * @return the rounded unscaled value, or {@link #OVERFLOW}
   */
  static long of(long a, long b, long c, int scale, int targetScale, RoundingMode mode) {
    long ab = times(a, b);
    if (ab == OVERFLOW) {
      return OVERFLOW;
    }
    long product = times(ab, c);
    if (product == OVERFLOW) {
      return OVERFLOW;
    }
    return rescale(product, scale, targetScale, mode);
  }

  /**
   * Returns an unscaled value at one scale rescaled to another, rounding when the target scale is
   * smaller.
   *
   * @param unscaled the unscaled value
   * @param scale its scale, not negative
   * @param targetScale the scale wanted, not negative
   * @param mode how to round
   * @return the unscaled value at the target scale, or {@link #OVERFLOW}
   */
  static long rescale(long unscaled, int scale, int targetScale, RoundingMode mode) {
    if (unscaled == OVERFLOW) {
      return OVERFLOW;
    }
    int shift = scale - targetScale;
    if (shift <= 0) {
      return -shift > MAX_POWER ? OVERFLOW : times(unscaled, pow10(-shift));
    }
    return dividedByPowerOfTen(unscaled, shift, mode);
  }

  /**
   * Returns {@code dividend / 10^n} rounded with a mode. Each power is a constant of its own branch,
   * so the JIT divides by multiplying (no hardware division on the hot path).
   *
   * @param dividend the dividend, not {@link #OVERFLOW}
   * @param n the power, positive
   * @param mode how to round
   * @return the rounded quotient, or {@link #OVERFLOW} for a power above 18 or
   *     {@link RoundingMode#UNNECESSARY} with a remainder
   */
  static long dividedByPowerOfTen(long dividend, int n, RoundingMode mode) {
    switch (n) {
      case 1:
        return rounded(dividend / 10L, dividend % 10L, 10L, mode);
      case 2:
        return rounded(dividend / 100L, dividend % 100L, 100L, mode);
      case 3:
        return rounded(dividend / 1_000L, dividend % 1_000L, 1_000L, mode);
      case 4:
        return rounded(dividend / 10_000L, dividend % 10_000L, 10_000L, mode);
      case 5:
        return rounded(dividend / 100_000L, dividend % 100_000L, 100_000L, mode);
      case 6:
        return rounded(dividend / 1_000_000L, dividend % 1_000_000L, 1_000_000L, mode);
      default:
        return n > MAX_POWER ? OVERFLOW : divide(dividend, pow10(n), mode);
    }
  }

  /**
   * Returns {@code dividend / divisor} rounded with a mode.
   *
   * @param dividend the dividend, not {@link #OVERFLOW}
   * @param divisor the divisor, positive
   * @param mode how to round
   * @return the rounded quotient, or {@link #OVERFLOW} for {@link RoundingMode#UNNECESSARY} with a
   *     remainder
   */
  static long divide(long dividend, long divisor, RoundingMode mode) {
    return rounded(dividend / divisor, dividend % divisor, divisor, mode);
  }

  /** A quotient rounded with a mode, from its remainder (of the dividend's sign) and the divisor. */
  private static long rounded(long quotient, long remainder, long divisor, RoundingMode mode) {
    if (remainder == 0) {
      return quotient;
    }
    int sign = remainder < 0 ? -1 : 1;
    long away = quotient + sign;
    long magnitude = Math.abs(remainder);
    int half = Long.compare(magnitude, divisor - magnitude);
    switch (mode) {
      case UP:
        return away;
      case DOWN:
        return quotient;
      case CEILING:
        return sign > 0 ? away : quotient;
      case FLOOR:
        return sign < 0 ? away : quotient;
      case HALF_UP:
        return half >= 0 ? away : quotient;
      case HALF_DOWN:
        return half > 0 ? away : quotient;
      case HALF_EVEN:
        return half > 0 || half == 0 && (quotient & 1) != 0 ? away : quotient;
      default:
        return OVERFLOW;
    }
  }

  /**
   * Returns {@code x x y}, or {@link #OVERFLOW} when it does not fit a {@code long} (or is
   * {@link #OVERFLOW} itself). Detects overflow without an exception.
   *
   * @param x a factor
   * @param y a factor
   * @return the product, or {@link #OVERFLOW}
   */
  static long times(long x, long y) {
    long high = Math.multiplyHigh(x, y);
    long low = x * y;
    if (high != (low >> 63) || low == OVERFLOW) {
      return OVERFLOW;
    }
    return low;
  }

  /**
   * Returns 10^n.
   *
   * @param n the power, 0 to 18
   * @return the power of ten
   */
  static long pow10(int n) {
    switch (n) {
      case 0: return 1L;
      case 1: return 10L;
      case 2: return 100L;
      case 3: return 1_000L;
      case 4: return 10_000L;
      case 5: return 100_000L;
      case 6: return 1_000_000L;
      case 7: return 10_000_000L;
      case 8: return 100_000_000L;
      case 9: return 1_000_000_000L;
      case 10: return 10_000_000_000L;
      case 11: return 100_000_000_000L;
      case 12: return 1_000_000_000_000L;
      case 13: return 10_000_000_000_000L;
      case 14: return 100_000_000_000_000L;
      case 15: return 1_000_000_000_000_000L;
      case 16: return 10_000_000_000_000_000L;
      case 17: return 100_000_000_000_000_000L;
      default: return 1_000_000_000_000_000_000L;
    }
  }

  /**
   * Returns a decimal's unscaled value as a {@code long}, without allocating once compiled (the JIT
   * removes the intermediate decimal).
   *
   * @param value the decimal, not null
   * @return the unscaled value, or {@link #OVERFLOW} when its scale is negative or it has more than 18
   *     digits
   */
  static long unscaled(BigDecimal value) {
    if (value.scale() < 0 || value.precision() > MAX_POWER) {
      return OVERFLOW;
    }
    return value.scaleByPowerOfTen(value.scale()).longValueExact();
  }
}
