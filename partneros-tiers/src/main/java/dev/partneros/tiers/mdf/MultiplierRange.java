package dev.partneros.tiers.mdf;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.internal.ProblemCollector;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * The closed range a co-marketing multiplier must lie in
 * ({@code docs/rules/mdf.md#co-marketing-budget}): pipeline potential 0.5 to 2.0 and strategic
 * value 0.8 to 1.5 by default, both ends allowed. A multiplier outside its range is an error,
 * never clamped.
 *
 * <p>Program-file form: {@code {min: 0.5, max: 2.0}}.
 *
 * <p>Checked when built ({@link InvalidProgramException}): {@code 0 < min <= max <= 100}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMultiplierRange.class)
public abstract class MultiplierRange {

  /** The largest multiplier a range may allow. */
  public static final BigDecimal MAX = BigDecimal.valueOf(100);

  MultiplierRange() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a range.
   *
   * @param minInclusive the smallest multiplier allowed, not null, above zero
   * @param maxInclusive the largest multiplier allowed, not null, at least {@code minInclusive}, at
   *     most 100
   * @return never null
   * @throws InvalidProgramException if the bounds are out of order or out of range
   */
  public static MultiplierRange of(BigDecimal minInclusive, BigDecimal maxInclusive) {
    return new Builder().min(minInclusive).max(maxInclusive).build();
  }

  /**
   * Returns a range from the text of its bounds, such as {@code of("0.5", "2.0")}.
   *
   * @param minInclusive the smallest multiplier allowed, not null
   * @param maxInclusive the largest multiplier allowed, not null
   * @return never null
   * @throws InvalidProgramException if the bounds are out of order or out of range
   * @throws NumberFormatException if a bound is not a decimal
   */
  public static MultiplierRange of(String minInclusive, String maxInclusive) {
    return of(new BigDecimal(minInclusive), new BigDecimal(maxInclusive));
  }

  @JsonCreator
  static MultiplierRange fromJson(@JsonProperty("min") BigDecimal min, @JsonProperty("max") BigDecimal max) {
    ProblemCollector problems = new ProblemCollector();
    problems.requirePresent(FieldPath.root().field("min"), min);
    problems.requirePresent(FieldPath.root().field("max"), max);
    problems.throwIfErrors(InvalidProgramException::new);
    return of(min, max);
  }

  /**
   * Returns the smallest multiplier allowed (inclusive).
   *
   * @return never null, above zero
   */
  public abstract BigDecimal min();

  /**
   * Returns the largest multiplier allowed (inclusive).
   *
   * @return never null, at least {@link #min()}
   */
  public abstract BigDecimal max();

  /**
   * Tells whether a multiplier lies in the range, both ends included.
   *
   * @param multiplier the multiplier, not null
   * @return true if {@code min <= multiplier <= max}
   */
  public boolean contains(BigDecimal multiplier) {
    requireNonNull(multiplier, "multiplier");
    return multiplier.compareTo(min()) >= 0 && multiplier.compareTo(max()) <= 0;
  }

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    FieldPath min = FieldPath.root().field("min");
    FieldPath max = FieldPath.root().field("max");
    problems.check(min().signum() > 0, min, CoreProblemCode.NOT_POSITIVE, "be > 0", min().toPlainString());
    problems.check(max().compareTo(MAX) <= 0, max, CoreProblemCode.OUT_OF_RANGE, "be at most 100", max().toPlainString());
    problems.check(max().compareTo(min()) >= 0, max, CoreProblemCode.NOT_ABOVE_MIN, "be at least min " + min().toPlainString(),
        max().toPlainString());
    problems.throwIfErrors(InvalidProgramException::new);
  }

  /**
   * Renders the range as {@code [0.5, 2.0]}.
   *
   * @return never null
   */
  @Override
  public String toString() {
    return "[" + min().toPlainString() + ", " + max().toPlainString() + "]";
  }

  /** Builds a {@link MultiplierRange}; {@code build()} checks it. Not thread-safe. */
  public static class Builder extends ImmutableMultiplierRange.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
