package dev.partneros.attribution.commission;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.attribution.CloseStatus;
import dev.partneros.attribution.Deal;
import dev.partneros.attribution.DealAttribution;
import dev.partneros.core.CoreProblemCode;
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
   * Makes the commission view of a won deal from the deal and its classification for one partner
   * ({@code docs/rules/commission.md#per-deal-commission}): the attribution as given (its credit
   * factor is the line's attribution factor, never copied by hand), the deal's amount as the
   * first-year value and its close date as the signature date. The rest keeps its default (no
   * customer start: the signature date; no tier, products or flags): add them on a builder made
   * from it, for instance {@code new CommissionDeal.Builder().from(d).tier(Tier.GOLD).build()}.
   *
   * @param deal the won deal, not null
   * @param attribution the deal's classification for the partner paid, not null, not provisional
   * @return never null
   * @throws InvalidFactsException if the deal is not won ({@code not_allowed} at
   *     {@code deal.status}), or the attribution is of another deal ({@code inconsistent} at
   *     {@code attribution.dealId})
   */
  public static CommissionDeal from(Deal deal, DealAttribution attribution) {
    requireNonNull(deal, "deal");
    requireNonNull(attribution, "attribution");
    ProblemCollector problems = new ProblemCollector();
    problems.check(deal.status() == CloseStatus.WON, FieldPath.root().field("deal").field("status"), CoreProblemCode.NOT_ALLOWED,
        "be WON: commission is paid on won deals only", deal.status());
    problems.check(attribution.dealId().equals(deal.id()), FieldPath.root().field("attribution").field("dealId"),
        CoreProblemCode.INCONSISTENT, "be the deal's id " + deal.id(), attribution.dealId());
    problems.throwIfErrors(InvalidFactsException::new);
    return builder().attribution(attribution).amount(deal.amount()).signed(deal.closed().orElseThrow()).build();
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
   * Returns the day the implementation was completed (the {@link PayoutTerms.Trigger#IMPLEMENTATION_COMPLETE}
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

  /**
   * Returns the name of the tier, or {@code ""} without one: what the per-deal decision's pricers
   * are found by ({@code docs/rules/commission.md#deciding-a-deal-only}), read without the
   * {@link Optional} of {@link #tier()} (which the JIT cannot always remove). Derived once, when
   * the deal is built; not part of equality or JSON.
   *
   * @return never null
   */
  @Value.Derived
  @Value.Auxiliary
  @JsonIgnore
  String tierName() {
    return tier().map(Tier::name).orElse("");
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
    problems.check(!attribution().provisional(), root.field("attribution").field("provisional"), CoreProblemCode.NOT_ALLOWED,
        "be false: commission is paid on closed deals only", true);
    customerStart().ifPresent(s -> problems.check(!s.isBefore(signed()), root.field("customerStart"),
        CoreProblemCode.BEFORE_START, "be on or after the signature date " + signed(), s));
    implementationCompleted().ifPresent(s -> problems.check(!s.isBefore(signed()),
        root.field("implementationCompleted"), CoreProblemCode.BEFORE_START, "be on or after the signature date " + signed(), s));
    problems.check(products().stream().noneMatch(String::isBlank), root.field("products"), CoreProblemCode.BLANK,
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
