package dev.partneros.attribution.commission;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.CurrencyMismatchException;
import dev.partneros.core.DateRange;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.internal.ProblemCollector;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A partner's commission ledger ({@code docs/rules/commission.md#partner-balance} and
 * {@code docs/rules/clawback.md#limits-and-netting}): an immutable value, in the partner's payout
 * currency, that the caller persists and extends with {@link #post(LedgerEntry)}, which returns a
 * new ledger in constant time (running totals are kept; the history is never re-scanned, and
 * earlier ledgers stay valid: the entries are a shared persistent list).
 *
 * <p>Two buckets make the balance owed to the partner, {@code accrued + payable}: accruals not yet
 * payable, and the net payable, which is negative when a clawback took more than the unpaid
 * accruals: a debit carried forward and netted against later payouts (nothing is lost or double
 * counted). Running totals: accrued, cancelled, clawed back, made payable and paid out. See
 * {@link LedgerEntry.Kind} for each entry's effect.
 *
 * <p>Entries are posted in date order (an entry dated before the last one is refused) so that a
 * {@link #statement(DateRange, Money) period statement} reads the balance at any date exactly.
 *
 * <p>JSON form: {@code {"partner": ..., "currency": "USD", "entries": [...]}}; reading replays the
 * entries, so a tampered total cannot be read in.
 *
 * <p>Immutable and thread-safe.
 */
@JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"partner", "currency", "entries"})
public final class PartnerBalance {

  private final PartnerId partner;
  private final Currency currency;
  private final Node last;
  private final Money totalAccrued;
  private final Money totalCancelled;
  private final Money totalClawedBack;
  private final Money totalMadePayable;
  private final Money totalPaid;

  private PartnerBalance(PartnerId partner, Currency currency, Node last, Money totalAccrued, Money totalCancelled,
      Money totalClawedBack, Money totalMadePayable, Money totalPaid) {
    this.partner = partner;
    this.currency = currency;
    this.last = last;
    this.totalAccrued = totalAccrued;
    this.totalCancelled = totalCancelled;
    this.totalClawedBack = totalClawedBack;
    this.totalMadePayable = totalMadePayable;
    this.totalPaid = totalPaid;
  }

  /** One posted entry and the buckets after it; a persistent singly linked list, newest first. */
  private static final class Node {
    private final LedgerEntry entry;
    private final Money accruedAfter;
    private final Money payableAfter;
    private final Node previous;
    private final int size;

    private Node(LedgerEntry entry, Money accruedAfter, Money payableAfter, Node previous) {
      this.entry = entry;
      this.accruedAfter = accruedAfter;
      this.payableAfter = payableAfter;
      this.previous = previous;
      this.size = previous == null ? 1 : previous.size + 1;
    }
  }

  /**
   * Returns an empty ledger.
   *
   * @param partner the partner, not null
   * @param currency the partner's payout currency, not null
   * @return never null
   */
  public static PartnerBalance empty(PartnerId partner, Currency currency) {
    requireNonNull(partner, "partner");
    Money zero = Money.zero(requireNonNull(currency, "currency"));
    return new PartnerBalance(partner, currency, null, zero, zero, zero, zero, zero);
  }

  @JsonCreator
  static PartnerBalance fromJson(@JsonProperty("partner") PartnerId partner,
      @JsonProperty("currency") Currency currency, @JsonProperty("entries") List<LedgerEntry> entries) {
    ProblemCollector problems = new ProblemCollector();
    problems.requirePresent(FieldPath.root().field("partner"), partner);
    problems.requirePresent(FieldPath.root().field("currency"), currency);
    problems.throwIfErrors(InvalidFactsException::new);
    return empty(partner, currency).postAll(entries == null ? List.of() : entries);
  }

  /**
   * Posts an entry, returning a new ledger; this one is unchanged. Constant time.
   *
   * @param entry the entry, not null
   * @return never null
   * @throws CurrencyMismatchException if the entry is not in the ledger's currency
   * @throws InvalidFactsException if the entry is for another partner ({@code entry.partner}), dated
   *     before the last entry ({@code entry.date}), or takes more from a bucket than it holds
   *     ({@code entry.amount}: a {@link LedgerEntry.Kind#PAYABLE} or {@link LedgerEntry.Kind#ACCRUAL_CANCELLATION}
   *     above the accrued bucket, a {@link LedgerEntry.Kind#PAYOUT} above the net payable)
   */
  public PartnerBalance post(LedgerEntry entry) {
    requireNonNull(entry, "entry");
    Money amount = entry.amount();
    if (!amount.currency().equals(currency)) {
      throw new CurrencyMismatchException(currency, amount.currency());
    }
    Money accrued = accrued();
    Money payable = payable();
    ProblemCollector problems = new ProblemCollector();
    FieldPath root = FieldPath.root().field("entry");
    problems.check(entry.partner().equals(partner), root.field("partner"), CoreProblemCode.INCONSISTENT,
        "be the ledger's partner " + partner, entry.partner());
    if (last != null) {
      problems.check(!entry.date().isBefore(last.entry.date()), root.field("date"), CoreProblemCode.OUT_OF_ORDER,
          "be on or after the last entry's date " + last.entry.date() + " (entries are posted in date order)",
          entry.date());
    }
    LedgerEntry.Kind kind = entry.kind();
    if (kind.accruedSign() < 0) {
      problems.check(!amount.isGreaterThan(accrued), root.field("amount"), CoreProblemCode.OUT_OF_RANGE,
          "be at most the accrued bucket " + accrued + " for " + kind, amount);
    }
    if (kind == LedgerEntry.Kind.PAYOUT) {
      problems.check(!amount.isGreaterThan(payable), root.field("amount"), CoreProblemCode.OUT_OF_RANGE,
          "be at most the net payable " + payable + " (a debit is netted first)", amount);
    }
    problems.throwIfErrors(InvalidFactsException::new);
    Money newAccrued = kind.accruedSign() == 0 ? accrued : kind.accruedSign() > 0 ? accrued.plus(amount)
        : accrued.minus(amount);
    Money newPayable = kind.payableSign() == 0 ? payable : kind.payableSign() > 0 ? payable.plus(amount)
        : payable.minus(amount);
    return new PartnerBalance(partner, currency, new Node(entry, newAccrued, newPayable, last),
        kind == LedgerEntry.Kind.ACCRUAL ? totalAccrued.plus(amount) : totalAccrued,
        kind == LedgerEntry.Kind.ACCRUAL_CANCELLATION || kind == LedgerEntry.Kind.PAYABLE_CANCELLATION
            ? totalCancelled.plus(amount) : totalCancelled,
        kind == LedgerEntry.Kind.CLAWBACK ? totalClawedBack.plus(amount) : totalClawedBack,
        kind == LedgerEntry.Kind.PAYABLE ? totalMadePayable.plus(amount) : totalMadePayable,
        kind == LedgerEntry.Kind.PAYOUT ? totalPaid.plus(amount) : totalPaid);
  }

  /**
   * Posts entries in order.
   *
   * @param entries the entries, not null
   * @return never null
   * @throws InvalidFactsException if an entry is refused by {@link #post(LedgerEntry)}
   */
  public PartnerBalance postAll(Iterable<LedgerEntry> entries) {
    requireNonNull(entries, "entries");
    PartnerBalance balance = this;
    for (LedgerEntry entry : entries) {
      balance = balance.post(entry);
    }
    return balance;
  }

  /**
   * Returns the partner.
   *
   * @return never null
   */
  @JsonProperty("partner")
  public PartnerId partner() {
    return partner;
  }

  /**
   * Returns the ledger's currency, the partner's payout currency.
   *
   * @return never null
   */
  @JsonProperty("currency")
  public Currency currency() {
    return currency;
  }

  /**
   * Returns every entry, oldest first. Linear in the number of entries.
   *
   * @return never null, unmodifiable
   */
  @JsonProperty("entries")
  public List<LedgerEntry> entries() {
    Deque<LedgerEntry> entries = new ArrayDeque<>(size());
    for (Node node = last; node != null; node = node.previous) {
      entries.push(node.entry);
    }
    return Collections.unmodifiableList(new ArrayList<>(entries));
  }

  /**
   * Returns the number of entries.
   *
   * @return 0 or more
   */
  public int size() {
    return last == null ? 0 : last.size;
  }

  /**
   * Returns the date of the last entry.
   *
   * @return the date, or empty for an empty ledger
   */
  public Optional<LocalDate> lastDate() {
    return last == null ? Optional.empty() : Optional.of(last.entry.date());
  }

  /**
   * Returns the accruals not yet payable.
   *
   * @return never null
   */
  public Money accrued() {
    return last == null ? Money.zero(currency) : last.accruedAfter;
  }

  /**
   * Returns the net payable: payable amounts minus the debit carried; negative while a debit
   * exceeds them.
   *
   * @return never null
   */
  public Money payable() {
    return last == null ? Money.zero(currency) : last.payableAfter;
  }

  /**
   * Returns the debit carried forward: the net payable's shortfall below zero.
   *
   * @return never null, not negative
   */
  public Money carriedDebit() {
    Money payable = payable();
    return payable.isNegative() ? payable.negated() : Money.zero(currency);
  }

  /**
   * Returns the balance owed to the partner: {@code accrued + payable}.
   *
   * @return never null
   */
  public Money balance() {
    return accrued().plus(payable());
  }

  /**
   * Returns everything ever accrued.
   *
   * @return never null
   */
  public Money totalAccrued() {
    return totalAccrued;
  }

  /**
   * Returns every accrual or payable amount cancelled by clawbacks.
   *
   * @return never null
   */
  public Money totalCancelled() {
    return totalCancelled;
  }

  /**
   * Returns every clawback adjustment and rebate reduction (debits).
   *
   * @return never null
   */
  public Money totalClawedBack() {
    return totalClawedBack;
  }

  /**
   * Returns everything ever made payable.
   *
   * @return never null
   */
  public Money totalMadePayable() {
    return totalMadePayable;
  }

  /**
   * Returns everything ever paid out.
   *
   * @return never null
   */
  public Money totalPaid() {
    return totalPaid;
  }

  /**
   * Returns the commission earned: accrued minus cancelled minus clawed back. Always equals
   * {@code balance() + totalPaid()}.
   *
   * @return never null
   */
  public Money earned() {
    return totalAccrued.minus(totalCancelled).minus(totalClawedBack);
  }

  /**
   * Returns the statement of a period: the balance before its first day, its entries, the balance
   * at its end, and what is payable now or carried forward
   * ({@code docs/rules/commission.md#payout-timing}: a payout below the minimum carries over).
   * Linear in the entries dated on or after the period's first day.
   *
   * @param period the period, both ends included, not null
   * @param minimumPayout the minimum payout, not null, not negative, in the ledger's currency
   * @return never null, reconciled to the cent
   * @throws CurrencyMismatchException if the minimum is in another currency
   * @throws InvalidFactsException if the minimum is negative (path {@code minimumPayout})
   */
  public PeriodStatement statement(DateRange period, Money minimumPayout) {
    requireNonNull(period, "period");
    requireNonNull(minimumPayout, "minimumPayout");
    if (!minimumPayout.currency().equals(currency)) {
      throw new CurrencyMismatchException(currency, minimumPayout.currency());
    }
    ProblemCollector problems = new ProblemCollector();
    problems.requireNonNegative(FieldPath.root().field("minimumPayout"), minimumPayout);
    problems.throwIfErrors(InvalidFactsException::new);
    Deque<Node> inPeriod = new ArrayDeque<>();
    Node closingNode = null;
    Node node = last;
    while (node != null && node.entry.date().isAfter(period.endInclusive())) {
      node = node.previous;
    }
    closingNode = node;
    while (node != null && !node.entry.date().isBefore(period.startInclusive())) {
      inPeriod.push(node);
      node = node.previous;
    }
    Money zero = Money.zero(currency);
    Money opening = node == null ? zero : node.accruedAfter.plus(node.payableAfter);
    List<PeriodStatement.Line> lines = new ArrayList<>(inPeriod.size());
    for (Node n : inPeriod) {
      lines.add(new PeriodStatement.Line.Builder().entry(n.entry).effect(n.entry.effect())
          .balanceAfter(n.accruedAfter.plus(n.payableAfter)).build());
    }
    Money accruedAtEnd = closingNode == null ? zero : closingNode.accruedAfter;
    Money payableAtEnd = closingNode == null ? zero : closingNode.payableAfter;
    boolean pay = payableAtEnd.isPositive() && !payableAtEnd.isLessThan(minimumPayout);
    Money payableNow = pay ? payableAtEnd : zero;
    Money carriedPayable = !pay && payableAtEnd.isPositive() ? payableAtEnd : zero;
    Money carriedDebit = payableAtEnd.isNegative() ? payableAtEnd.negated() : zero;
    return new PeriodStatement.Builder().partner(partner).period(period).opening(opening).lines(lines)
        .closing(accruedAtEnd.plus(payableAtEnd)).accrued(accruedAtEnd).minimumPayout(minimumPayout)
        .payableNow(payableNow).carriedPayable(carriedPayable).carriedDebit(carriedDebit)
        .carriedForward(accruedAtEnd.plus(carriedPayable).minus(carriedDebit)).build();
  }

  /**
   * Tells whether another ledger has the same partner, currency and entries.
   *
   * @param other the object, may be null
   * @return true if equal
   */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof PartnerBalance)) {
      return false;
    }
    PartnerBalance that = (PartnerBalance) other;
    return partner.equals(that.partner) && currency.equals(that.currency) && size() == that.size()
        && entries().equals(that.entries());
  }

  @Override
  public int hashCode() {
    return Objects.hash(partner, currency, size(), last == null ? null : last.entry);
  }

  /**
   * Renders the ledger's buckets: {@code P-1 USD: accrued 100.00 USD, payable -20.00 USD, paid ...}.
   *
   * @return never null
   */
  @Override
  public String toString() {
    return partner + " " + currency.getCurrencyCode() + ": accrued " + accrued() + ", payable " + payable()
        + ", paid " + totalPaid + ", earned " + earned() + " (" + size() + " entries)";
  }
}
