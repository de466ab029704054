package dev.partneros.attribution.commission;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * The law of the per-deal decision's {@code long} arithmetic
 * ({@code docs/rules/commission.md#deciding-a-deal-only}): {@link RoundedProduct#of} is the
 * {@code BigDecimal} product rounded once, to the cent, under every rounding mode, or
 * {@link RoundedProduct#OVERFLOW} (never a wrong value), over amounts up to the 10^15 limit, rates
 * and factors of many decimals, and products ending exactly on a half (ties).
 */
class RoundedProductProperties {

  @Property(tries = 5000)
  void longArithmeticIsTheDecimalProductRoundedOnce(@ForAll("amounts") long amount, @ForAll("fractions") BigDecimal rate,
      @ForAll("fractions") BigDecimal factor, @ForAll RoundingMode mode, @ForAll @IntRange(min = 0, max = 3) int currencyScale) {
    long rateUnscaled = RoundedProduct.unscaled(rate);
    long factorUnscaled = RoundedProduct.unscaled(factor);
    long fast = RoundedProduct.of(amount, rateUnscaled, factorUnscaled, currencyScale + rate.scale() + factor.scale(),
        currencyScale, mode);
    BigDecimal exact = BigDecimal.valueOf(amount, currencyScale).multiply(rate).multiply(factor);
    BigDecimal rounded;
    try {
      rounded = exact.setScale(currencyScale, mode);
    } catch (ArithmeticException e) {
      rounded = null; // UNNECESSARY with a remainder: the caller decides in BigDecimal, which throws
    }
    BigDecimal dropped = exact.movePointRight(currencyScale).remainder(BigDecimal.ONE).abs();
    String kind = dropped.signum() == 0 ? "exact" : dropped.compareTo(new BigDecimal("0.5")) == 0 ? "tie" : "rounded";
    if (fast == RoundedProduct.OVERFLOW) {
      Statistics.label("answer").collect("overflow");
      boolean fits = rounded != null && rounded.unscaledValue().bitLength() < 63 && rateUnscaled != RoundedProduct.OVERFLOW
          && factorUnscaled != RoundedProduct.OVERFLOW && rate.scale() + factor.scale() <= 18
          && productFits(amount, rateUnscaled, factorUnscaled);
      assertThat(fits).as("answered OVERFLOW for %s", exact).isFalse();
    } else {
      Statistics.label("answer").collect(kind);
      assertThat(rounded).as("%s %s", exact, mode).isNotNull();
      assertThat(BigDecimal.valueOf(fast, currencyScale)).as("%s %s", exact, mode).isEqualByComparingTo(rounded);
    }
    Statistics.label("answer").coverage(c -> {
      c.check("tie").count(n -> n > 0);
      c.check("overflow").count(n -> n > 0);
      c.check("rounded").count(n -> n > 0);
    });
  }

  /** Whether every intermediate product of the long arithmetic fits a long. */
  private static boolean productFits(long a, long b, long c) {
    BigInteger ab = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b));
    BigInteger abc = ab.multiply(BigInteger.valueOf(c));
    return ab.bitLength() < 64 && abc.bitLength() < 64 && !abc.equals(BigInteger.valueOf(Long.MIN_VALUE));
  }

  /**
   * Amounts in minor units: small, typical, the odd cents that make halves, and the edges of the
   * 10^15 limit at 0 to 3 decimals.
   *
   * @return the arbitrary
   */
  @Provide
  Arbitrary<Long> amounts() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(-1_000, 1_000),
        Arbitraries.longs().between(0, 2_000_000_000L),
        Arbitraries.longs().between(-5, 5).map(d -> 99_999_999_999_999_999L + d - 5),
        Arbitraries.of(1L, 5L, 15L, 25L, 125L, 99_999_999_999_999L, 999_999_999_999_999_999L, -999_999_999_999_999_999L),
        Arbitraries.longs().between(-1_000_000_000_000_000_000L, 1_000_000_000_000_000_000L));
  }

  /**
   * Fractions from 0 to 1: the halves and quarters of ties, tier rates, and values of up to 19 digits.
   *
   * @return the arbitrary
   */
  @Provide
  Arbitrary<BigDecimal> fractions() {
    return Arbitraries.oneOf(
        Arbitraries.of("0", "1", "0.5", "0.25", "0.125", "0.1", "0.15", "0.2", "0.05", "0.005").map(BigDecimal::new),
        Arbitraries.integers().between(0, 19).flatMap(scale -> Arbitraries.bigIntegers()
            .between(BigInteger.ZERO, BigInteger.TEN.pow(scale)).map(u -> new BigDecimal(u, scale))));
  }
}
