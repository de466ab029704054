package dev.partneros.portfolio;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.partneros.core.Money;
import dev.partneros.portfolio.Portfolio.CancellationRow;
import dev.partneros.portfolio.Portfolio.CertificationRow;
import dev.partneros.portfolio.Portfolio.DealRow;
import dev.partneros.portfolio.Portfolio.MdfRequestRow;
import dev.partneros.portfolio.Portfolio.MetricsRow;
import dev.partneros.portfolio.Portfolio.PartnerRow;
import dev.partneros.portfolio.Portfolio.PaymentRow;
import dev.partneros.portfolio.Portfolio.RatingRow;
import dev.partneros.portfolio.Portfolio.RegistrationRow;
import dev.partneros.portfolio.Portfolio.TouchRow;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes a portfolio in the input format of {@link PortfolioTable}, as CSV files or one JSON
 * document, so that {@link PortfolioReader} reads it back to the same rows. Used by the
 * {@code generate} command. Every table is written, with its full header, even when empty.
 * {@link PortfolioStreamWriter} writes the same bytes into files, a part of the portfolio at a time.
 *
 * <p>CSV cells are written verbatim (quoted where needed, RFC 4180): this is input, not a report, so
 * no spreadsheet-formula neutralising is applied (it would change the values read back).
 *
 * <p>Stateless; thread-safe.
 */
public final class PortfolioWriter {

  private PortfolioWriter() {}

  /**
   * Renders every table as CSV text, keyed by file name.
   *
   * @param portfolio the portfolio, not null
   * @return the files in table order, never null
   */
  public static Map<String, String> csv(Portfolio portfolio) {
    requireNonNull(portfolio, "portfolio");
    Map<String, String> files = new LinkedHashMap<>();
    rows(portfolio).forEach((table, rows) -> {
      StringBuilder out = new StringBuilder(line(table.columns()));
      rows.forEach(r -> out.append(line(r)));
      files.put(table.fileName(), out.toString());
    });
    return files;
  }

  /**
   * Renders the portfolio as one JSON document: one array of row objects per table, empty cells
   * left out.
   *
   * @param portfolio the portfolio, not null
   * @return never null
   */
  public static String json(Portfolio portfolio) {
    requireNonNull(portfolio, "portfolio");
    StringWriter text = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      for (Map.Entry<PortfolioTable, List<List<String>>> table : rows(portfolio).entrySet()) {
        json.writeArrayFieldStart(table.getKey().tableName());
        for (List<String> row : table.getValue()) {
          jsonRow(json, table.getKey(), row);
        }
        json.writeEndArray();
      }
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString() + "\n";
  }

  /** Writes one row as a JSON object, empty cells left out. */
  static void jsonRow(JsonGenerator json, PortfolioTable table, List<String> row) throws IOException {
    List<String> columns = table.columns();
    json.writeStartObject();
    for (int i = 0; i < row.size(); i++) {
      if (!row.get(i).isEmpty()) {
        json.writeStringField(columns.get(i), row.get(i));
      }
    }
    json.writeEndObject();
  }

  /** Renders one CSV line, ending in a line feed, quoting cells where needed. */
  static String line(List<String> cells) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      if (i > 0) {
        out.append(',');
      }
      boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
          || cell.indexOf('\r') >= 0;
      out.append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
    }
    return out.append('\n').toString();
  }

  /** Renders every table's rows as cells, in table order (the order of {@link PortfolioTable}). */
  static Map<PortfolioTable, List<List<String>>> rows(Portfolio p) {
    Map<PortfolioTable, List<List<String>>> tables = new LinkedHashMap<>();
    tables.put(PortfolioTable.PARTNERS, map(p.partners(), PortfolioWriter::partner));
    tables.put(PortfolioTable.METRICS, map(p.metrics(), PortfolioWriter::metrics));
    tables.put(PortfolioTable.CERTIFICATIONS, map(p.certifications(), c -> List.of(c.partner().value(), c.person(),
        c.earnedOn().toString(), opt(c.validUntil()), opt(c.credential()))));
    tables.put(PortfolioTable.DEALS, map(p.deals(), PortfolioWriter::deal));
    tables.put(PortfolioTable.TOUCHES, map(p.touches(), PortfolioWriter::touch));
    tables.put(PortfolioTable.REGISTRATIONS, map(p.registrations(), PortfolioWriter::registration));
    tables.put(PortfolioTable.PAYMENTS, map(p.payments(), PortfolioWriter::payment));
    tables.put(PortfolioTable.CANCELLATIONS, map(p.cancellations(), PortfolioWriter::cancellation));
    tables.put(PortfolioTable.MDF_REQUESTS, map(p.mdfRequests(), PortfolioWriter::request));
    tables.put(PortfolioTable.RATINGS, map(p.ratings(), PortfolioWriter::rating));
    tables.put(PortfolioTable.CHECKLIST, map(p.checklist(), c -> List.of(c.item())));
    tables.put(PortfolioTable.FX_RATES, map(p.fxRates(), f -> List.of(f.from().getCurrencyCode(),
        f.to().getCurrencyCode(), f.date().toString(), f.rate().toPlainString(), f.source())));
    return tables;
  }

  private static <T> List<List<String>> map(List<T> rows, java.util.function.Function<T, List<String>> cells) {
    return rows.stream().map(cells).collect(Collectors.toList());
  }

  private static List<String> partner(PartnerRow p) {
    return List.of(p.id().value(), p.name(), p.type().name(), opt(p.joined()), p.stage().name(),
        p.payoutCurrency().getCurrencyCode(), p.isActive() ? p.tier().name() : "",
        p.isActive() ? p.tierSince().toString() : "", p.minimumPayout().map(PortfolioWriter::money).orElse(""),
        p.customRebateRate().map(r -> r.value().toPlainString()).orElse(""));
  }

  private static List<String> metrics(MetricsRow m) {
    return List.of(m.partner().value(), m.quarter().toString(), money(m.revenue()),
        Integer.toString(m.dealsRegistered()), m.strategicFit().name(),
        m.priorYearRevenue().map(PortfolioWriter::money).orElse(""), opt(m.engagement()), opt(m.portalActiveDays()), opt(m.nps()),
        Integer.toString(m.qualifiedReferrals()), Integer.toString(m.qbrsPlanned()), Integer.toString(m.qbrsHeld()),
        Integer.toString(m.trainingsAssigned()), Integer.toString(m.trainingsCompleted()));
  }

  private static List<String> deal(DealRow d) {
    return List.of(d.id(), d.account(), money(d.amount()), d.created().toString(), d.status().name(),
        opt(d.firstContact()), opt(d.closed()), opt(d.customerStart()), opt(d.directEngagement()),
        d.dependentOn().stream().map(Object::toString).collect(Collectors.joining(";")), opt(d.product()));
  }

  private static List<String> touch(TouchRow t) {
    return List.of(t.deal(), t.partner().value(), t.date().toString(), t.kind().name(),
        Boolean.toString(t.channelLead()), Boolean.toString(t.documented()));
  }

  private static List<String> registration(RegistrationRow r) {
    return List.of(r.deal(), r.partner().value(), r.date().toString(), opt(r.protectionDays()));
  }

  private static List<String> payment(PaymentRow p) {
    return List.of(p.deal(), p.date().toString(), money(p.amount()));
  }

  private static List<String> cancellation(CancellationRow c) {
    return List.of(c.deal(), c.effective().toString(), c.kind().name(), c.amount().map(PortfolioWriter::money)
        .orElse(""), opt(c.partner()), opt(c.reason()));
  }

  private static List<String> request(MdfRequestRow r) {
    return List.of(r.id(), r.partner().value(), r.submitted().toString(), money(r.amount()), r.use(),
        opt(r.activityDate()), Boolean.toString(r.roiReportOverdue()));
  }

  private static List<String> rating(RatingRow r) {
    return List.of(r.partner().value(), r.kind().name(), r.criterion(), r.value(), opt(r.subCriterion()),
        opt(r.evidence()));
  }

  private static String money(Money money) {
    return money.amount().toPlainString();
  }

  private static String opt(Optional<?> value) {
    return value.map(Object::toString).orElse("");
  }

  /**
   * Returns the header and rows of a table (for tests and documentation).
   *
   * @param portfolio the portfolio, not null
   * @param table the table, not null
   * @return the rows' cells, never null
   */
  public static List<List<String>> cells(Portfolio portfolio, PortfolioTable table) {
    return new ArrayList<>(rows(portfolio).get(table));
  }

}
