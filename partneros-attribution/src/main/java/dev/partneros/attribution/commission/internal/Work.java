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

  /** Per deal id: the facts shared by every partner credited on it. */
  static final class DealFacts {
    final CommissionDeal first;
    final List<CommissionFacts.Payment> payments = new ArrayList<>();
    final List<Integer> paymentIndices = new ArrayList<>();
    final List<CancelFact> cancellations = new ArrayList<>();
    LocalDate firstPayment;

    DealFacts(CommissionDeal first) {
      this.first = first;
    }
  }

  /** A payment with its index in the facts. */
  record PaymentFact(int index, CommissionFacts.Payment payment) {}

  /** One deal credited to one partner: the key of the duplicate check. */
  record RowKey(String dealId, PartnerId partner) {}

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
    final Map<String, List<Draft>> byDeal = new HashMap<>();
    final List<Draft> adjustments = new ArrayList<>();
    final List<LedgerEntry> entries = new ArrayList<>();
    final List<CommissionResult.PayoutRun> runs = new ArrayList<>();
    final List<ClawbackDecision> clawbacks = new ArrayList<>();
    final List<ResaleTerms> resale = new ArrayList<>();
    final List<CommissionFacts.Quota> quotas = new ArrayList<>(0);
    final Map<String, BigDecimal> capRunning = new HashMap<>();
    final Map<String, Money> currentValues = new HashMap<>();
    boolean flagged;
    Money accrued;
    Money payable;

    PartnerWork(CommissionFacts.PartnerAccount account, int index) {
      this.account = account;
      this.index = index;
      this.accrued = Money.zero(account.payoutCurrency());
      this.payable = accrued;
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

    Money net() {
      return amount.minus(cancelled);
    }
  }
}
