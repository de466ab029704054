package dev.partneros.attribution.commission;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.attribution.Share;
import dev.partneros.attribution.internal.Rates;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.Rate;
import dev.partneros.core.internal.ProblemCollector;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One band of the clawback schedule ({@code docs/rules/clawback.md#schedule}): days active
 * {@code [fromDay, untilDay)} and the fraction of the commission clawed back. A band with an
 * {@link #endFraction()} falls linearly from {@link #fraction()} at {@code fromDay} to
 * {@code endFraction} at {@code untilDay}: the standard 90-180 band is
 * {@code 50 % x (180 - days) / 90}.
 *
 * <pre>
 * {fromDay: 90, untilDay: 180, fraction: "0.5", endFraction: "0"}
 * </pre>
 *
 * <p>Checked when built ({@link InvalidProgramException}): {@code fromDay >= 0},
 * {@code untilDay > fromDay}, fractions within 0..1, an end fraction only on a bounded band and
 * never above the start fraction (a fraction never rises with days).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableClawbackBand.class)
@JsonDeserialize(as = ImmutableClawbackBand.class)
public abstract class ClawbackBand {

  ClawbackBand() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates a flat band {@code [fromDay, untilDay)}.
   *
   * @param fromDay the first day of the band, inclusive
   * @param untilDay the day the band ends, exclusive
   * @param fraction the fraction clawed back, not null
   * @return never null
   */
  public static ClawbackBand flat(int fromDay, int untilDay, Rate fraction) {
    return new Builder().fromDay(fromDay).untilDay(untilDay).fraction(fraction).build();
  }

  /**
   * Creates a band falling linearly from {@code fraction} to {@code endFraction}.
   *
   * @param fromDay the first day of the band, inclusive
   * @param untilDay the day the band ends, exclusive, where the fraction reaches {@code endFraction}
   * @param fraction the fraction at {@code fromDay}, not null
   * @param endFraction the fraction at {@code untilDay}, not null, not above {@code fraction}
   * @return never null
   */
  public static ClawbackBand linear(int fromDay, int untilDay, Rate fraction, Rate endFraction) {
    return new Builder().fromDay(fromDay).untilDay(untilDay).fraction(fraction).endFraction(endFraction).build();
  }

  /**
   * Creates the last band, from a day on for ever.
   *
   * @param fromDay the first day of the band, inclusive
   * @param fraction the fraction clawed back, not null
   * @return never null
   */
  public static ClawbackBand from(int fromDay, Rate fraction) {
    return new Builder().fromDay(fromDay).fraction(fraction).build();
  }

  /**
   * Returns the first day of the band (days active, inclusive).
   *
   * @return 0 or more
   */
  public abstract int fromDay();

  /**
   * Returns the day the band ends (exclusive).
   *
   * @return the day, above {@link #fromDay()}, or empty for the last band
   */
  public abstract Optional<Integer> untilDay();

  /**
   * Returns the fraction clawed back at {@link #fromDay()} (through the band, when flat).
   *
   * @return never null
   */
  public abstract Rate fraction();

  /**
   * Returns the fraction reached at {@link #untilDay()} by a linear fall.
   *
   * @return the end fraction, or empty for a flat band
   */
  public abstract Optional<Rate> endFraction();

  /**
   * Returns the fraction at a day of the band, exactly: the flat fraction, or
   * {@code fraction + (endFraction - fraction) x (day - fromDay) / (untilDay - fromDay)}.
   *
   * @param day days active, within the band
   * @return never null
   */
  public Share fractionAt(long day) {
    if (endFraction().isEmpty()) {
      return Share.of(fraction());
    }
    long span = untilDay().orElseThrow() - fromDay();
    long into = day - fromDay();
    BigDecimal numerator = fraction().value().multiply(BigDecimal.valueOf(span - into))
        .add(endFraction().get().value().multiply(BigDecimal.valueOf(into)));
    BigInteger scale = BigInteger.TEN.pow(Math.max(numerator.scale(), 0));
    BigInteger whole = numerator.movePointRight(Math.max(numerator.scale(), 0)).toBigIntegerExact();
    return Share.of(whole, scale.multiply(BigInteger.valueOf(span)));
  }

  /**
   * Returns the fraction at the band's end: the end fraction, or the flat fraction.
   *
   * @return never null
   */
  public Rate lastFraction() {
    return endFraction().orElse(fraction());
  }

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    FieldPath root = FieldPath.root();
    problems.check(fromDay() >= 0, root.field("fromDay"), CoreProblemCode.NEGATIVE, "be >= 0", fromDay());
    untilDay().ifPresent(u -> problems.check(u > fromDay(), root.field("untilDay"), CoreProblemCode.NOT_ABOVE_MIN,
        "be after fromDay " + fromDay() + " (bands are [fromDay, untilDay))", u));
    Rates.checkRange(problems, root.field("fraction"), fraction());
    endFraction().ifPresent(end -> {
      if (Rates.checkRange(problems, root.field("endFraction"), end)) {
        problems.check(untilDay().isPresent(), root.field("untilDay"), CoreProblemCode.MISSING,
            "be present for a band with an endFraction (the day the linear fall ends)", null);
        problems.check(end.compareTo(fraction()) <= 0, root.field("endFraction"), CoreProblemCode.NOT_MONOTONE,
            "be at most the band's fraction " + fraction() + " (a clawback never rises with days active)", end);
      }
    });
    problems.throwIfErrors(InvalidProgramException::new);
  }

  /**
   * Renders the band: {@code [90, 180) 50 % -> 0 %}.
   *
   * @return never null
   */
  @Override
  public String toString() {
    return "[" + fromDay() + ", " + untilDay().map(String::valueOf).orElse("inf") + ") " + fraction()
        + endFraction().map(e -> " -> " + e).orElse("");
  }

  /** Builds a {@link ClawbackBand}; {@code fromDay} and {@code fraction} are mandatory. Not thread-safe. */
  public static class Builder extends ImmutableClawbackBand.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
