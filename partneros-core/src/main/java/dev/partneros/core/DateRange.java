package dev.partneros.core;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.partneros.core.internal.ProblemCollector;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A closed range of dates, both ends included: {@code [2026-01-01, 2026-03-31]}. A range of one
 * day has equal ends; an empty range cannot be built. Rolling windows ("the 12 months ending on the
 * as-of date", {@code docs/rules/tiers.md#rolling-window}) are ranges from
 * {@link #monthsEndingOn(int, LocalDate)}.
 *
 * <p>Immutable and thread-safe.
 */
@JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"startInclusive", "endInclusive"})
public final class DateRange {

  private final LocalDate startInclusive;
  private final LocalDate endInclusive;

  private DateRange(LocalDate startInclusive, LocalDate endInclusive) {
    this.startInclusive = startInclusive;
    this.endInclusive = endInclusive;
  }

  /**
   * Creates a closed range.
   *
   * @param startInclusive the first day, not null
   * @param endInclusive the last day, not null, not before {@code startInclusive}
   * @return never null
   * @throws InvalidFactsException if the end is before the start
   */
  @JsonCreator
  public static DateRange ofClosed(@JsonProperty("startInclusive") LocalDate startInclusive,
      @JsonProperty("endInclusive") LocalDate endInclusive) {
    if (startInclusive != null && endInclusive != null && !endInclusive.isBefore(startInclusive)) {
      return new DateRange(startInclusive, endInclusive);
    }
    ProblemCollector problems = new ProblemCollector();
    problems.requirePresent(FieldPath.root().field("startInclusive"), startInclusive);
    if (problems.requirePresent(FieldPath.root().field("endInclusive"), endInclusive) && startInclusive != null) {
      problems.check(false, FieldPath.root().field("endInclusive"), CoreProblemCode.BEFORE_START,
          "not be before the start " + startInclusive, endInclusive);
    }
    problems.throwIfErrors(InvalidFactsException::new);
    throw new IllegalStateException("unreachable");
  }

  /**
   * Returns the rolling window of {@code months} months that ends on (and includes) a date: 12
   * months ending on 2026-06-30 is {@code [2025-07-01, 2026-06-30]}; ending on 2026-02-28 it is
   * {@code [2025-03-01, 2026-02-28]}.
   *
   * @param months the window length in months, at least 1
   * @param endInclusive the last day, not null
   * @return never null
   * @throws InvalidFactsException if {@code months} is below 1
   */
  public static DateRange monthsEndingOn(int months, LocalDate endInclusive) {
    requireNonNull(endInclusive, "endInclusive");
    if (months < 1) {
      throw new InvalidFactsException(List.of(Problem.error(FieldPath.root().field("months"), CoreProblemCode.OUT_OF_RANGE,
          "be >= 1", months)));
    }
    return new DateRange(endInclusive.minusMonths(months).plusDays(1), endInclusive);
  }

  /**
   * Returns the first day.
   *
   * @return never null
   */
  @JsonProperty("startInclusive")
  public LocalDate startInclusive() {
    return startInclusive;
  }

  /**
   * Returns the last day.
   *
   * @return never null
   */
  @JsonProperty("endInclusive")
  public LocalDate endInclusive() {
    return endInclusive;
  }

  /**
   * Tells whether a date lies in the range, ends included.
   *
   * @param date the date, not null
   * @return true if {@code start <= date <= end}
   */
  public boolean contains(LocalDate date) {
    requireNonNull(date, "date");
    return !date.isBefore(startInclusive) && !date.isAfter(endInclusive);
  }

  /**
   * Tells whether two ranges share at least one day.
   *
   * @param other the other range, not null
   * @return true if they overlap
   */
  public boolean overlaps(DateRange other) {
    requireNonNull(other, "other");
    return !other.endInclusive.isBefore(startInclusive) && !other.startInclusive.isAfter(endInclusive);
  }

  /**
   * Returns the number of days in the range, both ends counted: a one-day range has 1.
   *
   * @return at least 1
   */
  public long lengthInDays() {
    return ChronoUnit.DAYS.between(startInclusive, endInclusive) + 1;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DateRange && ((DateRange) other).startInclusive.equals(startInclusive)
        && ((DateRange) other).endInclusive.equals(endInclusive);
  }

  @Override
  public int hashCode() {
    return 31 * startInclusive.hashCode() + endInclusive.hashCode();
  }

  /**
   * Renders the range as {@code [2026-01-01, 2026-03-31]}.
   *
   * @return never null
   */
  @Override
  public String toString() {
    return "[" + startInclusive + ", " + endInclusive + "]";
  }
}
