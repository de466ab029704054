package dev.partneros.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.attribution.commission.CommissionResult;
import dev.partneros.attribution.commission.LedgerEntry;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.jdbc.internal.BookedEntry;
import dev.partneros.jdbc.internal.CommissionBooking;
import dev.partneros.jdbc.internal.StoredEntry;
import dev.partneros.portfolio.AttributionCommissionModule;
import dev.partneros.portfolio.ModuleContext;
import dev.partneros.portfolio.PortfolioEvaluation;
import dev.partneros.portfolio.PortfolioEvaluator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The booking law of a close ({@code docs/jdbc.md#what-the-state-at-the-end-of-the-previous-quarter-is}):
 * whatever was stored for the closed quarters (entries missing because a fact came late, entries the
 * engine no longer gives), the entries in force after booking are exactly the engine's.
 */
class CommissionBookingProperties {

  private static final Currency CHF = Currency.getInstance("CHF");
  private static final LocalDate AS_OF = Books.LAST.lastDay();
  private static final Map<PartnerId, CommissionResult> RESULTS = results();

  private static Map<PartnerId, CommissionResult> results() {
    PortfolioEvaluation evaluation = PortfolioEvaluator.withoutModules().evaluate(Books.history(), Books.small(), AS_OF);
    return AttributionCommissionModule.standard().results(new ModuleContext(Books.history(), Books.small(), AS_OF,
        evaluation.partners(), evaluation.deals()));
  }

  @Provide
  Arbitrary<PartnerId> partners() {
    return Arbitraries.of(List.copyOf(RESULTS.keySet()));
  }

  @Property(tries = 1000)
  void inForceAfterBooking_isExactlyTheEngines(@ForAll("partners") PartnerId partner,
      @ForAll @IntRange(min = 0, max = 7) int closedQuarters, @ForAll Random random) {
    CommissionResult result = RESULTS.get(partner);
    Optional<LocalDate> closedThrough = closedQuarters == 0 ? Optional.empty()
        : Optional.of(Books.FIRST.plusQuarters(closedQuarters - 1L).lastDay());
    List<StoredEntry> stored = new ArrayList<>();
    long id = 0;
    for (LedgerEntry e : result.entries(partner)) {
      boolean closed = closedThrough.isPresent() && !e.date().isAfter(closedThrough.get());
      boolean lost = e.kind() != LedgerEntry.Kind.PAYOUT && random.nextInt(4) == 0;   // came late
      if (closed && !lost) {
        stored.add(stored(++id, e.date(), e.kind().name(), e.amount(), e.lineId()));
      }
      if (closed && random.nextInt(5) == 0) {   // stored, then no longer given by the engine
        // stored in the partner's payout currency of the time, which may have changed since
        Currency then = random.nextBoolean() ? e.amount().currency() : CHF;
        stored.add(stored(++id, e.date(), "ACCRUAL", Money.of(new BigDecimal("12.34"), then), Optional.of("gone")));
      }
    }

    List<BookedEntry> booked = CommissionBooking.book(partner, result, closedThrough, stored, Books.history());

    List<String> inForce = new ArrayList<>();
    List<Long> reversed = booked.stream().flatMap(b -> b.reverses().stream()).toList();
    stored.stream().filter(s -> !reversed.contains(s.id())).forEach(s -> inForce.add(key(s.date(), s.kind(),
        s.amount(), s.lineId())));
    for (BookedEntry b : booked) {
      if (b.reverses().isEmpty()) {
        inForce.add(key(b.entry().date(), b.entry().kind().name(), b.entry().amount().amount(), b.entry().lineId()));
        assertThat(b.correction().isPresent()).as("LATE exactly for a closed quarter's entry").isEqualTo(
            closedThrough.isPresent() && !b.entry().date().isAfter(closedThrough.get()));
      }
    }
    List<String> engine = result.entries(partner).stream().map(e -> key(e.date(), e.kind().name(),
        e.amount().amount(), e.lineId())).toList();
    assertThat(inForce).containsExactlyInAnyOrderElementsOf(engine);
    assertThat(stored.stream().filter(s -> reversed.contains(s.id())).map(StoredEntry::lineId))
        .allMatch(line -> line.equals(Optional.of("gone")));
    for (BookedEntry b : booked) {
      b.reverses().ifPresent(r -> assertThat(b.entry().amount().currency()).as("a reversal is in the reversed currency")
          .isEqualTo(stored.stream().filter(s -> s.id() == r).findFirst().orElseThrow().currency()));
    }
  }

  private static StoredEntry stored(long id, LocalDate date, String kind, Money amount, Optional<String> line) {
    return new StoredEntry(id, date, kind, amount.amount(), amount.currency(), line, Optional.empty(),
        Optional.empty());
  }

  private static String key(LocalDate date, String kind, BigDecimal amount, Optional<String> line) {
    return date + " " + kind + " " + amount.stripTrailingZeros().toPlainString() + " " + line.orElse("");
  }

}
