package dev.partneros.jdbc;

import dev.partneros.core.PartnerId;
import dev.partneros.core.ProgramHistory;
import dev.partneros.core.YearQuarter;
import dev.partneros.portfolio.Portfolio;
import dev.partneros.portfolio.SampleBook;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/** The books the tests close: the sample book, and a part of it small enough to close many times. */
final class Books {

  /** The first quarter the tests close. */
  static final YearQuarter FIRST = YearQuarter.of(2026, 1);

  /** The last quarter of the sample book. */
  static final YearQuarter LAST = YearQuarter.of(2027, 4);

  private static final ProgramHistory HISTORY = SampleBook.history();
  private static final Portfolio SAMPLE = SampleBook.portfolio();
  private static final Portfolio SMALL = part(SAMPLE);

  private Books() {}

  static ProgramHistory history() {
    return HISTORY;
  }

  /** The sample book (read once). */
  static Portfolio sample() {
    return SAMPLE;
  }

  /** The sample book's partners P-001 to P-012 with their own rows and the deals they are on. */
  static Portfolio small() {
    return SMALL;
  }

  private static Portfolio part(Portfolio all) {
    Set<PartnerId> kept = all.partners().stream().map(Portfolio.PartnerRow::id)
        .filter(id -> id.value().compareTo("P-013") < 0).collect(Collectors.toSet());
    Set<String> deals = new java.util.HashSet<>();
    all.touches().stream().filter(t -> kept.contains(t.partner())).forEach(t -> deals.add(t.deal()));
    all.registrations().stream().filter(r -> kept.contains(r.partner())).forEach(r -> deals.add(r.deal()));
    return new Portfolio(
        all.partners().stream().filter(p -> kept.contains(p.id())).toList(),
        all.metrics().stream().filter(m -> kept.contains(m.partner())).toList(),
        all.certifications().stream().filter(c -> kept.contains(c.partner())).toList(),
        all.deals().stream().filter(d -> deals.contains(d.id())).toList(),
        all.touches().stream().filter(t -> kept.contains(t.partner())).toList(),
        all.registrations().stream().filter(r -> kept.contains(r.partner())).toList(),
        all.payments().stream().filter(p -> deals.contains(p.deal())).toList(),
        all.cancellations().stream().filter(c -> deals.contains(c.deal())
            && c.partner().map(kept::contains).orElse(true)).toList(),
        all.mdfRequests().stream().filter(m -> kept.contains(m.partner())).toList(),
        all.ratings().stream().filter(r -> kept.contains(r.partner())).toList(),
        all.checklist(), all.fxRates());
  }

  /** Closes every quarter from the first to the last given, in order; the results. */
  static List<CloseResult> closeThrough(PeriodClose close, Portfolio book, YearQuarter last) {
    List<CloseResult> results = new ArrayList<>();
    for (YearQuarter q = FIRST; !q.isAfter(last); q = q.next()) {
      results.add(close.close(q, book));
    }
    return results;
  }

  /** A close of the small book, four partners a batch. */
  static PeriodClose close(DataSource ds) {
    return PeriodClose.of(ds, history()).withBatchSize(4);
  }
}
