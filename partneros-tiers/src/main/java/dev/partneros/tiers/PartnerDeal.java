package dev.partneros.tiers;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.internal.ProblemCollector;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A deal of the partner, as a tier fact ({@code docs/rules/tiers.md#metrics}): its ARR, the
 * partner's role, the date it was registered and the date it closed (won), if it has. A deal
 * counts in deals registered in the window of its registration date, and in deals closed, sourced
 * or influenced ARR and total partner revenue in the window of its close date; its product is
 * informational (metrics are aggregated across all products).
 *
 * <p>Checked when built ({@link InvalidFactsException}): ARR not negative, id not blank, the close
 * date not before the registration date. That no date is after the as-of date is checked when the
 * facts are measured.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePartnerDeal.class)
@JsonDeserialize(as = ImmutablePartnerDeal.class)
public abstract class PartnerDeal {

  PartnerDeal() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a deal that closed on a date, without a registration.
   *
   * @param id the deal's id, not blank
   * @param role the partner's role, not null
   * @param arr the deal's ARR, not null, not negative
   * @param closedOn the close date, not null
   * @return never null
   * @throws InvalidFactsException if the ARR is negative or the id blank
   */
  public static PartnerDeal closed(String id, DealRole role, Money arr, LocalDate closedOn) {
    return builder().id(id).role(role).arr(arr).closedOn(closedOn).build();
  }

  /**
   * Returns the deal's id in the caller's CRM.
   *
   * @return never null, not blank
   */
  public abstract String id();

  /**
   * Returns the partner's role in the deal.
   *
   * @return never null
   */
  public abstract DealRole role();

  /**
   * Returns the deal's annual recurring revenue, in the program's currency.
   *
   * @return never null, not negative
   */
  public abstract Money arr();

  /**
   * Returns the day the partner registered the deal.
   *
   * @return the date, or empty if it was never registered
   */
  public abstract Optional<LocalDate> registeredOn();

  /**
   * Returns the day the deal closed (won).
   *
   * @return the date, or empty while it is open
   */
  public abstract Optional<LocalDate> closedOn();

  /**
   * Returns the product sold, for the caller's reference.
   *
   * @return the product, or empty
   */
  public abstract Optional<String> product();

  @Value.Check
  void check() {
    boolean datesOk = registeredOn().isEmpty() || closedOn().isEmpty()
        || !closedOn().get().isBefore(registeredOn().get());
    if (!id().isBlank() && !arr().isNegative() && datesOk) {
      return;
    }
    ProblemCollector problems = new ProblemCollector();
    problems.requireNotBlank(FieldPath.root().field("id"), id());
    problems.requireNonNegative(FieldPath.root().field("arr"), arr());
    if (registeredOn().isPresent() && closedOn().isPresent()) {
      problems.check(!closedOn().get().isBefore(registeredOn().get()), FieldPath.root().field("closedOn"),
          CoreProblemCode.BEFORE_START, "not be before the registration date " + registeredOn().get(), closedOn().get());
    }
    problems.throwIfErrors(InvalidFactsException::new);
  }

  /** Builds a {@link PartnerDeal}; {@code id}, {@code role} and {@code arr} are mandatory. Not thread-safe. */
  public static class Builder extends ImmutablePartnerDeal.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
