package dev.partneros.attribution;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.attribution.internal.Rates;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.Rate;
import dev.partneros.core.internal.ProblemCollector;
import org.immutables.value.Value;

/**
 * The weights of the {@link CreditModel#POSITION_BASED} model
 * ({@code docs/rules/attribution.md#multi-touch-credit}): the first touch, the touches in between
 * and the last touch; 40 % / 20 % / 40 % by default. They add up to exactly 1 (refused otherwise,
 * at path {@code positionWeights}).
 *
 * <p>JSON form: {@code {"first": "0.4", "middle": "0.2", "last": "0.4"}}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePositionWeights.class)
@JsonDeserialize(as = ImmutablePositionWeights.class)
public abstract class PositionWeights {

  PositionWeights() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the standard weights, 40 / 20 / 40.
   *
   * @return never null
   */
  public static PositionWeights standard() {
    return new Builder().build();
  }

  /**
   * Creates weights.
   *
   * @param first the first touch's weight, not null
   * @param middle the weight shared by the touches in between, not null
   * @param last the last touch's weight, not null
   * @return never null
   * @throws InvalidProgramException if the weights do not add up to exactly 1
   */
  public static PositionWeights of(Rate first, Rate middle, Rate last) {
    return new Builder().first(first).middle(middle).last(last).build();
  }

  /**
   * Returns the weight of the first touch.
   *
   * @return 40 % by default
   */
  @Value.Default
  public Rate first() {
    return Rate.ofPercent(40);
  }

  /**
   * Returns the weight shared equally by the touches between the first and the last.
   *
   * @return 20 % by default
   */
  @Value.Default
  public Rate middle() {
    return Rate.ofPercent(20);
  }

  /**
   * Returns the weight of the last touch.
   *
   * @return 40 % by default
   */
  @Value.Default
  public Rate last() {
    return Rate.ofPercent(40);
  }

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    FieldPath root = FieldPath.root();
    boolean ratesOk = Rates.checkRange(problems, root.field("first"), first())
        & Rates.checkRange(problems, root.field("middle"), middle())
        & Rates.checkRange(problems, root.field("last"), last());
    if (!ratesOk) {
      problems.throwIfErrors(InvalidProgramException::new);
    }
    java.math.BigDecimal sum = first().value().add(middle().value()).add(last().value());
    problems.check(sum.compareTo(java.math.BigDecimal.ONE) == 0, FieldPath.root(), CoreProblemCode.WEIGHTS_NOT_ONE,
        "have first + middle + last add up to exactly 1", sum.toPlainString());
    problems.throwIfErrors(InvalidProgramException::new);
  }

  /** Builds {@link PositionWeights}; every weight has its default. Not thread-safe. */
  public static class Builder extends ImmutablePositionWeights.Builder {
    /** Creates a builder holding the standard weights. */
    Builder() {}
  }
}
