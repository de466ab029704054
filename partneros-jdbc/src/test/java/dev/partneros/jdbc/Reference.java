package dev.partneros.jdbc;

import java.sql.SQLException;
import java.util.List;

/** The ledgers of an uninterrupted close of the small book's eight quarters, computed once per JVM. */
final class Reference {

  private Reference() {}

  private static final class Holder {
    static final List<String> LEDGERS = compute();

    private static List<String> compute() {
      var ds = TestDatabases.migrated("reference");
      Books.closeThrough(Books.close(ds), Books.small(), Books.LAST);
      try {
        return LedgerDump.of(ds);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  static List<String> ledgers() {
    return Holder.LEDGERS;
  }
}
