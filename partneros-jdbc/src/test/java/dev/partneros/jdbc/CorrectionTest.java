package dev.partneros.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partneros.core.YearQuarter;
import dev.partneros.portfolio.CancellationKind;
import dev.partneros.portfolio.Portfolio;
import dev.partneros.portfolio.Source;
import java.sql.SQLException;
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

  private static Portfolio withCancellation(Portfolio p, String deal, LocalDate effective) {
    List<Portfolio.CancellationRow> cancellations = new ArrayList<>(p.cancellations());
    cancellations.add(new Portfolio.CancellationRow(deal, effective, CancellationKind.CANCELLATION, Optional.empty(),
        Optional.empty(), Optional.of("entered late"), Source.csv("cancellations.csv", 99)));
    return new Portfolio(p.partners(), p.metrics(), p.certifications(), p.deals(), p.touches(), p.registrations(),
        p.payments(), cancellations, p.mdfRequests(), p.ratings(), p.checklist(), p.fxRates());
  }
}
