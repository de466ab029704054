package dev.partneros.core;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter such as {@code 2026-Q3} (July to September 2026). Tier evaluation happens at
 * each quarter end ({@code docs/rules/tiers.md#quarter-end-evaluation}). For quarters of a fiscal
 * year that does not start in January, use {@link FiscalCalendar}.
 *
 * <p>Years run from 1 to 9999. JSON form and {@link #toString()}: {@code "2026-Q3"}, read back by
 * {@link #parse(CharSequence)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class YearQuarter implements Comparable<YearQuarter> {

  private static final Pattern TEXT = Pattern.compile("([0-9]{4})-Q([1-4])");

  private final int year;
  private final int quarter;

  private YearQuarter(int year, int quarter) {
    if (year < 1 || year > 9999 || quarter < 1 || quarter > 4) {
      throw new InvalidFactsException(List.of(Problem.error(FieldPath.root().field("quarter"),
          CoreProblemCode.OUT_OF_RANGE, "have a year 1..9999 and a quarter 1..4", year + "-Q" + quarter)));
    }
    this.year = year;
    this.quarter = quarter;
  }

  /**
   * Creates a quarter.
   *
   * @param year the year, 1 to 9999
   * @param quarter the quarter of the year, 1 to 4
   * @return never null
   * @throws InvalidFactsException if either is out of range
   */
  public static YearQuarter of(int year, int quarter) {
    return new YearQuarter(year, quarter);
  }

  /**
   * Returns the quarter that contains a date.
   *
   * @param date the date, not null
   * @return never null
   */
  public static YearQuarter from(LocalDate date) {
    requireNonNull(date, "date");
    return new YearQuarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
  }

  /**
   * Parses {@code 2026-Q3}.
   *
   * @param text the text, not null
   * @return never null
   * @throws InvalidFactsException if the text is not of that form
   */
  @JsonCreator
  public static YearQuarter parse(CharSequence text) {
    requireNonNull(text, "text");
    Matcher matcher = TEXT.matcher(text);
    if (!matcher.matches()) {
      throw new InvalidFactsException(List.of(Problem.error(FieldPath.root().field("quarter"),
          CoreProblemCode.INVALID_VALUE, "read like 2026-Q3", text)));
    }
    return new YearQuarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
  }

  /**
   * Returns the year.
   *
   * @return 1 to 9999
   */
  public int year() {
    return year;
  }

  /**
   * Returns the quarter of the year.
   *
   * @return 1 to 4
   */
  public int quarter() {
    return quarter;
  }

  /**
   * Returns the first day of the quarter (1 January, 1 April, 1 July or 1 October).
   *
   * @return never null
   */
  public LocalDate firstDay() {
    return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
  }

  /**
   * Returns the last day of the quarter, its quarter end (31 March, 30 June, 30 September or
   * 31 December).
   *
   * @return never null
   */
  public LocalDate lastDay() {
    LocalDate lastMonth = LocalDate.of(year, quarter * 3, 1);
    return lastMonth.withDayOfMonth(lastMonth.lengthOfMonth());
  }

  /**
   * Returns the quarter as a closed date range.
   *
   * @return never null
   */
  public DateRange toDateRange() {
    return DateRange.ofClosed(firstDay(), lastDay());
  }

  /**
   * Tells whether a date falls in this quarter.
   *
   * @param date the date, not null
   * @return true if the date is within the quarter
   */
  public boolean contains(LocalDate date) {
    return from(date).equals(this);
  }

  /**
   * Returns the quarter {@code quarters} later (earlier when negative).
   *
   * @param quarters how many quarters to add
   * @return never null
   * @throws InvalidFactsException if the result is outside years 1..9999
   */
  public YearQuarter plusQuarters(long quarters) {
    long index = index() + quarters;
    if (index < 4 || index > 9999L * 4 + 3) {
      throw new InvalidFactsException(List.of(Problem.error(FieldPath.root().field("quarter"),
          CoreProblemCode.OUT_OF_RANGE, "stay within years 1..9999", this + " + " + quarters + " quarters")));
    }
    return new YearQuarter((int) (index / 4), (int) (index % 4) + 1);
  }

  /**
   * Returns the quarter {@code quarters} earlier.
   *
   * @param quarters how many quarters to subtract
   * @return never null
   * @throws InvalidFactsException if the result is outside years 1..9999
   */
  public YearQuarter minusQuarters(long quarters) {
    return plusQuarters(-quarters);
  }

  /**
   * Returns the number of quarters from this quarter to another: {@code 2026-Q1} to
   * {@code 2026-Q4} is 3; negative when the other is earlier.
   *
   * @param endExclusive the other quarter, not null
   * @return the signed number of quarters
   */
  public long quartersUntil(YearQuarter endExclusive) {
    requireNonNull(endExclusive, "endExclusive");
    return endExclusive.index() - index();
  }

  /**
   * Returns the next quarter.
   *
   * @return never null
   */
  public YearQuarter next() {
    return plusQuarters(1);
  }

  /**
   * Returns the previous quarter.
   *
   * @return never null
   */
  public YearQuarter previous() {
    return plusQuarters(-1);
  }

  private long index() {
    return year * 4L + quarter - 1;
  }

  /**
   * Tells whether this quarter is before another.
   *
   * @param other the other quarter, not null
   * @return true if strictly earlier
   */
  public boolean isBefore(YearQuarter other) {
    return compareTo(other) < 0;
  }

  /**
   * Tells whether this quarter is after another.
   *
   * @param other the other quarter, not null
   * @return true if strictly later
   */
  public boolean isAfter(YearQuarter other) {
    return compareTo(other) > 0;
  }

  @Override
  public int compareTo(YearQuarter other) {
    return Long.compare(index(), other.index());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof YearQuarter && ((YearQuarter) other).index() == index();
  }

  @Override
  public int hashCode() {
    return Long.hashCode(index());
  }

  /**
   * Renders the quarter as {@code 2026-Q3}.
   *
   * @return never null
   */
  @JsonValue
  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%04d-Q%d", year, quarter);
  }
}
