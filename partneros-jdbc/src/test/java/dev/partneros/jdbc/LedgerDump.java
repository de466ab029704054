package dev.partneros.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Every stored row of the close, without run ids, entry ids and timestamps, in a fixed order. */
final class LedgerDump {

  private static final List<String> QUERIES = List.of(
      "select 'entry', e.period, e.partner_id, e.seq, e.entry_date, e.kind, e.amount, e.currency, e.effect, e.line_id,"
          + " e.deal_id, e.program_version, e.correction, r.period, r.seq, e.explanation::text from commission_entry e"
          + " left join commission_entry r on r.entry_id = e.reverses order by e.period, e.partner_id, e.seq",
      "select 'payout', p.period, p.partner_id, p.paid_on, p.amount, p.currency, e.seq, p.program_version,"
          + " p.explanation::text from payout p join commission_entry e on e.entry_id = p.entry_id"
          + " order by p.period, p.partner_id, e.seq",
      "select 'tier', period, partner_id, program_version, quarter_end, tier, status, since, grace_ends, transition,"
          + " state::text, explanation::text from tier_state order by period, partner_id",
      "select 'mdf', period, partner_id, request_id, seq, submitted, requested, granted, currency, outcome,"
          + " program_version, correction, explanation::text from mdf_entry order by request_id, seq",
      "select 'statement', partner_id, period, currency, opening, closing, accrued, payable_now, carried_debit,"
          + " carried_forward, paid from commission_statement order by period, partner_id",
      "select 'run', period, status, partners from close_run order by period",
      "select 'version', version, effective_from, content_hash from program_version order by version");

  private LedgerDump() {}

  static List<String> of(DataSource ds) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      for (String q : QUERIES) {
        try (ResultSet r = s.executeQuery(q)) {
          ResultSetMetaData m = r.getMetaData();
          while (r.next()) {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= m.getColumnCount(); i++) {
              row.append(i == 1 ? "" : " | ").append(r.getString(i));
            }
            rows.add(row.toString());
          }
        }
      }
    }
    return rows;
  }

  /** The first column of every row a query gives, as text. */
  static List<String> strings(DataSource ds, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        rows.add(r.getString(1));
      }
    }
    return rows;
  }

  static long count(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
