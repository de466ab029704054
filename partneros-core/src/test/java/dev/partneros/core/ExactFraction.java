package dev.partneros.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * An exact rational number for the tests' independent computations of a score: never rounded, so
 * a band decided on it is the band the exact score falls in
 * ({@code docs/rules/conventions.md#decisions-compare-the-exact-value}).
 */
public final class ExactFraction implements Comparable<ExactFraction> {

  public static final ExactFraction ZERO = of(BigDecimal.ZERO);

  private final BigInteger numerator;
  private final BigInteger denominator;

  private ExactFraction(BigInteger numerator, BigInteger denominator) {
    if (denominator.signum() == 0) {
      throw new ArithmeticException("denominator 0");
    }
    BigInteger sign = BigInteger.valueOf(denominator.signum());
    BigInteger gcd = numerator.gcd(denominator);
    this.numerator = numerator.multiply(sign).divide(gcd);
    this.denominator = denominator.abs().divide(gcd);
  }

  public static ExactFraction of(BigDecimal value) {
    return value.scale() >= 0 ? new ExactFraction(value.unscaledValue(), BigInteger.TEN.pow(value.scale()))
        : new ExactFraction(value.toBigIntegerExact(), BigInteger.ONE);
  }

  public static ExactFraction of(long numerator, long denominator) {
    return new ExactFraction(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /**
   * Returns thresholds within 0.01 either side of an exact value: the value itself when it has a
   * finite decimal form, the value rounded up, down or half-even to 2 to 18 decimals (so a
   * threshold equal to the value to 16 digits is met only by a value at least as large), or the
   * value to 4 decimals moved by up to 0.0095.
   */
  public static Arbitrary<BigDecimal> near(ExactFraction value) {
    Arbitrary<BigDecimal> rounded = Combinators.combine(Arbitraries.integers().between(2, 18),
            Arbitraries.of(RoundingMode.UP, RoundingMode.DOWN, RoundingMode.HALF_EVEN))
        .as((decimals, mode) -> value.approximated(decimals, mode));
    Arbitrary<BigDecimal> moved = Arbitraries.integers().between(-95, 95)
        .map(tenThousandths -> value.approximated(4, RoundingMode.HALF_EVEN)
            .add(BigDecimal.valueOf(tenThousandths, 4)));
    return Arbitraries.oneOf(rounded, moved);
  }

  public ExactFraction plus(ExactFraction other) {
    return new ExactFraction(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  public ExactFraction minus(ExactFraction other) {
    return plus(new ExactFraction(other.numerator.negate(), other.denominator));
  }

  public ExactFraction times(ExactFraction other) {
    return new ExactFraction(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  public ExactFraction times(BigDecimal other) {
    return times(of(other));
  }

  public ExactFraction dividedBy(ExactFraction other) {
    return new ExactFraction(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
  }

  /** Returns the value rounded to a number of decimals, half-even: what a result shows. */
  public BigDecimal rounded(int decimals) {
    return approximated(decimals, RoundingMode.HALF_EVEN);
  }

  /** Returns the value rounded to a number of decimals the given way. */
  public BigDecimal approximated(int decimals, RoundingMode mode) {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), decimals, mode);
  }

  public int compareTo(BigDecimal other) {
    return compareTo(of(other));
  }

  @Override
  public int compareTo(ExactFraction other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ExactFraction && compareTo((ExactFraction) other) == 0;
  }

  @Override
  public int hashCode() {
    return numerator.hashCode() * 31 + denominator.hashCode();
  }

  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}
