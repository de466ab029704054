package dev.partneros.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One embedded PostgreSQL per test JVM, started on first use and stopped when the JVM exits; each
 * test gets its own fresh database in it.
 */
final class TestDatabases {

  private static final AtomicInteger NEXT = new AtomicInteger();

  private TestDatabases() {}

  /** The instance, started once (the holder idiom: no lock, no mutable field). */
  private static final class Holder {
    static final EmbeddedPostgres POSTGRES = start();

    private static EmbeddedPostgres start() {
      try {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try {
            postgres.close();
          } catch (IOException e) {
            // the JVM is exiting; the data directory is temporary
          }
        }));
        return postgres;
      } catch (IOException e) {
        throw new UncheckedIOException("embedded PostgreSQL did not start", e);
      }
    }
  }

  /**
   * Creates an empty database, not migrated.
   *
   * @param prefix a name prefix
   * @return its data source
   */
  static PGSimpleDataSource empty(String prefix) {
    String name = prefix + "_" + NEXT.incrementAndGet();
    try (Connection c = Holder.POSTGRES.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(Holder.POSTGRES.getJdbcUrl("postgres", name));
    ds.setUser("postgres");
    return ds;
  }

  /**
   * Creates a copy of a database (PostgreSQL copies its template's files: faster than closing the
   * same quarters again). Nothing may be connected to the original.
   *
   * @param original the database to copy
   * @param prefix a name prefix
   * @return the copy's data source
   */
  static PGSimpleDataSource copyOf(PGSimpleDataSource original, String prefix) {
    String name = prefix + "_" + NEXT.incrementAndGet();
    try (Connection c = Holder.POSTGRES.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("create database " + name + " template " + original.getDatabaseName());
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(Holder.POSTGRES.getJdbcUrl("postgres", name));
    ds.setUser("postgres");
    return ds;
  }

  /**
   * Creates a database migrated to the latest schema.
   *
   * @param prefix a name prefix
   * @return its data source
   */
  static PGSimpleDataSource migrated(String prefix) {
    PGSimpleDataSource ds = empty(prefix);
    PartnerOsSchema.migrate(ds);
    return ds;
  }

  /** The postgres database, for administration (terminating a backend). */
  static DataSource admin() {
    return Holder.POSTGRES.getPostgresDatabase();
  }
}
