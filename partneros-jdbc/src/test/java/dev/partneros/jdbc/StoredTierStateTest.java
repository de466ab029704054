package dev.partneros.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partneros.core.Tier;
import dev.partneros.core.YearQuarter;
import dev.partneros.jdbc.internal.Json;
import dev.partneros.tiers.TierOverride;
import dev.partneros.tiers.TierState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

@DisplayName("A quarter's tier decisions continue from the tier states stored by the closed quarters "
    + "(docs/jdbc.md#what-the-state-at-the-end-of-the-previous-quarter-is)")
class StoredTierStateTest {

  private static final YearQuarter Q2 = YearQuarter.of(2026, 2);
  private static final YearQuarter Q3 = YearQuarter.of(2026, 3);
  private static final YearQuarter Q4 = YearQuarter.of(2026, 4);
  private static final LocalDate Q2_END = Q2.lastDay();

  /** GOLD by a strategic override from 2026-06-30 (the replay: SILVER in grace, downgraded on 2026-09-30). */
  static final TierState P003_OVERRIDDEN = TierState.builder().tier(Tier.GOLD).status(TierState.Status.OVERRIDDEN)
      .since(Q2_END).override(TierOverride.of(Tier.GOLD, "strategic account", Q2_END)).lastEvaluated(Q2_END).build();

  /** GOLD in good standing from 2026-06-30 (the replay: SILVER until its upgrade on 2026-09-30). */
  static final TierState P001_GOLD = TierState.builder().tier(Tier.GOLD).status(TierState.Status.GOOD_STANDING)
      .since(Q2_END).lastEvaluated(Q2_END).build();

  @Test
  void storedStatesThatDifferFromTheReplay_areWhereTheNextQuarterContinuesFrom() throws SQLException {
    PGSimpleDataSource ds = Reference.copyClosedThroughSecondQuarter("stored");
    store(ds, "P-003", Q2, P003_OVERRIDDEN);
    store(ds, "P-001", Q2, P001_GOLD);

    CloseResult q3 = Books.close(ds).close(Q3, Books.small());

    assertThat(q3.outcome()).isEqualTo(CloseResult.Outcome.CLOSED);
    assertThat(q3.restated()).extracting(Object::toString).containsExactly("P-001", "P-003");
    assertThat(tier(ds, "P-003", Q3)).isEqualTo("GOLD OVERRIDDEN");
    assertThat(state(ds, "P-003", Q3)).isEqualTo(TierState.builder().from(P003_OVERRIDDEN).lastEvaluated(Q3.lastDay())
        .build());
    assertThat(tier(ds, "P-001", Q3)).isEqualTo("GOLD GOOD_STANDING");
    assertThat(tier(Reference.halfDatabase(), "P-001", Q3)).isEqualTo("GOLD GOOD_STANDING");
    assertThat(tier(Reference.halfDatabase(), "P-003", Q3)).isEqualTo("REGISTERED GOOD_STANDING");
    // P-001's D-102, won on 2026-08-14: accrued at GOLD's rate (8250 at SILVER's in the replay)
    assertThat(LedgerDump.count(ds, "select count(*) from commission_entry where partner_id = 'P-001' and period = "
        + "'2026-Q3' and kind = 'ACCRUAL' and amount = 11000 and correction is null")).isEqualTo(1);
    // a partner whose stored state is the replay's closes as it did before
    assertThat(state(ds, "P-002", Q3)).isEqualTo(state(Reference.halfDatabase(), "P-002", Q3));
    assertThat(entries(ds, "P-002", Q3)).isEqualTo(entries(Reference.halfDatabase(), "P-002", Q3))
        .isNotEmpty();
    ConservationTest.check(ds, Books.small(), Q3);

    List<String> closed = LedgerDump.of(ds);
    assertThat(Books.close(ds).close(Q3, Books.small()).outcome()).isEqualTo(CloseResult.Outcome.ALREADY_CLOSED);
    assertThat(LedgerDump.of(ds)).isEqualTo(closed);

    // the next quarter continues from the stored 2026-Q3 states and keeps 2026-Q3's ledger: no correction
    CloseResult q4 = Books.close(ds).close(Q4, Books.small());
    assertThat(q4.restated()).isEmpty();
    assertThat(tier(ds, "P-003", Q4)).isEqualTo("GOLD OVERRIDDEN");
    assertThat(LedgerDump.count(ds, "select count(*) from commission_entry where period = '2026-Q4'"
        + " and correction is not null")).isZero();
    assertThat(LedgerDump.of(ds)).containsAll(closed);
    ConservationTest.check(ds, Books.small(), Q4);
  }

  @Test
  void interruptedCloseOverStoredStates_resumesToTheUninterruptedLedgers_andRefusesAStateChangedMeanwhile()
      throws SQLException {
    PGSimpleDataSource uninterrupted = Reference.copyClosedThroughSecondQuarter("stored_whole");
    store(uninterrupted, "P-001", Q2, P001_GOLD);
    Books.close(uninterrupted).close(Q3, Books.small());
    PGSimpleDataSource ds = Reference.copyClosedThroughSecondQuarter("stored_resumed");
    store(ds, "P-001", Q2, P001_GOLD);
    PeriodClose failing = Books.close(ds).withListener((q, b, partners) -> {
      if (b == 1) {
        throw new IllegalStateException("injected after batch " + b);
      }
    });
    assertThatThrownBy(() -> failing.close(Q3, Books.small())).hasMessage("injected after batch 1");

    store(ds, "P-001", Q2, TierState.builder().from(P001_GOLD).tier(Tier.PLATINUM).build());
    assertThatThrownBy(() -> Books.close(ds).close(Q3, Books.small())).isInstanceOf(PeriodCloseException.class)
        .hasMessageContaining("but the book or a stored tier state of a closed quarter differs")
        .extracting(e -> ((PeriodCloseException) e).reason()).isEqualTo(PeriodCloseException.Reason.INPUT_CHANGED);
    store(ds, "P-001", Q2, P001_GOLD);

    assertThat(Books.close(ds).close(Q3, Books.small()).outcome()).isEqualTo(CloseResult.Outcome.RESUMED);
    assertThat(LedgerDump.of(ds)).isEqualTo(LedgerDump.of(uninterrupted));
  }

  @Test
  void storedStateWhoseColumnsSayOtherwise_stopsTheClose_andNothingIsWritten() throws SQLException {
    PGSimpleDataSource ds = Reference.copyClosedThroughSecondQuarter("stored_columns");
    store(ds, "P-001", Q2, P001_GOLD);
    execute(ds, "update tier_state set tier = 'SILVER' where partner_id = 'P-001' and period = '2026-Q2'");
    List<String> before = withoutTierStates(LedgerDump.of(ds));

    assertThatThrownBy(() -> Books.close(ds).close(Q3, Books.small())).isInstanceOf(PeriodCloseException.class)
        .hasMessage("the stored tier state of partner P-001 for 2026-Q2 says SILVER GOOD_STANDING in its columns tier "
            + "and status, but GOLD GOOD_STANDING in its column state, which the next quarter continues from: store the"
            + " same in both; nothing was written")
        .extracting(e -> ((PeriodCloseException) e).reason()).isEqualTo(PeriodCloseException.Reason.INCONSISTENT);
    execute(ds, "update tier_state set state = '{\"tier\": \"GOLD\"}' where partner_id = 'P-001' and period = '2026-Q2'");
    assertThatThrownBy(() -> Books.close(ds).close(Q3, Books.small())).isInstanceOf(PeriodCloseException.class)
        .hasMessageStartingWith("the stored tier state of partner P-001 for 2026-Q2 cannot be read back as a tier state")
        .hasMessageEndingWith("correct its column state; nothing was written");
    assertThat(withoutTierStates(LedgerDump.of(ds))).isEqualTo(before);
  }

  @Test
  void storedStateTheNextQuarterCannotContinueFrom_stopsTheCloseAsInconsistent_andNothingIsWritten()
      throws SQLException {
    PGSimpleDataSource ds = Reference.copyClosedThroughSecondQuarter("stored_past");
    // both columns agree, but the state says it was decided after the quarter end that continues from it
    store(ds, "P-001", Q2, TierState.builder().from(P001_GOLD).since(LocalDate.parse("2026-10-15"))
        .lastEvaluated(LocalDate.parse("2026-10-15")).build());
    List<String> before = withoutTierStates(LedgerDump.of(ds));

    assertThatThrownBy(() -> Books.close(ds).close(Q3, Books.small())).isInstanceOf(PeriodCloseException.class)
        .hasMessageStartingWith("the stored tier states cannot be continued from: tierStates[\"P-001\"][\"2026-06-30\"].")
        .hasMessageEndingWith(": correct them in tier_state; nothing was written")
        .extracting(e -> ((PeriodCloseException) e).reason()).isEqualTo(PeriodCloseException.Reason.INCONSISTENT);
    assertThat(withoutTierStates(LedgerDump.of(ds))).isEqualTo(before);
  }

  /** The dump's rows but the tier states (which the test edits). */
  private static List<String> withoutTierStates(List<String> dump) {
    return dump.stream().filter(row -> !row.startsWith("tier |")).toList();
  }

  @Test
  void everyKindOfState_readsBackAsStored() {
    TierState grace = TierState.builder().tier(Tier.SILVER).status(TierState.Status.IN_GRACE)
        .since(LocalDate.parse("2025-06-30")).graceEnds(LocalDate.parse("2026-09-30")).lastEvaluated(Q2_END).build();
    TierState provisional = TierState.builder().tier(Tier.GOLD).status(TierState.Status.PROVISIONAL).since(Q2_END)
        .provisionalUntil(LocalDate.parse("2026-12-31")).build();
    TierState overridden = TierState.builder().from(P003_OVERRIDDEN).override(TierOverride.of(Tier.GOLD,
        "strategic account", Q2_END, LocalDate.parse("2027-06-30"))).build();
    for (TierState state : List.of(grace, provisional, overridden, P001_GOLD, TierState.of(Tier.REGISTERED, Q2_END))) {
      assertThat(Json.tierState(Json.text(Json.tree(state)))).isEqualTo(state);
    }
  }

  /** Stores a state as a close would, over the stored one (as an embedder editing its books would). */
  static void store(PGSimpleDataSource ds, String partner, YearQuarter period, TierState state) throws SQLException {
    try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("update tier_state set tier = ?,"
        + " status = ?, since = ?, grace_ends = ?, state = ?::jsonb where partner_id = ? and period = ?")) {
      s.setString(1, state.tier().toString());
      s.setString(2, state.status().name());
      s.setObject(3, state.since());
      s.setObject(4, state.graceEnds().orElse(null));
      s.setString(5, Json.text(Json.tree(state)));
      s.setString(6, partner);
      s.setString(7, period.toString());
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
  }

  private static void execute(PGSimpleDataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection(); var s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static String tier(javax.sql.DataSource ds, String partner, YearQuarter period) throws SQLException {
    return LedgerDump.strings(ds, "select tier || ' ' || status from tier_state where partner_id = '" + partner
        + "' and period = '" + period + "'").get(0);
  }

  private static TierState state(javax.sql.DataSource ds, String partner, YearQuarter period) throws SQLException {
    return Json.tierState(LedgerDump.strings(ds, "select state::text from tier_state where partner_id = '" + partner
        + "' and period = '" + period + "'").get(0));
  }

  private static List<String> entries(javax.sql.DataSource ds, String partner, YearQuarter period)
      throws SQLException {
    return LedgerDump.strings(ds, "select seq || ' ' || entry_date || ' ' || kind || ' ' || amount || ' '"
        + " || coalesce(correction, '-') from commission_entry where partner_id = '" + partner + "' and period = '"
        + period + "' order by seq");
  }
}
