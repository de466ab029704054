package dev.partneros.portfolio;

import static java.util.Objects.requireNonNull;

import dev.partneros.attribution.AttributionType;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerType;
import dev.partneros.portfolio.DealResult.PartnerCredit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The money figures of a book that its reports show ({@code docs/streaming.md#summary}): commission
 * statement totals per currency with the top partners and the largest clawbacks, MDF totals with the
 * pool and the requests by decision, and deal attribution by partner type. Every figure is a sum, a
 * count or a top-ten list of per-partner and per-deal contributions, so figures of the parts of a
 * book {@linkplain #merge merge} into the figures of the whole book: merging is associative and
 * commutative and {@link #empty} is its identity, whichever way the book is split (a streaming run,
 * a distributed job). Amounts are exact, never rounded.
 *
 * <p>What each figure is, as the in-memory report computes it from a {@link PortfolioEvaluation}
 * ({@link #of(PortfolioEvaluation)}):
 * <ul>
 *   <li>Commission: over every partner with a statement; {@code earned} is before clawbacks, so
 *       earned - clawed back - paid = balance, per currency. The top partners are by net earned
 *       ({@link CommissionOutcome#earned()}) and the largest clawbacks by amount, both in the book's
 *       currency only (amounts of two currencies are not ranked against each other; the totals per
 *       currency hold the others), both ties by partner id.</li>
 *   <li>MDF: over every partner with an MDF outcome; allocated is after the pool's allocation;
 *       requests by decision in the order {@code GRANTED}, {@code PARTIAL}, {@code REJECTED}, then any
 *       other by name.</li>
 *   <li>Attribution: the partners known to the book named on deals won in the 12 months ending on
 *       the as-of date, by the partner's type and the classification on the deal.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param currency the book's currency (of every MDF amount and of the top partners by commission)
 * @param statements the partners with a commission statement
 * @param commission the statement totals, one per currency, by currency code; empty without statements
 * @param topByCommission up to ten partners by net earned in {@code currency}, highest first (ties by id)
 * @param clawedBackPartners the partners with a positive clawed-back amount, in any currency
 * @param topClawbacks up to ten partners by clawed-back amount in {@code currency}, largest first (ties by
 *     id)
 * @param mdfPartners the partners with an MDF outcome
 * @param mdfEligible the partners with a positive MDF entitlement
 * @param mdfPool the program-level pool allocated, when one was given
 * @param mdfEntitlement the yearly entitlements added up
 * @param mdfAllocated the allocations added up (after the pool's allocation)
 * @param mdfRequested the amounts requested
 * @param mdfGranted the amounts granted
 * @param mdfRequests the requests by decision
 * @param attribution the credits on deals won in the 12 months to the as-of date, by partner type
 *     (in {@link PartnerType} order, only types with credits) and classification (every one)
 */
public record BookFigures(Currency currency, long statements, List<CommissionTotals> commission,
    List<TopPartner> topByCommission, long clawedBackPartners, List<TopPartner> topClawbacks, long mdfPartners,
    long mdfEligible, Optional<Money> mdfPool, Money mdfEntitlement, Money mdfAllocated, Money mdfRequested,
    Money mdfGranted, Map<String, RequestTotals> mdfRequests, Map<PartnerType, Map<AttributionType, Long>> attribution) {

  /** How many partners the top lists hold. */
  public static final int TOP = 10;

  /** The decisions always listed, in this order. */
  static final List<String> DECISIONS = List.of("GRANTED", "PARTIAL", "REJECTED");

  private static final Comparator<TopPartner> LARGEST = Comparator.comparing((TopPartner r) -> r.amount().amount())
      .reversed().thenComparing(TopPartner::id);

  /**
   * Checks the values and puts the collections in their documented order.
   *
   * @param currency not null
   * @param statements at least 0
   * @param commission not null, at most one per currency
   * @param topByCommission not null, in {@code currency}
   * @param clawedBackPartners at least 0
   * @param topClawbacks not null, in {@code currency}
   * @param mdfPartners at least 0
   * @param mdfEligible at least 0
   * @param mdfPool not null
   * @param mdfEntitlement not null, in {@code currency}
   * @param mdfAllocated not null, in {@code currency}
   * @param mdfRequested not null, in {@code currency}
   * @param mdfGranted not null, in {@code currency}
   * @param mdfRequests not null
   * @param attribution not null
   * @throws IllegalArgumentException if a count is negative, an MDF amount or a top list's amount is in
   *     another currency, or two commission totals are in one currency
   */
  public BookFigures {
    requireNonNull(currency, "currency");
    Map<Currency, CommissionTotals> byCurrency = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
    for (CommissionTotals t : commission) {
      if (byCurrency.put(t.currency(), t) != null) {
        throw new IllegalArgumentException("commission must hold one total per currency, but "
            + t.currency().getCurrencyCode() + " is there twice");
      }
    }
    commission = List.copyOf(byCurrency.values());
    for (List<TopPartner> list : List.of(topByCommission, topClawbacks)) {
      for (TopPartner t : list) {
        if (!t.amount().currency().equals(currency)) {
          throw new IllegalArgumentException("top lists must be in " + currency + ", but " + t.id() + " has "
              + t.amount());
        }
      }
    }
    topByCommission = top(topByCommission, LARGEST);
    topClawbacks = top(topClawbacks, LARGEST);
    for (long count : new long[] {statements, clawedBackPartners, mdfPartners, mdfEligible}) {
      if (count < 0) {
        throw new IllegalArgumentException("counts must be at least 0, but one was " + count);
      }
    }
    requireNonNull(mdfPool, "mdfPool");
    for (Money m : List.of(mdfEntitlement, mdfAllocated, mdfRequested, mdfGranted)) {
      if (!m.currency().equals(currency)) {
        throw new IllegalArgumentException("MDF amounts must be in " + currency + ", but one was " + m);
      }
    }
    Map<String, RequestTotals> decisions = new LinkedHashMap<>();
    Money zero = Money.zero(currency);
    DECISIONS.forEach(d -> decisions.put(d, new RequestTotals(0, zero, zero)));
    new TreeMap<>(mdfRequests).forEach(decisions::put);
    mdfRequests = Collections.unmodifiableMap(decisions);
    Map<PartnerType, Map<AttributionType, Long>> byType = new EnumMap<>(PartnerType.class);
    attribution.forEach((type, counts) -> {
      Map<AttributionType, Long> all = new EnumMap<>(AttributionType.class);
      for (AttributionType a : AttributionType.values()) {
        all.put(a, counts.getOrDefault(a, 0L));
      }
      byType.put(type, Collections.unmodifiableMap(all));
    });
    attribution = Collections.unmodifiableMap(byType);
  }

  /**
   * The figures of no partner and no deal: the identity of {@link #merge}.
   *
   * @param currency the book's currency, not null
   * @param pool the program-level pool, not null (empty without one)
   * @return never null
   */
  public static BookFigures empty(Currency currency, Optional<Money> pool) {
    Money zero = Money.zero(currency);
    return new BookFigures(currency, 0, List.of(), List.of(), 0, List.of(), 0, 0, pool, zero, zero, zero, zero,
        Map.of(), Map.of());
  }

  /**
   * The figures of an evaluation of a whole book, as its report shows them.
   *
   * @param e the evaluation, not null
   * @return never null
   */
  public static BookFigures of(PortfolioEvaluation e) {
    requireNonNull(e, "e");
    Map<String, PartnerType> types = new java.util.HashMap<>();
    e.partners().forEach(p -> types.put(p.id(), p.partner().type()));
    return of(e.currency(), e.asOf(), e.program().mdfPool(), e.partners(), e.deals(),
        id -> Optional.ofNullable(types.get(id)));
  }

  /**
   * The figures of a part of a book: its partners' statements and MDF outcomes, and the attribution
   * of the deals it owns (each deal of the book owned by one part).
   *
   * @param typeOf the type of a partner known to the book, by id
   */
  static BookFigures of(Currency currency, LocalDate asOf, Optional<Money> pool, List<PartnerResult> partners,
      List<DealResult> deals, Function<String, Optional<PartnerType>> typeOf) {
    Map<Currency, List<CommissionOutcome>> statements = new LinkedHashMap<>();
    List<TopPartner> earners = new ArrayList<>();
    List<TopPartner> clawed = new ArrayList<>();
    long clawedPartners = 0;
    List<MdfOutcome> funds = new ArrayList<>();
    for (PartnerResult p : partners) {
      if (p.commission().isPresent()) {
        CommissionOutcome c = p.commission().get();
        statements.computeIfAbsent(c.earned().currency(), k -> new ArrayList<>()).add(c);
        boolean inBookCurrency = c.earned().currency().equals(currency);
        if (inBookCurrency) {
          earners.add(new TopPartner(p.id(), p.partner().name(), c.earned()));
        }
        if (c.clawedBack().isPositive()) {
          clawedPartners++;
          if (inBookCurrency) {
            clawed.add(new TopPartner(p.id(), p.partner().name(), c.clawedBack()));
          }
        }
      }
      p.mdf().ifPresent(funds::add);
    }
    List<CommissionTotals> totals = new ArrayList<>();
    statements.forEach((c, list) -> totals.add(new CommissionTotals(
        sum(list, CommissionOutcome::earnedBeforeClawbacks, c), sum(list, CommissionOutcome::clawedBack, c),
        sum(list, CommissionOutcome::paid, c), sum(list, CommissionOutcome::balance, c))));
    List<MdfOutcome.RequestDecision> requests = funds.stream().flatMap(m -> m.requests().stream())
        .collect(Collectors.toList());
    Map<String, RequestTotals> decisions = new TreeMap<>();
    for (MdfOutcome.RequestDecision r : requests) {
      decisions.merge(r.outcome(), new RequestTotals(1, r.requested(), r.granted()), RequestTotals::plus);
    }
    return new BookFigures(currency, statements.values().stream().mapToLong(List::size).sum(), totals, earners,
        clawedPartners, clawed, funds.size(), funds.stream().filter(m -> m.entitlement().isPositive()).count(), pool,
        Money.total(funds.stream().map(MdfOutcome::entitlement).collect(Collectors.toList()), currency),
        Money.total(funds.stream().map(MdfOutcome::allocated).collect(Collectors.toList()), currency),
        Money.total(requests.stream().map(MdfOutcome.RequestDecision::requested).collect(Collectors.toList()),
            currency),
        Money.total(requests.stream().map(MdfOutcome.RequestDecision::granted).collect(Collectors.toList()), currency),
        decisions, attribution(asOf, deals, typeOf));
  }

  private static Map<PartnerType, Map<AttributionType, Long>> attribution(LocalDate asOf, List<DealResult> deals,
      Function<String, Optional<PartnerType>> typeOf) {
    LocalDate from = asOf.minusMonths(12).plusDays(1);
    Map<PartnerType, Map<AttributionType, Long>> counts = new EnumMap<>(PartnerType.class);
    for (DealResult d : deals) {
      if (!d.isWon() || d.closed().orElseThrow().isBefore(from)) {
        continue;
      }
      for (PartnerCredit c : d.credits()) {
        typeOf.apply(c.partner().value()).ifPresent(type -> counts
            .computeIfAbsent(type, k -> new EnumMap<>(AttributionType.class))
            .merge(c.attribution().type(), 1L, Long::sum));
      }
    }
    return counts;
  }

  /**
   * Adds the figures of another part of the book: sums and counts added, top lists merged.
   *
   * @param other figures of the same currency, not null
   * @return never null
   * @throws IllegalArgumentException if the currencies differ, or both have a pool and they differ
   */
  public BookFigures merge(BookFigures other) {
    requireNonNull(other, "other");
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException("figures must be in one currency to merge, but were " + currency + " and "
          + other.currency);
    }
    if (mdfPool.isPresent() && other.mdfPool.isPresent() && !mdfPool.equals(other.mdfPool)) {
      throw new IllegalArgumentException("figures must be of one pool to merge, but were " + mdfPool.get() + " and "
          + other.mdfPool.get());
    }
    Map<Currency, CommissionTotals> totals = new LinkedHashMap<>();
    for (CommissionTotals t : concat(commission, other.commission)) {
      totals.merge(t.currency(), t, CommissionTotals::plus);
    }
    Map<String, RequestTotals> decisions = new LinkedHashMap<>(mdfRequests);
    other.mdfRequests.forEach((k, v) -> decisions.merge(k, v, RequestTotals::plus));
    Map<PartnerType, Map<AttributionType, Long>> byType = new EnumMap<>(PartnerType.class);
    for (Map<PartnerType, Map<AttributionType, Long>> side : List.of(attribution, other.attribution)) {
      side.forEach((type, counts) -> counts.forEach((a, n) -> byType
          .computeIfAbsent(type, k -> new EnumMap<>(AttributionType.class)).merge(a, n, Long::sum)));
    }
    return new BookFigures(currency, statements + other.statements, new ArrayList<>(totals.values()),
        concat(topByCommission, other.topByCommission), clawedBackPartners + other.clawedBackPartners,
        concat(topClawbacks, other.topClawbacks), mdfPartners + other.mdfPartners, mdfEligible + other.mdfEligible,
        mdfPool.or(() -> other.mdfPool), mdfEntitlement.plus(other.mdfEntitlement),
        mdfAllocated.plus(other.mdfAllocated), mdfRequested.plus(other.mdfRequested),
        mdfGranted.plus(other.mdfGranted), decisions, byType);
  }

  /**
   * The figures with the pool's allocation put in: what the pool allocates across the book, less
   * what the parts counted as allocated before it (each partner's entitlement).
   *
   * @param change the allocations from the pool less the parts' own, in {@code currency}
   */
  BookFigures withAllocationChange(Money change) {
    return new BookFigures(currency, statements, commission, topByCommission, clawedBackPartners, topClawbacks,
        mdfPartners, mdfEligible, mdfPool, mdfEntitlement, mdfAllocated.plus(change), mdfRequested, mdfGranted,
        mdfRequests, attribution);
  }

  /**
   * The attribution counts added over partner types, by classification.
   *
   * @return every classification, never null
   */
  public Map<AttributionType, Long> attributionTotals() {
    Map<AttributionType, Long> totals = new EnumMap<>(AttributionType.class);
    for (AttributionType a : AttributionType.values()) {
      totals.put(a, attribution.values().stream().mapToLong(m -> m.getOrDefault(a, 0L)).sum());
    }
    return Collections.unmodifiableMap(totals);
  }

  private static List<TopPartner> top(List<TopPartner> ranked, Comparator<TopPartner> order) {
    return ranked.stream().sorted(order).limit(TOP).collect(Collectors.toUnmodifiableList());
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> both = new ArrayList<>(a);
    both.addAll(b);
    return both;
  }

  private static Money sum(List<CommissionOutcome> list, Function<CommissionOutcome, Money> column, Currency c) {
    return Money.total(list.stream().map(column).collect(Collectors.toList()), c);
  }

  /**
   * Commission statement totals in one currency: earned (before clawbacks) - clawed back - paid =
   * balance, as on each statement.
   *
   * @param earned the commission earned before clawbacks
   * @param clawedBack what clawbacks took back
   * @param paid what was paid out
   * @param balance what is owed (negative: a debit carried forward)
   */
  public record CommissionTotals(Money earned, Money clawedBack, Money paid, Money balance) {
    /**
     * Checks that the amounts are in one currency.
     *
     * @param earned not null
     * @param clawedBack not null
     * @param paid not null
     * @param balance not null
     * @throws IllegalArgumentException if the amounts are in several currencies
     */
    public CommissionTotals {
      for (Money m : List.of(clawedBack, paid, balance)) {
        if (!m.currency().equals(earned.currency())) {
          throw new IllegalArgumentException("commission totals must be in one currency, but were "
              + earned.currency() + " and " + m.currency());
        }
      }
    }

    /**
     * Returns the currency of the amounts.
     *
     * @return never null
     */
    public Currency currency() {
      return earned.currency();
    }

    /**
     * Returns the net earned: earned less clawed back.
     *
     * @return never null
     */
    public Money net() {
      return earned.minus(clawedBack);
    }

    CommissionTotals plus(CommissionTotals other) {
      return new CommissionTotals(earned.plus(other.earned), clawedBack.plus(other.clawedBack),
          paid.plus(other.paid), balance.plus(other.balance));
    }
  }

  /**
   * A partner in a top list.
   *
   * @param id the partner's id
   * @param name the partner's name
   * @param amount the amount it is ranked by
   */
  public record TopPartner(String id, String name, Money amount) {
    /**
     * Checks for nulls.
     *
     * @param id not null
     * @param name not null
     * @param amount not null
     */
    public TopPartner {
      requireNonNull(id, "id");
      requireNonNull(name, "name");
      requireNonNull(amount, "amount");
    }
  }

  /**
   * The MDF requests of one decision.
   *
   * @param count how many
   * @param requested the amounts requested
   * @param granted the amounts granted
   */
  public record RequestTotals(long count, Money requested, Money granted) {
    /**
     * Checks the values.
     *
     * @param count at least 0
     * @param requested not null
     * @param granted not null, in the currency of {@code requested}
     * @throws IllegalArgumentException if the count is negative or the currencies differ
     */
    public RequestTotals {
      if (count < 0) {
        throw new IllegalArgumentException("count must be at least 0, but was " + count);
      }
      if (!requested.currency().equals(granted.currency())) {
        throw new IllegalArgumentException("requested and granted must be in one currency, but were "
            + requested.currency() + " and " + granted.currency());
      }
    }

    RequestTotals plus(RequestTotals other) {
      return new RequestTotals(count + other.count, requested.plus(other.requested), granted.plus(other.granted));
    }
  }
}
