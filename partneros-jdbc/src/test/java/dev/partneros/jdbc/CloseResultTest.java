package dev.partneros.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partneros.core.YearQuarter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CloseResultTest {

  private static final YearQuarter Q1 = YearQuarter.of(2026, 1);

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2})
  void negativeCount_isRefused_naming(int which) {
    int[] counts = {0, 0, 0};
    counts[which] = -1;
    String name = List.of("partnersClosed", "commissionEntries", "payouts").get(which);

    assertThatThrownBy(() -> new CloseResult(Q1, 1, CloseResult.Outcome.CLOSED, counts[0], counts[1], counts[2],
        List.of(), "closed")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage(name + " must not be negative, but was -1");
  }

  @Test
  void zeroCounts_areAccepted() {
    assertThat(new CloseResult(Q1, 1, CloseResult.Outcome.ALREADY_CLOSED, 0, 0, 0, List.of(), "closed")
        .changedNothing()).isTrue();
  }

  @Test
  void periodCloseException_withoutCause_andRefusingANullCause() {
    assertThat(new PeriodCloseException(PeriodCloseException.Reason.LOCKED, "locked").getCause()).isNull();
    assertThatThrownBy(() -> new PeriodCloseException(PeriodCloseException.Reason.DATABASE, "lost", null))
        .isInstanceOf(NullPointerException.class).hasMessage("cause");
  }

  @Test
  void batchSizeBelowOne_isRefused() {
    PeriodClose close = PeriodClose.of(new org.postgresql.ds.PGSimpleDataSource(), Books.history());
    assertThatThrownBy(() -> close.withBatchSize(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("batch size must be at least 1, but was 0");
  }
}
