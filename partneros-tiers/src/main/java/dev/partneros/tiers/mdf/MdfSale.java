package dev.partneros.tiers.mdf;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.internal.ProblemCollector;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A partner's sales booked on a day, on which MDF accrues under the accrual model
 * ({@code docs/rules/mdf.md#funding-models}).
 *
 * <p>Checked when built: the amount is not negative.
 *
 * <p>JSON-serialisable; immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMdfSale.class)
@JsonDeserialize(as = ImmutableMdfSale.class)
public abstract class MdfSale {

  MdfSale() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a sale.
   *
   * @param bookedOn the day it was booked, not null
   * @param amount the amount, not null, not negative
   * @return never null
   * @throws InvalidFactsException if the amount is negative
   */
  public static MdfSale of(LocalDate bookedOn, Money amount) {
    return new Builder().bookedOn(bookedOn).amount(amount).build();
  }

  /**
   * Returns the day the sale was booked.
   *
   * @return never null
   */
  public abstract LocalDate bookedOn();

  /**
   * Returns the amount sold.
   *
   * @return never null, not negative
   */
  public abstract Money amount();

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    problems.requireNonNegative(FieldPath.root().field("amount"), amount());
    problems.throwIfErrors(InvalidFactsException::new);
  }

  /** Builds an {@link MdfSale}. Not thread-safe. */
  public static class Builder extends ImmutableMdfSale.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
