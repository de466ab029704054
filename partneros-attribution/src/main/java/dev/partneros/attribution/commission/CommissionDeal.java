package dev.partneros.attribution.commission;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.attribution.DealAttribution;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.Tier;
import dev.partneros.core.internal.ProblemCollector;
import java.time.LocalDate;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * A closed (won) deal as the commission rules read it, for one partner (facts,
 * {@code docs/rules/commission.md}): its {@link DealAttribution} for the partner
 * ({@code docs/rules/attribution.md#credit-factors}; the credit factor scales the partner's rate),
 * its first-year value, the day it was signed (accrual, the program version in force, the
 * partner's tier), the customer's start date (clawback days, recurring months, trial), the
 * partner's tier at the deal date, its products, and the flags the SPIFFs and margins read. A deal
 * credited to several partners appears once per partner, with the same id.
 *
 * <p>Checked when built ({@link InvalidFactsException}, paths relative to the deal): amount not
 * negative, the attribution not provisional (commission is paid on closed deals only), the
 * customer's start and the implementation completion not before signature, products not blank.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCommissionDeal.class)
@JsonDeserialize(as = ImmutableCommissionDeal.class)
public abstract class CommissionDeal {

  CommissionDeal() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the deal's classification for the partner: deal id, partner and credit factor.
   *
   * @return never null, not provisional
   */
  public abstract DealAttribution attribution();

  /**
   * Returns the deal's first-year value (ARR for a subscription; the list price for a resale), the
   * base of the one-time models, in the deal's currency.
   *
   * @return never null, not negative
   */
  public abstract Money amount();

  /**
   * Returns the day the deal was signed: commission accrues then, under the program version in
   * force that day.
   *
   * @return never null
   */
  public abstract LocalDate signed();

  /**
   * Returns the customer's start date, from which clawback days, recurring-share months and the
   * trial run.
   *
   * @return the date, on or after {@link #signed()}, or empty for the signature date
   */
  public abstract Optional<LocalDate> customerStart();

  /**
   * Returns the partner's tier at the deal date (needed by the tier rate and the resale margin).
   *
   * @return the tier, or empty
   */
  public abstract Optional<Tier> tier();

  /**
   * Returns the products sold (the product-launch and bundle SPIFFs read them).
   *
   * @return never null, in natural order
   */
  @Value.NaturalOrder
  public abstract SortedSet<String> products();

  /**
   * Tells whether the partner registered the deal (resale margin: +5 points).
   *
   * @return false by default
   */
  @Value.Default
  public boolean registered() {
    return false;
  }

  /**
   * Tells whether the deal displaced a competitor (the competitive-displacement SPIFF).
   *
   * @return false by default
   */
  @Value.Default
  public boolean competitiveDisplacement() {
    return false;
  }

  /**
   * Returns the day the implementation was completed (the {@link PayableTrigger#IMPLEMENTATION_COMPLETE}
   * trigger).
   *
   * @return the date, or empty while not complete
   */
  public abstract Optional<LocalDate> implementationCompleted();

  /**
   * Returns the deal's id, from the attribution.
   *
   * @return never null
   */
  @JsonIgnore
  public String dealId() {
    return attribution().dealId();
  }

  /**
   * Returns the partner, from the attribution.
   *
   * @return never null
   */
  @JsonIgnore
  public PartnerId partner() {
    return attribution().partner();
  }

  /**
   * Returns the customer's start date, or the signature date when none was given.
   *
   * @return never null
   */
  @JsonIgnore
  public LocalDate startDate() {
    return customerStart().orElse(signed());
  }

  @Value.Check
  void check() {
    if (!amount().isNegative() && !attribution().provisional()
        && customerStart().map(s -> !s.isBefore(signed())).orElse(true)
        && implementationCompleted().map(s -> !s.isBefore(signed())).orElse(true)
        && products().stream().noneMatch(String::isBlank)) {
      return;
    }
    ProblemCollector problems = new ProblemCollector();
    FieldPath root = FieldPath.root();
    problems.requireNonNegative(root.field("amount"), amount());
    problems.check(!attribution().provisional(), root.field("attribution").field("provisional"), "open_deal",
        "be false: commission is paid on closed deals only", true);
    customerStart().ifPresent(s -> problems.check(!s.isBefore(signed()), root.field("customerStart"),
        "before_signed", "be on or after the signature date " + signed(), s));
    implementationCompleted().ifPresent(s -> problems.check(!s.isBefore(signed()),
        root.field("implementationCompleted"), "before_signed", "be on or after the signature date " + signed(), s));
    problems.check(products().stream().noneMatch(String::isBlank), root.field("products"), "blank",
        "name every product (no blank names)", products());
    problems.throwIfErrors(InvalidFactsException::new);
  }

  /**
   * Renders the deal: {@code D-1 / P-1 24,000.00 USD signed 2026-03-01}.
   *
   * @return never null
   */
  @Override
  public String toString() {
    return dealId() + " / " + partner() + " " + amount() + " signed " + signed();
  }

  /** Builds a {@link CommissionDeal}; attribution, amount and signed are mandatory. Not thread-safe. */
  public static class Builder extends ImmutableCommissionDeal.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
