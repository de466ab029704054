package dev.partneros.tiers;

import dev.partneros.core.TestPrograms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partneros.core.Money;
import dev.partneros.core.PartnerOsException;
import dev.partneros.core.Problem;
import dev.partneros.core.ProgramDocument;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import org.assertj.core.api.ThrowableAssertAlternative;

/** Shared helpers of the tier tests. */
final class Fixtures {

  static final Currency USD = Currency.getInstance("USD");
  static final String HEADER = TestPrograms.HEADER;

  private Fixtures() {}

  /** The YAML of the standard program's tiers and benefits sections. */
  static String standardSections() {
    return TestPrograms.standardSections("tiers", "benefits");
  }

  /** A program document with the standard header and the standard sections, after {@code edit}. */
  static ProgramDocument document(String from, String to) {
    return TestPrograms.document(standardSections(), from, to);
  }

  static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  static Money usd(long amount) {
    return Money.of(amount, USD);
  }

  static LocalDate date(String text) {
    return LocalDate.parse(text);
  }

  static LocalDate quarterEnd(LocalDate quarterEnd, int quarters) {
    return YearMonth.from(quarterEnd).plusMonths(3L * quarters).atEndOfMonth();
  }

  /** Metrics with sourced ARR, referrals and certified people: the standard criteria's three. */
  static TierMetrics metrics(String sourcedArr, long referrals, long certified) {
    return TierMetrics.builder().currency(USD).sourcedArr(usd(sourcedArr)).qualifiedReferrals(referrals)
        .certifiedPeople(certified).build();
  }

  static TierMetrics nothing() {
    return TierMetrics.zero(USD);
  }

  /** Metrics that qualify for exactly the given standard tier (0 Registered .. 3 Platinum). */
  static TierMetrics standardLevel(int rank) {
    switch (rank) {
      case 3:
        return metrics("500000.00", 0, 5);
      case 2:
        return metrics("100000.00", 0, 2);
      case 1:
        return metrics("25000.00", 0, 1);
      default:
        return nothing();
    }
  }

  /** Asserts a call fails with one exception carrying a problem with this path, code and message. */
  static ThrowableAssertAlternative<? extends PartnerOsException> assertProblem(Runnable call,
      Class<? extends PartnerOsException> type, String path, String code, String message) {
    ThrowableAssertAlternative<? extends PartnerOsException> thrown = org.assertj.core.api.Assertions
        .assertThatExceptionOfType(type).isThrownBy(call::run);
    thrown.satisfies(e -> assertThat(e.problems())
        .filteredOn(p -> p.path().equals(path))
        .as("problems at %s in %s", path, e.problems())
        .anySatisfy(p -> {
          assertThat(p.code()).isEqualTo(code);
          assertThat(p.message()).isEqualTo(message);
        }));
    thrown.withMessageContaining(message);
    return thrown;
  }

  static List<String> paths(Throwable e) {
    return ((PartnerOsException) e).problems().stream().map(Problem::path).collect(java.util.stream.Collectors.toList());
  }

  static void assertThrowsAt(Runnable call, Class<? extends PartnerOsException> type, String path) {
    assertThatThrownBy(call::run).isInstanceOf(type).satisfies(e -> assertThat(paths(e)).contains(path));
  }
}
