package dev.partneros.jdbc.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partneros.attribution.commission.PeriodStatement;
import dev.partneros.core.PartnerId;
import dev.partneros.portfolio.MdfOutcome;
import dev.partneros.portfolio.TimelineEntry;
import dev.partneros.tiers.TierDecision;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The SQL of one partner's close, over one connection the caller owns (it commits): the commission
 * entries and payouts, the statement, the tier state, the MDF entries and the partner's
 * {@code closed_partner} row. Nothing here commits, rolls back or closes the connection.
 */
public final class CloseStore {

  /**
   * A stored MDF entry still in force.
   *
   * @param id the entry id
   * @param requestId the request
   * @param seq the entry's number for its request
   * @param requested the amount requested
   * @param granted the amount granted
   * @param currency the currency's code
   * @param outcome the decision's outcome
   * @param version the program version that decided it
   * @param correction {@code LATE}, {@code REVERSAL} or null
   */
  public record StoredMdf(long id, String requestId, int seq, BigDecimal requested, BigDecimal granted,
      String currency, String outcome, String version, String correction) {}

  private final Connection c;

  /**
   * Wraps a connection.
   *
   * @param connection the connection
   */
  public CloseStore(Connection connection) {
    this.c = connection;
  }

  /**
   * Records a partner committed by a batch.
   *
   * @param run the run id
   * @param partner the partner
   * @param batch the batch number
   * @throws SQLException on a database error
   */
  public void insertClosedPartner(long run, PartnerId partner, int batch) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("insert into closed_partner (run_id, partner_id, batch) values (?, ?, ?)")) {
      s.setLong(1, run);
      s.setString(2, partner.toString());
      s.setInt(3, batch);
      s.executeUpdate();
    }
  }

  /**
   * Returns a partner's stored commission entries, in id order.
   *
   * @param partner the partner
   * @return never null
   * @throws SQLException on a database error
   */
  public List<StoredEntry> commissionEntries(PartnerId partner) throws SQLException {
    return rows("select entry_id, entry_date, kind, amount, line_id, correction, reverses, currency"
        + " from commission_entry where partner_id = ? order by entry_id", partner,
        r -> new StoredEntry(r.getLong(1), r.getDate(2).toLocalDate(), r.getString(3), r.getBigDecimal(4),
            java.util.Currency.getInstance(r.getString(8)), Optional.ofNullable(r.getString(5)),
            Optional.ofNullable(r.getString(6)), Optional.ofNullable(r.getObject(7, Long.class))));
  }


  /**
   * Writes a commission entry and, for a payout that is not a reversal, its payout.
   *
   * @param run the run id
   * @param period the period's text
   * @param partner the partner
   * @param seq the entry's number in the partner's period
   * @param e the entry
   * @return whether a payout was written
   * @throws SQLException on a database error
   */
  public boolean insertEntry(long run, String period, PartnerId partner, int seq, BookedEntry e) throws SQLException {
    long id;
    try (PreparedStatement s = c.prepareStatement("insert into commission_entry (run_id, period, partner_id, seq,"
        + " entry_date, kind, amount, currency, effect, line_id, deal_id, program_version, correction, reverses,"
        + " explanation) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb) returning entry_id")) {
      s.setLong(1, run);
      s.setString(2, period);
      s.setString(3, partner.toString());
      s.setInt(4, seq);
      s.setDate(5, Date.valueOf(e.entry().date()));
      s.setString(6, e.entry().kind().name());
      s.setBigDecimal(7, e.entry().amount().amount());
      s.setString(8, e.entry().amount().currency().getCurrencyCode());
      s.setBigDecimal(9, e.effect());
      s.setString(10, e.entry().lineId().orElse(null));
      s.setString(11, e.dealId().orElse(null));
      s.setString(12, e.version());
      s.setString(13, e.correction().orElse(null));
      if (e.reverses().isPresent()) {
        s.setLong(14, e.reverses().get());
      } else {
        s.setNull(14, Types.BIGINT);
      }
      s.setString(15, Json.text(e.explanation()));
      try (ResultSet r = s.executeQuery()) {
        r.next();
        id = r.getLong(1);
      }
    }
    if (e.entry().kind() != dev.partneros.attribution.commission.LedgerEntry.Kind.PAYOUT || e.reverses().isPresent()) {
      return false;
    }
    try (PreparedStatement s = c.prepareStatement("insert into payout (run_id, period, partner_id, paid_on, amount,"
        + " currency, entry_id, program_version, explanation) values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)")) {
      s.setLong(1, run);
      s.setString(2, period);
      s.setString(3, partner.toString());
      s.setDate(4, Date.valueOf(e.entry().date()));
      s.setBigDecimal(5, e.entry().amount().amount());
      s.setString(6, e.entry().amount().currency().getCurrencyCode());
      s.setLong(7, id);
      s.setString(8, e.version());
      s.setString(9, Json.text(e.explanation()));
      s.executeUpdate();
    }
    return true;
  }

  /**
   * Writes a partner's commission statement of the period.
   *
   * @param run the run id
   * @param period the period's text
   * @param st the statement
   * @param paid what was paid in the period
   * @throws SQLException on a database error
   */
  public void insertStatement(long run, String period, PeriodStatement st, BigDecimal paid) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("insert into commission_statement (partner_id, period, run_id,"
        + " currency, opening, closing, accrued, payable_now, carried_debit, carried_forward, paid)"
        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      s.setString(1, st.partner().toString());
      s.setString(2, period);
      s.setLong(3, run);
      s.setString(4, st.closing().currency().getCurrencyCode());
      s.setBigDecimal(5, st.opening().amount());
      s.setBigDecimal(6, st.closing().amount());
      s.setBigDecimal(7, st.accrued().amount());
      s.setBigDecimal(8, st.payableNow().amount());
      s.setBigDecimal(9, st.carriedDebit().amount());
      s.setBigDecimal(10, st.carriedForward().amount());
      s.setBigDecimal(11, paid);
      s.executeUpdate();
    }
  }

  /**
   * Returns a partner's stored tier state at a period's end.
   *
   * @param partner the partner
   * @param period the period's text
   * @return the stored state's JSON, or empty
   * @throws SQLException on a database error
   */
  public Optional<String> tierState(PartnerId partner, String period) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("select state::text from tier_state where partner_id = ? and period = ?")) {
      s.setString(1, partner.toString());
      s.setString(2, period);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
      }
    }
  }

  /**
   * Writes a partner's tier decision at the period's end.
   *
   * @param run the run id
   * @param period the period's text
   * @param partner the partner
   * @param t the timeline entry
   * @param state the state's JSON
   * @throws SQLException on a database error
   */
  public void insertTierState(long run, String period, PartnerId partner, TimelineEntry t, JsonNode state)
      throws SQLException {
    TierDecision d = t.decision();
    try (PreparedStatement s = c.prepareStatement("insert into tier_state (partner_id, period, run_id, program_version,"
        + " quarter_end, tier, status, since, grace_ends, transition, state, explanation)"
        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)")) {
      s.setString(1, partner.toString());
      s.setString(2, period);
      s.setLong(3, run);
      s.setString(4, t.version());
      s.setDate(5, Date.valueOf(t.quarterEnd()));
      s.setString(6, d.tier().toString());
      s.setString(7, d.status().name());
      s.setDate(8, Date.valueOf(d.state().since()));
      s.setDate(9, d.graceEnd().map(Date::valueOf).orElse(null));
      s.setString(10, d.transition().map(Enum::name).orElse(null));
      s.setString(11, Json.text(state));
      s.setString(12, Json.text(Json.tree(d.explanation())));
      s.executeUpdate();
    }
  }

  /**
   * Returns a partner's stored MDF entries in force (the last of each request), in request id order.
   *
   * @param partner the partner
   * @return never null
   * @throws SQLException on a database error
   */
  public List<StoredMdf> mdfEntries(PartnerId partner) throws SQLException {
    return rows("select distinct on (request_id) entry_id, request_id, seq, requested,"
        + " granted, currency, outcome, program_version, correction from mdf_entry where partner_id = ?"
        + " order by request_id, seq desc", partner,
        r -> new StoredMdf(r.getLong(1), r.getString(2), r.getInt(3), r.getBigDecimal(4), r.getBigDecimal(5),
            r.getString(6), r.getString(7), r.getString(8), r.getString(9)));
  }

  /** Reads one value from the current row of a result. */
  private interface Row<T> {
    T read(ResultSet r) throws SQLException;
  }

  /** Runs a query over one partner's rows and reads each row. */
  private <T> List<T> rows(String sql, PartnerId partner, Row<T> row) throws SQLException {
    List<T> out = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, partner.toString());
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(row.read(r));
        }
      }
    }
    return out;
  }


  /**
   * Writes an MDF entry.
   *
   * @param run the run id
   * @param period the period's text
   * @param partner the partner
   * @param seq the entry's number for its request
   * @param submitted the request's submission day
   * @param d the decision
   * @param granted the amount granted (negated for a reversal)
   * @param correction {@code LATE}, {@code REVERSAL} or null
   * @param explanation the explanation
   * @throws SQLException on a database error
   */
  public void insertMdf(long run, String period, PartnerId partner, int seq, LocalDate submitted,
      MdfOutcome.RequestDecision d, BigDecimal granted, String correction, JsonNode explanation) throws SQLException {
    insertMdf(run, period, partner, d.requestId(), seq, submitted, d.requested().amount(), granted,
        d.granted().currency().getCurrencyCode(), d.outcome(), d.version(), correction, explanation);
  }

  /**
   * Writes the {@code REVERSAL} of a stored MDF entry: the reversed decision's request, outcome,
   * currency and program version, with its grant negated.
   *
   * @param run the run id
   * @param period the period's text
   * @param partner the partner
   * @param submitted the request's submission day
   * @param reversed the entry reversed
   * @param explanation the explanation
   * @throws SQLException on a database error
   */
  public void insertMdfReversal(long run, String period, PartnerId partner, LocalDate submitted, StoredMdf reversed,
      JsonNode explanation) throws SQLException {
    insertMdf(run, period, partner, reversed.requestId(), reversed.seq() + 1, submitted, reversed.requested(),
        reversed.granted().negate(), reversed.currency(), reversed.outcome(), reversed.version(), "REVERSAL",
        explanation);
  }

  private void insertMdf(long run, String period, PartnerId partner, String requestId, int seq, LocalDate submitted,
      BigDecimal requested, BigDecimal granted, String currency, String outcome, String version, String correction,
      JsonNode explanation) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("insert into mdf_entry (run_id, period, partner_id, request_id, seq,"
        + " submitted, requested, granted, currency, outcome, program_version, correction, explanation)"
        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)")) {
      s.setLong(1, run);
      s.setString(2, period);
      s.setString(3, partner.toString());
      s.setString(4, requestId);
      s.setInt(5, seq);
      s.setDate(6, Date.valueOf(submitted));
      s.setBigDecimal(7, requested);
      s.setBigDecimal(8, granted);
      s.setString(9, currency);
      s.setString(10, outcome);
      s.setString(11, version);
      s.setString(12, correction);
      s.setString(13, Json.text(explanation));
      s.executeUpdate();
    }
  }

}
