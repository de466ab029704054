package dev.partneros.attribution;

import static dev.partneros.attribution.Fixtures.day;
import static dev.partneros.attribution.Fixtures.wonDeal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import dev.partneros.attribution.commission.BracketTable;
import dev.partneros.attribution.commission.ClawbackPolicy;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.PartnerId;
import dev.partneros.core.Problem;
import dev.partneros.core.Rate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The documented maximum list lengths of the attribution and commission inputs:
 * a list at its maximum is accepted, one entry more is refused with {@code too_large} at its path.
 */
@DisplayName("Limits of list lengths (docs/rules/attribution.md#limits)")
class LimitsTest {

  private static List<Deal.PartnerTouch> touches(int n) {
    List<Deal.PartnerTouch> touches = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      touches.add(Deal.PartnerTouch.of(PartnerId.of("P-" + i % 7), day(i % 30), TouchKind.MEETING));
    }
    return touches;
  }

  private static List<Deal.Registration> registrations(int n) {
    List<Deal.Registration> registrations = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      registrations.add(Deal.Registration.of(PartnerId.of("P-" + i), day(1)));
    }
    return registrations;
  }

  private static List<BracketTable.Bracket> brackets(int n) {
    List<BracketTable.Bracket> brackets = new ArrayList<>(n);
    for (int i = 0; i < n - 1; i++) {
      brackets.add(BracketTable.Bracket.of(i * 1000L, (i + 1) * 1000L, Rate.ofPercent(10)));
    }
    brackets.add(BracketTable.Bracket.builder().lower(BigDecimal.valueOf((n - 1) * 1000L)).rate(Rate.ofPercent(10))
        .build());
    return brackets;
  }

  private static List<ClawbackPolicy.Band> bands(int n) {
    List<ClawbackPolicy.Band> bands = new ArrayList<>(n);
    for (int i = 0; i < n - 1; i++) {
      bands.add(ClawbackPolicy.Band.flat(i, i + 1, Rate.ONE));
    }
    bands.add(ClawbackPolicy.Band.from(n - 1, Rate.ZERO));
    return bands;
  }

  private static void assertTooMany(Throwable thrown, String path, int size) {
    List<Problem> problems = thrown instanceof InvalidFactsException ? ((InvalidFactsException) thrown).problems()
        : ((InvalidProgramException) thrown).problems();
    assertThat(problems).extracting(Problem::path, Problem::code)
        .containsExactly(tuple(path, "too_large"));
    assertThat(problems.get(0).message()).contains("at most").contains(size + 1 + " entries");
  }

  @Test
  void touchesPerDeal_atTheLimitAccepted_aboveRefused() {
    assertThat(wonDeal(30).addAllTouches(touches(Deal.MAX_TOUCHES)).build().touches()).hasSize(1_000);
    Throwable thrown = catchThrowable(
        () -> wonDeal(30).addAllTouches(touches(Deal.MAX_TOUCHES + 1)).build());
    assertThat(thrown).isInstanceOf(InvalidFactsException.class);
    assertTooMany(thrown, "touches", Deal.MAX_TOUCHES);
  }

  @Test
  void registrationsPerDeal_atTheLimitAccepted_aboveRefused() {
    assertThat(wonDeal(30).addAllRegistrations(registrations(Deal.MAX_ENTRIES)).build().registrations())
        .hasSize(Deal.MAX_ENTRIES);
    Throwable thrown = catchThrowable(
        () -> wonDeal(30).addAllRegistrations(registrations(Deal.MAX_ENTRIES + 1)).build());
    assertThat(thrown).isInstanceOf(InvalidFactsException.class);
    assertTooMany(thrown, "registrations", Deal.MAX_ENTRIES);
  }

  @Test
  void dealAtTheTouchLimitStillSplits() {
    Deal deal = wonDeal(30).addAllTouches(touches(Deal.MAX_TOUCHES)).build();
    CreditSplit split = CreditSplitter.of(AttributionPolicy.standard()).split(deal, AttributionPolicy.CreditModel.LINEAR);
    assertThat(split.creditedTouches()).hasSize(Deal.MAX_TOUCHES);
    assertThat(split.amounts()).hasSize(7).containsKey(PartnerId.of("P-6"));
  }

  @Test
  void bracketsPerTable_atTheLimitAccepted_aboveRefused() {
    assertThat(BracketTable.of(brackets(BracketTable.MAX_BRACKETS)).brackets()).hasSize(100);
    assertThatThrownBy(() -> BracketTable.of(brackets(BracketTable.MAX_BRACKETS + 1)))
        .isInstanceOf(InvalidProgramException.class)
        .satisfies(e -> assertTooMany(e, "$", BracketTable.MAX_BRACKETS));
  }

  @Test
  void clawbackBands_atTheLimitAccepted_aboveRefused() {
    assertThat(ClawbackPolicy.builder().schedule(bands(ClawbackPolicy.MAX_BANDS)).build().schedule())
        .hasSize(ClawbackPolicy.MAX_BANDS);
    assertThatThrownBy(() -> ClawbackPolicy.builder().schedule(bands(ClawbackPolicy.MAX_BANDS + 1)).build())
        .isInstanceOf(InvalidProgramException.class)
        .satisfies(e -> assertTooMany(e, "schedule", ClawbackPolicy.MAX_BANDS));
  }
}
