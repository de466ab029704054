package dev.partneros.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class TimeProperties {

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.longs().between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2200, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Property
  void yearQuarterContainsTheDateItWasMadeFrom(@ForAll("dates") LocalDate date) {
    YearQuarter q = YearQuarter.from(date);
    assertThat(q.contains(date)).isTrue();
    assertThat(q.firstDay()).isBeforeOrEqualTo(date);
    assertThat(q.lastDay()).isAfterOrEqualTo(date);
    assertThat(YearQuarter.from(q.lastDay().plusDays(1))).isEqualTo(q.next());
  }

  @Property
  void yearQuarterTextRoundTrips(@ForAll("dates") LocalDate date) {
    YearQuarter q = YearQuarter.from(date);
    assertThat(YearQuarter.parse(q.toString())).isEqualTo(q);
    assertThat(PartnerOsJson.read(PartnerOsJson.write(q), YearQuarter.class)).isEqualTo(q);
  }

  @Property
  void plusAndMinusQuartersAreInverse(@ForAll("dates") LocalDate date, @ForAll @IntRange(min = -400, max = 400) int n) {
    YearQuarter q = YearQuarter.from(date);
    assertThat(q.plusQuarters(n).minusQuarters(n)).isEqualTo(q);
    assertThat(q.quartersUntil(q.plusQuarters(n))).isEqualTo(n);
  }

  @Property
  void fiscalYearContainsItsDates(@ForAll("dates") LocalDate date, @ForAll @IntRange(min = 1, max = 12) int startMonth) {
    FiscalCalendar fiscal = FiscalCalendar.startingIn(startMonth);
    int year = fiscal.fiscalYear(date);
    assertThat(fiscal.yearStart(year)).isBeforeOrEqualTo(date);
    assertThat(fiscal.yearEnd(year)).isAfterOrEqualTo(date);
    assertThat(fiscal.fiscalYear(fiscal.yearStart(year))).isEqualTo(year);
    assertThat(fiscal.fiscalYear(fiscal.yearEnd(year))).isEqualTo(year);
    assertThat(fiscal.quarterOf(date).contains(date)).isTrue();
    assertThat(fiscal.quarter(year, fiscal.fiscalQuarter(date))).isEqualTo(fiscal.quarterOf(date));
  }

  @Property
  void aLongerRollingWindowContainsAShorterOne(@ForAll("dates") LocalDate date,
      @ForAll @IntRange(min = 1, max = 35) int months) {
    DateRange shorter = DateRange.monthsEndingOn(months, date);
    DateRange longer = DateRange.monthsEndingOn(months + 1, date);
    assertThat(longer.contains(shorter.startInclusive())).isTrue();
    assertThat(longer.lengthInDays()).isGreaterThan(shorter.lengthInDays());
    assertThat(shorter.lengthInDays()).isBetween(28L * months - 3, 31L * months + 1);
  }
}
