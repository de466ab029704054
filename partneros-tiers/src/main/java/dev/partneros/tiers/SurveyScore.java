package dev.partneros.tiers;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.internal.ProblemCollector;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A survey result, as a tier fact ({@code docs/rules/tiers.md#metrics}): an NPS (-100 to 100) or
 * CSAT (0 to 100) score on a day.
 *
 * <p>Decision: the metric's value is the latest score dated within the window (of several on the
 * same day, the last listed); with none in the window the metric is not measured and meets no
 * threshold.
 *
 * <p>Checked when built ({@link InvalidFactsException}): the metric is NPS or CSAT and the score on
 * its scale.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSurveyScore.class)
@JsonDeserialize(as = ImmutableSurveyScore.class)
public abstract class SurveyScore {

  SurveyScore() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a score.
   *
   * @param metric {@link Metric#NPS} or {@link Metric#CSAT}, not null
   * @param date the day of the survey, not null
   * @param score the score, not null, on the metric's scale
   * @return never null
   * @throws InvalidFactsException if the metric is not a score or the score is off its scale
   */
  public static SurveyScore of(Metric metric, LocalDate date, BigDecimal score) {
    return new Builder().metric(metric).date(date).score(score).build();
  }

  /**
   * Returns the metric surveyed.
   *
   * @return {@link Metric#NPS} or {@link Metric#CSAT}
   */
  public abstract Metric metric();

  /**
   * Returns the day of the survey.
   *
   * @return never null
   */
  public abstract LocalDate date();

  /**
   * Returns the score.
   *
   * @return never null, on the metric's scale
   */
  public abstract BigDecimal score();

  @Value.Check
  void check() {
    if (metric().kind() == Metric.Kind.SCORE && score().compareTo(metric().lowest()) >= 0
        && score().compareTo(metric().highest().get()) <= 0) {
      return;
    }
    ProblemCollector problems = new ProblemCollector();
    if (problems.check(metric().kind() == Metric.Kind.SCORE, FieldPath.root().field("metric"), CoreProblemCode.INVALID_VALUE,
        "be NPS or CSAT", metric())) {
      problems.requireInRange(FieldPath.root().field("score"), score(), metric().lowest(), metric().highest().get());
    }
    problems.throwIfErrors(InvalidFactsException::new);
  }

  /** Builds a {@link SurveyScore}; every attribute is mandatory. Not thread-safe. */
  public static class Builder extends ImmutableSurveyScore.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
