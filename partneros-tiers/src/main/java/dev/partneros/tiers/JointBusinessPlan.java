package dev.partneros.tiers;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.DateRange;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.internal.ProblemCollector;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A joint business plan approved with the partner, as a tier fact
 * ({@code docs/rules/tiers.md#metrics}).
 *
 * <p>Decision: the flag "approved joint business plan" holds on an as-of date when a plan was
 * approved on or before it and is in force on it: until its {@link #validUntil()} (inclusive) when
 * it has one, otherwise while its approval lies within the rolling window (plans are annual).
 *
 * <p>Checked when built ({@link InvalidFactsException}): the end not before the approval.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableJointBusinessPlan.class)
@JsonDeserialize(as = ImmutableJointBusinessPlan.class)
public abstract class JointBusinessPlan {

  JointBusinessPlan() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a plan approved on a day, without an explicit end.
   *
   * @param approvedOn the day, not null
   * @return never null
   */
  public static JointBusinessPlan approvedOn(LocalDate approvedOn) {
    return new Builder().approvedOn(approvedOn).build();
  }

  /**
   * Returns the day the plan was approved.
   *
   * @return never null
   */
  public abstract LocalDate approvedOn();

  /**
   * Returns the last day the plan is in force.
   *
   * @return the day, or empty when it runs for the rolling window after its approval
   */
  public abstract Optional<LocalDate> validUntil();

  /**
   * Tells whether the plan is in force on a day.
   *
   * @param day the day, not null
   * @param window the rolling window ending on {@code day}, not null
   * @return true if in force
   */
  public boolean isInForce(LocalDate day, DateRange window) {
    if (approvedOn().isAfter(day)) {
      return false;
    }
    return validUntil().map(until -> !until.isBefore(day)).orElseGet(() -> window.contains(approvedOn()));
  }

  @Value.Check
  void check() {
    if (validUntil().map(until -> !until.isBefore(approvedOn())).orElse(true)) {
      return;
    }
    ProblemCollector problems = new ProblemCollector();
    validUntil().ifPresent(until -> problems.check(!until.isBefore(approvedOn()), FieldPath.root().field("validUntil"),
        CoreProblemCode.BEFORE_START, "not be before the approval " + approvedOn(), until));
    problems.throwIfErrors(InvalidFactsException::new);
  }

  /** Builds a {@link JointBusinessPlan}; {@code approvedOn} is mandatory. Not thread-safe. */
  public static class Builder extends ImmutableJointBusinessPlan.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
