package dev.partneros.scoring.health;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.internal.ProblemCollector;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One step of a point table: inputs at or above {@link #min()} (strictly above when
 * {@link #minExclusive()}) earn {@link #points()}, unless a higher step is met too. Thresholds are
 * inclusive lower bounds by default ({@code docs/rules/conventions.md#thresholds-and-brackets}).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePointStep.class)
@JsonDeserialize(as = ImmutablePointStep.class)
public abstract class PointStep {

  PointStep() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates an inclusive step.
   *
   * @param min the lower bound, inclusive
   * @param points the points earned
   * @return never null
   */
  public static PointStep of(String min, String points) {
    return new Builder().min(new BigDecimal(min)).points(new BigDecimal(points)).build();
  }

  /**
   * Returns the lower bound.
   *
   * @return never null
   */
  public abstract BigDecimal min();

  /**
   * Tells whether the lower bound is exclusive (the input must be strictly above it).
   *
   * @return false by default
   */
  @Value.Default
  public boolean minExclusive() {
    return false;
  }

  /**
   * Returns the points earned at this step.
   *
   * @return never null, not negative
   */
  public abstract BigDecimal points();

  /**
   * Returns a label for explanations, such as {@code 3-4 deals}.
   *
   * @return the label, or empty
   */
  public abstract Optional<String> label();

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    problems.requireNonNegative(FieldPath.root().field("points"), points());
    problems.throwIfErrors(InvalidProgramException::new);
  }

  /**
   * Tells whether an input meets this step's lower bound.
   *
   * @param value the input, not null
   * @return true if met
   */
  public boolean isMetBy(BigDecimal value) {
    int c = value.compareTo(min());
    return minExclusive() ? c > 0 : c >= 0;
  }

  /** Builds a {@link PointStep}. Not thread-safe. */
  public static class Builder extends ImmutablePointStep.Builder {
    /** Creates an empty builder; {@code min} and {@code points} are mandatory. */
    Builder() {}
  }
}
