package dev.partneros.attribution.commission;

import static java.util.Objects.requireNonNull;

import dev.partneros.attribution.commission.internal.CommissionRun;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.InvalidProgramException;
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
 *       partner type ({@link CommissionModels}): referral fee, tier rate, volume brackets over the
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
 *       latest accrued first; the rest is a {@link LineKind#CLAWBACK_ADJUSTMENT} line. For a
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
 * <p>Facts dated after the as-of date are ignored (deals, payments, cancellations), not refused.
 * Invalid facts are refused with every problem and its path ({@code deals[3].amount},
 * {@code payments[0].date}, {@code cancellations[1].effective}, {@code partners[2].customRebateRate}).
 *
 * <p>Stateless: every method is a pure function of its arguments and the program versions.
 * Immutable and thread-safe.
 */
public final class CommissionCalculator {

  private final List<CommissionTerms> versions;

  private CommissionCalculator(List<CommissionTerms> versions) {
    this.versions = versions;
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
    problems.check(!versions.isEmpty(), path, "empty", "have at least one version", "[]");
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
              path.index(i).field("effectiveFrom"), "overlapping_version",
              "differ from versions[" + j + "]'s", terms.effectiveFrom());
        }
      }
      problems.check(terms.currency().equals(versions.get(0).currency()), path.index(i).field("currency"),
          "currency_mismatch", "be the first version's " + versions.get(0).currency().getCurrencyCode()
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
   * Renders the versions: {@code CommissionCalculator[standard from 0001-01-01]}.
   *
   * @return never null
   */
  @Override
  public String toString() {
    return "CommissionCalculator" + versions;
  }
}
