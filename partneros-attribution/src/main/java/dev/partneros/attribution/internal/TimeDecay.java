package dev.partneros.attribution.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The weights of the time-decay model ({@code docs/rules/attribution.md#multi-touch-credit}):
 * {@code 2^(-days / halfLife)}, as exact decimals rounded once to {@link #SCALE} decimal places,
 * {@code HALF_EVEN}.
 *
 * <p>How: with {@code days = q * halfLife + r} ({@code 0 <= r < halfLife}), the weight is
 * {@code 0.5^q * 2^(-r / halfLife)}. {@code 0.5^q} is an exact decimal; {@code 2^(-1 / halfLife)}
 * is computed once per half-life by Newton's method to {@link #WORKING} significant digits and its
 * powers {@code 0 .. halfLife - 1} are kept at that precision; the exact product is rounded once. So a whole number of
 * half-lives gives the exact powers of one half (1, 0.5, 0.25...), and any other age is correct to
 * well within the last place kept. No {@code double} is involved, and the result is the same on
 * every JVM.
 *
 * <p>Immutable and thread-safe.
 */
public final class TimeDecay {

  /** Decimal places kept in a weight. */
  public static final int SCALE = 20;

  /** Significant digits of the intermediate computation. */
  static final MathContext WORKING = new MathContext(50, RoundingMode.HALF_EVEN);

  /** From this many half-lives on, the weight is below half a unit of the last place: zero. */
  private static final int NEGLIGIBLE_HALF_LIVES = 70;

  private static final BigDecimal HALF = new BigDecimal("0.5");

  private final int halfLifeDays;
  /** {@code 2^(-k / halfLife)} for k = 0 .. halfLife - 1, at {@link #WORKING} precision. */
  private final java.util.List<BigDecimal> roots;

  private TimeDecay(int halfLifeDays, BigDecimal rootOfHalf) {
    this.halfLifeDays = halfLifeDays;
    BigDecimal[] powers = new BigDecimal[halfLifeDays];
    for (int k = 0; k < halfLifeDays; k++) {
      powers[k] = k == 0 ? BigDecimal.ONE : rootOfHalf.pow(k, WORKING);
    }
    this.roots = java.util.List.of(powers);
  }

  /**
   * Prepares the weights of a half-life.
   *
   * @param halfLifeDays the half-life, at least 1 day
   * @return never null
   * @throws IllegalArgumentException if the half-life is below 1
   */
  public static TimeDecay of(int halfLifeDays) {
    if (halfLifeDays < 1) {
      throw new IllegalArgumentException("halfLifeDays must be >= 1, but was " + halfLifeDays);
    }
    return new TimeDecay(halfLifeDays, nthRootOfHalf(halfLifeDays));
  }

  /** {@code 0.5^(1/n)} by Newton's method from above (monotone convergence for x^n - 0.5). */
  static BigDecimal nthRootOfHalf(int n) {
    if (n == 1) {
      return HALF;
    }
    BigDecimal big = BigDecimal.valueOf(n);
    BigDecimal nMinusOne = BigDecimal.valueOf(n - 1L);
    BigDecimal epsilon = BigDecimal.ONE.movePointLeft(WORKING.getPrecision() - 2);
    BigDecimal x = BigDecimal.ONE;
    for (int i = 0; i < 10_000; i++) {
      BigDecimal next = nMinusOne.multiply(x, WORKING)
          .add(HALF.divide(x.pow(n - 1, WORKING), WORKING), WORKING)
          .divide(big, WORKING);
      if (next.subtract(x).abs().compareTo(epsilon) <= 0) {
        return next;
      }
      x = next;
    }
    return x;
  }

  /**
   * Returns the half-life.
   *
   * @return days
   */
  public int halfLifeDays() {
    return halfLifeDays;
  }

  /**
   * Returns the weight of a touch a number of days before the reference day.
   *
   * @param days the age in days, not negative
   * @return the weight, between 0 and 1, at scale {@link #SCALE}
   * @throws IllegalArgumentException if the age is negative
   */
  public BigDecimal weight(long days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must be >= 0, but was " + days);
    }
    long halfLives = days / halfLifeDays;
    int rest = (int) (days % halfLifeDays);
    if (halfLives >= NEGLIGIBLE_HALF_LIVES) {
      return BigDecimal.ZERO.setScale(SCALE);
    }
    // 0.5^q is exact; the product with the precomputed root is exact; only the result is rounded.
    return HALF.pow((int) halfLives).multiply(roots.get(rest)).setScale(SCALE, RoundingMode.HALF_EVEN);
  }
}
