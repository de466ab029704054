package dev.partneros.attribution.commission;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.attribution.AttributionProblemCode;
import dev.partneros.core.Explanation;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.Rate;
import dev.partneros.core.internal.ProblemCollector;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The terms of one resale ({@code docs/rules/commission.md#resale-margin}): the list price, the
 * tier margin, the registered-deal bonus, the resulting margin, the partner's cost and its gross
 * profit ({@code cost + grossProfit = listPrice} exactly). Computed by {@link ResaleMargin#terms};
 * the {@link CommissionCalculator} adds the deal and partner.
 *
 * <p>JSON-serialisable; immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableResaleTerms.class)
@JsonDeserialize(as = ImmutableResaleTerms.class)
public abstract class ResaleTerms {

  ResaleTerms() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the deal, when computed for one.
   *
   * @return the deal id, or empty
   */
  public abstract Optional<String> dealId();

  /**
   * Returns the reseller, when computed for a deal.
   *
   * @return the partner, or empty
   */
  public abstract Optional<PartnerId> partner();

  /**
   * Returns the list price.
   *
   * @return never null
   */
  public abstract Money listPrice();

  /**
   * Returns the tier's resale margin.
   *
   * @return never null
   */
  public abstract Rate tierMargin();

  /**
   * Returns the points added for a registered deal (zero when not registered).
   *
   * @return never null
   */
  public abstract Rate registeredBonus();

  /**
   * Returns the margin: tier margin plus bonus, at most 100 %.
   *
   * @return never null
   */
  public abstract Rate margin();

  /**
   * Returns what the partner pays: list price minus the margin, rounded once.
   *
   * @return never null
   */
  public abstract Money partnerCost();

  /**
   * Returns the partner's gross profit: list price minus cost.
   *
   * @return never null
   */
  public abstract Money grossProfit();

  /**
   * Returns the explanation (rule {@code commission.resale_margin}).
   *
   * @return never null
   */
  public abstract Explanation explanation();

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    problems.check(partnerCost().plus(grossProfit()).equals(listPrice()), FieldPath.root().field("grossProfit"),
        AttributionProblemCode.NOT_RECONCILED, "add up with partnerCost to the listPrice " + listPrice(), grossProfit());
    problems.throwIfErrors(InvalidFactsException::new);
  }

  /**
   * Renders the terms: {@code margin 40 %: cost 30,000.00 USD, gross profit 20,000.00 USD}.
   *
   * @return never null
   */
  @Override
  public String toString() {
    return dealId().map(d -> d + " / " + partner().map(PartnerId::toString).orElse("?") + ": ").orElse("")
        + "margin " + margin() + " on " + listPrice() + ": cost " + partnerCost() + ", gross profit " + grossProfit();
  }

  /** Builds {@link ResaleTerms}; used by {@link ResaleMargin}. Not thread-safe. */
  public static class Builder extends ImmutableResaleTerms.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
