package dev.partneros.attribution.commission;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.attribution.commission.internal.Exact;
import dev.partneros.core.Explanation;
import dev.partneros.core.ExplanationStep;
import dev.partneros.core.Money;
import dev.partneros.core.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.immutables.value.Value;

/**
 * Resale margin ({@code docs/rules/commission.md#resale-margin}): a reseller buys at list price
 * minus its tier's margin (the benefits matrix, {@code docs/rules/tiers.md#benefits-matrix}), plus
 * {@link #registeredDealBonus()} points for a registered deal. Example: Gold (35 %) registered
 * (+5) on a 50,000 list price: margin 40 %, partner cost 30,000, partner gross profit 20,000.
 *
 * <p>Decisions: the margin is capped at 100 % (a partner never buys below zero), and the capping is
 * said in the explanation; the partner cost is rounded once (the program's rounding) and the gross
 * profit is list minus cost, so the two add up to the list price exactly. The margin is not money
 * we pay: it produces {@link ResaleTerms}, not a commission line.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableResaleMargin.class)
@JsonDeserialize(as = ImmutableResaleMargin.class)
public abstract class ResaleMargin {

  /** The rule id of the resale margin step. */
  public static final String RULE = "commission.resale_margin";

  private static final String TEMPLATE = "list {listPrice} at {tier} margin {tierMargin}{registered} -> margin "
      + "{outcome}, partner cost {partnerCost}, partner gross profit {grossProfit}";

  ResaleMargin() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the standard terms: +5 points for a registered deal.
   *
   * @return never null
   */
  public static ResaleMargin standard() {
    return new Builder().build();
  }

  /**
   * Returns the points added to the tier margin for a registered deal.
   *
   * @return 5 % by default
   */
  @Value.Default
  public Rate registeredDealBonus() {
    return Rate.ofPercent(5);
  }

  /**
   * Computes the terms of one resale.
   *
   * @param listPrice the list price, not null, not negative
   * @param tierName the partner's tier at the deal date, for the explanation, not null
   * @param tierMargin the tier's resale margin, not null
   * @param registered whether the deal was registered
   * @param rounding how the partner cost is rounded, not null
   * @return never null
   */
  public ResaleTerms terms(Money listPrice, String tierName, Rate tierMargin, boolean registered,
      RoundingMode rounding) {
    requireNonNull(listPrice, "listPrice");
    requireNonNull(tierName, "tierName");
    requireNonNull(tierMargin, "tierMargin");
    requireNonNull(rounding, "rounding");
    Rate bonus = registered ? registeredDealBonus() : Rate.ZERO;
    BigDecimal sum = tierMargin.value().add(bonus.value());
    boolean capped = sum.compareTo(BigDecimal.ONE) > 0;
    Rate margin = capped ? Rate.ONE : Rate.of(sum);
    Money cost = listPrice.multipliedBy(margin.complement(), rounding);
    Money profit = listPrice.minus(cost);
    ExplanationStep step = ExplanationStep.builder().rule(RULE).section("7")
        .putInputs("listPrice", Exact.money(listPrice)).putInputs("tier", tierName)
        .putInputs("tierMargin", tierMargin.toString())
        .putInputs("registered", registered ? " + " + bonus + " registered deal" : " (not registered)")
        .putInputs("partnerCost", Exact.money(cost)).putInputs("grossProfit", Exact.money(profit))
        .outcome(margin + (capped ? " (capped at 100 %)" : "")).template(TEMPLATE).build();
    return new ResaleTerms.Builder().listPrice(listPrice).tierMargin(tierMargin).registeredBonus(bonus)
        .margin(margin).partnerCost(cost).grossProfit(profit)
        .explanation(Explanation.builder().subject("resale margin").addSteps(step).build()).build();
  }

  /** Builds a {@link ResaleMargin}; every attribute has its default. Not thread-safe. */
  public static class Builder extends ImmutableResaleMargin.Builder {
    /** Creates a builder holding the standard terms. */
    Builder() {}
  }
}
