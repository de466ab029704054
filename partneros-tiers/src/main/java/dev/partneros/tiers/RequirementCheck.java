package dev.partneros.tiers;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.Rate;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A criterion evaluated against a partner's metrics
 * ({@code docs/rules/tiers.md#progress-to-the-next-tier}): for a threshold, the current value, the
 * required value, whether it is met and the gap; for a group, its children. It mirrors the shape
 * of the {@link Criterion} it was evaluated from.
 *
 * <p>{@link #fraction()} is the progress towards meeting it
 * ({@code docs/rules/tiers.md#progress-to-the-next-tier}: {@code min} over {@code allOf} of
 * {@code max} over {@code anyOf} of {@code min(1, current / required)}): a met requirement is 100
 * %; an unmet threshold is {@code current / required} rounded down to four decimals (so never 100
 * %), or 0 when the value is missing, not positive, or the bound is not positive.
 *
 * <p>JSON-serialisable (the fraction is written, and recomputed when read); immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRequirementCheck.class)
@JsonDeserialize(as = ImmutableRequirementCheck.class)
@JsonIgnoreProperties(value = {"fraction"}, allowGetters = true)
public abstract class RequirementCheck {

  private static final MathContext DIVISION = new MathContext(12, RoundingMode.DOWN);

  RequirementCheck() {}

  /**
   * Returns the form of the criterion evaluated.
   *
   * @return never null
   */
  public abstract Criterion.Form form();

  /**
   * Returns the metric of a threshold.
   *
   * @return the metric, or empty for a group
   */
  public abstract Optional<Metric> metric();

  /**
   * Returns the name of a custom metric.
   *
   * @return the name, or empty
   */
  public abstract Optional<String> name();

  /**
   * Returns the inclusive lower bound of a threshold.
   *
   * @return the bound, or empty for a group
   */
  public abstract Optional<BigDecimal> required();

  /**
   * Returns the partner's current value of a threshold's metric.
   *
   * @return the value, or empty for a group or when the metric was not measured
   */
  public abstract Optional<BigDecimal> current();

  /**
   * Tells whether the requirement is met.
   *
   * @return true if met
   */
  public abstract boolean met();

  /**
   * Returns the children of a group, in the criterion's order.
   *
   * @return never null, empty for a threshold
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<RequirementCheck> children();

  /**
   * Returns how far the partner is towards meeting this requirement.
   *
   * @return never null, 0 % to 100 %, 100 % exactly when met
   */
  @Value.Lazy
  @JsonProperty("fraction")
  public Rate fraction() {
    if (met()) {
      return Rate.ONE;
    }
    switch (form()) {
      case ALL_OF: {
        Rate lowest = Rate.ONE;
        for (RequirementCheck child : children()) {
          Rate f = child.fraction();
          lowest = f.compareTo(lowest) < 0 ? f : lowest;
        }
        return lowest;
      }
      case ANY_OF: {
        Rate highest = Rate.ZERO;
        for (RequirementCheck child : children()) {
          Rate f = child.fraction();
          highest = f.compareTo(highest) > 0 ? f : highest;
        }
        return highest;
      }
      default: {
        BigDecimal current = current().orElse(null);
        BigDecimal required = required().orElse(BigDecimal.ZERO);
        if (current == null || current.signum() <= 0 || required.signum() <= 0) {
          return Rate.ZERO;
        }
        BigDecimal ratio = current.divide(required, DIVISION).setScale(4, RoundingMode.DOWN);
        return Rate.of(ratio.min(new BigDecimal("0.9999")));
      }
    }
  }

  /**
   * Returns how much more of the metric a threshold needs: {@code required - current}.
   *
   * @return the gap, or empty for a group, a met threshold or a metric not measured
   */
  public Optional<BigDecimal> gap() {
    if (met() || form() != Criterion.Form.THRESHOLD || current().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(required().get().subtract(current().get()));
  }

  /** Builds a {@link RequirementCheck}. Not thread-safe. */
  static class Builder extends ImmutableRequirementCheck.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
