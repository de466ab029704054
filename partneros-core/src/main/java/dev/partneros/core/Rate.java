package dev.partneros.core;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A rate written as a fraction between 0 and 1 inclusive: {@code 0.25} is 25 %
 * ({@code docs/rules/conventions.md#rates}). Commission rates, margins, attribution factors and
 * clawback fractions are rates. Multipliers that may exceed 1 (a 2x launch SPIFF) are plain
 * decimals, not rates.
 *
 * <p>Rates are exact: {@link #times(Rate)} never rounds. Equality is by numeric value
 * ({@code 0.5} equals {@code 0.50}). JSON form: the fraction as a string, {@code "0.125"};
 * {@link #toString()} renders a percentage, {@code 12.5 %}, which {@link #parse(String)} reads back.
 *
 * <p>Immutable and thread-safe.
 */
public final class Rate implements Comparable<Rate> {

  /** 0 %. */
  public static final Rate ZERO = new Rate(BigDecimal.ZERO, true);
  /** 100 %. */
  public static final Rate ONE = new Rate(BigDecimal.ONE, true);

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final BigDecimal value;

  // Two parameters on purpose: Jackson must never find a one-argument constructor to build a
  // Rate from a JSON number without the range check of of(BigDecimal).
  private Rate(BigDecimal value, boolean checked) {
    this.value = value;
  }

  /**
   * Creates a rate from its fraction.
   *
   * @param fraction the fraction, not null, between 0 and 1 inclusive
   * @return never null
   * @throws InvalidFactsException if the fraction is outside 0..1
   */
  public static Rate of(BigDecimal fraction) {
    requireNonNull(fraction, "fraction");
    if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
      throw new InvalidFactsException(List.of(Problem.error(FieldPath.root().field("rate"),
          CoreProblemCode.OUT_OF_RANGE, "be a fraction between 0 and 1 (0.25 = 25 %)", fraction.toPlainString())));
    }
    BigDecimal normalised = fraction.signum() == 0 ? BigDecimal.ZERO : fraction.stripTrailingZeros();
    if (normalised.scale() < 0) {
      normalised = normalised.setScale(0);
    }
    return new Rate(normalised, true);
  }

  /**
   * Creates a rate from the text of its fraction, such as {@code "0.125"}.
   *
   * @param fraction the fraction as plain decimal text, not null
   * @return never null
   * @throws InvalidFactsException if the text is not a plain decimal or is outside 0..1
   */
  public static Rate of(String fraction) {
    return of(Decimals.parse(FieldPath.root().field("rate"), fraction));
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static Rate fromJson(Object json) {
    // strings and numbers alike go through the range check (a number must never skip it)
    if (json instanceof BigDecimal) {
      return of((BigDecimal) json);
    }
    if (json instanceof Number) {
      return of(new BigDecimal(json.toString()));
    }
    return of(json == null ? null : json.toString());
  }

  /**
   * Creates a rate from a percentage: {@code ofPercent(new BigDecimal("12.5"))} is 0.125.
   *
   * @param percent the percentage, not null, between 0 and 100 inclusive
   * @return never null
   * @throws InvalidFactsException if the percentage is outside 0..100
   */
  public static Rate ofPercent(BigDecimal percent) {
    requireNonNull(percent, "percent");
    return of(percent.movePointLeft(2));
  }

  /**
   * Creates a rate from a whole percentage: {@code ofPercent(20)} is 0.20.
   *
   * @param percent the percentage, 0 to 100
   * @return never null
   * @throws InvalidFactsException if the percentage is outside 0..100
   */
  public static Rate ofPercent(long percent) {
    return ofPercent(BigDecimal.valueOf(percent));
  }

  /**
   * Parses the text {@link #toString()} renders ({@code "12.5 %"}, the space optional), or a plain
   * fraction ({@code "0.125"}).
   *
   * @param text the text, not null
   * @return never null
   * @throws InvalidFactsException if the text is neither form or is out of range
   */
  public static Rate parse(String text) {
    requireNonNull(text, "text");
    String trimmed = text.trim();
    if (trimmed.endsWith("%")) {
      String number = trimmed.substring(0, trimmed.length() - 1).trim();
      return ofPercent(Decimals.parse(FieldPath.root().field("rate"), number));
    }
    return of(trimmed);
  }

  /**
   * Returns the fraction, without trailing zeros.
   *
   * @return never null, between 0 and 1
   */
  public BigDecimal value() {
    return value;
  }

  @JsonValue
  String json() {
    return value.toPlainString();
  }

  /**
   * Returns the rate as a percentage: 0.125 gives 12.5.
   *
   * @return never null
   */
  public BigDecimal percent() {
    BigDecimal percent = value.movePointRight(2).stripTrailingZeros();
    return percent.scale() < 0 ? percent.setScale(0) : percent;
  }

  /**
   * Multiplies two rates exactly: 25 % x 50 % = 12.5 %.
   *
   * @param other the other rate, not null
   * @return never null
   */
  public Rate times(Rate other) {
    requireNonNull(other, "other");
    return of(value.multiply(other.value));
  }

  /**
   * Returns one minus this rate: the complement of 30 % is 70 %.
   *
   * @return never null
   */
  public Rate complement() {
    return of(BigDecimal.ONE.subtract(value));
  }

  /**
   * Applies this rate to a decimal exactly (no rounding).
   *
   * @param base the base, not null
   * @return {@code base x rate}, never null
   */
  public BigDecimal applyTo(BigDecimal base) {
    requireNonNull(base, "base");
    return base.multiply(value);
  }

  /**
   * Tells whether this rate is zero.
   *
   * @return true for 0 %
   */
  public boolean isZero() {
    return value.signum() == 0;
  }

  @Override
  public int compareTo(Rate other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Rate && ((Rate) other).value.compareTo(value) == 0;
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Renders the rate as a percentage: {@code 12.5 %}, {@code 20 %}, {@code 0 %}.
   *
   * @return never null
   */
  @Override
  public String toString() {
    return percent().toPlainString() + " %";
  }

  /**
   * Renders the rate as a percentage rounded to whole percent, {@code 71 %}, for progress lines.
   *
   * @return never null
   */
  public String toWholePercentString() {
    return value.movePointRight(2).setScale(0, RoundingMode.HALF_EVEN).toPlainString() + " %";
  }
}
