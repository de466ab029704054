package dev.partneros.attribution.commission.internal;

import dev.partneros.attribution.AttributionProblemCode;
import dev.partneros.attribution.commission.ClawbackCalculator;
import dev.partneros.attribution.commission.ClawbackCase;
import dev.partneros.attribution.commission.ClawbackDecision;
import dev.partneros.attribution.commission.CommissionCaps;
import dev.partneros.attribution.commission.CommissionDeal;
import dev.partneros.attribution.commission.CommissionFacts;
import dev.partneros.attribution.commission.CommissionLine;
import dev.partneros.attribution.commission.CommissionPlan;
import dev.partneros.attribution.commission.CommissionResult;
import dev.partneros.attribution.commission.CommissionState;
import dev.partneros.attribution.commission.CommissionTerms;
import dev.partneros.attribution.commission.CountBrackets;
import dev.partneros.attribution.commission.DealCommission;
import dev.partneros.attribution.commission.LedgerEntry;
import dev.partneros.attribution.commission.PayoutTerms;
import dev.partneros.attribution.commission.ReferralFee;
import dev.partneros.attribution.commission.ResaleTerms;
import dev.partneros.attribution.commission.SpiffTerms;
import dev.partneros.attribution.commission.VolumeBrackets;
import dev.partneros.attribution.commission.VolumeRebate;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.DateRange;
import dev.partneros.core.FieldPath;
import dev.partneros.core.FxRate;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.Problem;
import dev.partneros.core.ProblemCode;
import dev.partneros.core.Rate;
import dev.partneros.core.Tier;
import dev.partneros.core.internal.ProblemCollector;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One evaluation of the commission calculator: a short-lived, single-threaded object created per
 * call, holding the indexes and the per-partner simulation. It validates the facts (every problem at
 * once, with its path), builds each partner's lines in a canonical order (so no result depends on
 * the order of the facts), then replays the partner's events in date order: accruals (capped,
 * settled and rounded once), lines becoming payable, clawbacks (unpaid accruals first) and payout
 * runs (netting debits, carrying a payout below the minimum).
 */
public final class CommissionRun {

  private static final int ACCRUE = 0;
  private static final int PAYABLE = 1;
  private static final int CANCEL = 2;
  private static final int RUN = 3;

  private static final int R_DEAL = 0;
  private static final int R_SPIFF = 1;
  private static final int R_RECURRING = 2;
  private static final int R_COUNT = 3;
  private static final int R_COUNT_BONUS = 4;
  private static final int R_REBATE = 5;
  private static final int R_QUOTA = 6;

  private static final String YEAR_KEY = "Y";
  private static final String PERIOD_KEY = "P";

  private static final FieldPath FX_RATES = FieldPath.root().field("fxRates");
  private static final FieldPath SPIFF_WINDOWS = FieldPath.root().field("spiffWindows");
  private static final FieldPath QUOTAS = FieldPath.root().field("quotas");
  private static final FieldPath PARTNERS = FieldPath.root().field("partners");

  /** A deal's cancellations in canonical order: date, kind, value, partner, then position in the facts. */
  private static final Comparator<CancelFact> CANCEL_ORDER = Comparator
      .comparing((CancelFact c) -> c.cancellation.effective()).thenComparing(c -> c.cancellation.kind())
      .thenComparing(c -> c.cancellation.value().map(Money::amount).orElse(BigDecimal.ZERO))
      .thenComparing(c -> c.cancellation.partner().map(PartnerId::value).orElse(""))
      .thenComparingInt(c -> c.index);
  /** A deal's payments in canonical order: date, amount, then position in the facts. */
  private static final Comparator<PaymentFact> PAYMENT_ORDER = Comparator
      .comparing((PaymentFact p) -> p.payment().date()).thenComparing(p -> p.payment().amount().amount())
      .thenComparingInt(PaymentFact::index);
  /** A partner's quotas in order: quarter start, then target. */
  private static final Comparator<CommissionFacts.Quota> QUOTA_ORDER = Comparator
      .comparing((CommissionFacts.Quota q) -> q.quarter().startInclusive()).thenComparing(q -> q.target().amount());
  /** A partner's deals in canonical order: signature date, deal id, then position in the facts. */
  /** The lines a clawback takes from: latest accrual first, then id descending. */
  private static final Comparator<Draft> CLAWBACK_ORDER = Comparator.comparing((Draft d) -> d.accruedOn)
      .thenComparing(d -> d.id).reversed();
  /** A partner's lines in the result: accrual date, rank, id. */
  private static final Comparator<Draft> LINE_ORDER = Comparator.comparing((Draft d) -> d.accruedOn)
      .thenComparingInt(d -> d.rank).thenComparing(d -> d.id);
  /** One deal's lines in the per-deal call: rank, id. */
  private static final Comparator<Draft> DEAL_LINE_ORDER = Comparator.comparingInt((Draft d) -> d.rank)
      .thenComparing(d -> d.id);
  private static final Comparator<Row> ROW_ORDER = Comparator.comparing((Row r) -> r.deal.signed())
      .thenComparing(r -> r.deal.dealId()).thenComparingInt(r -> r.index);

  private final List<CommissionTerms> versions;
  private final CommissionFacts facts;
  private final LocalDate asOf;
  private final ResultBuilders builders;
  private final Currency programCurrency;
  private final ProblemCollector problems = new ProblemCollector();
  private final FxBook fx;
  private final Map<CommissionTerms, ClawbackCalculator> clawbackCalculators = new IdentityHashMap<>();
  private final Map<String, DealFacts> deals = new HashMap<>();
  private final Map<SpiffTerms.Kind, WindowIndex> windows = new EnumMap<>(SpiffTerms.Kind.class);
  private final Map<PartnerId, PartnerWork> partners;
  /** The partners in id order, the order of the results; filled once the facts are indexed. */
  private final List<PartnerWork> partnerOrder = new ArrayList<>();
  private final Map<Object, String> tableTexts = new IdentityHashMap<>();

  /**
   * Prepares a run.
   *
   * @param versions the program versions, earliest first, one currency
   * @param facts the facts
   * @param asOf the as-of date
   * @param builders the builders of the results
   */
  public CommissionRun(List<CommissionTerms> versions, CommissionFacts facts, LocalDate asOf, ResultBuilders builders) {
    this.versions = versions;
    this.builders = builders;
    this.facts = facts;
    this.asOf = asOf;
    this.programCurrency = versions.get(0).currency();
    this.fx = FxBook.of(facts.fxRates(), problems, FX_RATES);
    this.partners = new HashMap<>(facts.partners().size() * 4 / 3 + 1);
  }

  // ------------------------------------------------------------------------------------------
  // Indexing and validation

  private Optional<CommissionTerms> termsAt(LocalDate date) {
    CommissionTerms found = null;
    for (CommissionTerms terms : versions) {
      if (terms.effectiveFrom().isAfter(date)) {
        break;
      }
      found = terms;
    }
    return Optional.ofNullable(found);
  }

  private CommissionTerms termsOrFirst(LocalDate date) {
    return termsAt(date).orElse(versions.get(0));
  }

  /** Per deal id: the facts shared by every partner credited on it. */
  private static final class DealFacts {
    private final CommissionDeal first;
    private final List<CommissionFacts.Payment> payments = new ArrayList<>();
    private final List<Integer> paymentIndices = new ArrayList<>();
    private final List<CancelFact> cancellations = new ArrayList<>();
    private LocalDate firstPayment;

    private DealFacts(CommissionDeal first) {
      this.first = first;
    }
  }

  /** A payment with its index in the facts. */
  private record PaymentFact(int index, CommissionFacts.Payment payment) {}

  /** One deal credited to one partner: the key of the duplicate check. */
  private record RowKey(String dealId, PartnerId partner) {}

  /** A cancellation with its index in the facts and its ordinal among the deal's cancellations. */
  private static final class CancelFact {
    private final int index;
    private final CommissionFacts.Cancellation cancellation;
    private int ordinal;

    private CancelFact(int index, CommissionFacts.Cancellation cancellation) {
      this.index = index;
      this.cancellation = cancellation;
    }

    private boolean affects(PartnerId partner) {
      return cancellation.partner().map(partner::equals).orElse(true);
    }
  }

  /** One deal for one partner, with its program version, models and exact base. */
  private static final class Row {
    private final int index;
    private final CommissionDeal deal;
    private final DealFacts dealFacts;
    private CommissionTerms terms;
    private CommissionPlan.Models models;
    private BigDecimal baseP;
    private FxRate baseFx;

    private Row(int index, CommissionDeal deal, DealFacts dealFacts) {
      this.index = index;
      this.deal = deal;
      this.dealFacts = dealFacts;
    }

    private Rate factor() {
      return deal.attribution().creditFactor();
    }

    private BigDecimal toProgram(Money value) {
      return baseFx == null ? value.amount() : value.amount().multiply(baseFx.rate());
    }
  }

  /** Everything one partner's simulation works on. */
  private static final class PartnerWork {
    private final CommissionFacts.PartnerAccount account;
    private final int index;
    private final List<Row> rows = new ArrayList<>();
    private final List<Draft> drafts = new ArrayList<>();
    private final Set<LocalDate> missingSettlement = new HashSet<>();
    private final Map<String, List<Draft>> byDeal = new HashMap<>();
    private final List<Draft> adjustments = new ArrayList<>();
    private final List<LedgerEntry> entries = new ArrayList<>();
    private final List<CommissionResult.PayoutRun> runs = new ArrayList<>();
    private final List<ClawbackDecision> clawbacks = new ArrayList<>();
    private final List<ResaleTerms> resale = new ArrayList<>();
    private final List<CommissionFacts.Quota> quotas = new ArrayList<>(0);
    private final Map<String, BigDecimal> capRunning = new HashMap<>();
    private final Map<String, Money> currentValues = new HashMap<>();
    private boolean flagged;
    private Money accrued;
    private Money payable;

    private PartnerWork(CommissionFacts.PartnerAccount account, int index) {
      this.account = account;
      this.index = index;
      this.accrued = Money.zero(account.payoutCurrency());
      this.payable = accrued;
    }

    private Currency currency() {
      return account.payoutCurrency();
    }
  }

  /** A commission line in the making. */
  private static final class Draft {
    private final String id;
    private final CommissionLine.Kind kind;
    private final Row row;
    private final CommissionTerms terms;
    private final LocalDate accruedOn;
    private final int rank;
    private final List<Explain.Step> steps = new ArrayList<>(6);
    private ClawbackDecision decision;
    private Money base;
    private FxRate baseFx;
    private Rate rate;
    private Rate factor = Rate.ONE;
    private List<SpiffTerms.Kind> spiffs = List.of();
    private BigDecimal exact;
    private LocalDate payableOn;
    private String trigger = "on accrual";
    /** The trigger's date and the holdback after it, written after {@link #trigger} when known. */
    private LocalDate triggeredOn;
    private int holdbackDays;
    // recomputation on a new value (downgrades, partial refunds)
    private int model;
    private Rate modelRate;
    private VolumeBrackets brackets;
    private BigDecimal bracketBefore;
    private BigDecimal points;
    private BigDecimal multiplier;
    // quarterly quota bonus
    private DateRange quarter;
    private String quotaVolume;
    private String quotaTarget;
    // simulation
    private CommissionLine.CapHit capHit;
    private BigDecimal capped;
    private FxRate settleFx;
    private BigDecimal unrounded;
    private Money amount;
    private Money cancelled;
    private boolean payableReached;
    private boolean paid;
    private LocalDate paidOn;
    private LocalDate paymentDue;

    private Draft(String id, CommissionLine.Kind kind, Row row, CommissionTerms terms, LocalDate accruedOn, int rank) {
      this.id = id;
      this.kind = kind;
      this.row = row;
      this.terms = terms;
      this.accruedOn = accruedOn;
      this.rank = rank;
    }

    private boolean valueBased() {
      return model != 0;
    }

    private BigDecimal exactFor(BigDecimal baseP) {
      BigDecimal value = model == 1 ? modelRate.applyTo(baseP) : brackets.increment(bracketBefore, baseP);
      if (points != null) {
        value = value.add(baseP.multiply(points));
      }
      if (multiplier != null) {
        value = value.multiply(multiplier);
      }
      return factor.applyTo(value);
    }

    private Money net() {
      return amount.minus(cancelled);
    }
  }

  /** Builds a path such as {@code deals[3].attribution.partner}; called only when a check fails. */
  private static FieldPath at(String list, int index, String... fields) {
    FieldPath path = FieldPath.root().field(list).index(index);
    for (String field : fields) {
      path = path.field(field);
    }
    return path;
  }

  private void fail(FieldPath path, ProblemCode code, String rule, Object rejected) {
    problems.add(Problem.error(path, code, rule, rejected));
  }

  private String text(Object table) {
    return tableTexts.computeIfAbsent(table, Object::toString);
  }

  private String amountP(BigDecimal exact) {
    return Exact.amount(exact, programCurrency);
  }

  private void index() {
    List<CommissionFacts.PartnerAccount> accounts = facts.partners();
    for (int i = 0; i < accounts.size(); i++) {
      CommissionFacts.PartnerAccount account = accounts.get(i);
      PartnerWork same = partners.get(account.id());
      if (same != null) {
        fail(at("partners", i, "id"), CoreProblemCode.DUPLICATE, "name each partner once (partners[" + same.index
            + "] has it too)", account.id());
        continue;
      }
      if (!account.payoutCurrency().equals(programCurrency) && account.minimumPayout().isEmpty()) {
        fail(at("partners", i, "minimumPayout"), CoreProblemCode.MISSING, "be present: the partner is paid in "
            + account.payoutCurrency().getCurrencyCode() + " and the program's minimum payout is in "
            + programCurrency.getCurrencyCode() + " (never converted silently)", null);
      }
      PartnerWork work = new PartnerWork(account, i);
      partners.put(account.id(), work);
      partnerOrder.add(work);
    }
    if (partnerOrder.size() > 1) {
      partnerOrder.sort(Comparator.comparing(p -> p.account.id()));
    }
    Set<RowKey> seenRows = new HashSet<>(facts.deals().size() * 4 / 3 + 1);
    List<CommissionDeal> dealList = facts.deals();
    for (int i = 0; i < dealList.size(); i++) {
      CommissionDeal deal = dealList.get(i);
      PartnerWork partner = partners.get(deal.partner());
      if (partner == null) {
        fail(at("deals", i, "attribution", "partner"), AttributionProblemCode.UNKNOWN_PARTNER, "be a partner of the facts (partners[].id)",
            deal.partner());
      }
      if (!seenRows.add(new RowKey(deal.dealId(), deal.partner()))) {
        fail(at("deals", i), CoreProblemCode.DUPLICATE, "appear once per deal and partner", deal.dealId() + " / " + deal.partner());
      }
      DealFacts dealFacts = deals.get(deal.dealId());
      if (dealFacts == null) {
        dealFacts = new DealFacts(deal);
        deals.put(deal.dealId(), dealFacts);
      } else {
        CommissionDeal first = dealFacts.first;
        if (!(first.amount().equals(deal.amount()) && first.signed().equals(deal.signed())
            && first.startDate().equals(deal.startDate()))) {
          fail(at("deals", i), CoreProblemCode.INCONSISTENT, "agree with the other partners' rows of deal " + deal.dealId()
              + " on amount, signed and customerStart", deal.amount() + " signed " + deal.signed() + " start "
              + deal.startDate());
        }
      }
      if (partner != null) {
        partner.rows.add(new Row(i, deal, dealFacts));
      }
    }
    List<CommissionFacts.Payment> payments = facts.payments();
    for (int i = 0; i < payments.size(); i++) {
      CommissionFacts.Payment payment = payments.get(i);
      DealFacts dealFacts = deals.get(payment.dealId());
      if (dealFacts == null) {
        fail(at("payments", i, "dealId"), AttributionProblemCode.UNKNOWN_DEAL, "be a deal of the facts", payment.dealId());
        continue;
      }
      CommissionDeal deal = dealFacts.first;
      boolean ok = true;
      if (payment.date().isBefore(deal.signed())) {
        ok = false;
        fail(at("payments", i, "date"), CoreProblemCode.BEFORE_START, "be on or after the day deal " + deal.dealId()
            + " was signed, " + deal.signed(), payment.date());
      }
      if (!payment.amount().currency().equals(deal.amount().currency())) {
        ok = false;
        fail(at("payments", i, "amount"), CoreProblemCode.CURRENCY_MISMATCH, "be in the deal's currency "
            + deal.amount().currency().getCurrencyCode(), payment.amount());
      }
      if (ok && !payment.date().isAfter(asOf)) {
        dealFacts.payments.add(payment);
        dealFacts.paymentIndices.add(i);
        if (dealFacts.firstPayment == null || payment.date().isBefore(dealFacts.firstPayment)) {
          dealFacts.firstPayment = payment.date();
        }
      }
    }
    List<CommissionFacts.Cancellation> cancellations = facts.cancellations();
    for (int i = 0; i < cancellations.size(); i++) {
      CommissionFacts.Cancellation cancellation = cancellations.get(i);
      DealFacts dealFacts = deals.get(cancellation.dealId());
      if (dealFacts == null) {
        fail(at("cancellations", i, "dealId"), AttributionProblemCode.UNKNOWN_DEAL, "be a deal of the facts", cancellation.dealId());
        continue;
      }
      CommissionDeal deal = dealFacts.first;
      boolean ok = true;
      if (cancellation.effective().isBefore(deal.startDate())) {
        ok = false;
        fail(at("cancellations", i, "effective"), CoreProblemCode.BEFORE_START, "be on or after the customer's start date "
            + deal.startDate() + " of deal " + deal.dealId(), cancellation.effective());
      }
      if (cancellation.value().isPresent()) {
        Money value = cancellation.value().get();
        if (!value.currency().equals(deal.amount().currency())) {
          ok = false;
          fail(at("cancellations", i, "value"), CoreProblemCode.CURRENCY_MISMATCH, "be in the deal's currency "
              + deal.amount().currency().getCurrencyCode(), value);
        } else if (value.isGreaterThan(deal.amount())) {
          ok = false;
          fail(at("cancellations", i, "value"), CoreProblemCode.OUT_OF_RANGE, "be at most the deal's value " + deal.amount(), value);
        }
      }
      if (cancellation.partner().isPresent()) {
        PartnerId partner = cancellation.partner().get();
        if (!seenRows.contains(new RowKey(cancellation.dealId(), partner))) {
          ok = false;
          fail(at("cancellations", i, "partner"), AttributionProblemCode.UNKNOWN_PARTNER, "be a partner credited on deal "
              + cancellation.dealId(), partner);
        }
      }
      if (ok && !cancellation.effective().isAfter(asOf)) {
        dealFacts.cancellations.add(new CancelFact(i, cancellation));
      }
    }
    for (DealFacts dealFacts : deals.values()) {
      if (dealFacts.cancellations.size() > 1) {
        dealFacts.cancellations.sort(CANCEL_ORDER);
        for (int k = 0; k < dealFacts.cancellations.size(); k++) {
          dealFacts.cancellations.get(k).ordinal = k;
        }
      }
      if (dealFacts.payments.size() > 1) {
        sortPayments(dealFacts);
      }
    }
    List<CommissionFacts.SpiffWindow> windowList = facts.spiffWindows();
    Map<SpiffTerms.Kind, List<CommissionFacts.SpiffWindow>> byKind = new EnumMap<>(SpiffTerms.Kind.class);
    for (int i = 0; i < windowList.size(); i++) {
      CommissionFacts.SpiffWindow window = windowList.get(i);
      if (window.kind() == SpiffTerms.Kind.PRODUCT_LAUNCH) {
        SpiffTerms spiffs = termsOrFirst(window.period().startInclusive()).plan().spiffs();
        long days = window.period().lengthInDays();
        if (days < spiffs.launchMinDays() || days > spiffs.launchMaxDays()) {
          fail(SPIFF_WINDOWS.index(i).field("period"), CoreProblemCode.OUT_OF_RANGE,
              "last " + spiffs.launchMinDays() + " to " + spiffs.launchMaxDays() + " days", days + " days");
        }
      }
      byKind.computeIfAbsent(window.kind(), k -> new ArrayList<>()).add(window);
    }
    byKind.forEach((kind, list) -> windows.put(kind, WindowIndex.of(list)));
    List<CommissionFacts.Quota> quotas = facts.quotas();
    for (int i = 0; i < quotas.size(); i++) {
      CommissionFacts.Quota quota = quotas.get(i);
      PartnerWork partner = partners.get(quota.partner());
      if (partner == null) {
        fail(QUOTAS.index(i).field("partner"), AttributionProblemCode.UNKNOWN_PARTNER, "be a partner of the facts",
            quota.partner());
      }
      DateRange fiscal = termsOrFirst(quota.quarter().startInclusive()).fiscalCalendar()
          .quarterOf(quota.quarter().startInclusive());
      if (!fiscal.equals(quota.quarter())) {
        fail(QUOTAS.index(i).field("quarter"), CoreProblemCode.INVALID_VALUE,
            "be a fiscal quarter of the program, such as " + fiscal, quota.quarter());
      }
      if (!quota.target().currency().equals(programCurrency)) {
        fail(QUOTAS.index(i).field("target"), CoreProblemCode.CURRENCY_MISMATCH,
            "be in the program's currency " + programCurrency.getCurrencyCode(), quota.target());
      }
      if (partner != null && !quota.quarter().endInclusive().isAfter(asOf)) {
        partner.quotas.add(quota);
      }
    }
  }

  private static void sortPayments(DealFacts dealFacts) {
    List<PaymentFact> sorted = new ArrayList<>(dealFacts.payments.size());
    for (int k = 0; k < dealFacts.payments.size(); k++) {
      sorted.add(new PaymentFact(dealFacts.paymentIndices.get(k), dealFacts.payments.get(k)));
    }
    sorted.sort(PAYMENT_ORDER);
    dealFacts.payments.clear();
    dealFacts.paymentIndices.clear();
    for (PaymentFact fact : sorted) {
      dealFacts.payments.add(fact.payment());
      dealFacts.paymentIndices.add(fact.index());
    }
  }

  private void prepareRows(PartnerWork partner) {
    if (partner.rows.size() > 1) {
      partner.rows.sort(ROW_ORDER);
    }
    List<Row> kept = new ArrayList<>();
    for (Row row : partner.rows) {
      CommissionDeal deal = row.deal;
      if (deal.signed().isAfter(asOf)) {
        continue;
      }
      Optional<CommissionTerms> terms = termsAt(deal.signed());
      if (terms.isEmpty()) {
        fail(at("deals", row.index, "signed"), CoreProblemCode.BEFORE_FIRST_VERSION,
            "be on or after the first program version's effectiveFrom " + versions.get(0).effectiveFrom(),
            deal.signed());
        continue;
      }
      row.terms = terms.get();
      row.models = row.terms.plan().modelsFor(partner.account.type()).orElse(null);
      if (row.models == null || row.factor().isZero()) {
        continue;
      }
      if (row.models.needsTier()) {
        if (deal.tier().isEmpty()) {
          fail(at("deals", row.index, "tier"), CoreProblemCode.MISSING, "be present: the " + partner.account.type()
              + " models need the partner's tier at the deal date", null);
          continue;
        }
        if (!row.terms.benefits().ladder().contains(deal.tier().get())) {
          fail(at("deals", row.index, "tier"), CoreProblemCode.UNKNOWN_TIER, "be a tier of the ladder "
              + row.terms.benefits().ladder(), deal.tier().get());
          continue;
        }
      }
      Currency dealCurrency = deal.amount().currency();
      if (dealCurrency.equals(programCurrency)) {
        row.baseP = deal.amount().amount();
      } else {
        Optional<FxRate> rate = fx.find(dealCurrency, programCurrency, deal.signed());
        if (rate.isEmpty()) {
          fail(at("deals", row.index, "amount"), CoreProblemCode.MISSING, "have an FX rate " + dealCurrency.getCurrencyCode()
              + " -> " + programCurrency.getCurrencyCode() + " fixed at " + deal.signed()
              + " (the transaction date) in fxRates", deal.amount());
          continue;
        }
        row.baseFx = rate.get();
        row.baseP = deal.amount().amount().multiply(row.baseFx.rate());
      }
      kept.add(row);
    }
    partner.rows.clear();
    partner.rows.addAll(kept);
  }

  // ------------------------------------------------------------------------------------------
  // Lines

  private FxRate settlement(PartnerWork partner, LocalDate date, String lineId) {
    if (partner.currency().equals(programCurrency)) {
      return null;
    }
    Optional<FxRate> rate = fx.find(programCurrency, partner.currency(), date);
    if (rate.isEmpty() && partner.missingSettlement.add(date)) {
      problems.check(false, PARTNERS.index(partner.index).field("payoutCurrency"),
          CoreProblemCode.MISSING, "have an FX rate " + programCurrency.getCurrencyCode() + " -> "
              + partner.currency().getCurrencyCode() + " fixed at " + date + " (the transaction date of "
              + lineId + ") in fxRates", partner.currency().getCurrencyCode());
    }
    return rate.orElse(null);
  }

  private Draft draft(PartnerWork partner, String id, CommissionLine.Kind kind, Row row, CommissionTerms terms,
      LocalDate accruedOn, int rank) {
    Draft draft = new Draft(id, kind, row, terms, accruedOn, rank);
    draft.settleFx = settlement(partner, accruedOn, id);
    partner.drafts.add(draft);
    if (row != null) {
      partner.byDeal.computeIfAbsent(row.deal.dealId(), k -> new ArrayList<>()).add(draft);
    }
    return draft;
  }

  private LocalDate triggerDate(Row row, Draft draft) {
    PayoutTerms payout = row.terms.plan().payout();
    switch (payout.trigger()) {
      case IMPLEMENTATION_COMPLETE:
        draft.trigger = "implementation complete";
        return row.deal.implementationCompleted().filter(d -> !d.isAfter(asOf)).orElse(null);
      case TRIAL_COMPLETE:
        draft.trigger = "trial complete (" + payout.trialDays() + " days)";
        return row.deal.startDate().plusDays(payout.trialDays());
      default:
        draft.trigger = "first payment";
        return row.dealFacts.firstPayment;
    }
  }

  private void dealTiming(Row row, Draft draft) {
    LocalDate trigger = triggerDate(row, draft);
    if (trigger != null) {
      LocalDate payable = trigger.plusDays(row.terms.plan().payout().holdbackDays());
      draft.payableOn = payable.isBefore(draft.accruedOn) ? draft.accruedOn : payable;
      draft.triggeredOn = trigger;
      draft.holdbackDays = row.terms.plan().payout().holdbackDays();
    }
  }

  /** The windows of a kind containing a date, in the order of the facts (a binary search). */
  private List<CommissionFacts.SpiffWindow> windowsAt(SpiffTerms.Kind kind, LocalDate date) {
    WindowIndex index = windows.get(kind);
    return index == null ? List.of() : index.containing(date);
  }

  /** The first window of a kind containing a date, in the order of the facts. */
  private Optional<CommissionFacts.SpiffWindow> window(SpiffTerms.Kind kind, LocalDate date) {
    List<CommissionFacts.SpiffWindow> found = windowsAt(kind, date);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /** Applies the bundle and launch uplifts and the attribution factor to a rate-based line. */
  private void uplifts(Row row, Draft draft, BigDecimal modelExact, BigDecimal baseP) {
    Currency pc = programCurrency;
    BigDecimal value = modelExact;
    List<SpiffTerms.Kind> applied = null;
    if (row.models.spiffs()) {
      SpiffTerms spiffs = row.terms.plan().spiffs();
      Optional<CommissionFacts.SpiffWindow> bundle = window(SpiffTerms.Kind.BUNDLE, row.deal.signed());
      if (bundle.isPresent() && row.deal.products().size() >= spiffs.bundleMinProducts()) {
        draft.points = spiffs.bundlePoints().value();
        BigDecimal extra = baseP.multiply(draft.points);
        value = value.add(extra);
        applied = new ArrayList<>(2);
        applied.add(SpiffTerms.Kind.BUNDLE);
        BigDecimal bundled = value;
        draft.steps.add(new Explain.Bundle(spiffs.bundleMinProducts(), bundled, pc, row.deal.products().size(),
            bundle.get().period(), spiffs.bundlePoints()));
      }
      for (CommissionFacts.SpiffWindow launch : windowsAt(SpiffTerms.Kind.PRODUCT_LAUNCH, row.deal.signed())) {
        Optional<String> product = row.deal.products().stream().filter(launch.products()::contains).findFirst();
        if (product.isPresent()) {
          draft.multiplier = spiffs.launchMultiplier();
          value = value.multiply(draft.multiplier);
          if (applied == null) {
            applied = new ArrayList<>(1);
          }
          applied.add(SpiffTerms.Kind.PRODUCT_LAUNCH);
          BigDecimal launched = value;
          draft.steps.add(new Explain.Launch(launched, pc, product.get(), launch.period(), draft.multiplier));
          break;
        }
      }
    }
    draft.spiffs = applied == null ? List.of() : List.copyOf(applied);
    factor(row, draft, value);
  }

  private void factor(Row row, Draft draft, BigDecimal value) {
    Currency pc = programCurrency;
    draft.factor = row.factor();
    BigDecimal exact = draft.factor.applyTo(value);
    draft.exact = exact;
    draft.steps.add(new Explain.Factor(exact, pc, row.deal.attribution().type(), draft.factor));
  }

  private void baseOf(Row row, Draft draft) {
    Currency pc = programCurrency;
    draft.base = row.deal.amount();
    draft.baseFx = row.baseFx;
    if (row.baseFx != null) {
      draft.steps.add(new Explain.FxBase(row.baseP, pc, row.deal.amount(), row.baseFx));
    }
  }

  private void dealLines(PartnerWork partner, Row row, Map<Integer, BigDecimal> yearVolumes, boolean firstDeal) {
    Currency pc = programCurrency;
    CommissionDeal deal = row.deal;
    CommissionPlan.Models models = row.models;
    String prefix = deal.dealId() + "/" + deal.partner().value() + "/";
    if (models.referralFee().isPresent()) {
      ReferralFee fee = models.referralFee().get();
      Draft draft = draft(partner, prefix + CommissionLine.Kind.REFERRAL_FEE, CommissionLine.Kind.REFERRAL_FEE, row, row.terms,
          deal.signed(), R_DEAL);
      if (fee.rate().isPresent()) {
        baseOf(row, draft);
        draft.rate = fee.rate().get();
        draft.model = 1;
        draft.modelRate = draft.rate;
        BigDecimal model = draft.rate.applyTo(row.baseP);
        draft.steps.add(new Explain.ReferralRate(model, pc, draft.rate, deal.amount()));
        uplifts(row, draft, model, row.baseP);
      } else {
        BigDecimal flat = fee.flat().get();
        draft.base = row.terms.money(flat);
        draft.steps.add(new Explain.ReferralFlat(flat, pc));
        factor(row, draft, flat);
      }
      dealTiming(row, draft);
    }
    if (models.tierRate()) {
      Tier tier = deal.tier().orElseThrow();
      Draft draft = draft(partner, prefix + CommissionLine.Kind.TIER_RATE, CommissionLine.Kind.TIER_RATE, row, row.terms, deal.signed(),
          R_DEAL);
      baseOf(row, draft);
      draft.rate = row.terms.benefits().commissionRate(tier);
      draft.model = 1;
      draft.modelRate = draft.rate;
      BigDecimal model = draft.rate.applyTo(row.baseP);
      draft.steps.add(new Explain.TierRate(model, pc, tier, draft.rate, deal.amount()));
      uplifts(row, draft, model, row.baseP);
      dealTiming(row, draft);
    }
    if (models.volumeBrackets().isPresent()) {
      VolumeBrackets brackets = models.volumeBrackets().get();
      int year = row.terms.fiscalCalendar().fiscalYear(deal.signed());
      BigDecimal before = yearVolumes.getOrDefault(year, BigDecimal.ZERO);
      BigDecimal after = before.add(row.baseP);
      Draft draft = draft(partner, prefix + CommissionLine.Kind.VOLUME_BRACKET, CommissionLine.Kind.VOLUME_BRACKET, row, row.terms,
          deal.signed(), R_DEAL);
      baseOf(row, draft);
      draft.rate = brackets.brackets().rateFor(after, Optional.empty());
      draft.model = 2;
      draft.brackets = brackets;
      draft.bracketBefore = before;
      BigDecimal commissionBefore = brackets.commission(before);
      BigDecimal commissionAfter = brackets.commission(after);
      BigDecimal model = commissionAfter.subtract(commissionBefore);
      draft.steps.add(new Explain.Bracket(brackets, before, after, year, commissionBefore, commissionAfter, pc));
      uplifts(row, draft, model, row.baseP);
      dealTiming(row, draft);
    }
    if (models.resaleMargin().isPresent()) {
      Tier tier = deal.tier().orElseThrow();
      ResaleTerms terms = models.resaleMargin().get().terms(deal.amount(), tier.toString(),
          row.terms.benefits().resaleMargin(tier), deal.registered(), row.terms.rounding());
      partner.resale.add(ResaleTerms.builder().from(terms).dealId(deal.dealId()).partner(deal.partner()).build());
    }
    if (models.spiffs() && firstDeal) {
      SpiffTerms spiffs = row.terms.plan().spiffs();
      long days = ChronoUnit.DAYS.between(partner.account.joined(), deal.signed());
      Optional<CommissionFacts.SpiffWindow> window = window(SpiffTerms.Kind.FIRST_DEAL, deal.signed());
      if (window.isPresent() && days >= 0 && days <= spiffs.firstDealWithinDays()) {
        Draft draft = draft(partner, prefix + CommissionLine.Kind.SPIFF_FIRST_DEAL, CommissionLine.Kind.SPIFF_FIRST_DEAL, row, row.terms,
            deal.signed(), R_SPIFF);
        draft.base = row.terms.money(spiffs.firstDealAmount());
        draft.exact = spiffs.firstDealAmount();
        draft.steps.add(new Explain.FirstDeal(spiffs.firstDealWithinDays(), draft.exact, pc, deal.signed(), days,
            partner.account.joined(), window.get().period()));
        dealTiming(row, draft);
      }
    }
    if (models.spiffs() && deal.competitiveDisplacement()) {
      Optional<CommissionFacts.SpiffWindow> window = window(SpiffTerms.Kind.COMPETITIVE_DISPLACEMENT, deal.signed());
      if (window.isPresent()) {
        SpiffTerms spiffs = row.terms.plan().spiffs();
        Draft draft = draft(partner, prefix + CommissionLine.Kind.SPIFF_COMPETITIVE_DISPLACEMENT,
            CommissionLine.Kind.SPIFF_COMPETITIVE_DISPLACEMENT, row, row.terms, deal.signed(), R_SPIFF);
        draft.base = row.terms.money(spiffs.displacementAmount());
        draft.exact = spiffs.displacementAmount();
        draft.steps.add(new Explain.Displacement(draft.exact, pc, deal.signed(), window.get().period()));
        dealTiming(row, draft);
      }
    }
    if (models.recurringShare().isPresent()) {
      recurringLines(partner, row, prefix);
    }
  }

  private LocalDate churn(Row row) {
    for (CancelFact c : row.dealFacts.cancellations) {
      if (c.affects(row.deal.partner()) && c.cancellation.endsDeal()) {
        return c.cancellation.effective();
      }
    }
    return null;
  }

  private void recurringLines(PartnerWork partner, Row row, String prefix) {
    Currency pc = programCurrency;
    var share = row.models.recurringShare().get();
    LocalDate start = row.deal.startDate();
    LocalDate end = start.plusMonths(share.months());
    LocalDate churn = churn(row);
    Currency dealCurrency = row.deal.amount().currency();
    for (int k = 0; k < row.dealFacts.payments.size(); k++) {
      CommissionFacts.Payment payment = row.dealFacts.payments.get(k);
      LocalDate date = payment.date();
      if (date.isBefore(start) || !date.isBefore(end) || (churn != null && !date.isBefore(churn))) {
        continue;
      }
      BigDecimal baseP;
      FxRate rate = null;
      if (dealCurrency.equals(programCurrency)) {
        baseP = payment.amount().amount();
      } else {
        Optional<FxRate> found = fx.find(dealCurrency, programCurrency, date);
        if (found.isEmpty()) {
          fail(at("payments", row.dealFacts.paymentIndices.get(k), "amount"), CoreProblemCode.MISSING, "have an FX rate "
              + dealCurrency.getCurrencyCode() + " -> " + programCurrency.getCurrencyCode() + " fixed at " + date
              + " (the transaction date) in fxRates", payment.amount());
          continue;
        }
        rate = found.get();
        baseP = payment.amount().amount().multiply(rate.rate());
      }
      Draft draft = draft(partner, prefix + CommissionLine.Kind.RECURRING_SHARE + "/" + date + "/" + k, CommissionLine.Kind.RECURRING_SHARE,
          row, row.terms, date, R_RECURRING);
      draft.base = payment.amount();
      draft.baseFx = rate;
      draft.rate = share.rate();
      BigDecimal model = share.rate().applyTo(baseP);
      draft.steps.add(new Explain.Recurring(model, pc, share.rate(), payment.amount(), date, share.months(), start));
      if (rate != null) {
        draft.steps.add(new Explain.FxBase(baseP, pc, payment.amount(), rate));
      }
      factor(row, draft, model);
      draft.payableOn = date.plusDays(row.terms.plan().payout().holdbackDays());
      draft.trigger = "payment collected";
      draft.triggeredOn = date;
      draft.holdbackDays = row.terms.plan().payout().holdbackDays();
    }
  }

  /** The deal's value for a partner on a date, after the cancellations effective by then; null once ended. */
  private Money valueAt(Row row, LocalDate date) {
    Money value = row.deal.amount();
    for (CancelFact c : row.dealFacts.cancellations) {
      if (c.cancellation.effective().isAfter(date)) {
        break;
      }
      if (!c.affects(row.deal.partner())) {
        continue;
      }
      switch (c.cancellation.kind()) {
        case DOWNGRADE:
          value = c.cancellation.value().get().min(value);
          break;
        case PARTIAL_REFUND:
          value = value.minus(c.cancellation.value().get().min(value));
          break;
        default:
          return null;
      }
    }
    return value;
  }

  private void countLines(PartnerWork partner, Map<YearMonth, List<Row>> months) {
    Currency pc = programCurrency;
    for (Map.Entry<YearMonth, List<Row>> month : months.entrySet()) {
      LocalDate end = month.getKey().atEndOfMonth();
      if (end.isAfter(asOf)) {
        continue;
      }
      List<Row> eligible = new ArrayList<>();
      List<Money> values = new ArrayList<>();
      for (Row row : month.getValue()) {
        Money value = valueAt(row, end);
        if (value != null) {
          eligible.add(row);
          values.add(value);
        }
      }
      int count = eligible.size();
      if (count == 0) {
        continue;
      }
      for (int k = 0; k < count; k++) {
        Row row = eligible.get(k);
        CountBrackets brackets = row.models.countBrackets().get();
        Draft draft = draft(partner, row.deal.dealId() + "/" + row.deal.partner().value() + "/" + CommissionLine.Kind.COUNT_BRACKET,
            CommissionLine.Kind.COUNT_BRACKET, row, row.terms, end, R_COUNT);
        Money value = values.get(k);
        BigDecimal baseP = row.toProgram(value);
        draft.base = value;
        draft.baseFx = row.baseFx;
        draft.rate = brackets.rateFor(count);
        draft.model = 1;
        draft.modelRate = draft.rate;
        BigDecimal model = draft.rate.applyTo(baseP);
        draft.steps.add(new Explain.Count(brackets, count, model, pc, month.getKey(), draft.rate, value));
        if (row.baseFx != null) {
          draft.steps.add(new Explain.FxBase(baseP, pc, value, row.baseFx));
        }
        uplifts(row, draft, model, baseP);
        dealTiming(row, draft);
      }
      CommissionTerms terms = termsOrFirst(end);
      Optional<CommissionPlan.Models> models = terms.plan().modelsFor(partner.account.type());
      if (models.isPresent() && models.get().countBrackets().isPresent()) {
        CountBrackets brackets = models.get().countBrackets().get();
        Optional<BigDecimal> bonus = brackets.bonusFor(count);
        if (bonus.isPresent() && bonus.get().signum() > 0) {
          Draft draft = draft(partner, partner.account.id().value() + "/" + CommissionLine.Kind.COUNT_BONUS + "/" + month.getKey(),
              CommissionLine.Kind.COUNT_BONUS, null, terms, end, R_COUNT_BONUS);
          draft.base = terms.money(bonus.get());
          draft.exact = bonus.get();
          draft.steps.add(new Explain.CountBonus(brackets, count, draft.exact, pc, month.getKey()));
          draft.payableOn = end;
        }
      }
    }
  }

  private void rebateLines(PartnerWork partner, List<Row> resaleRows) {
    Currency pc = programCurrency;
    if (resaleRows.isEmpty()) {
      return;
    }
    LocalDate cursor = resaleRows.get(0).deal.signed();
    Map<LocalDate, BigDecimal> accruedByYear = new HashMap<>();
    while (true) {
      CommissionTerms terms = termsOrFirst(cursor);
      DateRange quarter = terms.fiscalCalendar().quarterOf(cursor);
      LocalDate end = quarter.endInclusive();
      if (end.isAfter(asOf)) {
        break;
      }
      cursor = end.plusDays(1);
      CommissionTerms atEnd = termsOrFirst(end);
      Optional<VolumeRebate> rebate = atEnd.plan().modelsFor(partner.account.type())
          .flatMap(CommissionPlan.Models::volumeRebate);
      if (rebate.isEmpty()) {
        continue;
      }
      DateRange year = atEnd.fiscalCalendar().yearOf(end);
      BigDecimal volume = BigDecimal.ZERO;
      boolean any = false;
      for (Row row : resaleRows) {
        if (row.deal.signed().isBefore(year.startInclusive()) || row.deal.signed().isAfter(end)) {
          continue;
        }
        any = true;
        Money value = valueAt(row, end);
        if (value != null) {
          volume = volume.add(row.toProgram(value));
        }
      }
      if (!any) {
        continue;
      }
      BigDecimal yearRebate;
      Rate rate;
      try {
        rate = rebate.get().bands().rateFor(volume, partner.account.customRebateRate());
        yearRebate = rate.applyTo(volume);
      } catch (InvalidFactsException e) {
        problems.check(false, PARTNERS.index(partner.index).field("customRebateRate"),
            CoreProblemCode.MISSING, "be present: the annual resale volume " + amountP(volume) + " to " + end
                + " reached the custom rebate band " + rebate.get().bands().bracketFor(volume)
                + " (an explicit per-partner rate; never zero)", null);
        continue;
      }
      BigDecimal before = accruedByYear.getOrDefault(year.startInclusive(), BigDecimal.ZERO);
      accruedByYear.put(year.startInclusive(), yearRebate);
      Draft draft = draft(partner, partner.account.id().value() + "/" + CommissionLine.Kind.VOLUME_REBATE + "/" + end,
          CommissionLine.Kind.VOLUME_REBATE, null, atEnd, end, R_REBATE);
      draft.base = Money.of(volume, programCurrency, atEnd.rounding());
      draft.rate = rate;
      BigDecimal exact = yearRebate.subtract(before);
      BigDecimal yearVolume = volume;
      draft.exact = exact;
      draft.steps.add(new Explain.Rebate(rebate.get(), exact, yearVolume, atEnd.fiscalCalendar().fiscalYear(end), end, rate,
          yearRebate, before, pc));
      draft.payableOn = end;
    }
  }

  private void quotaLines(PartnerWork partner) {
    List<CommissionFacts.Quota> quotas = partner.quotas;
    if (quotas.isEmpty()) {
      return;
    }
    quotas.sort(QUOTA_ORDER);
    Set<LocalDate> done = new HashSet<>();
    for (CommissionFacts.Quota quota : quotas) {
      LocalDate end = quota.quarter().endInclusive();
      CommissionTerms terms = termsOrFirst(end);
      Optional<CommissionPlan.Models> models = terms.plan().modelsFor(partner.account.type());
      Optional<CommissionFacts.SpiffWindow> window = window(SpiffTerms.Kind.QUARTERLY_QUOTA, end);
      if (models.isEmpty() || !models.get().spiffs() || window.isEmpty() || !done.add(end)) {
        continue;
      }
      BigDecimal volume = BigDecimal.ZERO;
      for (Row row : partner.rows) {
        if (quota.quarter().contains(row.deal.signed())) {
          Money value = valueAt(row, end);
          if (value != null) {
            volume = volume.add(row.toProgram(value));
          }
        }
      }
      if (volume.compareTo(quota.target().amount()) < 0) {
        continue;
      }
      Draft draft = draft(partner, partner.account.id().value() + "/" + CommissionLine.Kind.SPIFF_QUARTERLY_QUOTA + "/" + end,
          CommissionLine.Kind.SPIFF_QUARTERLY_QUOTA, null, terms, end, R_QUOTA);
      draft.rate = terms.plan().spiffs().quotaBonusRate();
      draft.quarter = quota.quarter();
      draft.quotaVolume = amountP(volume);
      draft.quotaTarget = Exact.money(quota.target());
      draft.payableOn = end;
    }
  }

  private void buildLines(PartnerWork partner) {
    prepareRows(partner);
    Map<Integer, BigDecimal> yearVolumes = new HashMap<>();
    Map<YearMonth, List<Row>> countMonths = new TreeMap<>();
    List<Row> resaleRows = new ArrayList<>();
    boolean first = true;
    for (Row row : partner.rows) {
      dealLines(partner, row, yearVolumes, first);
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
    countLines(partner, countMonths);
    rebateLines(partner, resaleRows);
    quotaLines(partner);
  }

  // ------------------------------------------------------------------------------------------
  // Simulation

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

  private void simulate(PartnerWork partner) {
    List<Event> events = new ArrayList<>(partner.drafts.size() * 2 + 16);
    LocalDate firstDate = null;
    for (Draft draft : partner.drafts) {
      events.add(new Event(draft.accruedOn, ACCRUE, draft.rank, draft.id, draft, null, null));
      if (draft.payableOn != null && !draft.payableOn.isAfter(asOf)) {
        events.add(new Event(draft.payableOn, PAYABLE, 0, draft.id, draft, null, null));
      }
      if (firstDate == null || draft.accruedOn.isBefore(firstDate)) {
        firstDate = draft.accruedOn;
      }
    }
    for (Row row : partner.rows) {
      for (CancelFact c : row.dealFacts.cancellations) {
        if (c.affects(row.deal.partner()) && partner.byDeal.containsKey(row.deal.dealId())) {
          events.add(new Event(c.cancellation.effective(), CANCEL, 0, row.deal.dealId() + "#" + c.ordinal, null, c,
              row));
        }
      }
    }
    if (firstDate != null) {
      YearMonth month = YearMonth.from(firstDate);
      while (!month.atEndOfMonth().isAfter(asOf)) {
        LocalDate end = month.atEndOfMonth();
        CommissionTerms terms = termsOrFirst(end);
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
  private static DateRange payoutPeriod(CommissionTerms terms, LocalDate date) {
    if (terms.plan().payout().period() == PayoutTerms.Period.MONTHLY) {
      YearMonth month = YearMonth.from(date);
      return DateRange.ofClosed(month.atDay(1), month.atEndOfMonth());
    }
    return terms.fiscalCalendar().quarterOf(date);
  }

  private void applyCaps(PartnerWork partner, Draft draft) {
    Currency pc = programCurrency;
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
      draft.capHit = builders.capHit().cap(tightest).limit(draft.terms.money(limit)).uncapped(exact).capped(room)
          .build();
      draft.steps.add(new Explain.Cap(limit, room, tightest, counted, exact, pc));
    }
    for (int k = 0; k < keys.length; k++) {
      if (keys[k] != null) {
        partner.capRunning.merge(keys[k], draft.capped, BigDecimal::add);
      }
    }
  }

  private void accrue(PartnerWork partner, Draft draft) {
    Currency pc = programCurrency;
    if (draft.kind == CommissionLine.Kind.SPIFF_QUARTERLY_QUOTA) {
      BigDecimal base = BigDecimal.ZERO;
      for (Draft other : partner.drafts) {
        if (other.kind.isDealModel() && other.capped != null && draft.quarter.contains(other.accruedOn)) {
          base = base.add(other.capped);
        }
      }
      draft.base = Money.of(base, programCurrency, draft.terms.rounding());
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
    draft.cancelled = Money.zero(partner.currency());
    draft.steps.add(new Explain.Rounding(draft.amount, draft.unrounded, rounding));
    if (draft.amount.isPositive()) {
      post(partner, draft.accruedOn, LedgerEntry.Kind.ACCRUAL, draft.amount, draft.id);
      partner.accrued = partner.accrued.plus(draft.amount);
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
      partner.accrued = partner.accrued.minus(net);
      partner.payable = partner.payable.plus(net);
      payableQueue.add(draft);
    }
  }

  private ClawbackCalculator clawbackCalculator(CommissionTerms terms) {
    return clawbackCalculators.computeIfAbsent(terms, t -> ClawbackCalculator.of(t.clawback(), t.rounding()));
  }

  private void cancel(PartnerWork partner, Row row, CancelFact fact) {
    Currency pc = programCurrency;
    CommissionFacts.Cancellation cancellation = fact.cancellation;
    List<Draft> lines = new ArrayList<>();
    Money zero = Money.zero(partner.currency());
    Money paid = zero;
    Money unpaid = zero;
    for (Draft draft : partner.byDeal.get(row.deal.dealId())) {
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
        partner.accrued = partner.accrued.minus(take);
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
    CommissionTerms terms = termsOrFirst(date);
    Money minimum = partner.account.minimumPayout()
        .orElseGet(() -> Money.of(terms.plan().payout().minimumPayout(), programCurrency, terms.rounding()));
    Money net = partner.payable;
    CommissionResult.PayoutRun.Builder run = builders.payoutRun().partner(partner.account.id()).runDate(date).netPayable(net)
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
      run.paid(Money.zero(partner.currency())).linesPaid(0);
    }
    if (!net.isZero()) {
      partner.runs.add(run.build());
    }
  }

  // ------------------------------------------------------------------------------------------
  // Assembly

  private CommissionLine line(PartnerWork partner, Draft draft) {
    CommissionLine.Status status;
    if (draft.amount.isNegative() || draft.kind == CommissionLine.Kind.CLAWBACK_ADJUSTMENT) {
      status = CommissionLine.Status.CLAWED_BACK;
    } else if (draft.cancelled.isPositive() && draft.net().isZero()) {
      status = CommissionLine.Status.CLAWED_BACK;
    } else if (draft.paid) {
      status = CommissionLine.Status.PAID;
    } else if (draft.payableOn != null && !draft.payableOn.isAfter(asOf)) {
      status = CommissionLine.Status.PAYABLE;
    } else {
      status = CommissionLine.Status.ACCRUED;
    }
    draft.steps.add(new Explain.Timing(status, draft.accruedOn, draft.trigger, draft.triggeredOn, draft.holdbackDays,
        draft.payableOn, draft.paidOn, draft.paymentDue));
    String version = draft.terms.version();
    CommissionLine.Builder line = builders.line().id(draft.id).partner(partner.account.id())
        .kind(draft.kind).programVersion(version).base(draft.base).attributionFactor(draft.factor)
        .spiffs(draft.spiffs).exact(draft.capped).unrounded(draft.unrounded).rounding(draft.terms.rounding())
        .amount(draft.amount).clawedBack(draft.cancelled).status(status).accruedOn(draft.accruedOn)
        .explanationSource(new Explain.Line(draft.id, asOf, version, draft.decision, List.copyOf(draft.steps)));
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
   * @throws InvalidFactsException naming every problem of the facts, with its path
   */
  public CommissionResult result() {
    index();
    problems.throwIfErrors(InvalidFactsException::new);
    for (PartnerWork partner : partnerOrder) {
      buildLines(partner);
    }
    problems.throwIfErrors(InvalidFactsException::new);
    CommissionResult.Builder result = builders.result().asOf(asOf);
    Map<PartnerId, Currency> currencies = new LinkedHashMap<>();
    TreeSet<PartnerId> flagged = new TreeSet<>();
    for (PartnerWork partner : partnerOrder) {
      simulate(partner);
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

  // ------------------------------------------------------------------------------------------
  // Per deal (docs/rules/commission.md#per-deal-commission)

  /**
   * Runs the per-deal calculation. The facts hold the one partner and its one deal (with the SPIFF
   * windows and FX rates), and the run is as of the deal's signature date: the deal's signature
   * lines are built exactly as in the whole-book run, from the state before it instead of the
   * partner's earlier deals and lines, then capped, settled and rounded in the whole-book order.
   *
   * @param before the partner's state before the deal, checked by the caller
   * @return the deal's lines and the state after it
   * @throws InvalidFactsException naming every problem of the facts, with its path
   */
  public DealCommission dealResult(CommissionState before) {
    index();
    problems.throwIfErrors(InvalidFactsException::new);
    PartnerWork partner = partnerOrder.get(0);
    CommissionDeal deal = facts.deals().get(0);
    prepareRows(partner);
    problems.throwIfErrors(InvalidFactsException::new);
    Map<Integer, BigDecimal> yearVolumes = new HashMap<>(before.yearVolumes());
    before.yearCapCounted().forEach((year, counted) -> partner.capRunning.put(YEAR_KEY + year, counted));
    before.periodCapCounted().forEach((period, counted) -> partner.capRunning.put(PERIOD_KEY + period, counted));
    int credited = before.creditedDeals();
    for (Row row : partner.rows) {
      dealLines(partner, row, yearVolumes, credited == 0);
      yearVolumes.merge(row.terms.fiscalCalendar().fiscalYear(row.deal.signed()), row.baseP, BigDecimal::add);
      credited++;
    }
    problems.throwIfErrors(InvalidFactsException::new);
    if (partner.drafts.size() > 1) {
      partner.drafts.sort(DEAL_LINE_ORDER);
    }
    DealCommission.Builder result = new DealCommission.Builder().dealId(deal.dealId()).partner(deal.partner())
        .signed(deal.signed()).payoutCurrency(partner.currency());
    for (Draft draft : partner.drafts) {
      accrue(partner, draft);
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
      if (key.startsWith(YEAR_KEY)) {
        state.putYearCapCounted(Integer.parseInt(key.substring(YEAR_KEY.length())), entry.getValue());
      } else if (key.startsWith(PERIOD_KEY)) {
        state.putPeriodCapCounted(key.substring(PERIOD_KEY.length()), entry.getValue());
      }
    }
  }

  /**
   * Returns a partner's state at the end of the as-of date, after {@link #result()}: every deal
   * signed and every line accrued on or before it counted.
   *
   * @param id the partner, one of the facts
   * @return the state, or empty for a partner absent from the facts
   */
  public Optional<CommissionState> stateOf(PartnerId id) {
    PartnerWork partner = partners.get(id);
    if (partner == null) {
      return Optional.empty();
    }
    Map<Integer, BigDecimal> yearVolumes = new TreeMap<>();
    for (Row row : partner.rows) {
      yearVolumes.merge(row.terms.fiscalCalendar().fiscalYear(row.deal.signed()), row.baseP, BigDecimal::add);
    }
    CommissionState.Builder state = new CommissionState.Builder().partner(id).creditedDeals(partner.rows.size())
        .putAllYearVolumes(yearVolumes).lastDate(asOf);
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
        periods.merge(payoutPeriod(terms, line.accruedOn()).toString(), exact, BigDecimal::add);
      }
      next.yearCapCounted(years).periodCapCounted(periods);
    }
    return next.build();
  }
}
