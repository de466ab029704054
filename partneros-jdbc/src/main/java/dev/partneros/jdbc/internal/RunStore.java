package dev.partneros.jdbc.internal;

import dev.partneros.core.ProgramDocument;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The SQL of the close's runs, over one connection the caller owns (it commits): the lock, the
 * runs, the program versions and the partners a run has committed. Nothing here commits, rolls back
 * or closes the connection.
 */
public final class RunStore {

  /**
   * A run of the close, as stored.
   *
   * @param id the run's id
   * @param period the quarter closed, such as {@code 2026-Q3}
   * @param end the quarter's last day
   * @param status the run's status ({@code RUNNING} or {@code COMPLETED})
   * @param factsHash the hash of the facts the run read
   * @param programHash the hash of the program history it evaluated with
   * @param attempts how many times the run was started
   * @param completedAt when it closed, if it did
   */
  public record Run(long id, String period, LocalDate end, String status, String factsHash, String programHash,
      int attempts, Optional<String> completedAt) {}

  private final Connection c;

  /**
   * Wraps a connection.
   *
   * @param connection the connection
   */
  public RunStore(Connection connection) {
    this.c = connection;
  }

  /**
   * Takes the close's session-level advisory lock, keyed by the current schema.
   *
   * @param wait whether to wait for it
   * @return whether it was taken
   * @throws SQLException on a database error
   */
  public boolean lock(boolean wait) throws SQLException {
    String sql = wait ? "select pg_advisory_lock(hashtext('partneros.period-close'), hashtext(current_schema())), true"
        : "select pg_try_advisory_lock(hashtext('partneros.period-close'), hashtext(current_schema()))";
    try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
      r.next();
      return wait || r.getBoolean(1);
    }
  }

  /**
   * Releases the lock.
   *
   * @throws SQLException on a database error
   */
  public void unlock() throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "select pg_advisory_unlock(hashtext('partneros.period-close'), hashtext(current_schema()))")) {
      s.executeQuery().close();
    }
  }

  /**
   * Returns every run, earliest period first.
   *
   * @return never null
   * @throws SQLException on a database error
   */
  public List<Run> runs() throws SQLException {
    List<Run> runs = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("select run_id, period, period_end, status, facts_hash, program_hash,"
        + " attempts, completed_at::text from close_run order by period_end");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        runs.add(new Run(r.getLong(1), r.getString(2), r.getDate(3).toLocalDate(), r.getString(4), r.getString(5),
            r.getString(6), r.getInt(7), Optional.ofNullable(r.getString(8))));
      }
    }
    return runs;
  }

  /**
   * Returns a program version's stored content hash.
   *
   * @param version the version label
   * @return the hash, or empty when not stored
   * @throws SQLException on a database error
   */
  public Optional<String> versionHash(String version) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("select content_hash from program_version where version = ?")) {
      s.setString(1, version);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
      }
    }
  }

  /**
   * Stores a program version.
   *
   * @param document the version
   * @param hash its content hash
   * @param json its canonical JSON
   * @throws SQLException on a database error
   */
  public void insertVersion(ProgramDocument document, String hash, String json) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("insert into program_version (version, effective_from, content_hash,"
        + " document) values (?, ?, ?, ?::jsonb)")) {
      s.setString(1, document.version());
      s.setDate(2, Date.valueOf(document.effectiveFrom()));
      s.setString(3, hash);
      s.setString(4, json);
      s.executeUpdate();
    }
  }

  /**
   * Starts a run.
   *
   * @param period the period's text
   * @param start its first day
   * @param end its last day
   * @param factsHash the book's hash
   * @param programHash the history's hash
   * @param partners the partners to close
   * @return the run id
   * @throws SQLException on a database error (a second run of the period breaks the unique key)
   */
  public long insertRun(String period, LocalDate start, LocalDate end, String factsHash, String programHash,
      int partners) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("insert into close_run (period, period_start, period_end, facts_hash,"
        + " program_hash, status, partners) values (?, ?, ?, ?, ?, 'RUNNING', ?) returning run_id")) {
      s.setString(1, period);
      s.setDate(2, Date.valueOf(start));
      s.setDate(3, Date.valueOf(end));
      s.setString(4, factsHash);
      s.setString(5, programHash);
      s.setInt(6, partners);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  /**
   * Counts another start of a run being resumed.
   *
   * @param run the run id
   * @throws SQLException on a database error
   */
  public void restartRun(long run) throws SQLException {
    update("update close_run set attempts = attempts + 1 where run_id = ? and status = 'RUNNING'", run);
  }

  /**
   * Marks a run completed.
   *
   * @param run the run id
   * @throws SQLException on a database error
   */
  public void completeRun(long run) throws SQLException {
    update("update close_run set status = 'COMPLETED', completed_at = now() where run_id = ? and status = 'RUNNING'",
        run);
  }

  private void update(String sql, long run) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, run);
      if (s.executeUpdate() != 1) {
        throw new SQLException("run " + run + " is not running", "55000");
      }
    }
  }

  /**
   * Returns the partners a run has committed.
   *
   * @param run the run id
   * @return never null
   * @throws SQLException on a database error
   */
  public Set<String> closedPartners(long run) throws SQLException {
    Set<String> done = new HashSet<>();
    try (PreparedStatement s = c.prepareStatement("select partner_id from closed_partner where run_id = ?")) {
      s.setLong(1, run);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          done.add(r.getString(1));
        }
      }
    }
    return done;
  }

}
