package dev.partneros.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

@DisplayName("The schema migrates an empty database, one at the previous version, and one holding other tables")
class SchemaMigrationTest {

  @Test
  void emptyDatabase_migratesToTheLatestVersion_andAgainChangesNothing() throws SQLException {
    PGSimpleDataSource ds = TestDatabases.empty("empty");

    assertThat(PartnerOsSchema.migrate(ds)).isEqualTo(PartnerOsSchema.LATEST);
    assertThat(PartnerOsSchema.migrate(ds)).isEqualTo(PartnerOsSchema.LATEST);
    assertThat(LedgerDump.count(ds, "select count(*) from partneros_schema_history where success")).isEqualTo(2);
    assertThat(LedgerDump.count(ds, "select count(*) from information_schema.tables where table_name in"
        + " ('program_version', 'close_run', 'closed_partner', 'tier_state', 'commission_entry', 'payout',"
        + " 'mdf_entry', 'commission_statement', 'why_paid')")).isEqualTo(9);
  }

  @Test
  void databaseAtVersion1_withClosedQuarters_upgradesAndClosesOn() throws SQLException {
    PGSimpleDataSource ds = TestDatabases.empty("v1");
    assertThat(PartnerOsSchema.migrate(ds, "1")).isEqualTo("1");
    assertThat(LedgerDump.count(ds, "select count(*) from information_schema.tables"
        + " where table_name = 'commission_statement'")).isZero();
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      // A quarter closed by a version-1 build: a version, a run and one accrual, in version 1's columns.
      s.execute("insert into program_version (version, effective_from, content_hash, document)"
          + " values ('old', date '2025-01-01', repeat('a', 64), '{}')");
      s.execute("insert into close_run (period, period_start, period_end, facts_hash, program_hash, status, partners,"
          + " completed_at) values ('2025-Q4', date '2025-10-01', date '2025-12-31', repeat('b', 64), repeat('c', 64),"
          + " 'COMPLETED', 1, now())");
      s.execute("insert into commission_entry (run_id, period, partner_id, seq, entry_date, kind, amount, currency,"
          + " effect, program_version, explanation) values (1, '2025-Q4', 'P-900', 1, date '2025-11-02', 'ACCRUAL',"
          + " 100, 'USD', 100, 'old', '{\"sentences\": [\"an old accrual\"]}')");
    }

    assertThat(PartnerOsSchema.migrate(ds)).isEqualTo(PartnerOsSchema.LATEST);

    assertThat(LedgerDump.count(ds, "select count(*) from why_paid where partner_id = 'P-900'"
        + " and explanation -> 'sentences' ->> 0 = 'an old accrual'")).isEqualTo(1);
    CloseResult next = Books.close(ds).close(Books.FIRST, Books.small());
    assertThat(next.outcome()).isEqualTo(CloseResult.Outcome.CLOSED);
    assertThat(LedgerDump.count(ds, "select count(*) from commission_statement where period = '2026-Q1'"))
        .isEqualTo(next.partnersClosed());
  }

  @Test
  void schemaWithTheEmbeddersTables_isBaselinedAndMigrated() throws SQLException {
    PGSimpleDataSource ds = TestDatabases.empty("shared");
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.execute("create table prm_partner (id text primary key)");
    }

    assertThat(PartnerOsSchema.migrate(ds)).isEqualTo(PartnerOsSchema.LATEST);
    assertThat(LedgerDump.count(ds, "select count(*) from close_run")).isZero();
  }

  @Test
  void storedProgramVersion_cannotBeUpdatedOrDeleted() throws SQLException {
    PGSimpleDataSource ds = TestDatabases.migrated("immutable");
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.execute("insert into program_version (version, effective_from, content_hash, document)"
          + " values ('v', date '2026-01-01', repeat('a', 64), '{}')");

      assertThatThrownBy(() -> s.execute("update program_version set effective_from = date '2026-02-01'"))
          .isInstanceOf(SQLException.class).hasMessageContaining("program version v is immutable: store a new version");
      assertThatThrownBy(() -> s.execute("delete from program_version"))
          .isInstanceOf(SQLException.class).hasMessageContaining("program version v is immutable");
    }
  }
}
