package dev.partneros.core;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;

/**
 * A fiscal year that starts on the first day of a given month
 * ({@code docs/rules/conventions.md#quarters-and-fiscal-years}: quarters are calendar quarters
 * unless the program sets a fiscal-year start month).
 *
 * <p>Decision: a fiscal year is named by the calendar year in which it <em>ends</em>. With a
 * February start, FY2027 runs from 2026-02-01 to 2027-01-31; with a January start the fiscal year
 * is the calendar year. Fiscal quarters are numbered 1 to 4 from the start month. MDF funds expire
 * at {@link #yearEnd(int)} ({@code docs/rules/mdf.md#lifecycle}).
 *
 * <p>JSON form: the start month's number, {@code 1} to {@code 12}.
 *
 * <p>Immutable and thread-safe.
 */
public final class FiscalCalendar {

  private static final FiscalCalendar CALENDAR = new FiscalCalendar(Month.JANUARY);

  private final Month startMonth;

  private FiscalCalendar(Month startMonth) {
    this.startMonth = startMonth;
  }

  /**
   * Returns the fiscal calendar equal to the calendar year (January start).
   *
   * @return never null
   */
  public static FiscalCalendar calendarYear() {
    return CALENDAR;
  }

  /**
   * Returns the fiscal calendar that starts in a month.
   *
   * @param startMonth the first month of the fiscal year, not null
   * @return never null
   */
  public static FiscalCalendar startingIn(Month startMonth) {
    requireNonNull(startMonth, "startMonth");
    return startMonth == Month.JANUARY ? CALENDAR : new FiscalCalendar(startMonth);
  }

  /**
   * Returns the fiscal calendar that starts in a month given by number.
   *
   * @param startMonth the first month of the fiscal year, 1 to 12
   * @return never null
   * @throws InvalidFactsException if the month is not 1 to 12
   */
  @JsonCreator
  public static FiscalCalendar startingIn(int startMonth) {
    if (startMonth < 1 || startMonth > 12) {
      throw new InvalidFactsException(List.of(Problem.error(FieldPath.root().field("fiscalYearStartMonth"),
          CoreProblemCode.OUT_OF_RANGE, "be a month number between 1 and 12", startMonth)));
    }
    return startingIn(Month.of(startMonth));
  }

  /**
   * Returns the first month of the fiscal year.
   *
   * @return never null
   */
  public Month startMonth() {
    return startMonth;
  }

  @JsonValue
  int startMonthNumber() {
    return startMonth.getValue();
  }

  /**
   * Returns the fiscal year a date falls in, named by the calendar year in which it ends.
   *
   * @param date the date, not null
   * @return the fiscal year
   */
  public int fiscalYear(LocalDate date) {
    requireNonNull(date, "date");
    if (startMonth == Month.JANUARY) {
      return date.getYear();
    }
    return date.getMonthValue() >= startMonth.getValue() ? date.getYear() + 1 : date.getYear();
  }

  /**
   * Returns the fiscal quarter (1 to 4) a date falls in.
   *
   * @param date the date, not null
   * @return 1 to 4
   */
  public int fiscalQuarter(LocalDate date) {
    requireNonNull(date, "date");
    int monthsIntoYear = Math.floorMod(date.getMonthValue() - startMonth.getValue(), 12);
    return monthsIntoYear / 3 + 1;
  }

  /**
   * Returns the first day of a fiscal year.
   *
   * @param fiscalYear the fiscal year, named by the year it ends in
   * @return never null
   */
  public LocalDate yearStart(int fiscalYear) {
    int startYear = startMonth == Month.JANUARY ? fiscalYear : fiscalYear - 1;
    return LocalDate.of(startYear, startMonth, 1);
  }

  /**
   * Returns the last day of a fiscal year (the day MDF funds expire).
   *
   * @param fiscalYear the fiscal year, named by the year it ends in
   * @return never null
   */
  public LocalDate yearEnd(int fiscalYear) {
    return yearStart(fiscalYear).plusYears(1).minusDays(1);
  }

  /**
   * Returns the fiscal year that contains a date as a closed range.
   *
   * @param date the date, not null
   * @return never null
   */
  public DateRange yearOf(LocalDate date) {
    int year = fiscalYear(date);
    return DateRange.ofClosed(yearStart(year), yearEnd(year));
  }

  /**
   * Returns a fiscal quarter as a closed range.
   *
   * @param fiscalYear the fiscal year
   * @param fiscalQuarter the fiscal quarter, 1 to 4
   * @return never null
   * @throws InvalidFactsException if the quarter is not 1 to 4
   */
  public DateRange quarter(int fiscalYear, int fiscalQuarter) {
    if (fiscalQuarter < 1 || fiscalQuarter > 4) {
      throw new InvalidFactsException(List.of(Problem.error(FieldPath.root().field("fiscalQuarter"),
          CoreProblemCode.OUT_OF_RANGE, "be between 1 and 4", fiscalQuarter)));
    }
    LocalDate start = yearStart(fiscalYear).plusMonths(3L * (fiscalQuarter - 1));
    return DateRange.ofClosed(start, start.plusMonths(3).minusDays(1));
  }

  /**
   * Returns the fiscal quarter that contains a date as a closed range.
   *
   * @param date the date, not null
   * @return never null
   */
  public DateRange quarterOf(LocalDate date) {
    return quarter(fiscalYear(date), fiscalQuarter(date));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FiscalCalendar && ((FiscalCalendar) other).startMonth == startMonth;
  }

  @Override
  public int hashCode() {
    return startMonth.hashCode();
  }

  /**
   * Renders the calendar as {@code FiscalCalendar[starts FEBRUARY]}.
   *
   * @return never null
   */
  @Override
  public String toString() {
    return "FiscalCalendar[starts " + startMonth + "]";
  }
}
