package dev.partneros.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partneros.core.Money;
import dev.partneros.core.YearQuarter;
import dev.partneros.portfolio.CancellationKind;
import dev.partneros.portfolio.Portfolio;
import dev.partneros.portfolio.Source;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

@DisplayName("A correction after close is new adjusting entries, never an update (docs/jdbc.md#guarantees)")
class CorrectionTest {

  private static final YearQuarter Q2 = YearQuarter.of(2026, 2);
  private static final YearQuarter Q3 = YearQuarter.of(2026, 3);
  private static final YearQuarter Q4 = YearQuarter.of(2026, 4);

  @Test
  void lateCancellationInAClosedQuarter_isBookedInTheNextClose_andNothingStoredChanges() throws SQLException {
    PGSimpleDataSource ds = Reference.copyClosedThroughSecondQuarter("late");
    List<String> closed = LedgerDump.of(ds);
    // entered after 2026-Q2 closed, effective in it: P-011's deal D-000050 cancelled on 2026-06-10
    Portfolio late = withCancellation(Books.small(), "D-000050", LocalDate.parse("2026-06-10"));

    CloseResult q3 = Books.close(ds).close(Q3, late);

    assertThat(q3.outcome()).isEqualTo(CloseResult.Outcome.CLOSED);
    assertThat(LedgerDump.of(ds)).containsAll(closed);
    assertThat(LedgerDump.count(ds, "select count(*) from commission_entry where period = '2026-Q3'"
        + " and partner_id = 'P-011' and correction = 'LATE' and entry_date <= date '2026-06-30'")).isPositive();
    assertThat(LedgerDump.count(ds, "select count(*) from commission_entry e join commission_entry r"
        + " on r.entry_id = e.reverses where e.period = '2026-Q3' and e.correction = 'REVERSAL'"
        + " and r.period <= '2026-Q2' and e.kind = r.kind and e.amount = r.amount and e.effect = -r.effect"))
        .isEqualTo(LedgerDump.count(ds, "select count(*) from commission_entry where correction = 'REVERSAL'"))
        .isPositive();
    ConservationTest.check(ds, late, Q3);

    // the stored LATE entries read back as no reversal: the next quarter closes over them
    assertThat(Books.close(ds).close(Q4, late).outcome()).isEqualTo(CloseResult.Outcome.CLOSED);
    ConservationTest.check(ds, late, Q4);
  }

  @Test
  void lateFactThatWouldUndoAPayout_isRefused_andNothingIsWritten() throws SQLException {
    PGSimpleDataSource ds = Reference.copyClosedThroughSecondQuarter("undo");
    List<String> closed = LedgerDump.of(ds);
    // D-101 of P-001 was paid on 2026-04-30; a cancellation back-dated to 2026-04-01 would undo it
    Portfolio backDated = withCancellation(Books.small(), "D-101", LocalDate.parse("2026-04-01"));

    assertThatThrownBy(() -> Books.close(ds).close(Q3, backDated)).isInstanceOf(PeriodCloseException.class)
        .hasMessageStartingWith("partner P-001 was paid 4500 on 2026-04-30 in a closed quarter, but the book no longer "
            + "gives that payout")
        .hasMessageEndingWith("give the fact an effective date after the last closed quarter, where the engine claws "
            + "the amount back; nothing was written")
        .extracting(e -> ((PeriodCloseException) e).reason()).isEqualTo(PeriodCloseException.Reason.INCONSISTENT);
    assertThat(LedgerDump.of(ds)).isEqualTo(closed);

    Portfolio inTheOpenQuarter = withCancellation(Books.small(), "D-101", LocalDate.parse("2026-07-01"));
    assertThat(Books.close(ds).close(Q3, inTheOpenQuarter).outcome()).isEqualTo(CloseResult.Outcome.CLOSED);
    ConservationTest.check(ds, inTheOpenQuarter, Q3);
  }

  @Test
  void changedMdfDecisionOfAClosedQuarter_isReversedWithTheDecisionItReverses() throws SQLException {
    PGSimpleDataSource ds = Reference.copyClosedThroughSecondQuarter("mdf");
    String request;
    List<String> original;
    try (Connection c = ds.getConnection(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select request_id, requested, granted, currency, outcome, program_version"
            + " from mdf_entry where granted > 1 order by request_id limit 1")) {
      assertThat(r.next()).isTrue();
      request = r.getString(1);
      original = List.of(r.getBigDecimal(2).toPlainString(), r.getBigDecimal(3).negate().toPlainString(),
          r.getString(4), r.getString(5), r.getString(6));
    }
    // entered after 2026-Q2 closed: the request was for 1, not what was decided on
    Portfolio changed = withMdfAmount(Books.small(), request, 1);

    assertThat(Books.close(ds).close(Q3, changed).outcome()).isEqualTo(CloseResult.Outcome.CLOSED);

    try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("select requested, granted,"
        + " currency, outcome, program_version from mdf_entry where request_id = ? and correction = 'REVERSAL'")) {
      s.setString(1, request);
      try (ResultSet r = s.executeQuery()) {
        assertThat(r.next()).isTrue();
        assertThat(List.of(r.getBigDecimal(1).toPlainString(), r.getBigDecimal(2).toPlainString(), r.getString(3),
            r.getString(4), r.getString(5))).isEqualTo(original);
        assertThat(r.next()).isFalse();
      }
    }
    ConservationTest.check(ds, changed, Q3);
  }

  private static Portfolio withMdfAmount(Portfolio p, String request, long amount) {
    List<Portfolio.MdfRequestRow> requests = p.mdfRequests().stream().map(m -> !m.id().equals(request) ? m
        : new Portfolio.MdfRequestRow(m.id(), m.partner(), m.submitted(), Money.of(amount, m.amount().currency()),
            m.use(), m.activityDate(), m.roiReportOverdue(), m.source())).toList();
    return new Portfolio(p.partners(), p.metrics(), p.certifications(), p.deals(), p.touches(), p.registrations(),
        p.payments(), p.cancellations(), requests, p.ratings(), p.checklist(), p.fxRates());
  }

  private static Portfolio withCancellation(Portfolio p, String deal, LocalDate effective) {
    List<Portfolio.CancellationRow> cancellations = new ArrayList<>(p.cancellations());
    cancellations.add(new Portfolio.CancellationRow(deal, effective, CancellationKind.CANCELLATION, Optional.empty(),
        Optional.empty(), Optional.of("entered late"), Source.csv("cancellations.csv", 99)));
    return new Portfolio(p.partners(), p.metrics(), p.certifications(), p.deals(), p.touches(), p.registrations(),
        p.payments(), cancellations, p.mdfRequests(), p.ratings(), p.checklist(), p.fxRates());
  }
}
