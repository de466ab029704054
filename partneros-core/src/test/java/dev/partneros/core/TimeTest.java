package dev.partneros.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Quarters, fiscal calendars and date ranges (docs/rules/conventions.md#quarters-and-fiscal-years: time)")
class TimeTest {

  @Test
  void yearQuarter_ofDate_andItsDays() {
    YearQuarter q = YearQuarter.from(LocalDate.of(2026, 8, 15));
    assertThat(q).isEqualTo(YearQuarter.of(2026, 3));
    assertThat(q.firstDay()).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(q.lastDay()).isEqualTo(LocalDate.of(2026, 9, 30));
    assertThat(YearQuarter.of(2024, 1).lastDay()).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(YearQuarter.of(2026, 4).lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(YearQuarter.from(LocalDate.of(2026, 3, 31))).isEqualTo(YearQuarter.of(2026, 1));
    assertThat(YearQuarter.from(LocalDate.of(2026, 4, 1))).isEqualTo(YearQuarter.of(2026, 2));
    assertThat(q.contains(LocalDate.of(2026, 7, 1))).isTrue();
    assertThat(q.contains(LocalDate.of(2026, 6, 30))).isFalse();
    assertThat(q.toDateRange()).isEqualTo(DateRange.ofClosed(q.firstDay(), q.lastDay()));
  }

  @Test
  void yearQuarter_arithmetic() {
    YearQuarter q = YearQuarter.of(2026, 4);
    assertThat(q.next()).isEqualTo(YearQuarter.of(2027, 1));
    assertThat(q.plusQuarters(5)).isEqualTo(YearQuarter.of(2028, 1));
    assertThat(q.minusQuarters(4)).isEqualTo(YearQuarter.of(2025, 4));
    assertThat(YearQuarter.of(2027, 1).previous()).isEqualTo(q);
    assertThat(YearQuarter.of(2026, 1).quartersUntil(YearQuarter.of(2026, 4))).isEqualTo(3);
    assertThat(YearQuarter.of(2026, 4).quartersUntil(YearQuarter.of(2026, 1))).isEqualTo(-3);
    assertThat(q.isAfter(YearQuarter.of(2026, 3))).isTrue();
    assertThat(q.isBefore(YearQuarter.of(2026, 3))).isFalse();
  }

  @Test
  void yearQuarter_textAndJson() {
    assertThat(YearQuarter.of(2026, 3)).hasToString("2026-Q3");
    assertThat(YearQuarter.parse("2026-Q3")).isEqualTo(YearQuarter.of(2026, 3));
    assertThat(PartnerOsJson.write(YearQuarter.of(2026, 3))).isEqualTo("\"2026-Q3\"");
    assertThat(PartnerOsJson.read("\"2026-Q3\"", YearQuarter.class)).isEqualTo(YearQuarter.of(2026, 3));
  }

  @Test
  void yearQuarter_badInput() {
    assertThatThrownBy(() -> YearQuarter.of(2026, 5))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("quarter must have a year 1..9999 and a quarter 1..4, but was 2026-Q5");
    assertThatThrownBy(() -> YearQuarter.parse("2026Q3"))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("quarter must read like 2026-Q3, but was 2026Q3");
    assertThatThrownBy(() -> YearQuarter.of(9999, 4).next())
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("stay within years 1..9999");
  }

  @Test
  @DisplayName("Fiscal year named by the year it ends in; quarters from the start month")
  void fiscalCalendar_februaryStart() {
    FiscalCalendar fiscal = FiscalCalendar.startingIn(Month.FEBRUARY);
    assertThat(fiscal.fiscalYear(LocalDate.of(2026, 1, 31))).isEqualTo(2026);
    assertThat(fiscal.fiscalYear(LocalDate.of(2026, 2, 1))).isEqualTo(2027);
    assertThat(fiscal.yearStart(2027)).isEqualTo(LocalDate.of(2026, 2, 1));
    assertThat(fiscal.yearEnd(2027)).isEqualTo(LocalDate.of(2027, 1, 31));
    assertThat(fiscal.fiscalQuarter(LocalDate.of(2026, 2, 1))).isEqualTo(1);
    assertThat(fiscal.fiscalQuarter(LocalDate.of(2026, 4, 30))).isEqualTo(1);
    assertThat(fiscal.fiscalQuarter(LocalDate.of(2026, 5, 1))).isEqualTo(2);
    assertThat(fiscal.fiscalQuarter(LocalDate.of(2027, 1, 31))).isEqualTo(4);
    assertThat(fiscal.quarter(2027, 4)).isEqualTo(DateRange.ofClosed(LocalDate.of(2026, 11, 1), LocalDate.of(2027, 1, 31)));
    assertThat(fiscal.quarterOf(LocalDate.of(2026, 6, 15)))
        .isEqualTo(DateRange.ofClosed(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 7, 31)));
  }

  @Test
  @DisplayName("docs/rules/mdf.md#lifecycle: funds expire at the end of the fiscal year; the day after is the next year")
  void fiscalCalendar_expiryBoundary() {
    FiscalCalendar calendar = FiscalCalendar.calendarYear();
    LocalDate lastDay = calendar.yearEnd(2026);
    assertThat(lastDay).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(calendar.fiscalYear(lastDay)).isEqualTo(2026);
    assertThat(calendar.fiscalYear(lastDay.plusDays(1))).isEqualTo(2027);
    assertThat(calendar.yearOf(lastDay).contains(lastDay)).isTrue();
    assertThat(calendar.yearOf(lastDay).contains(lastDay.plusDays(1))).isFalse();
  }

  @Test
  void fiscalCalendar_badInputAndJson() {
    assertThatThrownBy(() -> FiscalCalendar.startingIn(13))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("fiscalYearStartMonth must be a month number between 1 and 12, but was 13");
    assertThatThrownBy(() -> FiscalCalendar.startingIn(0)).isInstanceOf(InvalidFactsException.class);
    assertThatThrownBy(() -> FiscalCalendar.calendarYear().quarter(2026, 0))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("fiscalQuarter must be between 1 and 4, but was 0");
    assertThat(PartnerOsJson.write(FiscalCalendar.startingIn(Month.JULY))).isEqualTo("7");
    assertThat(PartnerOsJson.read("7", FiscalCalendar.class)).isEqualTo(FiscalCalendar.startingIn(7));
  }

  @Test
  @DisplayName("docs/rules/tiers.md#rolling-window: the rolling 12 months end on, and include, the as-of date")
  void dateRange_rollingMonths() {
    DateRange window = DateRange.monthsEndingOn(12, LocalDate.of(2026, 6, 30));
    assertThat(window.startInclusive()).isEqualTo(LocalDate.of(2025, 7, 1));
    assertThat(window.contains(LocalDate.of(2025, 6, 30))).isFalse();
    assertThat(window.contains(LocalDate.of(2025, 7, 1))).isTrue();
    assertThat(window.contains(LocalDate.of(2026, 6, 30))).isTrue();
    assertThat(window.contains(LocalDate.of(2026, 7, 1))).isFalse();
    assertThat(window.lengthInDays()).isEqualTo(365);
    assertThat(DateRange.monthsEndingOn(12, LocalDate.of(2026, 2, 28)).startInclusive())
        .isEqualTo(LocalDate.of(2025, 3, 1));
    assertThatThrownBy(() -> DateRange.monthsEndingOn(0, LocalDate.of(2026, 1, 1)))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("months must be >= 1, but was 0");
  }

  @Test
  void dateRange_closedEnds() {
    LocalDate day = LocalDate.of(2026, 1, 1);
    DateRange one = DateRange.ofClosed(day, day);
    assertThat(one.lengthInDays()).isEqualTo(1);
    assertThat(one.contains(day)).isTrue();
    assertThat(one.overlaps(DateRange.ofClosed(day.minusDays(3), day))).isTrue();
    assertThat(one.overlaps(DateRange.ofClosed(day.plusDays(1), day.plusDays(2)))).isFalse();
    assertThat(one).hasToString("[2026-01-01, 2026-01-01]");
    assertThatThrownBy(() -> DateRange.ofClosed(day, day.minusDays(1)))
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(e -> assertThat(((InvalidFactsException) e).problems().get(0).path()).isEqualTo("endInclusive"));
    assertThat(PartnerOsJson.read(PartnerOsJson.write(one), DateRange.class)).isEqualTo(one);
    assertThatThrownBy(() -> PartnerOsJson.read("{\"startInclusive\":\"2026-02-30\",\"endInclusive\":\"2026-03-01\"}",
        DateRange.class))
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(e -> assertThat(((InvalidFactsException) e).problems().get(0).path()).isEqualTo("startInclusive"));
  }
}
