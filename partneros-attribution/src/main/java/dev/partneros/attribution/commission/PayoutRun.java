package dev.partneros.attribution.commission;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

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
public abstract class PayoutRun {

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
