package dev.partneros.attribution.commission.internal;

import dev.partneros.attribution.commission.CommissionCaps;
import dev.partneros.attribution.commission.CommissionDeal;
import dev.partneros.attribution.commission.CommissionFacts;
import dev.partneros.attribution.commission.CommissionLine;
import dev.partneros.attribution.commission.CommissionResult;
import dev.partneros.attribution.commission.CommissionState;
import dev.partneros.attribution.commission.CommissionTerms;
import dev.partneros.attribution.commission.DealCommission;
import dev.partneros.attribution.commission.internal.Work.Draft;
import dev.partneros.attribution.commission.internal.Work.PartnerWork;
import dev.partneros.attribution.commission.internal.Work.Row;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.PartnerId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One evaluation of the commission calculator: a short-lived, single-threaded object created per
 * call that runs the phases in order and assembles the result. {@code RunBook} validates the facts
 * (every problem at once, with its path) and indexes them; {@code DealLines} and {@code PeriodLines}
 * price each partner's lines in a canonical order (so no result depends on the order of the facts);
 * {@code PayoutPhase} replays the partner's events in date order: accruals (capped, settled and
 * rounded once), lines becoming payable, clawbacks (unpaid accruals first) and payout runs (netting
 * debits, carrying a payout below the minimum); {@code Explain} renders the recorded steps when a
 * line's explanation is asked for. The working data of the phases is in {@code Work}.
 */
public final class CommissionRun {

  /** A partner's lines in the result: accrual date, rank, id. */
  private static final Comparator<Draft> LINE_ORDER = Comparator.comparing((Draft d) -> d.accruedOn)
      .thenComparingInt(d -> d.rank).thenComparing(d -> d.id);

  /** One deal's lines in the per-deal call: rank, id. */
  private static final Comparator<Draft> DEAL_LINE_ORDER = Comparator.comparingInt((Draft d) -> d.rank)
      .thenComparing(d -> d.id);

  private final RunBook book;
  private final DealLines dealLines;
  private final PeriodLines periodLines;
  private final PayoutPhase payout;

  /**
   * Prepares a run.
   *
   * @param versions the program versions, earliest first, one currency
   * @param facts the facts
   * @param asOf the as-of date
   * @param builders the builders of the results
   */
  public CommissionRun(List<CommissionTerms> versions, CommissionFacts facts, LocalDate asOf, ResultBuilders builders) {
    this.book = new RunBook(versions, facts, asOf, builders);
    this.dealLines = new DealLines(book);
    this.periodLines = new PeriodLines(book, dealLines);
    this.payout = new PayoutPhase(book);
  }

  private void buildLines(PartnerWork partner) {
    book.prepareRows(partner);
    Map<Integer, BigDecimal> yearVolumes = new HashMap<>();
    Map<YearMonth, List<Row>> countMonths = new TreeMap<>();
    List<Row> resaleRows = new ArrayList<>();
    boolean first = true;
    for (Row row : partner.rows) {
      dealLines.dealLines(partner, row, yearVolumes, first);
      first = false;
      int year = row.terms.fiscalCalendar().fiscalYear(row.deal.signed());
      yearVolumes.merge(year, row.baseP, BigDecimal::add);
      if (row.models.countBrackets().isPresent()) {
        countMonths.computeIfAbsent(YearMonth.from(row.deal.signed()), k -> new ArrayList<>()).add(row);
      }
      if (row.models.volumeRebate().isPresent()) {
        resaleRows.add(row);
      }
    }
    periodLines.countLines(partner, countMonths);
    periodLines.rebateLines(partner, resaleRows);
    periodLines.quotaLines(partner);
  }

  private CommissionLine line(PartnerWork partner, Draft draft) {
    CommissionLine.Status status;
    if (draft.amount.isNegative() || draft.kind == CommissionLine.Kind.CLAWBACK_ADJUSTMENT) {
      status = CommissionLine.Status.CLAWED_BACK;
    } else if (draft.cancelled.isPositive() && draft.net().isZero()) {
      status = CommissionLine.Status.CLAWED_BACK;
    } else if (draft.paid) {
      status = CommissionLine.Status.PAID;
    } else if (draft.payableOn != null && !draft.payableOn.isAfter(book.asOf)) {
      status = CommissionLine.Status.PAYABLE;
    } else {
      status = CommissionLine.Status.ACCRUED;
    }
    String version = draft.terms.version();
    CommissionLine.Builder line = book.builders.line().id(draft.id).partner(partner.account.id())
        .kind(draft.kind).programVersion(version).base(draft.base).attributionFactor(draft.factor)
        .spiffs(draft.spiffs).exact(draft.capped).unrounded(draft.unrounded).rounding(draft.terms.rounding())
        .amount(draft.amount).clawedBack(draft.cancelled).status(status).accruedOn(draft.accruedOn)
        .explanationSource(LineExplanation.of(draft, status, book.asOf));
    if (draft.row != null) {
      line.dealId(draft.row.deal.dealId());
    }
    if (draft.baseFx != null) {
      line.baseConversion(draft.baseFx);
    }
    if (draft.rate != null) {
      line.rate(draft.rate);
    }
    if (draft.capHit != null) {
      line.cap(draft.capHit);
    }
    if (draft.settleFx != null) {
      line.settlement(draft.settleFx);
    }
    if (draft.payableOn != null) {
      line.payableOn(draft.payableOn);
    }
    if (draft.paidOn != null) {
      line.paidOn(draft.paidOn).paymentDue(draft.paymentDue);
    }
    return line.build();
  }

  /**
   * Runs the calculation.
   *
   * @return the result
   * @throws InvalidFactsException naming every problem of the book.facts, with its path
   */
  public CommissionResult result() {
    book.index();
    book.problems.throwIfErrors(InvalidFactsException::new);
    for (PartnerWork partner : book.partnerOrder) {
      buildLines(partner);
    }
    book.problems.throwIfErrors(InvalidFactsException::new);
    CommissionResult.Builder result = book.builders.result().asOf(book.asOf);
    Map<PartnerId, Currency> currencies = new LinkedHashMap<>();
    TreeSet<PartnerId> flagged = new TreeSet<>();
    for (PartnerWork partner : book.partnerOrder) {
      payout.simulate(partner);
      currencies.put(partner.account.id(), partner.currency());
      List<Draft> all = partner.drafts;
      all.addAll(partner.adjustments); // the simulation is over: the drafts are only read from here on
      if (all.size() > 1) {
        all.sort(LINE_ORDER);
      }
      for (Draft draft : all) {
        result.addLines(line(partner, draft));
      }
      result.addAllClawbacks(partner.clawbacks).addAllPayoutRuns(partner.runs).addAllEntries(partner.entries)
          .addAllResaleTerms(partner.resale);
      if (partner.flagged) {
        flagged.add(partner.account.id());
      }
    }
    return result.payoutCurrencies(currencies).flaggedForTermination(flagged).build();
  }

  /**
   * Runs the per-deal calculation. The book.facts hold the one partner and its one deal (with the SPIFF
   * book.windows and FX rates), and the run is as of the deal's signature date: the deal's signature
   * lines are built exactly as in the whole-book run, from the state before it instead of the
   * partner's earlier book.deals and lines, then capped, settled and rounded in the whole-book order.
   *
   * @param before the partner's state before the deal, checked by the caller
   * @return the deal's lines and the state after it
   * @throws InvalidFactsException naming every problem of the book.facts, with its path
   */
  public DealCommission dealResult(CommissionState before) {
    book.index();
    book.problems.throwIfErrors(InvalidFactsException::new);
    PartnerWork partner = book.partnerOrder.get(0);
    CommissionDeal deal = book.facts.deals().get(0);
    book.prepareRows(partner);
    book.problems.throwIfErrors(InvalidFactsException::new);
    Map<Integer, BigDecimal> yearVolumes = new HashMap<>(before.yearVolumes());
    before.yearCapCounted().forEach((year, counted) -> partner.capRunning.put(PayoutPhase.YEAR_KEY + year, counted));
    before.periodCapCounted().forEach((period, counted) -> partner.capRunning.put(PayoutPhase.PERIOD_KEY + period, counted));
    int credited = before.creditedDeals();
    for (Row row : partner.rows) {
      dealLines.dealLines(partner, row, yearVolumes, credited == 0);
      yearVolumes.merge(row.terms.fiscalCalendar().fiscalYear(row.deal.signed()), row.baseP, BigDecimal::add);
      credited++;
    }
    book.problems.throwIfErrors(InvalidFactsException::new);
    if (partner.drafts.size() > 1) {
      partner.drafts.sort(DEAL_LINE_ORDER);
    }
    DealCommission.Builder result = new DealCommission.Builder().dealId(deal.dealId()).partner(deal.partner())
        .signed(deal.signed()).payoutCurrency(partner.currency());
    for (Draft draft : partner.drafts) {
      payout.accrue(partner, draft);
    }
    for (Draft draft : partner.drafts) {
      result.addLines(line(partner, draft));
    }
    if (!partner.resale.isEmpty()) {
      result.resaleTerms(partner.resale.get(0));
    }
    CommissionState.Builder after = new CommissionState.Builder().partner(deal.partner()).creditedDeals(credited)
        .putAllYearVolumes(yearVolumes).lastDate(deal.signed()).lastDealId(deal.dealId());
    counted(partner, after);
    return result.after(after.build()).build();
  }

  /** Copies a partner's running cap counts (fiscal year and payout period) into a state. */
  private static void counted(PartnerWork partner, CommissionState.Builder state) {
    for (Map.Entry<String, BigDecimal> entry : partner.capRunning.entrySet()) {
      String key = entry.getKey();
      if (key.startsWith(PayoutPhase.YEAR_KEY)) {
        state.putYearCapCounted(Integer.parseInt(key.substring(PayoutPhase.YEAR_KEY.length())), entry.getValue());
      } else if (key.startsWith(PayoutPhase.PERIOD_KEY)) {
        state.putPeriodCapCounted(key.substring(PayoutPhase.PERIOD_KEY.length()), entry.getValue());
      }
    }
  }

  /**
   * Returns a partner's state at the end of the as-of date, after {@link #result()}: every deal
   * signed and every line accrued on or before it counted.
   *
   * @param id the partner, one of the book.facts
   * @return the state, or empty for a partner absent from the book.facts
   */
  public Optional<CommissionState> stateOf(PartnerId id) {
    PartnerWork partner = book.partners.get(id);
    if (partner == null) {
      return Optional.empty();
    }
    Map<Integer, BigDecimal> yearVolumes = new TreeMap<>();
    for (Row row : partner.rows) {
      yearVolumes.merge(row.terms.fiscalCalendar().fiscalYear(row.deal.signed()), row.baseP, BigDecimal::add);
    }
    CommissionState.Builder state = new CommissionState.Builder().partner(id).creditedDeals(partner.rows.size())
        .putAllYearVolumes(yearVolumes).lastDate(book.asOf);
    counted(partner, state);
    return Optional.of(state.build());
  }

  /**
   * Counts a line accrued outside the per-deal call against the caps of a state, as the whole-book
   * run does when the line accrues: its exact amount after caps, when the amount before caps is
   * positive, counts against the
   * {@code perPartner} cap of its fiscal year and the {@code perPeriod} cap of its payout period, if
   * the terms that decided it have those caps.
   *
   * @param terms the terms that decided the line
   * @param state the state
   * @param line the line, of the state's partner
   * @return the state with the line counted
   */
  public static CommissionState count(CommissionTerms terms, CommissionState state, CommissionLine line) {
    CommissionState.Builder next = new CommissionState.Builder().from(state).lastDate(line.accruedOn())
        .lastDealId(Optional.empty());
    BigDecimal exact = line.exact();
    CommissionCaps caps = terms.plan().caps();
    // the run counts a line whose exact amount before caps is positive: positive after caps, or capped to nothing
    if ((exact.signum() > 0 || exact.signum() == 0 && line.cap().isPresent())
        && line.kind() != CommissionLine.Kind.CLAWBACK_ADJUSTMENT) {
      Map<Integer, BigDecimal> years = new TreeMap<>(state.yearCapCounted());
      Map<String, BigDecimal> periods = new TreeMap<>(state.periodCapCounted());
      if (caps.perPartner().isPresent()) {
        years.merge(terms.fiscalCalendar().fiscalYear(line.accruedOn()), exact, BigDecimal::add);
      }
      if (caps.perPeriod().isPresent()) {
        periods.merge(PayoutPhase.payoutPeriod(terms, line.accruedOn()).toString(), exact, BigDecimal::add);
      }
      next.yearCapCounted(years).periodCapCounted(periods);
    }
    return next.build();
  }
}
