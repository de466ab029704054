package dev.partneros.attribution.commission;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.attribution.AttributionProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * The result of a commission calculation as of a date ({@code docs/rules/commission.md} and
 * {@code docs/rules/clawback.md}): every commission line with its status, the clawback decisions,
 * the payout runs, the ledger entries that reproduce it in a {@link PartnerBalance}, the resale
 * terms of resellers' deals, and the partners flagged for termination (fraud).
 *
 * <p>Lines are ordered by partner, accrual date, then id; entries by partner, then in the order
 * they happened. The result does not depend on the order of the facts. It answers by partner, by
 * deal ({@link #linesFor(String)}, {@link #total(PartnerId, String)}, {@link #dealTotals(PartnerId)})
 * and by kind ({@link #lines(CommissionLine.Kind)}).
 *
 * <p>JSON-serialisable; immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCommissionResult.class)
@JsonDeserialize(as = ImmutableCommissionResult.class)
public abstract class CommissionResult {

  CommissionResult() {}

  /**
   * Returns the as-of date.
   *
   * @return never null
   */
  public abstract LocalDate asOf();

  /**
   * Returns each partner's payout currency: the currency of its lines and ledger.
   *
   * @return never null, in partner order
   */
  @Value.NaturalOrder
  public abstract SortedMap<PartnerId, Currency> payoutCurrencies();

  /**
   * Returns the commission lines.
   *
   * @return never null
   */
  public abstract List<CommissionLine> lines();

  /**
   * Returns the clawback decisions, in effective-date order per partner.
   *
   * @return never null
   */
  public abstract List<ClawbackDecision> clawbacks();

  /**
   * Returns the payout runs, per partner in date order (runs with nothing owed either way are left
   * out).
   *
   * @return never null
   */
  public abstract List<PayoutRun> payoutRuns();

  /**
   * Returns the ledger entries, per partner in the order they happened.
   *
   * @return never null
   */
  public abstract List<LedgerEntry> entries();

  /**
   * Returns the resale terms of resellers' deals.
   *
   * @return never null
   */
  public abstract List<ResaleTerms> resaleTerms();

  /**
   * Returns the partners flagged for termination by a fraud finding.
   *
   * @return never null
   */
  @Value.NaturalOrder
  public abstract SortedSet<PartnerId> flaggedForTermination();

  /**
   * Returns one partner's lines.
   *
   * @param partner the partner, not null
   * @return never null
   */
  public List<CommissionLine> lines(PartnerId partner) {
    requireNonNull(partner, "partner");
    return linesByPartner().getOrDefault(partner, List.of());
  }

  /**
   * Returns one partner's ledger entries, in the order they happened.
   *
   * @param partner the partner, not null
   * @return never null
   */
  public List<LedgerEntry> entries(PartnerId partner) {
    requireNonNull(partner, "partner");
    return entriesByPartner().getOrDefault(partner, List.of());
  }

  /**
   * Returns one partner's clawback decisions, in effective-date order.
   *
   * @param partner the partner, not null
   * @return never null
   */
  public List<ClawbackDecision> clawbacks(PartnerId partner) {
    requireNonNull(partner, "partner");
    return clawbacksByPartner().getOrDefault(partner, List.of());
  }

  /**
   * Returns every line of one deal, for every partner credited on it, in result order (partner,
   * accrual date, id): its one-time lines, recurring shares, count-bracket lines, SPIFFs and clawback
   * adjustments. Period lines (rebates, quota and count bonuses) come from no deal and are never
   * listed here ({@link CommissionLine.Kind#isFromDeal()}).
   *
   * @param dealId the deal id, not null
   * @return never null, empty for an unknown deal
   */
  public List<CommissionLine> linesFor(String dealId) {
    requireNonNull(dealId, "dealId");
    return linesByDeal().getOrDefault(dealId, List.of());
  }

  /**
   * Returns one partner's lines of one deal, in accrual date, then id order.
   *
   * @param partner the partner, not null
   * @param dealId the deal id, not null
   * @return never null, empty when the partner has no line on the deal
   */
  public List<CommissionLine> linesFor(PartnerId partner, String dealId) {
    requireNonNull(partner, "partner");
    List<CommissionLine> lines = new ArrayList<>();
    for (CommissionLine line : linesFor(dealId)) {
      if (line.partner().equals(partner)) {
        lines.add(line);
      }
    }
    return List.copyOf(lines);
  }

  /**
   * Returns every line of one kind, in result order (partner, accrual date, id).
   *
   * @param kind the kind, not null
   * @return never null
   */
  public List<CommissionLine> lines(CommissionLine.Kind kind) {
    requireNonNull(kind, "kind");
    return linesByKind().getOrDefault(kind, List.of());
  }

  /**
   * Returns what one deal earned one partner: the sum of the {@link CommissionLine#net() net}
   * amounts of the partner's lines of the deal (clawback adjustments included), in its payout
   * currency.
   *
   * @param partner the partner, not null
   * @param dealId the deal id, not null
   * @return never null, zero when the partner has no line on the deal
   * @throws InvalidFactsException if the partner is unknown (path {@code partner})
   */
  public Money total(PartnerId partner, String dealId) {
    requireNonNull(dealId, "dealId");
    Money total = Money.zero(currencyOf(partner));
    for (CommissionLine line : linesFor(dealId)) {
      if (line.partner().equals(partner)) {
        total = total.plus(line.net());
      }
    }
    return total;
  }

  /**
   * Returns what each deal earned one partner, as {@link #total(PartnerId, String)}, for every deal
   * with a line of the partner; the partner's period lines are not in it (so these totals add up to
   * {@link #total(PartnerId)} minus the period lines).
   *
   * @param partner the partner, not null
   * @return never null, in deal-id order
   * @throws InvalidFactsException if the partner is unknown (path {@code partner})
   */
  public SortedMap<String, Money> dealTotals(PartnerId partner) {
    currencyOf(partner);
    SortedMap<String, Money> totals = new TreeMap<>();
    for (CommissionLine line : lines(partner)) {
      if (line.dealId().isPresent()) {
        totals.merge(line.dealId().get(), line.net(), Money::plus);
      }
    }
    return Collections.unmodifiableSortedMap(totals);
  }

  /** The lines grouped by deal (period lines left out). */
  @Value.Lazy
  @JsonIgnore
  Map<String, List<CommissionLine>> linesByDeal() {
    Map<String, List<CommissionLine>> grouped = new HashMap<>();
    for (CommissionLine line : lines()) {
      line.dealId().ifPresent(deal -> grouped.computeIfAbsent(deal, k -> new ArrayList<>()).add(line));
    }
    grouped.replaceAll((k, v) -> List.copyOf(v));
    return Map.copyOf(grouped);
  }

  /** The lines grouped by kind. */
  @Value.Lazy
  @JsonIgnore
  Map<CommissionLine.Kind, List<CommissionLine>> linesByKind() {
    Map<CommissionLine.Kind, List<CommissionLine>> grouped = new EnumMap<>(CommissionLine.Kind.class);
    for (CommissionLine line : lines()) {
      grouped.computeIfAbsent(line.kind(), k -> new ArrayList<>()).add(line);
    }
    grouped.replaceAll((k, v) -> List.copyOf(v));
    return Collections.unmodifiableMap(grouped);
  }

  /** The lines grouped by partner, built once on first use so per-partner reads cost their own size. */
  @Value.Lazy
  @JsonIgnore
  Map<PartnerId, List<CommissionLine>> linesByPartner() {
    return group(lines(), CommissionLine::partner);
  }

  /** The ledger entries grouped by partner, in the order they happened. */
  @Value.Lazy
  @JsonIgnore
  Map<PartnerId, List<LedgerEntry>> entriesByPartner() {
    return group(entries(), LedgerEntry::partner);
  }

  /** The clawback decisions grouped by partner. */
  @Value.Lazy
  @JsonIgnore
  Map<PartnerId, List<ClawbackDecision>> clawbacksByPartner() {
    return group(clawbacks(), ClawbackDecision::partner);
  }

  private static <T> Map<PartnerId, List<T>> group(List<T> items, Function<T, PartnerId> partner) {
    Map<PartnerId, List<T>> grouped = new HashMap<>();
    for (T item : items) {
      grouped.computeIfAbsent(partner.apply(item), k -> new ArrayList<>()).add(item);
    }
    grouped.replaceAll((k, v) -> List.copyOf(v));
    return Map.copyOf(grouped);
  }

  /**
   * Returns one partner's commission: the sum of its lines' {@link CommissionLine#net() net}
   * amounts (adjustments included), in its payout currency.
   *
   * @param partner the partner, not null
   * @return never null
   * @throws InvalidFactsException if the partner is unknown (path {@code partner})
   */
  public Money total(PartnerId partner) {
    Money total = Money.zero(currencyOf(partner));
    for (CommissionLine line : lines(partner)) {
      total = total.plus(line.net());
    }
    return total;
  }

  /**
   * Returns one partner's ledger with every entry of this result posted.
   *
   * @param partner the partner, not null
   * @return never null
   * @throws InvalidFactsException if the partner is unknown (path {@code partner})
   */
  public PartnerBalance balance(PartnerId partner) {
    return PartnerBalance.empty(partner, currencyOf(partner)).postAll(entries(partner));
  }

  /**
   * Returns the line with an id.
   *
   * @param id the line id, not null
   * @return the line, or empty
   */
  public Optional<CommissionLine> line(String id) {
    requireNonNull(id, "id");
    return Optional.ofNullable(linesById().get(id));
  }

  /** The lines by id. */
  @Value.Lazy
  @JsonIgnore
  Map<String, CommissionLine> linesById() {
    Map<String, CommissionLine> byId = new HashMap<>();
    for (CommissionLine line : lines()) {
      byId.putIfAbsent(line.id(), line);
    }
    return Map.copyOf(byId);
  }

  private Currency currencyOf(PartnerId partner) {
    Currency currency = payoutCurrencies().get(requireNonNull(partner, "partner"));
    if (currency == null) {
      throw new InvalidFactsException(List.of(Problem.error(FieldPath.root().field("partner"), AttributionProblemCode.UNKNOWN_PARTNER,
          "be a partner of the facts", partner)));
    }
    return currency;
  }

  /** Builds a {@link CommissionResult}; used by the {@link CommissionCalculator}. Not thread-safe. */
  public static class Builder extends ImmutableCommissionResult.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }

  /**
   * One payout run for one partner ({@code docs/rules/commission.md#payout-timing}), on a payout
   * period's last day: the net payable (payable lines minus carried debits), the minimum, and
   * whether it was paid (at least the minimum) or carried over to the next period.
   *
   * <p>JSON-serialisable; immutable and thread-safe.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutablePayoutRun.class)
  @JsonDeserialize(as = ImmutablePayoutRun.class)
  public abstract static class PayoutRun {

    PayoutRun() {}

    /**
     * Returns the partner.
     *
     * @return never null
     */
    public abstract PartnerId partner();

    /**
     * Returns the run's date, a payout period's last day.
     *
     * @return never null
     */
    public abstract LocalDate runDate();

    /**
     * Returns the net payable at the run: payable lines minus the debit carried (negative while a
     * debit exceeds them).
     *
     * @return never null
     */
    public abstract Money netPayable();

    /**
     * Returns the minimum payout applied, in the payout currency.
     *
     * @return never null
     */
    public abstract Money minimumPayout();

    /**
     * Returns the amount paid: the net payable when at least the minimum (and above zero), else zero.
     *
     * @return never null
     */
    public abstract Money paid();

    /**
     * Returns the day payment is due (the run plus the payment terms), when something was paid.
     *
     * @return the date, or empty when the payout carried over
     */
    public abstract Optional<LocalDate> paymentDue();

    /**
     * Returns the number of lines the run paid.
     *
     * @return 0 or more
     */
    public abstract int linesPaid();

    /**
     * Tells whether the net payable carried over to the next period (below the minimum, or a debit).
     *
     * @return true when nothing was paid although something was owed or owing
     */
    @JsonIgnore
    public boolean carriedOver() {
      return paid().isZero() && !netPayable().isZero();
    }

    /**
     * Renders the run: {@code P-1 2026-03-31: net 49.99 USD below minimum 50.00 USD, carried over}.
     *
     * @return never null
     */
    @Override
    public String toString() {
      return partner() + " " + runDate() + ": net " + netPayable() + (paid().isZero()
          ? (netPayable().isNegative() ? ", a debit carried over"
              : carriedOver() ? " below minimum " + minimumPayout() + ", carried over" : ", nothing to pay")
          : ", paid " + paid() + ", due " + paymentDue().map(LocalDate::toString).orElse("?"));
    }

    /** Builds a {@link PayoutRun}; used by the {@link CommissionCalculator}. Not thread-safe. */
    public static class Builder extends ImmutablePayoutRun.Builder {
      /** Creates an empty builder. */
      Builder() {}
    }
  }
}
