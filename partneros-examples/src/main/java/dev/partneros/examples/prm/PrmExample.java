package dev.partneros.examples.prm;

import dev.partneros.core.ProgramHistory;
import dev.partneros.core.YearQuarter;
import dev.partneros.jdbc.CloseResult;
import dev.partneros.jdbc.PartnerOsSchema;
import dev.partneros.jdbc.PeriodClose;
import dev.partneros.portfolio.Portfolio;
import dev.partneros.portfolio.PortfolioDiff;
import dev.partneros.portfolio.PortfolioEvaluator;
import dev.partneros.portfolio.SampleBook;
import dev.partneros.portfolio.report.DiffReport;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A PRM's eight quarterly closes on PostgreSQL ({@code docs/jdbc.md}). With no argument it starts an
 * embedded PostgreSQL; with a JDBC URL ({@code jdbc:postgresql://host/db?user=...&password=...}) it
 * uses that server (run it again: closed quarters are left as they are).
 *
 * <pre>
 * mvn -B -q -DskipTests package exec:java -pl partneros-examples -am -Dexec.mainClass=dev.partneros.examples.prm.PrmExample
 * </pre>
 *
 * <p>It creates the PRM's tables ({@link PrmTables}, filled from the sample book's partners P-001 to
 * P-008) and the period-close schema, closes 2026-Q1 to 2027-Q4 one after the other under the
 * sample program (version 2026.2 takes effect on 2026-07-01, mid-year), reading the book through
 * {@link PrmBookReader}; then shows the clawback of deal D-132 (won in 2027-Q1, cancelled in
 * 2027-Q2), answers "why was P-001 paid this?" from the database alone, and runs the what-if diff
 * of the two program versions over the stored book.
 */
public final class PrmExample {

  private PrmExample() {}

  /**
   * Runs the example.
   *
   * @param args nothing (embedded PostgreSQL), or a JDBC URL
   * @throws IOException if the embedded PostgreSQL cannot start
   * @throws SQLException on a database error
   */
  public static void main(String[] args) throws IOException, SQLException {
    if (args.length > 0) {
      PGSimpleDataSource server = new PGSimpleDataSource();
      server.setURL(args[0]);
      run(server, System.out);
      return;
    }
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      run(postgres.getPostgresDatabase(), System.out);
    }
  }

  /**
   * Runs the example on a database.
   *
   * @param db the database
   * @param out where to print
   * @throws SQLException on a database error
   */
  public static void run(DataSource db, PrintStream out) throws SQLException {
    try (Connection c = db.getConnection()) {
      out.println(PrmTables.createAndFill(c, SampleBook.portfolio()) ? "PRM tables created and filled"
          : "PRM tables already filled");
    }
    out.println("period-close schema at version " + PartnerOsSchema.migrate(db));
    ProgramHistory history = SampleBook.history();
    PrmBookReader reader = new PrmBookReader();
    PeriodClose close = PeriodClose.of(db, history).withBatchSize(4);
    for (YearQuarter q = YearQuarter.of(2026, 1); !q.isAfter(YearQuarter.of(2027, 4)); q = q.next()) {
      CloseResult result = close.close(q, reader);
      out.println(result.message());
    }
    out.println();
    out.println("Clawback crossing a quarter (deal D-132 of P-006):");
    print(db, out, "select period, entry_date, kind, amount, program_version from commission_entry"
        + " where deal_id = 'D-132' order by period, seq");
    out.println();
    out.println("Payouts to P-001 and why (docs/jdbc.md#why-was-i-paid-this):");
    print(db, out, """
        with payouts as (
          select partner_id, paid_on, amount, lag(paid_on) over (partition by partner_id order by paid_on) as previous
          from payout where partner_id = 'P-001')
        select p.paid_on, p.amount as paid, w.entry_date, w.kind, w.deal_id, w.amount, w.program_version,
               w.run_id, w.explanation -> 'sentences' ->> -1 as why
        from payouts p join why_paid w on w.partner_id = p.partner_id
         and w.kind in ('PAYABLE', 'PAYABLE_CANCELLATION', 'CLAWBACK') and w.entry_date <= p.paid_on
         and (p.previous is null or w.entry_date > p.previous)
        order by p.paid_on, w.entry_date, w.seq""");
    out.println();
    out.println("Paid per partner:");
    print(db, out, "select partner_id, currency, sum(amount) as paid, count(*) as payouts from payout"
        + " group by partner_id, currency order by partner_id");
    Portfolio stored;
    LocalDate end = YearQuarter.of(2027, 4).lastDay();
    try (Connection c = db.getConnection()) {
      stored = reader.read(c, end);
    }
    PortfolioDiff diff = PortfolioDiff.compare(PortfolioEvaluator.standard(), history.versions().get(0),
        history.latest(), stored, end, PortfolioEvaluator.ProgressListener.NONE);
    out.println();
    out.println("What-if over the stored book: version " + history.versions().get(0).version() + " against "
        + history.latest().version() + ", each as if always in force:");
    out.print(DiffReport.text(diff));
  }

  private static void print(DataSource db, PrintStream out, String sql) throws SQLException {
    try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      int columns = r.getMetaData().getColumnCount();
      while (r.next()) {
        StringBuilder line = new StringBuilder("  ");
        for (int i = 1; i <= columns; i++) {
          line.append(i == 1 ? "" : "  ").append(r.getString(i));
        }
        out.println(line);
      }
    }
  }
}
