package dev.partneros.examples.prm;

import dev.partneros.core.PartnerId;
import dev.partneros.portfolio.CancellationKind;
import dev.partneros.portfolio.Portfolio;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The PRM's own tables, in the schema {@code prm}: partners, their people's certifications, deals
 * (one partner per deal, its touch and registration on the deal's row, a cancellation as the
 * deal's {@code cancelled_on}), payments and MDF requests. Filled once from the
 * sample book's partners P-001 to P-008.
 */
public final class PrmTables {

  private static final String SCHEMA = """
      create schema if not exists prm;
      create table if not exists prm.partner (
        id text primary key, name text not null, type text not null, joined date not null,
        payout_currency char(3) not null, tier text not null, tier_since date not null);
      create table if not exists prm.deal (
        id text primary key, partner_id text not null references prm.partner, account text not null,
        amount numeric(19,2) not null, currency char(3) not null, created date not null, status text not null,
        closed date, customer_start date, product text, touch_kind text not null, touched_on date not null,
        registered_on date, cancelled_on date, cancel_reason text);
      create table if not exists prm.payment (
        deal_id text not null references prm.deal, paid_on date not null, amount numeric(19,2) not null,
        primary key (deal_id, paid_on));
      create table if not exists prm.certification (
        partner_id text not null references prm.partner, person text not null, earned_on date not null,
        valid_until date, primary key (partner_id, person, earned_on));
      create table if not exists prm.mdf_request (
        id text primary key, partner_id text not null references prm.partner, submitted date not null,
        amount numeric(19,2) not null, use text not null, activity_date date);
      """;

  private PrmTables() {}

  /**
   * Creates the tables if missing and fills them from the sample book if empty.
   *
   * @param c a connection in auto-commit mode
   * @param sample the sample book
   * @return whether the tables were filled now
   * @throws SQLException on a database error
   */
  public static boolean createAndFill(Connection c, Portfolio sample) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(SCHEMA);
      try (ResultSet r = s.executeQuery("select count(*) from prm.partner")) {
        r.next();
        if (r.getLong(1) > 0) {
          return false;
        }
      }
    }
    Set<PartnerId> kept = sample.partners().stream().map(Portfolio.PartnerRow::id)
        .filter(id -> id.value().compareTo("P-009") < 0).collect(Collectors.toSet());
    try (PreparedStatement p = c.prepareStatement("insert into prm.partner values (?, ?, ?, ?, ?, ?, ?)")) {
      for (Portfolio.PartnerRow row : sample.partners()) {
        if (kept.contains(row.id()) && row.isActive()) {
          p.setString(1, row.id().value());
          p.setString(2, row.name());
          p.setString(3, row.type().name());
          p.setDate(4, Date.valueOf(row.joined().orElseThrow()));
          p.setString(5, row.payoutCurrency().getCurrencyCode());
          p.setString(6, row.tier().toString());
          p.setDate(7, Date.valueOf(row.tierSince()));
          p.addBatch();
        }
      }
      p.executeBatch();
    }
    Map<String, Portfolio.TouchRow> firstTouch = new HashMap<>();
    sample.touches().forEach(t -> firstTouch.putIfAbsent(t.deal(), t));
    Map<String, Portfolio.CancellationRow> cancelled = new HashMap<>();
    sample.cancellations().stream().filter(x -> x.kind() == CancellationKind.CANCELLATION)
        .forEach(x -> cancelled.put(x.deal(), x));
    Set<String> deals = new java.util.HashSet<>();
    try (PreparedStatement d = c.prepareStatement("insert into prm.deal values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Portfolio.DealRow row : sample.deals()) {
        Portfolio.TouchRow touch = firstTouch.get(row.id());
        if (touch == null || !kept.contains(touch.partner())) {
          continue;
        }
        Optional<Portfolio.RegistrationRow> registration = sample.registrations().stream()
            .filter(r -> r.deal().equals(row.id()) && r.partner().equals(touch.partner())).findFirst();
        Optional<Portfolio.CancellationRow> cancel = Optional.ofNullable(cancelled.get(row.id()));
        d.setString(1, row.id());
        d.setString(2, touch.partner().value());
        d.setString(3, row.account());
        d.setBigDecimal(4, row.amount().amount());
        d.setString(5, row.amount().currency().getCurrencyCode());
        d.setDate(6, Date.valueOf(row.created()));
        d.setString(7, row.status().name());
        d.setDate(8, row.closed().map(Date::valueOf).orElse(null));
        d.setDate(9, row.customerStart().map(Date::valueOf).orElse(null));
        d.setString(10, row.product().orElse(null));
        d.setString(11, touch.kind().name());
        d.setDate(12, Date.valueOf(touch.date()));
        d.setDate(13, registration.map(r -> Date.valueOf(r.date())).orElse(null));
        d.setDate(14, cancel.map(x -> Date.valueOf(x.effective())).orElse(null));
        d.setString(15, cancel.flatMap(Portfolio.CancellationRow::reason).orElse(null));
        d.addBatch();
        deals.add(row.id());
      }
      d.executeBatch();
    }
    try (PreparedStatement p = c.prepareStatement("insert into prm.payment values (?, ?, ?)")) {
      for (Portfolio.PaymentRow row : sample.payments()) {
        if (deals.contains(row.deal())) {
          p.setString(1, row.deal());
          p.setDate(2, Date.valueOf(row.date()));
          p.setBigDecimal(3, row.amount().amount());
          p.addBatch();
        }
      }
      p.executeBatch();
    }
    try (PreparedStatement p = c.prepareStatement("insert into prm.certification values (?, ?, ?, ?)")) {
      for (Portfolio.CertificationRow row : sample.certifications()) {
        if (kept.contains(row.partner())) {
          p.setString(1, row.partner().value());
          p.setString(2, row.person());
          p.setDate(3, Date.valueOf(row.earnedOn()));
          p.setDate(4, row.validUntil().map(Date::valueOf).orElse(null));
          p.addBatch();
        }
      }
      p.executeBatch();
    }
    try (PreparedStatement m = c.prepareStatement("insert into prm.mdf_request values (?, ?, ?, ?, ?, ?)")) {
      for (Portfolio.MdfRequestRow row : sample.mdfRequests()) {
        if (kept.contains(row.partner())) {
          m.setString(1, row.id());
          m.setString(2, row.partner().value());
          m.setDate(3, Date.valueOf(row.submitted()));
          m.setBigDecimal(4, row.amount().amount());
          m.setString(5, row.use());
          m.setDate(6, row.activityDate().map(Date::valueOf).orElse(null));
          m.addBatch();
        }
      }
      m.executeBatch();
    }
    return true;
  }
}
