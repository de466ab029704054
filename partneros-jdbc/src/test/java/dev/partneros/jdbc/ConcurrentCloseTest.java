package dev.partneros.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

@DisplayName("Two closes of one period at once give one close (docs/jdbc.md#guarantees)")
class ConcurrentCloseTest {

  @Test
  void secondClose_stopsWithAClearMessage_whenTheFirstHoldsTheLock() throws Exception {
    PGSimpleDataSource ds = TestDatabases.migrated("concurrent_fail");
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<CloseResult> first = CompletableFuture.supplyAsync(() -> Books.close(ds)
        .withListener((q, b, partners) -> pause(b, inside, release)).close(Books.FIRST, Books.small()));
    assertThat(inside.await(60, TimeUnit.SECONDS)).isTrue();

    assertThatThrownBy(() -> Books.close(ds).close(Books.FIRST, Books.small()))
        .isInstanceOf(PeriodCloseException.class)
        .hasMessage("another close of this schema is running (it holds the PostgreSQL advisory lock of the period "
            + "close): 2026-Q1 was not closed by this call; close it again once the other close has finished")
        .extracting(e -> ((PeriodCloseException) e).reason()).isEqualTo(PeriodCloseException.Reason.LOCKED);
    release.countDown();

    assertThat(first.get(60, TimeUnit.SECONDS).outcome()).isEqualTo(CloseResult.Outcome.CLOSED);
    assertThat(LedgerDump.count(ds, "select count(*) from close_run")).isEqualTo(1);
  }

  @Test
  void secondClose_waitsThenFindsThePeriodClosed() throws Exception {
    PGSimpleDataSource ds = TestDatabases.migrated("concurrent_wait");
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<CloseResult> first = CompletableFuture.supplyAsync(() -> Books.close(ds)
        .withListener((q, b, partners) -> pause(b, inside, release)).close(Books.FIRST, Books.small()));
    assertThat(inside.await(60, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<CloseResult> second = CompletableFuture.supplyAsync(() -> Books.close(ds)
        .whenLocked(PeriodClose.WhenLocked.WAIT).close(Books.FIRST, Books.small()));
    Thread.sleep(300);

    assertThat(second).isNotDone();
    release.countDown();
    CloseResult one = first.get(60, TimeUnit.SECONDS);
    CloseResult two = second.get(60, TimeUnit.SECONDS);

    assertThat(one.outcome()).isEqualTo(CloseResult.Outcome.CLOSED);
    assertThat(two.outcome()).isEqualTo(CloseResult.Outcome.ALREADY_CLOSED);
    assertThat(two.runId()).isEqualTo(one.runId());
    assertThat(LedgerDump.count(ds, "select count(*) from closed_partner")).isEqualTo(one.partnersClosed());
  }

  private static void pause(int batch, CountDownLatch inside, CountDownLatch release) {
    if (batch == 1) {
      inside.countDown();
      try {
        assertThat(release.await(60, TimeUnit.SECONDS)).isTrue();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

}
