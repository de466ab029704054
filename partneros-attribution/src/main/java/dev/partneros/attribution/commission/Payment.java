package dev.partneros.attribution.commission;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.internal.ProblemCollector;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A payment collected from the customer on a deal (facts,
 * {@code docs/rules/commission.md#payout-timing}): the first one is the default payable trigger,
 * and each one is the base of a recurring-share line. A payment belongs to the deal (every partner
 * credited on it), is in the deal's currency and is never dated before the deal was signed
 * (checked by the calculator, path {@code payments[i].date}).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePayment.class)
@JsonDeserialize(as = ImmutablePayment.class)
public abstract class Payment {

  Payment() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates a payment.
   *
   * @param dealId the deal paid, not null
   * @param date the day it was collected, not null
   * @param amount the amount, not null, above zero
   * @return never null
   * @throws InvalidFactsException if the amount is not above zero
   */
  public static Payment of(String dealId, LocalDate date, Money amount) {
    return new Builder().dealId(requireNonNull(dealId, "dealId")).date(requireNonNull(date, "date"))
        .amount(requireNonNull(amount, "amount")).build();
  }

  /**
   * Returns the deal paid.
   *
   * @return never null
   */
  public abstract String dealId();

  /**
   * Returns the day the payment was collected.
   *
   * @return never null
   */
  public abstract LocalDate date();

  /**
   * Returns the amount collected, in the deal's currency.
   *
   * @return never null, above zero
   */
  public abstract Money amount();

  @Value.Check
  void check() {
    if (amount().isPositive()) {
      return;
    }
    ProblemCollector problems = new ProblemCollector();
    problems.check(amount().isPositive(), FieldPath.root().field("amount"), CoreProblemCode.NOT_POSITIVE, "be > 0", amount());
    problems.throwIfErrors(InvalidFactsException::new);
  }

  /** Builds a {@link Payment}; every attribute is mandatory. Not thread-safe. */
  public static class Builder extends ImmutablePayment.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
