package dev.partneros.attribution.commission.internal;

import dev.partneros.attribution.AttributionProblemCode;
import dev.partneros.attribution.commission.CommissionDeal;
import dev.partneros.attribution.commission.CommissionFacts;
import dev.partneros.attribution.commission.CommissionTerms;
import dev.partneros.attribution.commission.SpiffTerms;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.DateRange;
import dev.partneros.core.FieldPath;
import dev.partneros.core.FxRate;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.Problem;
import dev.partneros.core.ProblemCode;
import dev.partneros.core.internal.ProblemCollector;
import dev.partneros.attribution.commission.internal.Work.DealFacts;
import dev.partneros.attribution.commission.internal.Work.PaymentFact;
import dev.partneros.attribution.commission.internal.Work.CancelFact;
import dev.partneros.attribution.commission.internal.Work.Row;
import dev.partneros.attribution.commission.internal.Work.PartnerWork;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The index phase of a commission run: the program versions, the facts checked (every problem at
 * once, with its path) and indexed once per call, deals and partners keyed by id in hash maps,
 * cancellations and payments per deal (sorted only when a deal has two or more), quotas per
 * partner, SPIFF windows of each kind in a {@link WindowIndex}, and each partner's deals in the
 * canonical order with their program version, models and exact base.
 */
final class RunBook {

  private static final FieldPath FX_RATES = FieldPath.root().field("fxRates");
  private static final FieldPath SPIFF_WINDOWS = FieldPath.root().field("spiffWindows");
  private static final FieldPath QUOTAS = FieldPath.root().field("quotas");
  static final FieldPath PARTNERS = FieldPath.root().field("partners");

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

  /** A partner's deals in canonical order: signature date, deal id, then position in the facts. */
  private static final Comparator<Row> ROW_ORDER = Comparator.comparing((Row r) -> r.deal.signed())
      .thenComparing(r -> r.deal.dealId()).thenComparingInt(r -> r.index);

  final List<CommissionTerms> versions;
  final CommissionFacts facts;
  final LocalDate asOf;
  final ResultBuilders builders;
  final Currency programCurrency;
  final ProblemCollector problems = new ProblemCollector();
  final FxBook fx;
  /** The deals by id, sized once for the facts' deals. */
  final Map<String, DealFacts> deals;
  final Map<SpiffTerms.Kind, WindowIndex> windows = new EnumMap<>(SpiffTerms.Kind.class);
  final Map<PartnerId, PartnerWork> partners;

  /** The partners in id order, the order of the results; filled once the facts are indexed. */
  final List<PartnerWork> partnerOrder = new ArrayList<>();

  /**
   * Prepares the index of a run; {@link #index()} fills it.
   *
   * @param versions the program versions, earliest first, one currency
   * @param facts the facts
   * @param asOf the as-of date
   * @param builders the builders of the results
   */
  RunBook(List<CommissionTerms> versions, CommissionFacts facts, LocalDate asOf, ResultBuilders builders) {
    this.versions = versions;
    this.builders = builders;
    this.facts = facts;
    this.asOf = asOf;
    this.programCurrency = versions.get(0).currency();
    this.fx = FxBook.of(facts.fxRates(), problems, FX_RATES);
    this.partners = new HashMap<>(facts.partners().size() * 4 / 3 + 1);
    this.deals = new HashMap<>(facts.deals().size() * 4 / 3 + 1);
  }

  /** The terms in force on a date, or null before the first version (no {@code Optional} per deal). */
  CommissionTerms termsAtOrNull(LocalDate date) {
    CommissionTerms found = null;
    for (int i = 0; i < versions.size(); i++) {
      CommissionTerms terms = versions.get(i);
      if (terms.effectiveFrom().isAfter(date)) {
        break;
      }
      found = terms;
    }
    return found;
  }

  CommissionTerms termsOrFirst(LocalDate date) {
    CommissionTerms found = termsAtOrNull(date);
    return found == null ? versions.get(0) : found;
  }

  /** Builds a path such as {@code deals[3].attribution.partner}; called only when a check fails. */
  static FieldPath at(String list, int index, String... fields) {
    FieldPath path = FieldPath.root().field(list).index(index);
    for (String field : fields) {
      path = path.field(field);
    }
    return path;
  }

  void fail(FieldPath path, ProblemCode code, String rule, Object rejected) {
    problems.add(Problem.error(path, code, rule, rejected));
  }

  String amountP(BigDecimal exact) {
    return Exact.amount(exact, programCurrency);
  }

  void index() {
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
    List<CommissionDeal> dealList = facts.deals();
    for (int i = 0; i < dealList.size(); i++) {
      CommissionDeal deal = dealList.get(i);
      PartnerWork partner = partners.get(deal.partner());
      if (partner == null) {
        fail(at("deals", i, "attribution", "partner"), AttributionProblemCode.UNKNOWN_PARTNER, "be a partner of the facts (partners[].id)",
            deal.partner());
      }
      DealFacts dealFacts = deals.get(deal.dealId());
      if (dealFacts != null && !dealFacts.addPartner(deal.partner())) {
        fail(at("deals", i), CoreProblemCode.DUPLICATE, "appear once per deal and partner", deal.dealId() + " / " + deal.partner());
      }
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
        dealFacts.addPayment(i, payment);
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
        if (!dealFacts.credits(partner)) {
          ok = false;
          fail(at("cancellations", i, "partner"), AttributionProblemCode.UNKNOWN_PARTNER, "be a partner credited on deal "
              + cancellation.dealId(), partner);
        }
      }
      if (ok && !cancellation.effective().isAfter(asOf)) {
        dealFacts.addCancellation(new CancelFact(i, cancellation));
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

  static void sortPayments(DealFacts dealFacts) {
    List<PaymentFact> sorted = new ArrayList<>(dealFacts.payments.size());
    for (int k = 0; k < dealFacts.payments.size(); k++) {
      sorted.add(new PaymentFact(dealFacts.paymentIndices.get(k), dealFacts.payments.get(k)));
    }
    sorted.sort(PAYMENT_ORDER);
    List<CommissionFacts.Payment> payments = new ArrayList<>(sorted.size());
    List<Integer> indices = new ArrayList<>(sorted.size());
    for (PaymentFact fact : sorted) {
      payments.add(fact.payment());
      indices.add(fact.index());
    }
    dealFacts.payments = payments;
    dealFacts.paymentIndices = indices;
  }

  void prepareRows(PartnerWork partner) {
    if (partner.rows.size() > 1) {
      partner.rows.sort(ROW_ORDER);
    }
    List<Row> kept = new ArrayList<>(partner.rows.size());
    for (Row row : partner.rows) {
      CommissionDeal deal = row.deal;
      if (deal.signed().isAfter(asOf)) {
        continue;
      }
      CommissionTerms terms = termsAtOrNull(deal.signed());
      if (terms == null) {
        fail(at("deals", row.index, "signed"), CoreProblemCode.BEFORE_FIRST_VERSION,
            "be on or after the first program version's effectiveFrom " + versions.get(0).effectiveFrom(),
            deal.signed());
        continue;
      }
      row.terms = terms;
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

  /** The windows of a kind containing a date, in the order of the facts (a binary search). */
  List<CommissionFacts.SpiffWindow> windowsAt(SpiffTerms.Kind kind, LocalDate date) {
    WindowIndex index = windows.get(kind);
    return index == null ? List.of() : index.containing(date);
  }

  /** The first window of a kind containing a date, in the order of the facts. */
  Optional<CommissionFacts.SpiffWindow> window(SpiffTerms.Kind kind, LocalDate date) {
    List<CommissionFacts.SpiffWindow> found = windowsAt(kind, date);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  LocalDate churn(Row row) {
    for (CancelFact c : row.dealFacts.cancellations) {
      if (c.affects(row.deal.partner()) && c.cancellation.endsDeal()) {
        return c.cancellation.effective();
      }
    }
    return null;
  }

  /** The deal's value for a partner on a date, after the cancellations effective by then; null once ended. */
  Money valueAt(Row row, LocalDate date) {
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
}
