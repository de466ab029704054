package dev.partneros.attribution.commission;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.Rate;
import dev.partneros.core.internal.ProblemCollector;
import org.immutables.value.Value;

/**
 * A recurring revenue share ({@code docs/rules/commission.md#recurring-revenue-share}): a
 * percentage of the revenue collected from the customer for {@link #months()} months, stopping at
 * churn. Example: 24,000 ARR at 15 % for 24 months is 3,600 a year, 7,200 if the customer stays.
 *
 * <p>Decisions: the months run from the customer's start date ({@link CommissionDeal#startDate()}):
 * a payment collected on or after the start and before the start plus {@code months} months earns
 * the share (the month boundary itself is out: a payment exactly 24 months after the start of a
 * 24-month share earns nothing). Churn is the first full cancellation or fraud of the deal: a payment
 * collected on or after its effective date earns nothing. One line per payment, accrued when the
 * payment is collected and payable after the refund holdback.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRecurringShare.class)
@JsonDeserialize(as = ImmutableRecurringShare.class)
public abstract class RecurringShare {

  /** The longest share accepted, in months: ten years. */
  public static final int MAX_MONTHS = 120;

  RecurringShare() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the standard share: 15 % for 24 months.
   *
   * @return never null
   */
  public static RecurringShare standard() {
    return of(Rate.ofPercent(15), 24);
  }

  /**
   * Creates a share.
   *
   * @param rate the fraction of collected revenue, not null
   * @param months how many months from the customer's start, 1 to {@value #MAX_MONTHS}
   * @return never null
   * @throws InvalidProgramException if the months are out of range
   */
  public static RecurringShare of(Rate rate, int months) {
    return new Builder().rate(requireNonNull(rate, "rate")).months(months).build();
  }

  /**
   * Returns the fraction of collected revenue paid.
   *
   * @return never null
   */
  public abstract Rate rate();

  /**
   * Returns how many months from the customer's start the share runs.
   *
   * @return 1 to {@value #MAX_MONTHS}
   */
  public abstract int months();

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    problems.requireInRange(FieldPath.root().field("months"), months(), 1, MAX_MONTHS);
    problems.throwIfErrors(InvalidProgramException::new);
  }

  /** Builds a {@link RecurringShare}; both attributes are mandatory. Not thread-safe. */
  public static class Builder extends ImmutableRecurringShare.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
