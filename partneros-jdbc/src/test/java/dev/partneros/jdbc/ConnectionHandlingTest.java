package dev.partneros.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

@DisplayName("The close reads one snapshot and hands a pooled connection back as it got it (docs/jdbc.md#guarantees)")
class ConnectionHandlingTest {

  @Test
  void close_readsTheBookInOneReadOnlyRepeatableReadTransaction_andRestoresThePooledConnection() throws SQLException {
    PGSimpleDataSource ds = TestDatabases.migrated("pooled");
    try (Connection physical = ds.getConnection()) {
      List<String> seen = new ArrayList<>();
      BookReader reader = (c, knownOn) -> {
        seen.add(show(c, "transaction_isolation"));
        seen.add(show(c, "transaction_read_only"));
        return Books.small();
      };

      CloseResult q1 = Books.close(new OnePooledConnection(physical, false)).close(Books.FIRST, reader);

      assertThat(q1.outcome()).isEqualTo(CloseResult.Outcome.CLOSED);
      assertThat(seen).containsExactly("repeatable read", "on");
      assertThat(physical.isClosed()).isFalse();
      assertThat(physical.getAutoCommit()).isTrue();
      assertThat(physical.isReadOnly()).isFalse();
      assertThat(physical.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
      assertThat(advisoryLocks(ds)).isZero();
    }
  }

  @Test
  void connectionThatCannotBeRolledBack_isAborted_soThePoolNeverHandsOutTheLock() throws SQLException {
    PGSimpleDataSource ds = TestDatabases.migrated("abort");
    Connection physical = ds.getConnection();

    Throwable thrown = catchThrowable(() -> Books.close(new OnePooledConnection(physical, true)).close(Books.FIRST,
        Books.small()));

    assertThat(thrown).isInstanceOf(PeriodCloseException.class)
        .hasMessageStartingWith("the close of 2026-Q1 stopped on a database error (rollback refused by the test)");
    assertThat(physical.isClosed()).isTrue();
    assertThat(advisoryLocks(ds)).isZero();
  }

  private static String show(Connection c, String setting) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("show " + setting)) {
      r.next();
      return r.getString(1);
    }
  }

  private static long advisoryLocks(PGSimpleDataSource ds) throws SQLException {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select count(*) from pg_locks where locktype = 'advisory' and granted")) {
      r.next();
      return r.getLong(1);
    }
  }

  /** A pool of one connection: closing the handle gives the connection back, open, as a pool does. */
  private static final class OnePooledConnection implements DataSource {

    private final Connection physical;
    private final boolean refuseRollback;

    OnePooledConnection(Connection physical, boolean refuseRollback) {
      this.physical = physical;
      this.refuseRollback = refuseRollback;
    }

    @Override
    public Connection getConnection() {
      return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
          (proxy, method, args) -> {
            switch (method.getName()) {
              case "close":
                return null;
              case "isClosed":
                return physical.isClosed();
              case "rollback":
                if (refuseRollback) {
                  throw new SQLException("rollback refused by the test");
                }
                break;
              default:
                break;
            }
            try {
              return method.invoke(physical, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          });
    }

    @Override
    public Connection getConnection(String username, String password) {
      return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      throw new SQLFeatureNotSupportedException("not a real pool");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
      return false;
    }
  }
}
