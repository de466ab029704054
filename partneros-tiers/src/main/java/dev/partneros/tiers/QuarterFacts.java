package dev.partneros.tiers;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the {@link TierStateMachine} evaluates at one quarter end
 * ({@code docs/rules/tiers.md#quarter-end-evaluation}): the quarter end, the partner's metrics
 * measured over the window ending on it, and optionally a strategic override granted since the
 * previous evaluation (applied before evaluating).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableQuarterFacts.class)
@JsonDeserialize(as = ImmutableQuarterFacts.class)
public abstract class QuarterFacts {

  QuarterFacts() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the facts of a quarter end.
   *
   * @param quarterEnd the last day of a quarter of the program's fiscal calendar, not null
   * @param metrics the metrics as of that day, not null
   * @return never null
   */
  public static QuarterFacts of(LocalDate quarterEnd, TierMetrics metrics) {
    requireNonNull(quarterEnd, "quarterEnd");
    requireNonNull(metrics, "metrics");
    return new Builder().quarterEnd(quarterEnd).metrics(metrics).build();
  }

  /**
   * Returns the quarter end evaluated.
   *
   * @return never null
   */
  public abstract LocalDate quarterEnd();

  /**
   * Returns the partner's metrics as of the quarter end.
   *
   * @return never null
   */
  public abstract TierMetrics metrics();

  /**
   * Returns a strategic override granted since the previous evaluation.
   *
   * @return the override, or empty
   */
  public abstract Optional<TierOverride> override();

  /** Builds {@link QuarterFacts}; {@code quarterEnd} and {@code metrics} are mandatory. Not thread-safe. */
  public static class Builder extends ImmutableQuarterFacts.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
