package dev.partneros.jdbc;

import dev.partneros.core.YearQuarter;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Uninterrupted closes of the small book, each computed once per JVM and only when first asked
 * for: through 2026-Q4 (the default build's comparisons) and through all eight quarters (the long
 * tests'). Their databases are only read by the tests, or closed again (which changes nothing).
 */
final class Reference {

  /** The quarter the default build's comparisons stop at. */
  static final YearQuarter HALF = YearQuarter.of(2026, 4);

  private Reference() {}

  /** A database closed through a quarter, and its ledgers. */
  private record Closed(PGSimpleDataSource database, List<String> ledgers) {
    static Closed through(YearQuarter last) {
      PGSimpleDataSource database = TestDatabases.migrated("reference");
      Books.closeThrough(Books.close(database), Books.small(), last);
      try {
        return new Closed(database, LedgerDump.of(database));
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static final class Second {
    static final Closed CLOSED = Closed.through(YearQuarter.of(2026, 2));
  }

  private static final class Half {
    static final Closed CLOSED = Closed.through(HALF);
  }

  private static final class Full {
    static final Closed CLOSED = Closed.through(Books.LAST);
  }

  /** A new copy of a database closed through 2026-Q2 (computed once). */
  static PGSimpleDataSource copyClosedThroughSecondQuarter(String prefix) {
    synchronized (Second.class) {
      return TestDatabases.copyOf(Second.CLOSED.database(), prefix);
    }
  }

  /** The ledgers after closing 2026-Q1 to 2026-Q4. */
  static List<String> halfLedgers() {
    return Half.CLOSED.ledgers();
  }

  /** The database closed through 2026-Q4. */
  static PGSimpleDataSource halfDatabase() {
    return Half.CLOSED.database();
  }

  /** The ledgers after closing all eight quarters. */
  static List<String> ledgers() {
    return Full.CLOSED.ledgers();
  }

  /** The database closed through all eight quarters. */
  static PGSimpleDataSource database() {
    return Full.CLOSED.database();
  }
}
