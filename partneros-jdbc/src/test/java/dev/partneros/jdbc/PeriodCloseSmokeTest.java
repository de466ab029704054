package dev.partneros.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.YearQuarter;
import dev.partneros.portfolio.SampleBook;
import org.junit.jupiter.api.Test;

class PeriodCloseSmokeTest {
  @Test
  void closesEightQuarters() throws Exception {
    var ds = TestDatabases.migrated("smoke");
    PeriodClose close = PeriodClose.of(ds, SampleBook.history()).withBatchSize(10);
    var book = SampleBook.portfolio();
    for (YearQuarter q = YearQuarter.of(2026, 1); !q.isAfter(YearQuarter.of(2027, 4)); q = q.next()) {
      long t = System.nanoTime();
      CloseResult r = close.close(q, book);
      System.out.println(r + " in " + (System.nanoTime() - t) / 1_000_000 + " ms");
    }
    assertThat(LedgerDump.count(ds, "select count(*) from commission_entry")).isPositive();
    LedgerDump.of(ds).stream().limit(40).forEach(System.out::println);
  }
}
