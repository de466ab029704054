package dev.partneros.attribution.commission;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.PartnerId;
import dev.partneros.core.internal.ProblemCollector;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * What one partner's commission on its next deal depends on from the deals and lines before it
 * ({@code docs/rules/commission.md#per-deal-commission}): the state a PRM keeps between two
 * {@link CommissionCalculator#calculateDeal per-deal calls}. Every cross-deal dependency of a deal's
 * signature lines is here:
 * <ul>
 *   <li>{@link #creditedDeals()}: how many attributed deals the partner already has (the first-deal
 *       SPIFF goes to the deal counted at 0);</li>
 *   <li>{@link #yearVolumes()}: the cumulative volume of each fiscal year (volume brackets);</li>
 *   <li>{@link #yearCapCounted()} and {@link #periodCapCounted()}: the commission already counted
 *       against the {@code perPartner} cap of each fiscal year and the {@code perPeriod} cap of each
 *       payout period (a deal's own {@code perDeal} cap starts from nothing: its signature lines are
 *       its first);</li>
 *   <li>{@link #lastDate()} and {@link #lastDealId()}: where the chain stands, so that a deal or a
 *       line given out of the documented order is refused rather than counted wrongly.</li>
 * </ul>
 * Amounts are exact (unrounded), in the program's currency. A state starts {@link #empty(PartnerId)
 * empty}, is returned after each per-deal call ({@link DealCommission#after()}), takes the lines
 * accrued by other means ({@link CommissionCalculator#count(CommissionState, CommissionLine)}), or is
 * read from a whole book ({@link CommissionCalculator#stateAfter(CommissionFacts, PartnerId,
 * LocalDate)}). Entries of years and periods before the next deal's are never read again.
 *
 * <p>Checked when built ({@link InvalidFactsException}): counts and amounts not negative
 * ({@code negative} at {@code creditedDeals}, {@code yearVolumes[2026]}...), a last deal only with
 * a last date ({@code missing} at {@code lastDate}).
 *
 * <p>JSON-serialisable; immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCommissionState.class)
@JsonDeserialize(as = ImmutableCommissionState.class)
public abstract class CommissionState {

  CommissionState() {}

  /**
   * Returns the state of a partner with no deal and no line yet.
   *
   * @param partner the partner, not null
   * @return never null
   */
  public static CommissionState empty(PartnerId partner) {
    return CommissionStates.empty(requireNonNull(partner, "partner"));
  }

  /**
   * Returns the partner.
   *
   * @return never null
   */
  public abstract PartnerId partner();

  /**
   * Returns the number of the partner's attributed deals counted so far (deals with a model for the
   * partner's type and a credit factor above zero).
   *
   * @return zero or more; 0 by default
   */
  @Value.Default
  public int creditedDeals() {
    return 0;
  }

  /**
   * Returns the cumulative volume of each fiscal year: the sum of the full amounts of the
   * partner's attributed deals signed in it, in the program's currency, exact
   * ({@code docs/rules/commission.md#volume-brackets}).
   *
   * @return never null, by fiscal year
   */
  @Value.NaturalOrder
  public abstract SortedMap<Integer, BigDecimal> yearVolumes();

  /**
   * Returns the commission counted against the {@code perPartner} cap in each fiscal year: the
   * exact amounts after caps of the lines accrued under terms with that cap
   * ({@code docs/rules/commission.md#caps}).
   *
   * @return never null, by fiscal year
   */
  @Value.NaturalOrder
  public abstract SortedMap<Integer, BigDecimal> yearCapCounted();

  /**
   * Returns the commission counted against the {@code perPeriod} cap in each payout period, keyed by
   * the period as {@link dev.partneros.core.DateRange#toString()} renders it
   * ({@code [2026-03-01, 2026-03-31]} for a month, the fiscal quarter for quarterly payouts).
   *
   * @return never null, by period
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, BigDecimal> periodCapCounted();

  /**
   * Returns the date of the last deal or line counted.
   *
   * @return the date, or empty for a state counting nothing yet
   */
  public abstract Optional<LocalDate> lastDate();

  /**
   * Returns the last deal counted, when it is the last thing counted on {@link #lastDate()}: a
   * later deal of the same day must have a greater id.
   *
   * @return the deal id, or empty when a line (or nothing) came last
   */
  public abstract Optional<String> lastDealId();

  @Value.Check
  void check() {
    if (creditedDeals() >= 0 && nonNegative(yearVolumes()) && nonNegative(yearCapCounted())
        && nonNegative(periodCapCounted()) && (lastDealId().isEmpty() || lastDate().isPresent())) {
      return; // the paths of the problems are built only when a check fails
    }
    ProblemCollector problems = new ProblemCollector();
    FieldPath root = FieldPath.root();
    problems.check(creditedDeals() >= 0, root.field("creditedDeals"), CoreProblemCode.NEGATIVE, "be >= 0", creditedDeals());
    checkAmounts(problems, root.field("yearVolumes"), yearVolumes());
    checkAmounts(problems, root.field("yearCapCounted"), yearCapCounted());
    checkAmounts(problems, root.field("periodCapCounted"), periodCapCounted());
    problems.check(lastDealId().isEmpty() || lastDate().isPresent(), root.field("lastDate"), CoreProblemCode.MISSING,
        "be present with a lastDealId", null);
    problems.throwIfErrors(InvalidFactsException::new);
  }

  private static boolean nonNegative(Map<?, BigDecimal> amounts) {
    if (amounts.isEmpty()) {
      return true;
    }
    for (BigDecimal amount : amounts.values()) {
      if (amount.signum() < 0) {
        return false;
      }
    }
    return true;
  }

  private static void checkAmounts(ProblemCollector problems, FieldPath path, Map<?, BigDecimal> amounts) {
    for (Map.Entry<?, BigDecimal> entry : amounts.entrySet()) {
      problems.requireNonNegative(path.key(String.valueOf(entry.getKey())), entry.getValue());
    }
  }

  /**
   * Renders the state: {@code P-1 after 3 deals to 2026-03-01}.
   *
   * @return never null
   */
  @Override
  public String toString() {
    return partner() + " after " + creditedDeals() + " deals" + lastDate().map(d -> " to " + d).orElse("");
  }

  /** Builds a {@link CommissionState}, for instance from a PRM's own records; partner is mandatory. Not thread-safe. */
  public static class Builder extends ImmutableCommissionState.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
