package dev.partneros.examples.prm;

import dev.partneros.attribution.CloseStatus;
import dev.partneros.attribution.TouchKind;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.PartnerType;
import dev.partneros.core.Tier;
import dev.partneros.jdbc.BookReader;
import dev.partneros.portfolio.CancellationKind;
import dev.partneros.portfolio.PartnerStage;
import dev.partneros.portfolio.Portfolio;
import dev.partneros.portfolio.Source;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Reads the PRM's tables ({@link PrmTables}) into the portfolio a period close evaluates: every row
 * known on the period's last day, in id order (a resumed close checks it reads the same book).
 */
public final class PrmBookReader implements BookReader {

  @Override
  public Portfolio read(Connection c, LocalDate knownOn) throws SQLException {
    List<Portfolio.PartnerRow> partners = new ArrayList<>();
    try (ResultSet r = query(c, "select id, name, type, joined, payout_currency, tier, tier_since from prm.partner"
        + " where joined <= ? order by id", knownOn)) {
      while (r.next()) {
        partners.add(new Portfolio.PartnerRow(PartnerId.of(r.getString(1)), r.getString(2),
            PartnerType.valueOf(r.getString(3)), PartnerStage.ACTIVE, Optional.of(day(r, 4)),
            Currency.getInstance(r.getString(5)), Tier.of(r.getString(6)), day(r, 7), Optional.empty(),
            Optional.empty(), Source.csv("prm.partner", r.getRow())));
      }
    }
    List<Portfolio.CertificationRow> certifications = new ArrayList<>();
    try (ResultSet r = query(c, "select partner_id, person, earned_on, valid_until from prm.certification"
        + " where earned_on <= ? order by partner_id, person, earned_on", knownOn)) {
      while (r.next()) {
        certifications.add(new Portfolio.CertificationRow(PartnerId.of(r.getString(1)), r.getString(2), day(r, 3),
            optionalDay(r, 4), Optional.empty(), Source.csv("prm.certification", r.getRow())));
      }
    }
    List<Portfolio.DealRow> deals = new ArrayList<>();
    List<Portfolio.TouchRow> touches = new ArrayList<>();
    List<Portfolio.RegistrationRow> registrations = new ArrayList<>();
    List<Portfolio.CancellationRow> cancellations = new ArrayList<>();
    try (ResultSet r = query(c, "select id, partner_id, account, amount, currency, created, status, closed,"
        + " customer_start, product, touch_kind, touched_on, registered_on, cancelled_on, cancel_reason"
        + " from prm.deal where created <= ? order by id", knownOn)) {
      while (r.next()) {
        String id = r.getString(1);
        PartnerId partner = PartnerId.of(r.getString(2));
        Source source = Source.csv("prm.deal", r.getRow());
        deals.add(new Portfolio.DealRow(id, r.getString(3), Money.of(r.getBigDecimal(4),
            Currency.getInstance(r.getString(5))), day(r, 6), Optional.empty(), CloseStatus.valueOf(r.getString(7)),
            optionalDay(r, 8), optionalDay(r, 9), Optional.empty(), new TreeSet<>(),
            Optional.ofNullable(r.getString(10)), source));
        TouchKind kind = TouchKind.valueOf(r.getString(11));
        touches.add(new Portfolio.TouchRow(id, partner, day(r, 12), kind, kind == TouchKind.REFERRAL, true, source));
        optionalDay(r, 13).ifPresent(d -> registrations.add(new Portfolio.RegistrationRow(id, partner, d,
            Optional.empty(), source)));
        Optional<LocalDate> cancelled = optionalDay(r, 14);
        if (cancelled.isPresent() && !cancelled.get().isAfter(knownOn)) {
          cancellations.add(new Portfolio.CancellationRow(id, cancelled.get(), CancellationKind.CANCELLATION,
              Optional.empty(), Optional.empty(), Optional.ofNullable(r.getString(15)), source));
        }
      }
    }
    List<Portfolio.PaymentRow> payments = new ArrayList<>();
    try (ResultSet r = query(c, "select p.deal_id, p.paid_on, p.amount, d.currency from prm.payment p"
        + " join prm.deal d on d.id = p.deal_id where p.paid_on <= ? order by p.deal_id, p.paid_on", knownOn)) {
      while (r.next()) {
        payments.add(new Portfolio.PaymentRow(r.getString(1), day(r, 2), Money.of(r.getBigDecimal(3),
            Currency.getInstance(r.getString(4))), Source.csv("prm.payment", r.getRow())));
      }
    }
    List<Portfolio.MdfRequestRow> requests = new ArrayList<>();
    try (ResultSet r = query(c, "select m.id, m.partner_id, m.submitted, m.amount, p.payout_currency, m.use,"
        + " m.activity_date from prm.mdf_request m join prm.partner p on p.id = m.partner_id"
        + " where m.submitted <= ? order by m.id", knownOn)) {
      while (r.next()) {
        requests.add(new Portfolio.MdfRequestRow(r.getString(1), PartnerId.of(r.getString(2)), day(r, 3),
            Money.of(r.getBigDecimal(4), Currency.getInstance(r.getString(5))), r.getString(6), optionalDay(r, 7),
            false, Source.csv("prm.mdf_request", r.getRow())));
      }
    }
    return new Portfolio(partners, List.of(), certifications, deals, touches, registrations, payments, cancellations,
        requests, List.of(), List.of(), List.of());
  }

  private static ResultSet query(Connection c, String sql, LocalDate knownOn) throws SQLException {
    PreparedStatement s = c.prepareStatement(sql);
    try {
      s.closeOnCompletion();
      s.setDate(1, Date.valueOf(knownOn));
      return s.executeQuery();
    } catch (SQLException | RuntimeException e) {
      try {
        s.close();
      } catch (SQLException closeFailed) {
        e.addSuppressed(closeFailed);
      }
      throw e;
    }
  }

  private static LocalDate day(ResultSet r, int column) throws SQLException {
    return r.getDate(column).toLocalDate();
  }

  private static Optional<LocalDate> optionalDay(ResultSet r, int column) throws SQLException {
    Date d = r.getDate(column);
    return d == null ? Optional.empty() : Optional.of(d.toLocalDate());
  }
}
