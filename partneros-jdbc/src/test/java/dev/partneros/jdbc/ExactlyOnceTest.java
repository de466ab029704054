package dev.partneros.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partneros.core.PartnerId;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.ProgramHistory;
import dev.partneros.core.YearQuarter;
import dev.partneros.portfolio.InvalidInputException;
import dev.partneros.portfolio.Portfolio;
import dev.partneros.portfolio.RatingKind;
import dev.partneros.portfolio.Source;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postgresql.ds.PGSimpleDataSource;

@DisplayName("A period close happens exactly once: re-run, interrupted and resumed, refused (docs/jdbc.md#guarantees)")
class ExactlyOnceTest {

  @Test
  void closeTwice_changesNothingAndSaysSo() throws SQLException {
    PGSimpleDataSource ds = Reference.halfDatabase();
    PeriodClose close = Books.close(ds);
    List<String> before = LedgerDump.of(ds);

    CloseResult again = close.close(Reference.HALF, Books.small());
    CloseResult first = close.close(Books.FIRST, Books.small());

    assertThat(again.outcome()).isEqualTo(CloseResult.Outcome.ALREADY_CLOSED);
    assertThat(again.changedNothing()).isTrue();
    assertThat(again.message()).startsWith("2026-Q4 was already closed by run 4 (completed ")
        .endsWith("nothing was changed; a correction is booked by the next quarter's close as adjusting entries");
    assertThat(first.outcome()).isEqualTo(CloseResult.Outcome.ALREADY_CLOSED);
    assertThat(first.runId()).isEqualTo(1);
    assertThat(LedgerDump.of(ds)).isEqualTo(before).isEqualTo(Reference.halfLedgers());
  }

  @Test
  void exceptionBetweenBatches_resumesToTheUninterruptedLedgers() throws SQLException {
    interruptResumeAndCompare(YearQuarter.of(2026, 3), 2, Reference.HALF, Reference.halfLedgers());
  }

  @ParameterizedTest(name = "exception after batch {1} of {0}")
  @CsvSource({"2026-Q1, 1", "2026-Q4, 2", "2027-Q2, 1", "2027-Q4, 2"})
  @Tag("long")
  void exceptionBetweenBatchesElsewhere_resumesToTheUninterruptedLedgers(String quarter, int batch)
      throws SQLException {
    interruptResumeAndCompare(YearQuarter.parse(quarter), batch, Books.LAST, Reference.ledgers());
  }

  private static void interruptResumeAndCompare(YearQuarter period, int batch, YearQuarter last,
      List<String> expected) throws SQLException {
    PGSimpleDataSource ds = period.equals(YearQuarter.of(2026, 3))
        ? Reference.copyClosedThroughSecondQuarter("injected") : TestDatabases.migrated("injected");
    Books.closeThrough(Books.close(ds), Books.small(), period.previous());
    PeriodClose failing = Books.close(ds).withListener((q, b, partners) -> {
      if (b == batch) {
        throw new IllegalStateException("injected after batch " + b);
      }
    });

    assertThatThrownBy(() -> failing.close(period, Books.small())).isInstanceOf(IllegalStateException.class)
        .hasMessage("injected after batch " + batch);
    assertThat(LedgerDump.count(ds, "select count(*) from closed_partner p join close_run r using (run_id)"
        + " where r.period = '" + period + "' and r.status = 'RUNNING'")).isEqualTo(4L * batch);

    CloseResult resumed = Books.close(ds).close(period, Books.small());
    assertThat(resumed.outcome()).isEqualTo(CloseResult.Outcome.RESUMED);
    assertThat(resumed.message()).contains(4 * batch + " committed earlier");
    Books.closeThrough(Books.close(ds), Books.small(), last);
    assertThat(LedgerDump.of(ds)).isEqualTo(expected);
  }

  @Test
  void connectionDropped_resumesToTheUninterruptedLedgers() throws SQLException {
    PGSimpleDataSource ds = Reference.copyClosedThroughSecondQuarter("dropped");
    YearQuarter period = YearQuarter.of(2026, 4);
    Books.closeThrough(Books.close(ds), Books.small(), period.previous());
    PeriodClose dropping = Books.close(ds).withListener((q, b, partners) -> {
      if (b == 2) {
        terminateBackends(ds.getDatabaseName());
      }
    });

    assertThatThrownBy(() -> dropping.close(period, Books.small())).isInstanceOf(PeriodCloseException.class)
        .hasMessageStartingWith("the close of 2026-Q4 stopped on a database error")
        .hasMessageEndingWith("what was committed stays, the next close of 2026-Q4 resumes after it")
        .extracting(e -> ((PeriodCloseException) e).reason()).isEqualTo(PeriodCloseException.Reason.DATABASE);

    assertThat(Books.close(ds).close(period, Books.small()).outcome()).isEqualTo(CloseResult.Outcome.RESUMED);
    assertThat(LedgerDump.of(ds)).isEqualTo(Reference.halfLedgers());
  }

  @Test
  void invalidFact_commitsNothing() throws SQLException {
    PGSimpleDataSource ds = TestDatabases.migrated("invalid");
    Portfolio bad = withRating(Books.small(), new Portfolio.RatingRow(PartnerId.of("P-001"), RatingKind.FOUR_C,
        "NO_SUCH_CRITERION", Optional.empty(), "3", Optional.of("a note"), Source.csv("ratings.csv", 99)));

    assertThatThrownBy(() -> Books.close(ds).close(Books.FIRST, bad)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("ratings.csv:99");
    assertThat(LedgerDump.of(ds)).isEmpty();

    Books.closeThrough(Books.close(ds), Books.small(), YearQuarter.of(2026, 2));
    List<String> closed = LedgerDump.of(ds);
    assertThatThrownBy(() -> Books.close(ds).close(YearQuarter.of(2026, 3), bad))
        .isInstanceOf(InvalidInputException.class);
    assertThat(LedgerDump.of(ds)).isEqualTo(closed);
  }

  @Test
  void quarterOutOfOrder_isRefusedWithTheNextOneToClose() {
    PGSimpleDataSource ds = TestDatabases.migrated("order");
    Books.close(ds).close(Books.FIRST, Books.small());

    assertThatThrownBy(() -> Books.close(ds).close(YearQuarter.of(2026, 3), Books.small()))
        .isInstanceOf(PeriodCloseException.class)
        .hasMessage("quarters are closed in order: the last closed quarter is 2026-Q1, so the next one to close is "
            + "2026-Q2, not 2026-Q3")
        .extracting(e -> ((PeriodCloseException) e).reason()).isEqualTo(PeriodCloseException.Reason.OUT_OF_ORDER);
  }

  @Test
  void unfinishedRun_mustBeFinishedWithTheSameBook() {
    PGSimpleDataSource ds = TestDatabases.migrated("changed");
    PeriodClose failing = Books.close(ds).withListener((q, b, partners) -> {
      throw new IllegalStateException("stop");
    });
    assertThatThrownBy(() -> failing.close(Books.FIRST, Books.small())).hasMessage("stop");
    Portfolio changed = withRating(Books.small(), new Portfolio.RatingRow(PartnerId.of("P-001"), RatingKind.IPP,
        "verticalAlignment", Optional.empty(), "HIGH", Optional.empty(), Source.csv("ratings.csv", 98)));

    assertThatThrownBy(() -> Books.close(ds).close(Books.FIRST, changed)).isInstanceOf(PeriodCloseException.class)
        .hasMessageContaining("stopped part-way and must be finished with the book and program it started with, "
            + "but the book or a stored tier state of a closed quarter differs")
        .extracting(e -> ((PeriodCloseException) e).reason()).isEqualTo(PeriodCloseException.Reason.INPUT_CHANGED);
    assertThatThrownBy(() -> Books.close(ds).close(YearQuarter.of(2026, 2), Books.small()))
        .hasMessage("run 1 of 2026-Q1 stopped part-way: close 2026-Q1 again to finish it before closing 2026-Q2");
  }

  @Test
  void storedVersionWithOtherContent_isRefused() {
    PGSimpleDataSource ds = TestDatabases.migrated("version");
    Books.close(ds).close(Books.FIRST, Books.small());
    ProgramDocument first = Books.history().versions().get(0);
    ObjectNode tree = first.toTree();
    tree.put("description", "edited after it was stored");
    List<ProgramDocument> versions = new ArrayList<>(Books.history().versions());
    versions.set(0, ProgramDocument.fromTree(tree));

    assertThatThrownBy(() -> PeriodClose.of(ds, ProgramHistory.of(versions)).close(YearQuarter.of(2026, 2),
        Books.small())).isInstanceOf(PeriodCloseException.class)
        .hasMessageStartingWith("program version " + first.version() + " is stored with other content (hash ")
        .hasMessageEndingWith("a stored version never changes; give the change a new version with its own "
            + "effectiveFrom")
        .extracting(e -> ((PeriodCloseException) e).reason()).isEqualTo(PeriodCloseException.Reason.VERSION_CHANGED);
  }

  private static Portfolio withRating(Portfolio p, Portfolio.RatingRow row) {
    List<Portfolio.RatingRow> ratings = new ArrayList<>(p.ratings());
    ratings.add(row);
    return new Portfolio(p.partners(), p.metrics(), p.certifications(), p.deals(), p.touches(), p.registrations(),
        p.payments(), p.cancellations(), p.mdfRequests(), ratings, p.checklist(), p.fxRates());
  }

  /** Drops every connection to a database, as a network failure or a server restart would. */
  static void terminateBackends(String database) {
    try (Connection c = TestDatabases.admin().getConnection(); PreparedStatement s = c.prepareStatement(
        "select pg_terminate_backend(pid) from pg_stat_activity where datname = ? and pid <> pg_backend_pid()")) {
      s.setString(1, database);
      s.executeQuery().close();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
