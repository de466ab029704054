package dev.partneros.core.internal;

import static java.util.Objects.requireNonNull;

import dev.partneros.core.FieldPath;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerOsException;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.Problem;
import dev.partneros.core.ProblemCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Collects the problems found while validating a policy or a fact set, so that every problem is
 * reported at once with its path. A collector is a short-lived local helper: create one per
 * validation, never share it.
 *
 * <pre>{@code
 * ProblemCollector problems = new ProblemCollector();
 * FieldPath tier = FieldPath.root().field("tiers").index(2);
 * problems.requireNonNegative(tier.field("min"), min);
 * problems.throwIfErrors(InvalidProgramException::new);
 * }</pre>
 *
 * <p>The {@code require...} helpers build no message text unless the check fails, so they are cheap
 * on the hot path; with {@link #check}, build costly rule text only when needed.
 *
 * <p>Not thread-safe (it is mutable by design, and meant to stay inside one method).
 */
public final class ProblemCollector {

  private final List<Problem> problems = new ArrayList<>();

  /** Creates an empty collector. */
  public ProblemCollector() {}

  /**
   * Records a problem.
   *
   * @param problem the problem, not null
   * @return this collector
   */
  public ProblemCollector add(Problem problem) {
    problems.add(requireNonNull(problem, "problem"));
    return this;
  }

  /**
   * Records several problems, each moved under a path prefix.
   *
   * @param prefix the path the problems are relative to, not null
   * @param found the problems, not null
   * @return this collector
   */
  public ProblemCollector addAll(FieldPath prefix, Collection<Problem> found) {
    requireNonNull(prefix, "prefix");
    for (Problem problem : requireNonNull(found, "found")) {
      problems.add(problem.under(prefix));
    }
    return this;
  }

  /**
   * Records an error unless a condition holds.
   *
   * @param ok the condition that must hold
   * @param path where the value is, not null
   * @param code the catalogue entry of the rule, not null
   * @param rule what the value must be, completing "must ...", not null
   * @param rejected the value, may be null when missing
   * @return {@code ok}
   */
  public boolean check(boolean ok, FieldPath path, ProblemCode code, String rule, Object rejected) {
    if (!ok) {
      problems.add(Problem.error(path, code, rule, rejected));
    }
    return ok;
  }

  /**
   * Records a warning unless a condition holds.
   *
   * @param ok the condition that should hold
   * @param path where the value is, not null
   * @param code the catalogue entry of the rule, not null
   * @param rule what the value should be, completing "should ...", not null
   * @param value the value, may be null
   * @return {@code ok}
   */
  public boolean warnUnless(boolean ok, FieldPath path, ProblemCode code, String rule, Object value) {
    if (!ok) {
      problems.add(Problem.warning(path, code, rule, value));
    }
    return ok;
  }

  /**
   * Records an error ({@code missing}) if a value is null.
   *
   * @param path where the value should be, not null
   * @param value the value, may be null
   * @return true if the value is present
   */
  public boolean requirePresent(FieldPath path, Object value) {
    return check(value != null, path, CoreProblemCode.MISSING, "be present", null);
  }

  /**
   * Records an error if a text is null or blank.
   *
   * @param path where the text is, not null
   * @param value the text, may be null
   * @return true if the text is present and not blank
   */
  public boolean requireNotBlank(FieldPath path, String value) {
    if (!requirePresent(path, value)) {
      return false;
    }
    return !value.isBlank() || check(false, path, CoreProblemCode.BLANK, "not be blank", "\"" + value + "\"");
  }

  /**
   * Records an error if a number is negative.
   *
   * @param path where the number is, not null
   * @param value the number, may be null (then {@code missing} is recorded)
   * @return true if the number is present and {@code >= 0}
   */
  public boolean requireNonNegative(FieldPath path, BigDecimal value) {
    if (!requirePresent(path, value)) {
      return false;
    }
    return value.signum() >= 0 || check(false, path, CoreProblemCode.NEGATIVE, "be >= 0", value.toPlainString());
  }

  /**
   * Records an error if an amount is negative.
   *
   * @param path where the amount is, not null
   * @param value the amount, may be null (then {@code missing} is recorded)
   * @return true if the amount is present and {@code >= 0}
   */
  public boolean requireNonNegative(FieldPath path, Money value) {
    if (!requirePresent(path, value)) {
      return false;
    }
    return check(!value.isNegative(), path, CoreProblemCode.NEGATIVE, "be >= 0", value);
  }

  /**
   * Records an error if a number lies outside a closed range.
   *
   * @param path where the number is, not null
   * @param value the number, may be null (then {@code missing} is recorded)
   * @param minInclusive the lowest value allowed, not null
   * @param maxInclusive the highest value allowed, not null
   * @return true if the number is present and within the range
   */
  public boolean requireInRange(FieldPath path, BigDecimal value, BigDecimal minInclusive,
      BigDecimal maxInclusive) {
    if (!requirePresent(path, value)) {
      return false;
    }
    if (value.compareTo(minInclusive) >= 0 && value.compareTo(maxInclusive) <= 0) {
      return true;
    }
    return check(false, path, CoreProblemCode.OUT_OF_RANGE,
        "be between " + minInclusive.toPlainString() + " and " + maxInclusive.toPlainString(),
        value.toPlainString());
  }

  /**
   * Records an error if a whole number lies outside a closed range.
   *
   * @param path where the number is, not null
   * @param value the number
   * @param minInclusive the lowest value allowed
   * @param maxInclusive the highest value allowed
   * @return true if the number is within the range
   */
  public boolean requireInRange(FieldPath path, long value, long minInclusive, long maxInclusive) {
    if (value >= minInclusive && value <= maxInclusive) {
      return true;
    }
    return check(false, path, CoreProblemCode.OUT_OF_RANGE, "be between " + minInclusive + " and " + maxInclusive, value);
  }

  /**
   * Tells whether any error (not counting warnings) was recorded.
   *
   * @return true if there is at least one error
   */
  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  /**
   * Returns everything recorded so far, errors and warnings, in order.
   *
   * @return never null, an unmodifiable copy
   */
  public List<Problem> problems() {
    return List.copyOf(problems);
  }

  /**
   * Returns the warnings recorded so far.
   *
   * @return never null, an unmodifiable copy
   */
  public List<Problem> warnings() {
    return problems.stream().filter(p -> !p.isError()).collect(java.util.stream.Collectors.toUnmodifiableList());
  }

  /**
   * Throws an exception carrying every problem (errors and warnings) if any error was recorded.
   *
   * @param <X> the exception type
   * @param exception makes the exception from the problems, not null
   * @throws X if at least one error was recorded
   */
  public <X extends PartnerOsException> void throwIfErrors(Function<List<Problem>, X> exception) {
    requireNonNull(exception, "exception");
    if (hasErrors()) {
      throw exception.apply(List.copyOf(problems));
    }
  }
}
