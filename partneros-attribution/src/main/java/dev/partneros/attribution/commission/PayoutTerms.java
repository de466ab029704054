package dev.partneros.attribution.commission;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.attribution.commission.internal.Exact;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.internal.ProblemCollector;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * Payout timing ({@code docs/rules/commission.md#payout-timing}): commission accrues when the deal
 * is signed, becomes payable on a {@link #trigger()} followed by a refund holdback, is paid at the
 * next payout run with payment terms, and a payout below a minimum carries over to the next period.
 *
 * <pre>
 * payout:
 *   trigger: FIRST_PAYMENT     # or IMPLEMENTATION_COMPLETE, TRIAL_COMPLETE
 *   trialDays: 30              # TRIAL_COMPLETE: the trial ends 30 days after the customer's start
 *   holdbackDays: 30           # refund holdback after the trigger
 *   paymentTermsDays: 30       # net 30 after the payout run
 *   minimumPayout: 50          # program currency; below it the payout carries over
 *   period: MONTHLY            # or QUARTERLY: when payout runs happen
 * </pre>
 *
 * <p>Decisions (the blueprint gives the steps, not their arithmetic): a line becomes payable on
 * {@code max(accrual date, trigger date + holdbackDays)}; a payout run happens on each period's last
 * day and pays the partner's whole net payable (payable lines minus carried debits) when it is at
 * least {@code minimumPayout} (exactly the minimum is paid, one cent below carries over); payment is
 * due {@code paymentTermsDays} after the run. Recurring-share lines are triggered by their own
 * payment; rebate, quota-bonus and count-bonus lines are payable when they accrue (they are computed
 * on closed periods, net of cancellations).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePayoutTerms.class)
@JsonDeserialize(as = ImmutablePayoutTerms.class)
public abstract class PayoutTerms {

  PayoutTerms() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the standard terms: first payment, 30-day trial, 30-day holdback, net 30, minimum 50,
   * monthly.
   *
   * @return never null
   */
  public static PayoutTerms standard() {
    return new Builder().build();
  }

  /**
   * Returns what makes a commission payable.
   *
   * @return {@link Trigger#FIRST_PAYMENT} by default
   */
  @Value.Default
  public Trigger trigger() {
    return Trigger.FIRST_PAYMENT;
  }

  /**
   * Returns the trial length for {@link Trigger#TRIAL_COMPLETE}, in days after the customer's
   * start.
   *
   * @return 30 by default; 1 to 365
   */
  @Value.Default
  public int trialDays() {
    return 30;
  }

  /**
   * Returns the refund holdback after the trigger, in days.
   *
   * @return 30 by default; 0 to 365
   */
  @Value.Default
  public int holdbackDays() {
    return 30;
  }

  /**
   * Returns the payment terms after a payout run, in days (net 30).
   *
   * @return 30 by default; 0 to 365
   */
  @Value.Default
  public int paymentTermsDays() {
    return 30;
  }

  /**
   * Returns the minimum payout, in the program's currency: a smaller net payable carries over.
   *
   * @return 50 by default; not negative
   */
  @Value.Default
  public BigDecimal minimumPayout() {
    return BigDecimal.valueOf(50);
  }

  /**
   * Returns how often payouts run.
   *
   * @return {@link Period#MONTHLY} by default
   */
  @Value.Default
  public Period period() {
    return Period.MONTHLY;
  }

  @Value.Check
  PayoutTerms normalized() {
    ProblemCollector problems = new ProblemCollector();
    FieldPath root = FieldPath.root();
    problems.requireInRange(root.field("trialDays"), trialDays(), 1, 365);
    problems.requireInRange(root.field("holdbackDays"), holdbackDays(), 0, 365);
    problems.requireInRange(root.field("paymentTermsDays"), paymentTermsDays(), 0, 365);
    problems.requireNonNegative(root.field("minimumPayout"), minimumPayout());
    problems.throwIfErrors(InvalidProgramException::new);
    if (Exact.isNormal(minimumPayout())) {
      return this;
    }
    return new Builder().from(this).minimumPayout(Exact.normal(minimumPayout())).build();
  }

  /** Builds {@link PayoutTerms}; every attribute has its default. Not thread-safe. */
  public static class Builder extends ImmutablePayoutTerms.Builder {
    /** Creates a builder holding the standard terms. */
    Builder() {}
  }

  /** What makes an accrued commission payable ({@code docs/rules/commission.md#payout-timing}). */
  public enum Trigger {
    /** The customer's first payment on the deal is received (the default). */
    FIRST_PAYMENT,
    /** The implementation is complete ({@link CommissionDeal#implementationCompleted()}). */
    IMPLEMENTATION_COMPLETE,
    /** The trial is complete: {@link PayoutTerms#trialDays()} after the customer's start date. */
    TRIAL_COMPLETE
  }

  /** How often payouts run, and so what a "period" is for minimum payouts and caps. */
  public enum Period {
    /** A payout run at every month's last day (the default). */
    MONTHLY,
    /** A payout run at every fiscal quarter's last day. */
    QUARTERLY
  }
}
