package dev.partneros.jdbc.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partneros.attribution.commission.CommissionResult;
import dev.partneros.attribution.commission.CommissionTerms;
import dev.partneros.attribution.commission.LedgerEntry;
import dev.partneros.attribution.commission.PartnerBalance;
import dev.partneros.attribution.commission.PeriodStatement;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.ProgramHistory;
import dev.partneros.core.YearQuarter;
import dev.partneros.jdbc.PeriodCloseException;
import dev.partneros.portfolio.MdfOutcome;
import dev.partneros.portfolio.PartnerResult;
import dev.partneros.portfolio.Portfolio;
import dev.partneros.portfolio.TimelineEntry;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes one partner's close of a period, inside the caller's transaction: its tier state, its
 * commission entries (with their payouts) and statement, and its MDF decisions.
 */
public final class PartnerClose {

  /**
   * What one partner's close wrote.
   *
   * @param entries commission entries
   * @param payouts payouts
   * @param restated whether the stored tier state of the previous period differs from the evaluation's
   */
  public record Written(int entries, int payouts, boolean restated) {}

  private final CloseStore store;
  private final ProgramHistory history;
  private final String period;
  private final YearQuarter quarter;
  private final Optional<LocalDate> closedThrough;
  private final Map<String, LocalDate> submitted = new HashMap<>();

  /**
   * Prepares the close of a period.
   *
   * @param store the store
   * @param history the program history
   * @param period the period's text
   * @param quarter the period
   * @param closedThrough the last day of the last closed period, or empty
   * @param book the book
   */
  public PartnerClose(CloseStore store, ProgramHistory history, String period, YearQuarter quarter,
      Optional<LocalDate> closedThrough, Portfolio book) {
    this.store = store;
    this.history = history;
    this.period = period;
    this.quarter = quarter;
    this.closedThrough = closedThrough;
    book.mdfRequests().forEach(r -> submitted.put(r.id(), r.submitted()));
  }

  /**
   * Checks, reading only, that one partner's close can be written: what {@link #close} would book
   * passes its checks. The close checks every partner so before it writes anything.
   *
   * @param p the partner's evaluation
   * @param commission the partner's commission result, or null when it has none
   * @throws SQLException on a database error
   * @throws PeriodCloseException if a check fails
   */
  public void verify(PartnerResult p, CommissionResult commission) throws SQLException {
    if (commission != null) {
      PartnerId id = p.partner().id();
      List<StoredEntry> before = store.commissionEntries(id);
      check(id, commission, CommissionBooking.book(id, commission, closedThrough, before, history), before);
    }
  }

  /**
   * Writes one partner's close.
   *
   * @param p the partner's evaluation
   * @param commission the partner's commission result, or null when it has none
   * @param run the run id
   * @param batch the batch number
   * @return what was written
   * @throws SQLException on a database error
   */
  public Written close(PartnerResult p, CommissionResult commission, long run, int batch) throws SQLException {
    PartnerId id = p.partner().id();
    boolean restated = tier(p, run);
    int entries = 0;
    int payouts = 0;
    if (commission != null) {
      List<StoredEntry> before = store.commissionEntries(id);
      List<BookedEntry> booked = CommissionBooking.book(id, commission, closedThrough, before, history);
      check(id, commission, booked, before);
      int seq = 0;
      BigDecimal paid = BigDecimal.ZERO;
      for (BookedEntry e : booked) {
        if (store.insertEntry(run, period, id, ++seq, e)) {
          payouts++;
          paid = paid.add(e.entry().amount().amount());
        }
      }
      entries = booked.size();
      PartnerBalance balance = commission.balance(id);
      store.insertStatement(run, period, balance.statement(quarter.toDateRange(), minimum(p, balance)), paid);
    }
    mdf(p, run);
    store.insertClosedPartner(run, id, batch);
    return new Written(entries, payouts, restated);
  }

  /** The stored tier state at the period's end; whether the stored previous one differs. */
  private boolean tier(PartnerResult p, long run) throws SQLException {
    PartnerId id = p.partner().id();
    Optional<TimelineEntry> now = Optional.empty();
    Optional<TimelineEntry> before = Optional.empty();
    for (TimelineEntry t : p.timeline()) {
      if (quarter.contains(t.quarterEnd())) {
        now = Optional.of(t);
      } else if (closedThrough.isPresent() && !t.quarterEnd().isAfter(closedThrough.get())) {
        before = Optional.of(t);
      }
    }
    boolean restated = false;
    if (closedThrough.isPresent() && before.isPresent()) {
      Optional<String> stored = store.tierState(id, YearQuarter.from(closedThrough.get()).toString());
      restated = stored.isPresent() && !Json.tree(before.get().decision().state()).equals(Json.parse(stored.get()));
    }
    if (now.isPresent()) {
      store.insertTierState(run, period, id, now.get(), Json.tree(now.get().decision().state()));
    }
    return restated;
  }

  /**
   * Checks, before writing, that the stored entries in force plus the booked ones are the engine's
   * entries (money conserved) and that replaying them pays out nothing above the net payable.
   */
  private void check(PartnerId id, CommissionResult commission, List<BookedEntry> booked, List<StoredEntry> before) {
    try {
      PartnerBalance.empty(id, commission.payoutCurrencies().get(id)).postAll(commission.entries(id));
    } catch (InvalidFactsException e) {
      throw new PeriodCloseException(PeriodCloseException.Reason.INCONSISTENT, "the commission ledger of partner " + id
          + " does not replay: " + e.getMessage(), e);
    }
    Money engine = commission.balance(id).balance();
    BigDecimal stored = effectSum(before).add(
        booked.stream().map(BookedEntry::effect).reduce(BigDecimal.ZERO, BigDecimal::add));
    if (stored.compareTo(engine.amount()) != 0) {
      throw new PeriodCloseException(PeriodCloseException.Reason.INCONSISTENT, "the commission ledger of partner " + id
          + " would hold a balance of " + stored.toPlainString() + " after this close, but the engine's is " + engine
          + ": nothing of this batch was written");
    }
  }

  private static BigDecimal effectSum(List<StoredEntry> entries) {
    BigDecimal sum = BigDecimal.ZERO;
    for (StoredEntry s : entries) {
      BigDecimal effect = s.amount().multiply(BigDecimal.valueOf(LedgerEntry.Kind.valueOf(s.kind()).balanceSign()));
      sum = sum.add(s.reverses().isPresent() ? effect.negate() : effect);
    }
    return sum;
  }

  private Money minimum(PartnerResult p, PartnerBalance balance) {
    if (p.partner().minimumPayout().isPresent()) {
      return p.partner().minimumPayout().get();
    }
    CommissionTerms terms = CommissionTerms.from(history.requireVersionAt(quarter.lastDay()));
    return terms.currency().equals(balance.currency()) ? Money.of(terms.plan().payout().minimumPayout(), terms.currency())
        : Money.zero(balance.currency());
  }

  /** Books each MDF decision once; a decision changed since it was booked is reversed and booked again. */
  private void mdf(PartnerResult p, long run) throws SQLException {
    if (p.mdf().isEmpty()) {
      return;
    }
    PartnerId id = p.partner().id();
    Map<String, CloseStore.StoredMdf> stored = new HashMap<>();
    store.mdfEntries(id).forEach(m -> stored.put(m.requestId(), m));
    List<MdfOutcome.RequestDecision> decisions = new ArrayList<>(p.mdf().get().requests());
    decisions.sort(java.util.Comparator.comparing(MdfOutcome.RequestDecision::requestId));
    for (MdfOutcome.RequestDecision d : decisions) {
      LocalDate day = submitted.get(d.requestId());
      if (day == null || day.isAfter(quarter.lastDay())) {
        continue;
      }
      CloseStore.StoredMdf before = stored.get(d.requestId());
      boolean late = closedThrough.isPresent() && !day.isAfter(closedThrough.get());
      if (before == null) {
        store.insertMdf(run, period, id, 1, day, d, d.granted().amount(), late ? "LATE" : null, explanation(d, late));
      } else if (before.granted().compareTo(d.granted().amount()) != 0 && !"REVERSAL".equals(before.correction())) {
        ObjectNode why = Json.object().put("reversal", "the decision of this request changed after its period closed");
        store.insertMdfReversal(run, period, id, day, before, why);
        store.insertMdf(run, period, id, before.seq() + 2, day, d, d.granted().amount(), "LATE", explanation(d, true));
      }
    }
  }

  private static JsonNode explanation(MdfOutcome.RequestDecision d, boolean late) {
    ObjectNode why = Json.object().put("request", d.requestId()).put("requested", d.requested().toString())
        .put("granted", d.granted().toString()).put("outcome", d.outcome()).put("reason", d.reason())
        .put("version", d.version());
    if (late) {
      why.put("late", "decided after its period closed: booked in the period being closed");
    }
    return why;
  }
}
