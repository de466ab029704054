package dev.partneros.attribution;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Problem;
import dev.partneros.core.Rate;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An exact share of a deal's credit: a fraction {@code numerator / denominator} between 0 and 1
 * inclusive, always held in lowest terms ({@code docs/rules/attribution.md#multi-touch-credit}:
 * "shares are exact fractions summing to 1"). One third is exactly {@code 1/3}, which no decimal
 * can be; a {@link CreditSplit}'s shares add up to exactly {@link #ONE}.
 *
 * <p>Text and JSON form: {@code "1/3"}; a whole share is written {@code "0"} or {@code "1"}.
 * {@link #parse(String)} reads it back (and also reads an unreduced fraction such as {@code "2/6"}).
 * Equality is by value ({@code 2/6} equals {@code 1/3}).
 *
 * <p>Immutable and thread-safe.
 */
public final class Share implements Comparable<Share> {

  /** No credit. */
  public static final Share ZERO = new Share(BigInteger.ZERO, BigInteger.ONE);
  /** All the credit. */
  public static final Share ONE = new Share(BigInteger.ONE, BigInteger.ONE);

  private static final Pattern TEXT = Pattern.compile("\\s*([0-9]{1,4000})\\s*(?:/\\s*([0-9]{1,4000})\\s*)?");

  private final BigInteger numerator;
  private final BigInteger denominator;

  private Share(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * Creates a share from a fraction, reducing it to lowest terms.
   *
   * @param numerator the numerator, not null, {@code >= 0}
   * @param denominator the denominator, not null, {@code > 0} and {@code >= numerator}
   * @return never null
   * @throws InvalidFactsException if the denominator is not positive, the numerator is negative,
   *     or the fraction is above 1
   */
  public static Share of(BigInteger numerator, BigInteger denominator) {
    requireNonNull(numerator, "numerator");
    requireNonNull(denominator, "denominator");
    if (denominator.signum() <= 0 || numerator.signum() < 0 || numerator.compareTo(denominator) > 0) {
      throw new InvalidFactsException(List.of(Problem.error(FieldPath.root().field("share"), CoreProblemCode.OUT_OF_RANGE,
          "be a fraction n/d with d > 0 and 0 <= n <= d", numerator + "/" + denominator)));
    }
    if (numerator.signum() == 0) {
      return ZERO;
    }
    if (numerator.equals(denominator)) {
      return ONE;
    }
    BigInteger gcd = numerator.gcd(denominator);
    return new Share(numerator.divide(gcd), denominator.divide(gcd));
  }

  /**
   * Creates a share from a fraction of whole numbers: {@code of(1, 3)} is one third.
   *
   * @param numerator the numerator, {@code >= 0}
   * @param denominator the denominator, {@code > 0} and {@code >= numerator}
   * @return never null
   * @throws InvalidFactsException if the fraction is not between 0 and 1
   */
  public static Share of(long numerator, long denominator) {
    return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /**
   * Creates the share equal to a rate: 25 % is {@code 1/4}.
   *
   * @param rate the rate, not null
   * @return never null
   */
  public static Share of(Rate rate) {
    requireNonNull(rate, "rate");
    BigDecimal value = rate.value();
    if (value.scale() <= 0) {
      return of(value.toBigIntegerExact(), BigInteger.ONE);
    }
    return of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
  }

  /**
   * Parses the text {@link #toString()} renders: {@code "1/3"}, {@code "0"} or {@code "1"}.
   *
   * @param text the text, not null
   * @return never null
   * @throws InvalidFactsException if the text is not a fraction of digits between 0 and 1
   */
  @JsonCreator
  public static Share parse(String text) {
    if (text == null) {
      throw new InvalidFactsException(List.of(Problem.error(FieldPath.root().field("share"), CoreProblemCode.MISSING,
          "be a fraction such as 1/3", null)));
    }
    Matcher matcher = TEXT.matcher(text);
    if (!matcher.matches()) {
      throw new InvalidFactsException(List.of(Problem.error(FieldPath.root().field("share"), CoreProblemCode.INVALID_VALUE,
          "be a fraction such as 1/3", text)));
    }
    BigInteger denominator = matcher.group(2) == null ? BigInteger.ONE : new BigInteger(matcher.group(2));
    return of(new BigInteger(matcher.group(1)), denominator);
  }

  /**
   * Returns the numerator, in lowest terms.
   *
   * @return never null, {@code >= 0}
   */
  public BigInteger numerator() {
    return numerator;
  }

  /**
   * Returns the denominator, in lowest terms.
   *
   * @return never null, {@code >= 1}
   */
  public BigInteger denominator() {
    return denominator;
  }

  /**
   * Adds another share, exactly.
   *
   * @param other the share to add, not null
   * @return never null
   * @throws InvalidFactsException if the sum is above 1
   */
  public Share plus(Share other) {
    requireNonNull(other, "other");
    return of(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  /**
   * Multiplies by another share, exactly: half of a half is a quarter.
   *
   * @param other the other share, not null
   * @return never null
   */
  public Share times(Share other) {
    requireNonNull(other, "other");
    return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  /**
   * Returns the share as a decimal, rounded to a precision (for display and reports; the share
   * itself stays exact).
   *
   * @param context the precision and rounding, not null
   * @return never null
   */
  public BigDecimal toBigDecimal(MathContext context) {
    requireNonNull(context, "context");
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), context);
  }

  /**
   * Returns the share as a rate rounded to a number of decimals of the fraction: {@code 1/3} at
   * scale 4 is {@code 0.3333}.
   *
   * @param scale the number of decimals of the fraction, {@code >= 0}
   * @param rounding how to round, not null
   * @return never null
   * @throws IllegalArgumentException if the scale is negative
   */
  public Rate toRate(int scale, RoundingMode rounding) {
    requireNonNull(rounding, "rounding");
    if (scale < 0) {
      throw new IllegalArgumentException("scale must be >= 0, but was " + scale);
    }
    return Rate.of(new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, rounding));
  }

  /**
   * Tells whether this share is zero.
   *
   * @return true for no credit
   */
  public boolean isZero() {
    return numerator.signum() == 0;
  }

  /**
   * Compares two shares by value.
   *
   * @param other the other share, not null
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(Share other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Share)) {
      return false;
    }
    Share that = (Share) other;
    return numerator.equals(that.numerator) && denominator.equals(that.denominator);
  }

  @Override
  public int hashCode() {
    return 31 * numerator.hashCode() + denominator.hashCode();
  }

  /**
   * Renders the share as a fraction in lowest terms: {@code 1/3}, or {@code 0} and {@code 1} for
   * the whole numbers.
   *
   * @return never null
   */
  @JsonValue
  @Override
  public String toString() {
    return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
  }
}
