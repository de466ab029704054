package dev.partneros.tiers.internal;

import dev.partneros.core.FiscalCalendar;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Quarter arithmetic on a program's fiscal calendar
 * ({@code docs/rules/conventions.md#quarters-and-fiscal-years}: quarters are calendar quarters
 * unless the program sets a fiscal-year start month). Every quarter ends on the last day of a
 * month, so moving by whole quarters is moving by three months and taking the month's end. Plain
 * arithmetic, allocation-light: this is on the state machine's hot path.
 */
public final class Quarters {

  private Quarters() {}

  /** How many months a date's month lies before the end of its fiscal quarter: 0, 1 or 2. */
  private static int monthsToQuarterEnd(FiscalCalendar calendar, LocalDate date) {
    int monthsIntoYear = Math.floorMod(date.getMonthValue() - calendar.startMonth().getValue(), 12);
    return 2 - monthsIntoYear % 3;
  }

  /**
   * Tells whether a date is the last day of a fiscal quarter.
   *
   * @param calendar the calendar, not null
   * @param date the date, not null
   * @return true for a quarter end
   */
  public static boolean isQuarterEnd(FiscalCalendar calendar, LocalDate date) {
    return monthsToQuarterEnd(calendar, date) == 0 && date.getDayOfMonth() == date.lengthOfMonth();
  }

  /**
   * Returns the first quarter end on or after a date (the end of the quarter containing it).
   *
   * @param calendar the calendar, not null
   * @param date the date, not null
   * @return never null
   */
  public static LocalDate endOnOrAfter(FiscalCalendar calendar, LocalDate date) {
    return YearMonth.from(date).plusMonths(monthsToQuarterEnd(calendar, date)).atEndOfMonth();
  }

  /**
   * Returns the quarter end {@code quarters} quarters after a quarter end.
   *
   * @param quarterEnd a quarter end, not null
   * @param quarters how many quarters, may be negative
   * @return never null
   */
  public static LocalDate plus(LocalDate quarterEnd, long quarters) {
    return YearMonth.from(quarterEnd).plusMonths(3 * quarters).atEndOfMonth();
  }
}
