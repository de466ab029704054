package dev.partneros.tiers;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.internal.ProblemCollector;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Partner revenue not tied to a listed deal (resale, services, renewals), as a tier fact
 * ({@code docs/rules/tiers.md#metrics}).
 *
 * <p>Decision: total partner revenue is the ARR of every deal closed in the window, whatever the
 * partner's role, plus every revenue entry booked in the window. A caller that lists a deal must
 * not book the same revenue again as an entry.
 *
 * <p>Checked when built ({@link InvalidFactsException}): the amount not negative.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRevenueEntry.class)
@JsonDeserialize(as = ImmutableRevenueEntry.class)
public abstract class RevenueEntry {

  RevenueEntry() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an entry.
   *
   * @param bookedOn the day it was booked, not null
   * @param amount the amount, not null, not negative, in the program's currency
   * @return never null
   * @throws InvalidFactsException if the amount is negative
   */
  public static RevenueEntry of(LocalDate bookedOn, Money amount) {
    return new Builder().bookedOn(bookedOn).amount(amount).build();
  }

  /**
   * Returns the day the revenue was booked.
   *
   * @return never null
   */
  public abstract LocalDate bookedOn();

  /**
   * Returns the amount.
   *
   * @return never null, not negative
   */
  public abstract Money amount();

  /**
   * Returns a description, for the caller's reference.
   *
   * @return the description, or empty
   */
  public abstract Optional<String> description();

  @Value.Check
  void check() {
    if (!amount().isNegative()) {
      return;
    }
    ProblemCollector problems = new ProblemCollector();
    problems.requireNonNegative(FieldPath.root().field("amount"), amount());
    problems.throwIfErrors(InvalidFactsException::new);
  }

  /** Builds a {@link RevenueEntry}; {@code bookedOn} and {@code amount} are mandatory. Not thread-safe. */
  public static class Builder extends ImmutableRevenueEntry.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
