package dev.partneros.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.attribution.commission.CommissionResult;
import dev.partneros.attribution.commission.LedgerEntry;
import dev.partneros.attribution.commission.PartnerBalance;
import dev.partneros.core.PartnerId;
import dev.partneros.core.YearQuarter;
import dev.partneros.jdbc.internal.StoredTierStates;
import dev.partneros.portfolio.AttributionCommissionModule;
import dev.partneros.portfolio.KnownTierStates;
import dev.partneros.portfolio.ModuleContext;
import dev.partneros.portfolio.PartnerResult;
import dev.partneros.portfolio.Portfolio;
import dev.partneros.portfolio.PortfolioEvaluation;
import dev.partneros.portfolio.PortfolioEvaluator;
import dev.partneros.portfolio.TiersMdfModule;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Money is conserved in the database: ledgers equal the engines', payouts never exceed the payable")
class ConservationTest {

  @Test
  void smallBook_fourQuarters_ledgersEqualTheEngines() throws SQLException {
    check(Reference.halfDatabase(), Books.small(), Reference.HALF);
  }

  @Test
  @Tag("long")
  void smallBook_eightQuarters_ledgersEqualTheEngines() throws SQLException {
    check(Reference.database(), Books.small(), Books.LAST);
  }

  @Test
  @Tag("long")
  void sampleBook_eightQuarters_ledgersEqualTheEngines() throws SQLException {
    DataSource ds = TestDatabases.migrated("sample");
    Books.closeThrough(PeriodClose.of(ds, Books.history()), Books.sample(), Books.LAST);
    check(ds, Books.sample(), Books.LAST);
  }

  /** The entries in force: neither a reversal nor reversed. */
  static final String IN_FORCE = "e.correction is distinct from 'REVERSAL'"
      + " and not exists (select 1 from commission_entry r where r.reverses = e.entry_id)";

  /**
   * Checks a database closed through a quarter against the engines' results on a book as of its
   * last day, continuing from the tier states stored by the quarters before it.
   */
  static void check(DataSource ds, Portfolio book, YearQuarter last) throws SQLException {
    LocalDate end = last.lastDay();
    KnownTierStates known;
    try (Connection c = ds.getConnection()) {
      known = StoredTierStates.read(c, book.partners().stream().map(Portfolio.PartnerRow::id).toList(),
          last.previous().lastDay());
    }
    PortfolioEvaluation evaluation = PortfolioEvaluator.withoutModules().withMdf(TiersMdfModule.withoutPool())
        .evaluate(Books.history(), book, end, known);
    Map<PartnerId, CommissionResult> engine = AttributionCommissionModule.standard()
        .results(new ModuleContext(Books.history(), book, end, evaluation.partners(), evaluation.deals()));
    int payouts = 0;
    try (Connection c = ds.getConnection()) {
      for (PartnerResult p : evaluation.partners()) {
        if (!p.partner().isActive()) {
          continue;
        }
        PartnerId id = p.partner().id();
        PartnerBalance balance = engine.get(id).balance(id);
        List<String> stored = strings(c, "select entry_date || ' ' || kind || ' ' || amount from commission_entry e"
            + " where partner_id = ? and " + IN_FORCE + " order by entry_date, entry_id", id);
        List<String> expected = new ArrayList<>();
        for (LedgerEntry e : engine.get(id).entries(id)) {
          expected.add(e.date() + " " + e.kind() + " " + e.amount().amount().setScale(4));
        }
        assertThat(stored).as("entries of %s", id).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(sum(c, "select coalesce(sum(effect), 0) from commission_entry where partner_id = ?", id))
            .as("balance of %s", id).isEqualByComparingTo(balance.balance().amount());
        assertThat(sum(c, "select coalesce(sum(amount), 0) from payout where partner_id = ?", id))
            .as("paid to %s", id).isEqualByComparingTo(balance.totalPaid().amount());
        payouts += assertPayoutsWithinPayable(c, id);
        assertThat(strings(c, "select tier from tier_state where partner_id = ? and period = '" + last + "'", id))
            .as("tier of %s", id).containsExactly(p.tier().toString());
        if (p.mdf().isPresent()) {
          assertThat(sum(c, "select coalesce(sum(granted), 0) from mdf_entry where partner_id = ?", id))
              .as("MDF granted to %s", id).isEqualByComparingTo(p.mdf().get().granted().amount());
        }
      }
    }
    assertThat(payouts).isPositive();
  }

  /** Replays the stored entries in date order: the net payable never goes below zero at a payout. */
  private static int assertPayoutsWithinPayable(Connection c, PartnerId id) throws SQLException {
    BigDecimal payable = BigDecimal.ZERO;
    int payouts = 0;
    try (PreparedStatement s = c.prepareStatement("select kind, amount from commission_entry e where partner_id = ?"
        + " and " + IN_FORCE + " order by entry_date, case kind when 'PAYOUT' then 1 else 0 end, entry_id")) {
      s.setString(1, id.value());
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          LedgerEntry.Kind kind = LedgerEntry.Kind.valueOf(r.getString(1));
          if (kind == LedgerEntry.Kind.PAYOUT) {
            assertThat(r.getBigDecimal(2)).as("payout to %s", id).isLessThanOrEqualTo(payable);
            payouts++;
          }
          payable = payable.add(r.getBigDecimal(2).multiply(BigDecimal.valueOf(kind.payableSign())));
        }
      }
    }
    return payouts;
  }

  private static List<String> strings(Connection c, String sql, PartnerId id) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, id.value());
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          rows.add(r.getString(1));
        }
      }
    }
    return rows;
  }

  private static BigDecimal sum(Connection c, String sql, PartnerId id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, id.value());
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getBigDecimal(1);
      }
    }
  }
}
