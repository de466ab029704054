package dev.partneros.attribution.commission.internal;

import dev.partneros.attribution.commission.ClawbackCalculator;
import dev.partneros.attribution.commission.ClawbackCase;
import dev.partneros.attribution.commission.ClawbackDecision;
import dev.partneros.attribution.commission.CommissionCaps;
import dev.partneros.attribution.commission.CommissionFacts;
import dev.partneros.attribution.commission.CommissionLine;
import dev.partneros.attribution.commission.CommissionResult;
import dev.partneros.attribution.commission.CommissionTerms;
import dev.partneros.attribution.commission.LedgerEntry;
import dev.partneros.attribution.commission.PayoutTerms;
import dev.partneros.attribution.commission.internal.Work.CancelFact;
import dev.partneros.attribution.commission.internal.Work.Draft;
import dev.partneros.attribution.commission.internal.Work.PartnerWork;
import dev.partneros.attribution.commission.internal.Work.Row;
import dev.partneros.core.DateRange;
import dev.partneros.core.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pay-out phase of a commission run: a partner's events replayed in date order, accruals
 * (capped, settled and rounded once), lines becoming payable, clawbacks (unpaid accruals first) and
 * payout runs (netting debits, carrying a payout below the minimum), with the ledger entries that
 * reproduce them.
 */
final class PayoutPhase {

  private static final int ACCRUE = 0;
  private static final int PAYABLE = 1;
  private static final int CANCEL = 2;
  private static final int RUN = 3;
  static final String YEAR_KEY = "Y";
  static final String PERIOD_KEY = "P";

  /** The lines a clawback takes from: latest accrual first, then id descending. */
  private static final Comparator<Draft> CLAWBACK_ORDER = Comparator.comparing((Draft d) -> d.accruedOn)
      .thenComparing(d -> d.id).reversed();

  private static final class Event {
    private final LocalDate date;
    private final int type;
    /** 0 for a deal's signature lines (and every event that is not an accrual), 1 for other accruals. */
    private final int group;
    /** The deal of a signature line, so that one deal's signature lines are capped together. */
    private final String deal;
    private final int rank;
    private final String key;
    private final Draft draft;
    private final CancelFact cancel;
    private final Row row;

    private Event(LocalDate date, int type, int rank, String key, Draft draft, CancelFact cancel, Row row) {
      this.date = date;
      this.type = type;
      boolean signature = type == ACCRUE && draft.kind.accruesOnSigning();
      this.group = type == ACCRUE && !signature ? 1 : 0;
      this.deal = signature ? draft.row.deal.dealId() : "";
      this.rank = rank;
      this.key = key;
      this.draft = draft;
      this.cancel = cancel;
      this.row = row;
    }
  }

  /**
   * Date, then event type; among accruals of a day, the deals' signature lines first, deal by deal in
   * deal-id order (the order of volume brackets and of the per-deal chain), each deal's model lines
   * before its SPIFFs; then the other lines by rank and id.
   */
  private static final Comparator<Event> EVENT_ORDER = Comparator.comparing((Event e) -> e.date)
      .thenComparingInt(e -> e.type).thenComparingInt(e -> e.group).thenComparing(e -> e.deal)
      .thenComparingInt(e -> e.rank).thenComparing(e -> e.key);

  private final RunBook book;
  private final Map<CommissionTerms, ClawbackCalculator> clawbackCalculators = new IdentityHashMap<>();

  PayoutPhase(RunBook book) {
    this.book = book;
  }

  void simulate(PartnerWork partner) {
    List<Event> events = new ArrayList<>(partner.drafts.size() * 2 + 16);
    LocalDate firstDate = null;
    for (Draft draft : partner.drafts) {
      events.add(new Event(draft.accruedOn, ACCRUE, draft.rank, draft.id, draft, null, null));
      if (draft.payableOn != null && !draft.payableOn.isAfter(book.asOf)) {
        events.add(new Event(draft.payableOn, PAYABLE, 0, draft.id, draft, null, null));
      }
      if (firstDate == null || draft.accruedOn.isBefore(firstDate)) {
        firstDate = draft.accruedOn;
      }
    }
    gatherCancelled(partner);
    for (Row row : partner.rows) {
      if (row.drafts == null) {
        continue;
      }
      for (CancelFact c : row.dealFacts.cancellations) {
        if (c.affects(row.deal.partner()) && !row.drafts.isEmpty()) {
          events.add(new Event(c.cancellation.effective(), CANCEL, 0, row.deal.dealId() + "#" + c.ordinal, null, c,
              row));
        }
      }
    }
    if (firstDate != null) {
      YearMonth month = YearMonth.from(firstDate);
      while (!month.atEndOfMonth().isAfter(book.asOf)) {
        LocalDate end = month.atEndOfMonth();
        CommissionTerms terms = book.termsOrFirst(end);
        if (terms.plan().payout().period() == PayoutTerms.Period.MONTHLY
            || terms.fiscalCalendar().quarterOf(end).endInclusive().equals(end)) {
          events.add(new Event(end, RUN, 0, "", null, null, null));
        }
        month = month.plusMonths(1);
      }
    }
    events.sort(EVENT_ORDER);
    List<Draft> payableQueue = new ArrayList<>();
    for (Event event : events) {
      switch (event.type) {
        case ACCRUE:
          accrue(partner, event.draft);
          break;
        case PAYABLE:
          makePayable(partner, event.draft, payableQueue);
          break;
        case CANCEL:
          cancel(partner, event.row, event.cancel);
          break;
        default:
          run(partner, event.date, payableQueue);
      }
    }
  }

  /**
   * Gathers the lines of each of the partner's deals with a cancellation (what a clawback acts on),
   * in the order they were made; deals without one get no list.
   */
  private static void gatherCancelled(PartnerWork partner) {
    boolean any = false;
    for (Row row : partner.rows) {
      if (!row.dealFacts.cancellations.isEmpty()) {
        row.drafts = new ArrayList<>(2);
        any = true;
      }
    }
    if (!any) {
      return;
    }
    for (Draft draft : partner.drafts) {
      if (draft.row != null && draft.row.drafts != null) {
        draft.row.drafts.add(draft);
      }
    }
  }

  private void post(PartnerWork partner, LocalDate date, LedgerEntry.Kind kind, Money amount, String lineId) {
    if (!amount.isPositive()) {
      return;
    }
    LedgerEntry.Builder entry = LedgerEntry.builder().partner(partner.account.id()).date(date).kind(kind)
        .amount(amount);
    if (lineId != null) {
      entry.lineId(lineId);
    }
    partner.entries.add(entry.build());
  }

  private String capKey(CommissionCaps.Kind kind, Draft draft) {
    switch (kind) {
      case PER_DEAL:
        return draft.row == null ? null : "D" + draft.row.deal.dealId();
      case PER_PARTNER:
        return YEAR_KEY + draft.terms.fiscalCalendar().fiscalYear(draft.accruedOn);
      default:
        return PERIOD_KEY + payoutPeriod(draft.terms, draft.accruedOn);
    }
  }

  /** The payout period of a date under some terms: its month, or its fiscal quarter. */
  static DateRange payoutPeriod(CommissionTerms terms, LocalDate date) {
    if (terms.plan().payout().period() == PayoutTerms.Period.MONTHLY) {
      YearMonth month = YearMonth.from(date);
      return DateRange.ofClosed(month.atDay(1), month.atEndOfMonth());
    }
    return terms.fiscalCalendar().quarterOf(date);
  }

  private void applyCaps(PartnerWork partner, Draft draft) {
    Currency pc = book.programCurrency;
    BigDecimal exact = draft.exact;
    draft.capped = exact;
    if (exact.signum() <= 0) {
      return;
    }
    CommissionCaps caps = draft.terms.plan().caps();
    if (caps.perDeal().isEmpty() && caps.perPartner().isEmpty() && caps.perPeriod().isEmpty()) {
      return;
    }
    CommissionCaps.Kind tightest = null;
    BigDecimal room = null;
    BigDecimal counted = null;
    String[] keys = new String[CommissionCaps.Kind.values().length];
    for (CommissionCaps.Kind kind : CommissionCaps.Kind.values()) {
      Optional<BigDecimal> cap = caps.cap(kind);
      String key = cap.isEmpty() ? null : capKey(kind, draft);
      keys[kind.ordinal()] = key;
      if (key == null) {
        continue;
      }
      BigDecimal running = partner.capRunning.getOrDefault(key, BigDecimal.ZERO);
      BigDecimal left = cap.get().subtract(running).max(BigDecimal.ZERO);
      if (room == null || left.compareTo(room) < 0) {
        room = left;
        tightest = kind;
        counted = running;
      }
    }
    if (room != null && room.compareTo(exact) < 0) {
      draft.capped = room;
      BigDecimal limit = caps.cap(tightest).get();
      draft.capHit = book.builders.capHit().cap(tightest).limit(draft.terms.money(limit)).uncapped(exact).capped(room)
          .build();
      draft.steps.add(new Explain.Cap(limit, room, tightest, counted, exact, pc));
    }
    for (int k = 0; k < keys.length; k++) {
      if (keys[k] != null) {
        partner.capRunning.merge(keys[k], draft.capped, BigDecimal::add);
      }
    }
  }

  void accrue(PartnerWork partner, Draft draft) {
    Currency pc = book.programCurrency;
    if (draft.kind == CommissionLine.Kind.SPIFF_QUARTERLY_QUOTA) {
      BigDecimal base = BigDecimal.ZERO;
      for (Draft other : partner.drafts) {
        if (other.kind.isDealModel() && other.capped != null && draft.quarter.contains(other.accruedOn)) {
          base = base.add(other.capped);
        }
      }
      draft.base = Money.of(base, book.programCurrency, draft.terms.rounding());
      BigDecimal quarterBase = base;
      draft.exact = draft.rate.applyTo(base);
      draft.steps.add(new Explain.Quota(draft.quotaTarget, draft.exact, pc, draft.quarter, draft.quotaVolume, draft.rate,
          quarterBase));
    }
    applyCaps(partner, draft);
    RoundingMode rounding = draft.terms.rounding();
    if (draft.settleFx == null) {
      draft.unrounded = draft.capped;
    } else {
      draft.unrounded = draft.capped.multiply(draft.settleFx.rate());
      draft.steps.add(new Explain.Settlement(draft.unrounded, partner.currency(), draft.capped, pc, draft.settleFx));
    }
    draft.amount = Money.of(draft.unrounded, partner.currency(), rounding);
    draft.cancelled = partner.zero;
    draft.steps.add(new Explain.Rounding(draft.amount, draft.unrounded, rounding));
    if (draft.amount.isPositive()) {
      post(partner, draft.accruedOn, LedgerEntry.Kind.ACCRUAL, draft.amount, draft.id);
    } else if (draft.amount.isNegative()) {
      post(partner, draft.accruedOn, LedgerEntry.Kind.CLAWBACK, draft.amount.negated(), draft.id);
      partner.payable = partner.payable.plus(draft.amount);
    }
  }

  private void makePayable(PartnerWork partner, Draft draft, List<Draft> payableQueue) {
    if (draft.amount == null || !draft.amount.isPositive() || draft.paid) {
      return;
    }
    draft.payableReached = true;
    Money net = draft.net();
    if (net.isPositive()) {
      post(partner, draft.payableOn, LedgerEntry.Kind.PAYABLE, net, draft.id);
      partner.payable = partner.payable.plus(net);
      payableQueue.add(draft);
    }
  }

  private ClawbackCalculator clawbackCalculator(CommissionTerms terms) {
    return clawbackCalculators.computeIfAbsent(terms, t -> ClawbackCalculator.of(t.clawback(), t.rounding()));
  }

  private void cancel(PartnerWork partner, Row row, CancelFact fact) {
    Currency pc = book.programCurrency;
    CommissionFacts.Cancellation cancellation = fact.cancellation;
    List<Draft> lines = new ArrayList<>();
    Money zero = partner.zero;
    Money paid = zero;
    Money unpaid = zero;
    for (Draft draft : row.drafts) {
      if (draft.amount == null || !draft.amount.isPositive()) {
        continue;
      }
      lines.add(draft);
      if (draft.paid) {
        paid = paid.plus(draft.net());
      } else {
        unpaid = unpaid.plus(draft.net());
      }
    }
    ClawbackCase.Builder clawbackCase = ClawbackCase.builder().dealId(row.deal.dealId()).partner(row.deal.partner())
        .kind(cancellation.kind()).customerStart(row.deal.startDate()).effective(cancellation.effective()).paid(paid)
        .accrued(unpaid);
    if (cancellation.kind() == CommissionFacts.Cancellation.Kind.DOWNGRADE
        || cancellation.kind() == CommissionFacts.Cancellation.Kind.PARTIAL_REFUND) {
      String key = row.deal.dealId();
      Money current = partner.currentValues.getOrDefault(key, row.deal.amount());
      Money newValue = cancellation.kind() == CommissionFacts.Cancellation.Kind.DOWNGRADE
          ? cancellation.value().get().min(current)
          : current.minus(cancellation.value().get().min(current));
      partner.currentValues.put(key, newValue);
      BigDecimal newBaseP = row.toProgram(newValue);
      Money recomputed = zero;
      for (Draft draft : lines) {
        Money net = draft.net();
        if (draft.valueBased()) {
          BigDecimal exact = draft.exactFor(newBaseP).min(draft.capped);
          BigDecimal settled = draft.settleFx == null ? exact : exact.multiply(draft.settleFx.rate());
          Money again = Money.of(settled, partner.currency(), draft.terms.rounding());
          net = net.min(again);
        }
        recomputed = recomputed.plus(net);
      }
      clawbackCase.recomputed(recomputed);
    }
    ClawbackDecision decision = clawbackCalculator(row.terms).decide(clawbackCase.build());
    partner.clawbacks.add(decision);
    Money left = decision.cancelledAccrual();
    if (lines.size() > 1) {
      lines.sort(CLAWBACK_ORDER);
    }
    for (Draft draft : lines) {
      if (!left.isPositive()) {
        break;
      }
      if (draft.paid) {
        continue;
      }
      Money take = left.min(draft.net());
      if (!take.isPositive()) {
        continue;
      }
      left = left.minus(take);
      draft.cancelled = draft.cancelled.plus(take);
      if (draft.payableReached) {
        post(partner, cancellation.effective(), LedgerEntry.Kind.PAYABLE_CANCELLATION, take, draft.id);
        partner.payable = partner.payable.minus(take);
      } else {
        post(partner, cancellation.effective(), LedgerEntry.Kind.ACCRUAL_CANCELLATION, take, draft.id);
      }
      Money remaining = draft.net();
      draft.steps.add(new Explain.Clawback(remaining, cancellation.kind(), cancellation.effective(), take));
    }
    if (decision.adjustment().isPositive()) {
      Draft adjustment = new Draft(row.deal.dealId() + "/" + row.deal.partner().value() + "/"
          + CommissionLine.Kind.CLAWBACK_ADJUSTMENT + "/" + cancellation.effective() + "/" + fact.ordinal,
          CommissionLine.Kind.CLAWBACK_ADJUSTMENT, row, row.terms, cancellation.effective(), 0);
      adjustment.base = decision.clawback();
      adjustment.amount = decision.adjustment().negated();
      adjustment.cancelled = zero;
      adjustment.exact = adjustment.amount.amount();
      adjustment.capped = adjustment.exact;
      adjustment.unrounded = adjustment.exact;
      adjustment.rate = decision.fraction().toRate(10, RoundingMode.HALF_EVEN);
      adjustment.decision = decision;
      adjustment.steps.add(new Explain.Adjustment(adjustment.amount, cancellation.kind(), row.deal.dealId(),
          cancellation.effective(), decision.clawback(), decision.cancelledAccrual()));
      partner.adjustments.add(adjustment);
      post(partner, cancellation.effective(), LedgerEntry.Kind.CLAWBACK, decision.adjustment(), adjustment.id);
      partner.payable = partner.payable.minus(decision.adjustment());
    }
    if (decision.flaggedForTermination()) {
      partner.flagged = true;
    }
  }

  private void run(PartnerWork partner, LocalDate date, List<Draft> payableQueue) {
    CommissionTerms terms = book.termsOrFirst(date);
    Money minimum = partner.account.minimumPayout()
        .orElseGet(() -> Money.of(terms.plan().payout().minimumPayout(), book.programCurrency, terms.rounding()));
    Money net = partner.payable;
    CommissionResult.PayoutRun.Builder run = book.builders.payoutRun().partner(partner.account.id()).runDate(date).netPayable(net)
        .minimumPayout(minimum);
    if (net.isPositive() && !net.isLessThan(minimum)) {
      LocalDate due = date.plusDays(terms.plan().payout().paymentTermsDays());
      post(partner, date, LedgerEntry.Kind.PAYOUT, net, null);
      partner.payable = partner.payable.minus(net);
      int count = 0;
      for (Draft draft : payableQueue) {
        if (!draft.paid && draft.net().isPositive()) {
          draft.paid = true;
          draft.paidOn = date;
          draft.paymentDue = due;
          count++;
        }
      }
      payableQueue.clear();
      run.paid(net).paymentDue(due).linesPaid(count);
    } else {
      run.paid(partner.zero).linesPaid(0);
    }
    if (!net.isZero()) {
      partner.runs.add(run.build());
    }
  }
}
