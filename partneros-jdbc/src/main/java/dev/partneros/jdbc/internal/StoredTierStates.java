package dev.partneros.jdbc.internal;

import dev.partneros.core.PartnerId;
import dev.partneros.core.PartnerOsException;
import dev.partneros.jdbc.PeriodCloseException;
import dev.partneros.portfolio.KnownTierStates;
import dev.partneros.tiers.TierState;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the tier states stored by the closed periods ({@code tier_state}) back into the
 * {@link KnownTierStates} a close evaluates with: each partner's engine state ({@code state}, as
 * {@link Json} wrote it) at each closed quarter end, in one query on the caller's connection and
 * transaction.
 */
public final class StoredTierStates {

  private StoredTierStates() {}

  /**
   * Reads the stored states of some partners at the quarter ends up to a day.
   *
   * @param c the connection, inside the caller's transaction (nothing is committed)
   * @param partners the book's partners
   * @param through the last closed quarter's end
   * @return never null
   * @throws SQLException on a database error
   * @throws PeriodCloseException ({@code INCONSISTENT}) if a stored state cannot be read back, or its
   *     {@code tier} or {@code status} column says otherwise than the state
   */
  public static KnownTierStates read(Connection c, Collection<PartnerId> partners, LocalDate through)
      throws SQLException {
    Map<PartnerId, Map<LocalDate, TierState>> states = new TreeMap<>();
    Array ids = c.createArrayOf("text", partners.stream().map(PartnerId::value).toArray());
    try (PreparedStatement s = c.prepareStatement("select partner_id, period, quarter_end, tier, status, state::text"
        + " from tier_state where quarter_end <= ? and partner_id = any(?) order by partner_id, quarter_end")) {
      s.setDate(1, Date.valueOf(through));
      s.setArray(2, ids);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          String where = "the stored tier state of partner " + r.getString(1) + " for " + r.getString(2);
          TierState state = parse(r.getString(6), where);
          if (!state.tier().toString().equals(r.getString(4)) || !state.status().name().equals(r.getString(5))) {
            throw new PeriodCloseException(PeriodCloseException.Reason.INCONSISTENT, where + " says " + r.getString(4)
                + " " + r.getString(5) + " in its columns tier and status, but " + state.tier() + " " + state.status()
                + " in its column state, which the next quarter continues from: store the same in both; nothing"
                + " was written");
          }
          states.computeIfAbsent(PartnerId.of(r.getString(1)), k -> new TreeMap<>())
              .put(r.getDate(3).toLocalDate(), state);
        }
      }
    } finally {
      ids.free();
    }
    return KnownTierStates.of(states);
  }

  private static TierState parse(String json, String where) {
    try {
      return Json.tierState(json);
    } catch (IllegalStateException | PartnerOsException e) {
      throw new PeriodCloseException(PeriodCloseException.Reason.INCONSISTENT, where + " cannot be read back as a tier "
          + "state (" + e.getMessage() + "): correct its column state; nothing was written", e);
    }
  }
}
