package dev.partneros.attribution.commission;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.internal.ProblemCollector;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One posting to a {@link PartnerBalance}: a dated, positive amount of one {@link Kind}, for
 * a partner, optionally naming the commission line it comes from.
 *
 * <p>Checked when built ({@link InvalidFactsException}): the amount above zero.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLedgerEntry.class)
@JsonDeserialize(as = ImmutableLedgerEntry.class)
public abstract class LedgerEntry {

  LedgerEntry() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates an entry.
   *
   * @param partner the partner, not null
   * @param date the day, not null
   * @param kind what it does, not null
   * @param amount the amount, not null, above zero
   * @return never null
   * @throws InvalidFactsException if the amount is not above zero
   */
  public static LedgerEntry of(PartnerId partner, LocalDate date, Kind kind, Money amount) {
    return new Builder().partner(requireNonNull(partner, "partner")).date(requireNonNull(date, "date"))
        .kind(requireNonNull(kind, "kind")).amount(requireNonNull(amount, "amount")).build();
  }

  /**
   * Returns the partner.
   *
   * @return never null
   */
  public abstract PartnerId partner();

  /**
   * Returns the day of the entry.
   *
   * @return never null
   */
  public abstract LocalDate date();

  /**
   * Returns what the entry does.
   *
   * @return never null
   */
  public abstract Kind kind();

  /**
   * Returns the amount.
   *
   * @return never null, above zero
   */
  public abstract Money amount();

  /**
   * Returns the commission line the entry comes from.
   *
   * @return the line id, or empty (a payout, a manual entry)
   */
  public abstract Optional<String> lineId();

  /**
   * Returns the entry's signed effect on the balance owed to the partner.
   *
   * @return never null
   */
  public Money effect() {
    int sign = kind().balanceSign();
    return sign == 0 ? Money.zero(amount().currency()) : sign > 0 ? amount() : amount().negated();
  }

  @Value.Check
  void check() {
    if (amount().isPositive()) {
      return;
    }
    ProblemCollector problems = new ProblemCollector();
    problems.check(amount().isPositive(), FieldPath.root().field("amount"), CoreProblemCode.NOT_POSITIVE, "be > 0", amount());
    problems.throwIfErrors(InvalidFactsException::new);
  }

  /**
   * Renders the entry: {@code 2026-03-01 ACCRUAL 4,800.00 USD (D-1/P-1/REFERRAL_FEE)}.
   *
   * @return never null
   */
  @Override
  public String toString() {
    return date() + " " + kind() + " " + amount() + lineId().map(l -> " (" + l + ")").orElse("");
  }

  /** Builds a {@link LedgerEntry}; everything but the line id is mandatory. Not thread-safe. */
  public static class Builder extends ImmutableLedgerEntry.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }

  /**
   * What a {@link LedgerEntry} does to a {@link PartnerBalance}. The balance owed to the partner is
   * {@code accrued + payable}; the payable bucket may be negative, which is a debit carried forward
   * ({@code docs/rules/clawback.md#limits-and-netting}).
   *
   * <table>
   *   <caption>Effects of an entry of amount x (always above zero)</caption>
   *   <tr><th>kind</th><th>accrued</th><th>payable</th><th>balance</th></tr>
   *   <tr><td>{@link #ACCRUAL}</td><td>+x</td><td></td><td>+x</td></tr>
   *   <tr><td>{@link #ACCRUAL_CANCELLATION}</td><td>-x</td><td></td><td>-x</td></tr>
   *   <tr><td>{@link #PAYABLE}</td><td>-x</td><td>+x</td><td>0</td></tr>
   *   <tr><td>{@link #PAYABLE_CANCELLATION}</td><td></td><td>-x</td><td>-x</td></tr>
   *   <tr><td>{@link #CLAWBACK}</td><td></td><td>-x</td><td>-x</td></tr>
   *   <tr><td>{@link #PAYOUT}</td><td></td><td>-x</td><td>-x</td></tr>
   * </table>
   */
  public enum Kind {
    /** Commission earned, not yet payable. */
    ACCRUAL(1, 0, 1),
    /** A clawback cancelling part of an accrual that was not yet payable. */
    ACCRUAL_CANCELLATION(-1, 0, -1),
    /** An accrual becomes payable (trigger and holdback passed). */
    PAYABLE(-1, 1, 0),
    /** A clawback cancelling part of a payable amount not yet paid. */
    PAYABLE_CANCELLATION(0, -1, -1),
    /** A clawback beyond the unpaid accruals, or a rebate reduction: a debit netted against later payouts. */
    CLAWBACK(0, -1, -1),
    /** A payout to the partner. */
    PAYOUT(0, -1, -1);

    private final int accruedSign;
    private final int payableSign;
    private final int balanceSign;

    Kind(int accruedSign, int payableSign, int balanceSign) {
      this.accruedSign = accruedSign;
      this.payableSign = payableSign;
      this.balanceSign = balanceSign;
    }

    /**
     * Returns how the entry moves the accrued bucket: +1, -1 or 0 times its amount.
     *
     * @return the sign
     */
    public int accruedSign() {
      return accruedSign;
    }

    /**
     * Returns how the entry moves the payable bucket: +1, -1 or 0 times its amount.
     *
     * @return the sign
     */
    public int payableSign() {
      return payableSign;
    }

    /**
     * Returns how the entry moves the balance owed to the partner: +1, -1 or 0 times its amount.
     *
     * @return the sign
     */
    public int balanceSign() {
      return balanceSign;
    }
  }
}
