package dev.partneros.attribution.commission;

import static java.util.Objects.requireNonNull;

import dev.partneros.attribution.AttributionProblemCode;
import dev.partneros.attribution.commission.internal.CommissionRun;
import dev.partneros.attribution.commission.internal.SignatureLines;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.FxRate;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.Problem;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.ProgramHistory;
import dev.partneros.core.internal.ProblemCollector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Calculates commission ({@code docs/rules/commission.md} and {@code docs/rules/clawback.md}): a
 * pure function from dated {@link CommissionFacts} and an as-of date to a
 * {@link CommissionResult}, under the program version in force at each deal's date
 * ({@code docs/rules/program-changes.md#no-retroactive-change}: a deal closed in March is paid
 * under March's terms; a deal signed the day a new version takes effect is paid under the new one).
 *
 * <p>What it does, for each partner, in a canonical order (so no result depends on the order of
 * the facts):
 * <ol>
 *   <li>Each attributed deal signed on or before the as-of date gets one line per model of its
 *       partner type ({@link CommissionPlan.Models}): referral fee, tier rate, volume brackets over the
 *       partner's cumulative fiscal-year volume (deals in signature order), the flat SPIFFs; one
 *       line per payment for a recurring share; count-bracket lines at the end of each completed
 *       month; rebate lines at each completed fiscal quarter end; quota bonus lines at completed
 *       quarter ends. A deal not attributed (credit factor 0) earns nothing. Resellers' deals also
 *       give {@link ResaleTerms}.</li>
 *   <li>Amounts are exact until the end: the base converted into the program's currency with the
 *       FX rate fixed at the transaction date, the rate, SPIFF uplifts and attribution factor,
 *       optional caps (in date order), settlement into the partner's payout currency (FX rate fixed
 *       at the accrual date), then one rounding with the program's rounding mode.</li>
 *   <li>The partner's events are replayed in date order: accruals, lines becoming payable (trigger
 *       plus holdback), clawbacks ({@link ClawbackCalculator}: unpaid accruals cancelled first, the
 *       rest a negative adjustment) and payout runs at each payout period's end (the net payable
 *       paid when at least the minimum, else carried over).</li>
 * </ol>
 *
 * <p>Decisions where the blueprint is silent (each also documented where it applies and in
 * {@code docs/rules/commission.md}):
 * <ul>
 *   <li><b>Cumulative annual volume</b> (volume brackets) is the sum of the full amounts (in the
 *       program's currency) of the partner's attributed deals signed in the same fiscal year (the
 *       calendar of the version in force at the deal date), in signature order, then deal id. A
 *       deal's line is the increase it makes to the year's commission, times its attribution
 *       factor; a later cancellation claws the deal's line back but does not re-rate the deals
 *       after it. The line's {@link CommissionLine#rate()} is the rate of the bracket the deal ends
 *       in.</li>
 *   <li><b>Count brackets</b> accrue at the end of the month (the month's count fixes the rate of
 *       all its referrals); a month not ended on the as-of date has no count lines yet. A referral
 *       cancelled (or found fraudulent) by the month's end is not counted and earns nothing; a
 *       downgrade or refund by then lowers its base.</li>
 *   <li><b>The quarterly quota</b> is met when the amounts of the partner's attributed deals signed
 *       in the quarter, net of cancellations effective by its end, reach the quota; the bonus is the
 *       rate times the quarter's deal-model lines (referral fee, recurring share, brackets, tier rate)
 *       after caps and before clawbacks; a later clawback does not reopen a closed quarter's bonus.</li>
 *   <li><b>Clawbacks</b> ({@code docs/rules/clawback.md#in-the-commission-run}) use the clawback
 *   policy of the version in force at
 *       the deal date and act on the partner's lines of the deal that have accrued (one-time lines,
 *       recurring-share lines, flat SPIFFs). Unpaid lines (accrued or payable) are cancelled first,
 *       latest accrued first; the rest is a {@link CommissionLine.Kind#CLAWBACK_ADJUSTMENT} line. For a
 *       downgrade or partial refund the value-based lines (percentage referral fee, tier rate, volume
 *       and count brackets) are recomputed on the new value with the same rates, caps and FX rates;
 *       recurring-share lines (already earned on collected revenue) and flat amounts are unchanged.
 *       Several events on one deal apply in date order, each on what is left.</li>
 *   <li><b>Paid</b> means included in a payout run on or before the as-of date: a run happens on each
 *       payout period's last day and pays the partner's whole net payable when it reaches the
 *       minimum; payment is due after the payment terms. A line is paid or not as of a clawback's
 *       effective date; a run on that date comes after the clawback.</li>
 *   <li><b>Currencies</b>: the program's currency (of every plan amount) is the currency of the
 *       computation; a deal in another currency is converted at the FX rate fixed at its signature
 *       date (a payment at its collection date); each line is settled into the partner's payout
 *       currency at the rate fixed at its accrual date. A rate given in one direction also serves
 *       the other through {@link dev.partneros.core.FxRate#inverse()}. All versions of a history share
 *       one currency.</li>
 *   <li>A line capped to nothing, or a rebate quarter with nothing to add, is still listed (with its
 *       explanation) but posts no ledger entry; payout runs with nothing owed either way are not
 *       listed.</li>
 * </ul>
 *
 * <p>Per deal ({@code docs/rules/commission.md#per-deal-commission}): {@link #calculateDeal} computes
 * one won deal's signature lines from the partner's {@link CommissionState} before it, at a cost
 * that does not grow with the book, and returns the state after it; chained in the documented
 * order (with {@link #count} for the lines accruing by other means) it gives exactly this
 * calculation's lines of the deal. {@link #stateAfter} reads a partner's state from a whole book.
 * {@link #decide} returns only the deal's total (the sum of {@code calculateDeal}'s lines), without
 * building a line or an explanation ({@code docs/rules/commission.md#deciding-a-deal-only}).
 *
 * <p>Facts dated after the as-of date are ignored (deals, payments, cancellations), not refused.
 * Invalid facts are refused with every problem and its path ({@code deals[3].amount},
 * {@code payments[0].date}, {@code cancellations[1].effective}, {@code partners[2].customRebateRate}).
 *
 * <p>Stateless: every method is a pure function of its arguments and the program versions.
 * Immutable and thread-safe.
 */
public final class CommissionCalculator {

  private final List<CommissionTerms> versions;
  /** The per-deal pricers of {@link #decide}, prepared once per version, partner type and tier. */
  private final DealPricers pricers;

  private CommissionCalculator(List<CommissionTerms> versions) {
    this.versions = versions;
    this.pricers = DealPricers.of(versions);
  }

  /**
   * Creates a calculator for a plan under the standard program's other terms
   * ({@link CommissionTerms#standardWith(CommissionPlan)}).
   *
   * @param plan the plan, not null
   * @return never null
   */
  public static CommissionCalculator of(CommissionPlan plan) {
    return of(CommissionTerms.standardWith(requireNonNull(plan, "plan")));
  }

  /**
   * Creates a calculator for one set of terms, in force for every date.
   *
   * @param terms the terms, not null
   * @return never null
   */
  public static CommissionCalculator of(CommissionTerms terms) {
    requireNonNull(terms, "terms");
    return new CommissionCalculator(List.of(terms));
  }

  /**
   * Creates a calculator for effective-dated terms.
   *
   * @param versions the terms of each program version, not null, at least one, in any order
   * @return never null
   * @throws InvalidProgramException if two versions start the same day
   *     ({@code versions[i].effectiveFrom}) or their currencies differ ({@code versions[i].currency})
   */
  public static CommissionCalculator of(List<CommissionTerms> versions) {
    requireNonNull(versions, "versions");
    ProblemCollector problems = new ProblemCollector();
    FieldPath path = FieldPath.root().field("versions");
    problems.check(!versions.isEmpty(), path, CoreProblemCode.EMPTY, "have at least one version", "[]");
    problems.throwIfErrors(InvalidProgramException::new);
    List<CommissionTerms> sorted = new ArrayList<>(versions);
    for (int i = 0; i < versions.size(); i++) {
      CommissionTerms terms = versions.get(i);
      if (!problems.requirePresent(path.index(i), terms)) {
        continue;
      }
      for (int j = 0; j < i; j++) {
        if (versions.get(j) != null) {
          problems.check(!versions.get(j).effectiveFrom().equals(terms.effectiveFrom()),
              path.index(i).field("effectiveFrom"), CoreProblemCode.DUPLICATE,
              "differ from versions[" + j + "]'s", terms.effectiveFrom());
        }
      }
      problems.check(terms.currency().equals(versions.get(0).currency()), path.index(i).field("currency"),
          CoreProblemCode.CURRENCY_MISMATCH, "be the first version's " + versions.get(0).currency().getCurrencyCode()
              + " (brackets and caps span versions)", terms.currency().getCurrencyCode());
    }
    problems.throwIfErrors(InvalidProgramException::new);
    sorted.sort(Comparator.comparing(CommissionTerms::effectiveFrom));
    return new CommissionCalculator(List.copyOf(sorted));
  }

  /**
   * Creates a calculator for a program's history, reading each version's {@code commission},
   * {@code clawback} and {@code benefits} sections.
   *
   * @param history the program versions, not null
   * @return never null
   * @throws InvalidProgramException naming every problem of those sections, or if the versions'
   *     currencies differ
   */
  public static CommissionCalculator of(ProgramHistory history) {
    requireNonNull(history, "history");
    List<CommissionTerms> versions = new ArrayList<>();
    for (ProgramDocument document : history.versions()) {
      versions.add(CommissionTerms.from(document));
    }
    return of(versions);
  }

  /**
   * Returns the terms of every version, earliest first.
   *
   * @return never null, never empty
   */
  public List<CommissionTerms> versions() {
    return versions;
  }

  /**
   * Returns the terms in force on a date: the latest version whose first day is on or before it.
   *
   * @param date the date, not null
   * @return the terms, or empty before the first version
   */
  public Optional<CommissionTerms> termsAt(LocalDate date) {
    requireNonNull(date, "date");
    CommissionTerms found = null;
    for (CommissionTerms terms : versions) {
      if (terms.effectiveFrom().isAfter(date)) {
        break;
      }
      found = terms;
    }
    return Optional.ofNullable(found);
  }

  /**
   * Calculates every commission line, clawback, payout run and ledger entry as of a date.
   *
   * @param facts the facts, not null
   * @param asOf the as-of date, not null (no hidden clock)
   * @return never null
   * @throws InvalidFactsException naming every problem of the facts, with its path
   */
  public CommissionResult calculate(CommissionFacts facts, LocalDate asOf) {
    requireNonNull(facts, "facts");
    requireNonNull(asOf, "asOf");
    return new CommissionRun(versions, facts, asOf, CommissionResultBuilders.INSTANCE).result();
  }

  /**
   * Calculates what one won deal earns one partner on its signature date, with no SPIFF window and
   * no FX rate: {@link #calculateDeal(CommissionFacts.PartnerAccount, CommissionDeal, CommissionState, List, List)}
   * with empty lists.
   *
   * @param partner the partner's account, not null
   * @param deal the deal, of that partner, not null
   * @param before the partner's state before the deal, not null
   * @return never null
   * @throws InvalidFactsException as the full overload
   */
  public DealCommission calculateDeal(CommissionFacts.PartnerAccount partner, CommissionDeal deal, CommissionState before) {
    return calculateDeal(partner, deal, before, List.of(), List.of());
  }

  /**
   * Calculates what one won deal earns one partner on its signature date: the per-deal call of a
   * PRM when a deal is won ({@code docs/rules/commission.md#per-deal-commission}). Its cost does not
   * grow with the partner's book: everything the deal depends on from earlier deals and lines is in
   * the state given (fiscal-year volume, attributed deals so far, commission counted against caps).
   *
   * <p>The result holds the deal's signature lines ({@link CommissionLine.Kind#accruesOnSigning()}: referral
   * fee, tier rate, volume brackets, first-deal and competitive-displacement SPIFFs), a reseller's
   * resale terms, and the state after the deal for the next call. Chained in the documented order
   * (for one partner: day by day, the deals signed that day in deal-id order, then the day's other
   * lines through {@link #count(CommissionState, CommissionLine)}), the lines equal the whole-book
   * {@link #calculate(CommissionFacts, LocalDate) calculation}'s lines of the deal in every amount
   * and computation step; their status is as of the signature date. Lines accruing later
   * (recurring shares, count brackets and bonuses, rebates, quota bonuses, clawbacks) and the
   * payout timing are out of the per-deal call's scope: the whole-book calculation gives them.
   *
   * <p>The deals {@link #decide}'s pricers cover (and the deals that earn nothing) are built
   * directly, without facts or a whole-book run; every other deal goes through the whole calculation
   * on a book of the one deal, with the same result ({@code docs/rules/commission.md#per-deal-commission}).
   *
   * @param partner the partner's account, not null
   * @param deal the deal, of that partner, not null (make it from the classification with
   *     {@link CommissionDeal#from(dev.partneros.attribution.Deal, dev.partneros.attribution.DealAttribution)})
   * @param before the partner's state before the deal, not null
   * @param spiffWindows the SPIFF campaigns, not null, in the order the whole book gives them
   * @param fxRates the FX rates (the deal's currency into the program's at the signature date; the
   *     program's into the payout currency at the same date), not null
   * @return never null
   * @throws InvalidFactsException naming every problem, with its path: {@code deal.tier},
   *     {@code deal.signed} ({@code before_first_version}), {@code deal.amount}
   *     ({@code missing_fx_rate}), {@code partner.payoutCurrency}, {@code spiffWindows[0].period};
   *     a state or deal of another partner ({@code other_partner} at {@code before.partner} or
   *     {@code deal.attribution.partner}); a deal not after the state's last deal or line
   *     ({@code out_of_order} at {@code deal.signed})
   */
  public DealCommission calculateDeal(CommissionFacts.PartnerAccount partner, CommissionDeal deal, CommissionState before,
      List<CommissionFacts.SpiffWindow> spiffWindows, List<FxRate> fxRates) {
    requireNonNull(partner, "partner");
    requireNonNull(deal, "deal");
    requireNonNull(before, "before");
    requireNonNull(spiffWindows, "spiffWindows");
    requireNonNull(fxRates, "fxRates");
    if (spiffWindows.isEmpty() && fxRates.isEmpty() && deal.partner().equals(partner.id())
        && before.partner().equals(partner.id()) && inOrder(deal, before)) {
      DealPricer pricer = pricers.find(partner, deal);
      if (pricer != DealPricers.NOT_COVERED) {
        if (pricer.earnsNothing() || deal.attribution().creditFactor().isZero()) {
          return SignatureLines.nothing(partner, deal, before, CommissionStates.INSTANCE);
        }
        if (DealPricers.covers(pricer, deal)) {
          Optional<DealCommission> direct = SignatureLines.of(pricer.terms(), partner, deal, before,
              CommissionResultBuilders.INSTANCE, CommissionStates.INSTANCE);
          if (direct.isPresent()) {
            return direct.get();
          }
        }
      }
    }
    return calculateDealByRun(partner, deal, before, spiffWindows, fxRates);
  }

  /**
   * {@link #calculateDeal(CommissionFacts.PartnerAccount, CommissionDeal, CommissionState, List, List)}
   * through the whole-book run: the deal's facts built and run as of its signature date. Every deal
   * goes this way outside the pricers' scope; the property tests compare the direct path with it.
   */
  DealCommission calculateDealByRun(CommissionFacts.PartnerAccount partner, CommissionDeal deal, CommissionState before,
      List<CommissionFacts.SpiffWindow> spiffWindows, List<FxRate> fxRates) {
    ProblemCollector problems = new ProblemCollector();
    // the paths and messages are built only when a check fails
    if (!deal.partner().equals(partner.id())) {
      problems.add(Problem.error(FieldPath.root().field("deal").field("attribution").field("partner"),
          CoreProblemCode.INCONSISTENT, "be the partner " + partner.id(), deal.partner()));
    }
    if (!before.partner().equals(partner.id())) {
      problems.add(Problem.error(FieldPath.root().field("before").field("partner"), CoreProblemCode.INCONSISTENT,
          "be the partner " + partner.id(), before.partner()));
    }
    if (!inOrder(deal, before)) {
      LocalDate last = before.lastDate().get();
      problems.add(Problem.error(FieldPath.root().field("deal").field("signed"), CoreProblemCode.OUT_OF_ORDER,
          "come after the state's last " + before.lastDealId().map(id -> "deal " + id + " signed ").orElse("line accrued ")
          + last + " (deals are chained day by day, in deal-id order, before the day's other lines)",
          deal.signed() + " " + deal.dealId()));
    }
    problems.throwIfErrors(InvalidFactsException::new);
    CommissionFacts facts = CommissionFacts.builder().addPartners(partner).addDeals(deal)
        .spiffWindows(spiffWindows).fxRates(fxRates).build();
    try {
      return new CommissionRun(versions, facts, deal.signed(), CommissionResultBuilders.INSTANCE).dealResult(before);
    } catch (InvalidFactsException e) {
      List<Problem> renamed = new ArrayList<>();
      for (Problem problem : e.problems()) {
        renamed.add(problem.withPath(FieldPath.of(singular(problem.path()))));
      }
      throw new InvalidFactsException(renamed);
    }
  }

  /**
   * Decides what one won deal earns one partner on its signature date, with no SPIFF window and no
   * FX rate: {@link #decide(CommissionFacts.PartnerAccount, CommissionDeal, CommissionState, List, List)}
   * with empty lists.
   *
   * @param partner the partner's account, not null
   * @param deal the deal, of that partner, not null
   * @param before the partner's state before the deal, not null
   * @return the total of the deal's signature lines, in the partner's payout currency, never null
   * @throws InvalidFactsException as {@link #calculateDeal(CommissionFacts.PartnerAccount, CommissionDeal, CommissionState)}
   */
  public Money decide(CommissionFacts.PartnerAccount partner, CommissionDeal deal, CommissionState before) {
    return decide(partner, deal, before, List.of(), List.of());
  }

  /**
   * Decides what one won deal earns one partner on its signature date, without building its lines
   * or their explanations ({@code docs/rules/commission.md#deciding-a-deal-only}): exactly the sum of
   * the amounts of {@link #calculateDeal(CommissionFacts.PartnerAccount, CommissionDeal, CommissionState, List, List)
   * calculateDeal}'s lines with the same arguments (zero when it gives none), with the same
   * {@link InvalidFactsException} for the same bad input. It does not return the state after the
   * deal: a caller chaining deals takes it from {@code calculateDeal}.
   *
   * <p>The common case is decided by a pricer prepared when the calculator was built for the
   * version in force at the signature date, the partner type and the tier (rates resolved, in
   * {@code long} minor units where exact, each line rounded once as the whole calculation rounds it):
   * the deal and the payout in the program's currency, no SPIFF window and no FX rate given, and a
   * version without caps whose rounding mode rounds. Its lines are the referral fee (rate or flat),
   * the tier rate and the volume brackets (whose increase is computed in {@code BigDecimal}); a
   * reseller's resale terms are not lines. Anything else (SPIFF windows or FX rates given, another
   * currency, caps, {@link java.math.RoundingMode#UNNECESSARY}, a missing or unknown tier, a date
   * before the first version, a line of 10^15 or more, a deal or state of another partner or out of
   * order) is decided, or refused, by {@code calculateDeal} itself, so the answer and the errors are
   * always the same.
   *
   * @param partner the partner's account, not null
   * @param deal the deal, of that partner, not null
   * @param before the partner's state before the deal, not null
   * @param spiffWindows the SPIFF campaigns, not null, in the order the whole book gives them
   * @param fxRates the FX rates, not null
   * @return the total of the deal's signature lines, in the partner's payout currency, never null
   * @throws InvalidFactsException as
   *     {@link #calculateDeal(CommissionFacts.PartnerAccount, CommissionDeal, CommissionState, List, List)};
   *     and, where the deal's lines each stay under {@code Money}'s limit of 10^15 but their total does
   *     not, as {@link Money#plus(Money)} refuses that total
   */
  public Money decide(CommissionFacts.PartnerAccount partner, CommissionDeal deal, CommissionState before,
      List<CommissionFacts.SpiffWindow> spiffWindows, List<FxRate> fxRates) {
    long minor = decidedAlone(partner, deal, before, spiffWindows, fxRates);
    if (minor != RoundedProduct.OVERFLOW) {
      return Money.ofMinor(minor, partner.payoutCurrency());
    }
    Money total = Money.zero(partner.payoutCurrency());
    for (CommissionLine line : calculateDeal(partner, deal, before, spiffWindows, fxRates).lines()) {
      total = total.plus(line.amount());
    }
    return total;
  }

  /**
   * The pricer's decision of {@link #decide}, in minor units of the payout currency, or
   * {@link RoundedProduct#OVERFLOW} when {@code calculateDeal} must decide (or refuse).
   */
  long decidedAlone(CommissionFacts.PartnerAccount partner, CommissionDeal deal, CommissionState before,
      List<CommissionFacts.SpiffWindow> spiffWindows, List<FxRate> fxRates) {
    requireNonNull(partner, "partner");
    requireNonNull(deal, "deal");
    requireNonNull(before, "before");
    requireNonNull(spiffWindows, "spiffWindows");
    requireNonNull(fxRates, "fxRates");
    if (!spiffWindows.isEmpty() || !fxRates.isEmpty() || !deal.partner().equals(partner.id())
        || !before.partner().equals(partner.id()) || !inOrder(deal, before)) {
      return RoundedProduct.OVERFLOW;
    }
    return pricers.price(partner, deal, before);
  }

  /** Whether a deal comes after a state's last deal or line, as {@link #calculateDeal} requires. */
  private static boolean inOrder(CommissionDeal deal, CommissionState before) {
    Optional<LocalDate> last = before.lastDate();
    if (last.isEmpty()) {
      return true;
    }
    int order = deal.signed().compareTo(last.get());
    if (order != 0) {
      return order > 0;
    }
    Optional<String> lastDeal = before.lastDealId();
    return lastDeal.isPresent() && lastDeal.get().compareTo(deal.dealId()) < 0;
  }

  /** Renames a whole-book path of the one deal or partner: {@code deals[0].tier} is {@code deal.tier}. */
  private static String singular(String path) {
    for (String list : List.of("deals", "partners")) {
      String prefix = list + "[0]";
      if (path.startsWith(prefix)) {
        return list.substring(0, list.length() - 1) + path.substring(prefix.length());
      }
    }
    return path;
  }

  /**
   * Counts a line that accrued outside the per-deal call (a recurring share, a month-end or
   * quarter-end line) against the caps of a partner's state, exactly as the whole-book calculation
   * does when the line accrues ({@code docs/rules/commission.md#per-deal-commission}): its exact
   * amount after caps counts against the {@code perPartner} cap of its fiscal year and the
   * {@code perPeriod} cap of its payout period, under the terms of the version that decided it
   * ({@link CommissionLine#programVersion()}). Negative lines and clawback adjustments count for
   * nothing ({@code docs/rules/commission.md#caps}). Give the lines of a day after that day's deals.
   *
   * @param state the partner's state, not null
   * @param line a line of the same partner, not null
   * @return the state with the line counted, never null
   * @throws InvalidFactsException if the line is of another partner ({@code other_partner} at
   *     {@code line.partner}), accrued before the state's last deal or line ({@code out_of_order} at
   *     {@code line.accruedOn}) or decided by a version this calculator does not have
   *     ({@code inconsistent} at {@code line.programVersion})
   */
  public CommissionState count(CommissionState state, CommissionLine line) {
    requireNonNull(state, "state");
    requireNonNull(line, "line");
    ProblemCollector problems = new ProblemCollector();
    FieldPath root = FieldPath.root().field("line");
    problems.check(line.partner().equals(state.partner()), root.field("partner"), CoreProblemCode.INCONSISTENT,
        "be the state's partner " + state.partner(), line.partner());
    problems.check(state.lastDate().map(last -> !line.accruedOn().isBefore(last)).orElse(true),
        root.field("accruedOn"), CoreProblemCode.OUT_OF_ORDER, "be on or after the state's last date " + state.lastDate()
            .map(LocalDate::toString).orElse(""), line.accruedOn());
    Optional<CommissionTerms> terms = versionNamed(line.programVersion(), line.accruedOn());
    problems.check(terms.isPresent(), root.field("programVersion"), CoreProblemCode.INCONSISTENT,
        "be a version of this calculator " + versions, line.programVersion());
    problems.throwIfErrors(InvalidFactsException::new);
    return CommissionRun.count(terms.get(), state, line);
  }

  /** The version with a name: the latest one effective on or before a date, else the first so named. */
  private Optional<CommissionTerms> versionNamed(String name, LocalDate date) {
    CommissionTerms found = null;
    for (CommissionTerms terms : versions) {
      if (terms.version().equals(name) && (found == null || !terms.effectiveFrom().isAfter(date))) {
        found = terms;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * Returns a partner's state at the end of a day, read from a whole book: every deal signed and
   * every line accrued on or before it counted, as the per-deal chain would have it. A PRM starts its
   * chain from here instead of from the partner's first deal; the next deal must be signed after
   * the day.
   *
   * @param facts the facts, not null
   * @param partner a partner of the facts, not null
   * @param asOf the day, not null
   * @return never null
   * @throws InvalidFactsException naming every problem of the facts, with its path, or if the
   *     partner is not in them ({@code unknown_partner} at {@code partner})
   */
  public CommissionState stateAfter(CommissionFacts facts, PartnerId partner, LocalDate asOf) {
    requireNonNull(facts, "facts");
    requireNonNull(partner, "partner");
    requireNonNull(asOf, "asOf");
    CommissionRun run = new CommissionRun(versions, facts, asOf, CommissionResultBuilders.INSTANCE);
    run.result();
    return run.stateOf(partner).orElseThrow(() -> new InvalidFactsException(List.of(Problem.error(
        FieldPath.root().field("partner"), AttributionProblemCode.UNKNOWN_PARTNER, "be a partner of the facts", partner))));
  }

  /**
   * Renders the versions: {@code CommissionCalculator[standard from 0001-01-01]}.
   *
   * @return never null
   */
  @Override
  public String toString() {
    return "CommissionCalculator" + versions;
  }
}
