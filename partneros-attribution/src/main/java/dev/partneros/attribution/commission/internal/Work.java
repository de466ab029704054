package dev.partneros.attribution.commission.internal;

import dev.partneros.attribution.commission.ClawbackDecision;
import dev.partneros.attribution.commission.CommissionDeal;
import dev.partneros.attribution.commission.CommissionFacts;
import dev.partneros.attribution.commission.CommissionLine;
import dev.partneros.attribution.commission.CommissionPlan;
import dev.partneros.attribution.commission.CommissionResult;
import dev.partneros.attribution.commission.CommissionTerms;
import dev.partneros.attribution.commission.LedgerEntry;
import dev.partneros.attribution.commission.ResaleTerms;
import dev.partneros.attribution.commission.SpiffTerms;
import dev.partneros.attribution.commission.VolumeBrackets;
import dev.partneros.core.DateRange;
import dev.partneros.core.FxRate;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.Rate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The working data of one commission run, private to the run's phases: per deal the facts shared
 * by its partners, per partner its rows, drafts of lines, ledger entries and running totals, and
 * the lines in the making. Mutable, short-lived, never reachable from a result.
 */
final class Work {

  /** The ranks of lines accrued on one day: deal lines, SPIFFs, recurring, count, bonus, rebate, quota. */
  static final int R_DEAL = 0;
  static final int R_SPIFF = 1;
  static final int R_RECURRING = 2;
  static final int R_COUNT = 3;
  static final int R_COUNT_BONUS = 4;
  static final int R_REBATE = 5;
  static final int R_QUOTA = 6;

  private Work() {}

  /**
   * Per deal id: the facts shared by every partner credited on it. The lists start empty and shared
   * ({@code List.of()}), hold one element in an immutable list, and become an {@code ArrayList} only
   * from the second element ({@link #plus}), so a deal with one payment and no cancellation costs no
   * list of its own.
   */
  static final class DealFacts {
    final CommissionDeal first;
    /** The first partner credited on the deal (the partner of its first row). */
    final PartnerId partner;
    /** The other partners credited on it, in the order of the facts; empty for most deals. */
    List<PartnerId> otherPartners = List.of();
    List<CommissionFacts.Payment> payments = List.of();
    List<Integer> paymentIndices = List.of();
    List<CancelFact> cancellations = List.of();
    LocalDate firstPayment;

    DealFacts(CommissionDeal first) {
      this.first = first;
      this.partner = first.partner();
    }

    /** Whether a partner is credited on the deal: a row of the facts names the deal and the partner. */
    boolean credits(PartnerId id) {
      return partner.equals(id) || !otherPartners.isEmpty() && otherPartners.contains(id);
    }

    /** Adds a partner credited on the deal; false when it already was (a duplicate row). */
    boolean addPartner(PartnerId id) {
      if (credits(id)) {
        return false;
      }
      otherPartners = plus(otherPartners, id);
      return true;
    }

    void addPayment(int index, CommissionFacts.Payment payment) {
      payments = plus(payments, payment);
      paymentIndices = plus(paymentIndices, index);
    }

    void addCancellation(CancelFact cancellation) {
      cancellations = plus(cancellations, cancellation);
    }
  }

  /**
   * A list with one more element: a one-element immutable list from an empty one, an
   * {@code ArrayList} from the second element on (the caller keeps the returned list).
   */
  static <T> List<T> plus(List<T> list, T item) {
    if (list.isEmpty()) {
      return List.of(item);
    }
    List<T> more = list instanceof ArrayList ? list : new ArrayList<>(list);
    more.add(item);
    return more;
  }

  /** A payment with its index in the facts. */
  record PaymentFact(int index, CommissionFacts.Payment payment) {}

  /** A cancellation with its index in the facts and its ordinal among the deal's cancellations. */
  static final class CancelFact {
    final int index;
    final CommissionFacts.Cancellation cancellation;
    int ordinal;

    CancelFact(int index, CommissionFacts.Cancellation cancellation) {
      this.index = index;
      this.cancellation = cancellation;
    }

    boolean affects(PartnerId partner) {
      return cancellation.partner().map(partner::equals).orElse(true);
    }
  }

  /** One deal for one partner, with its program version, models and exact base. */
  static final class Row {
    final int index;
    final CommissionDeal deal;
    final DealFacts dealFacts;
    CommissionTerms terms;
    CommissionPlan.Models models;
    BigDecimal baseP;
    FxRate baseFx;

    Row(int index, CommissionDeal deal, DealFacts dealFacts) {
      this.index = index;
      this.deal = deal;
      this.dealFacts = dealFacts;
    }

    Rate factor() {
      return deal.attribution().creditFactor();
    }

    /**
     * The deal's lines for this partner, gathered by the pay-out phase only when the deal has a
     * cancellation (what a clawback acts on); null otherwise.
     */
    List<Draft> drafts;

    BigDecimal toProgram(Money value) {
      return baseFx == null ? value.amount() : value.amount().multiply(baseFx.rate());
    }
  }

  /** Everything one partner's simulation works on. */
  static final class PartnerWork {
    final CommissionFacts.PartnerAccount account;
    final int index;
    final List<Row> rows = new ArrayList<>();
    final List<Draft> drafts = new ArrayList<>();
    final Set<LocalDate> missingSettlement = new HashSet<>();
    final List<Draft> adjustments = new ArrayList<>();
    final List<LedgerEntry> entries = new ArrayList<>();
    final List<CommissionResult.PayoutRun> runs = new ArrayList<>();
    final List<ClawbackDecision> clawbacks = new ArrayList<>();
    final List<ResaleTerms> resale = new ArrayList<>();
    final List<CommissionFacts.Quota> quotas = new ArrayList<>(0);
    final Map<String, BigDecimal> capRunning = new HashMap<>();
    final Map<String, Money> currentValues = new HashMap<>();
    /** Zero in the payout currency, shared by the partner's lines that nothing was clawed back from. */
    final Money zero;
    boolean flagged;
    /** The net payable: what the next payout run pays when it reaches the minimum. */
    Money payable;

    PartnerWork(CommissionFacts.PartnerAccount account, int index) {
      this.account = account;
      this.index = index;
      this.zero = Money.zero(account.payoutCurrency());
      this.payable = zero;
    }

    Currency currency() {
      return account.payoutCurrency();
    }
  }

  /** A commission line in the making. */
  static final class Draft {
    final String id;
    final CommissionLine.Kind kind;
    final Row row;
    final CommissionTerms terms;
    final LocalDate accruedOn;
    final int rank;
    final List<Explain.Step> steps = new ArrayList<>(6);
    ClawbackDecision decision;
    Money base;
    FxRate baseFx;
    Rate rate;
    Rate factor = Rate.ONE;
    List<SpiffTerms.Kind> spiffs = List.of();
    BigDecimal exact;
    LocalDate payableOn;
    String trigger = "on accrual";
    /** The trigger's date and the holdback after it, written after {@link #trigger} when known. */
    LocalDate triggeredOn;
    int holdbackDays;
    // recomputation on a new value (downgrades, partial refunds)
    int model;
    Rate modelRate;
    VolumeBrackets brackets;
    BigDecimal bracketBefore;
    BigDecimal points;
    BigDecimal multiplier;
    // quarterly quota bonus
    DateRange quarter;
    String quotaVolume;
    String quotaTarget;
    // simulation
    CommissionLine.CapHit capHit;
    BigDecimal capped;
    FxRate settleFx;
    BigDecimal unrounded;
    Money amount;
    Money cancelled;
    boolean payableReached;
    boolean paid;
    LocalDate paidOn;
    LocalDate paymentDue;

    Draft(String id, CommissionLine.Kind kind, Row row, CommissionTerms terms, LocalDate accruedOn, int rank) {
      this.id = id;
      this.kind = kind;
      this.row = row;
      this.terms = terms;
      this.accruedOn = accruedOn;
      this.rank = rank;
    }

    boolean valueBased() {
      return model != 0;
    }

    BigDecimal exactFor(BigDecimal baseP) {
      BigDecimal value = model == 1 ? modelRate.applyTo(baseP) : brackets.increment(bracketBefore, baseP);
      if (points != null) {
        value = value.add(baseP.multiply(points));
      }
      if (multiplier != null) {
        value = value.multiply(multiplier);
      }
      return factor.applyTo(value);
    }

    /** The amount after clawbacks; the amount itself while nothing was clawed back. */
    Money net() {
      return cancelled.isZero() ? amount : amount.minus(cancelled);
    }
  }
}
