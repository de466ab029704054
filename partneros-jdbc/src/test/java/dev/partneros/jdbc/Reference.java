package dev.partneros.jdbc;

import dev.partneros.core.YearQuarter;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * An uninterrupted close of the small book, computed once per JVM: its ledgers after 2026-Q4 and
 * after all eight quarters, and its database (read only by the tests).
 */
final class Reference {

  /** The quarter the shorter comparisons stop at. */
  static final YearQuarter HALF = YearQuarter.of(2026, 4);

  private Reference() {}

  private static final class Holder {
    static final PGSimpleDataSource DATABASE = TestDatabases.migrated("reference");
    static final List<String> HALF_LEDGERS = closeAndDump(HALF);
    static final List<String> LEDGERS = closeAndDump(Books.LAST);

    private static List<String> closeAndDump(YearQuarter last) {
      Books.closeThrough(Books.close(DATABASE), Books.small(), last);
      try {
        return LedgerDump.of(DATABASE);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** The ledgers after closing 2026-Q1 to 2026-Q4. */
  static List<String> halfLedgers() {
    return Holder.HALF_LEDGERS;
  }

  /** The ledgers after closing all eight quarters. */
  static List<String> ledgers() {
    return Holder.LEDGERS;
  }

  /** The database closed through all eight quarters. */
  static PGSimpleDataSource database() {
    ledgers();
    return Holder.DATABASE;
  }
}
