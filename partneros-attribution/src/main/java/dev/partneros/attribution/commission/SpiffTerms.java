package dev.partneros.attribution.commission;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.attribution.commission.internal.Exact;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.Rate;
import dev.partneros.core.internal.ProblemCollector;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * The amounts of the SPIFFs ({@code docs/rules/commission.md#spiffs}), each configurable within
 * the range the blueprint gives. A SPIFF pays only while one of its {@link CommissionFacts.SpiffWindow}s runs (the
 * windows are facts: SPIFFs are time-boxed campaigns) and only to partner types whose
 * {@link CommissionPlan.Models#spiffs()} is on.
 *
 * <table>
 *   <caption>SPIFF terms</caption>
 *   <tr><th>attribute</th><th>meaning</th><th>range</th><th>default</th></tr>
 *   <tr><td>{@code firstDealAmount}</td><td>flat, on a new partner's first deal</td><td>500 to 2,000</td><td>500</td></tr>
 *   <tr><td>{@code firstDealWithinDays}</td><td>days after joining, inclusive</td><td>1 to 3,650</td><td>90</td></tr>
 *   <tr><td>{@code launchMultiplier}</td><td>commission multiplier on a launched product</td><td>1 to 10</td><td>2</td></tr>
 *   <tr><td>{@code launchMinDays}, {@code launchMaxDays}</td><td>length of a launch window, days
 *       inclusive</td><td>1 to 3,650</td><td>30, 60</td></tr>
 *   <tr><td>{@code quotaBonusRate}</td><td>bonus on the quarter's commission</td><td>10 % to 20 %</td><td>10 %</td></tr>
 *   <tr><td>{@code displacementAmount}</td><td>flat, on a competitive displacement</td><td>1,000 to 5,000</td><td>1,000</td></tr>
 *   <tr><td>{@code bundlePoints}</td><td>points added to the rate of a multi-product deal</td><td>0 to 1</td><td>0.05</td></tr>
 *   <tr><td>{@code bundleMinProducts}</td><td>products that make a bundle</td><td>2 to 100</td><td>2</td></tr>
 * </table>
 *
 * <p>Decisions: the defaults are the low end of each range the blueprint gives (a program opts in
 * to more). Flat SPIFFs are paid in full on an attributed deal (they reward the event, not a share
 * of the deal); the launch multiplier and bundle points change the rate of the deal's one-time
 * rate-based lines (referral percentage, tier rate, volume and count brackets) and are then scaled
 * by the attribution factor: {@code (base x rate + base x points) x multiplier x factor}. A deal
 * "on the product" is one signed inside the launch window whose {@link CommissionDeal#products()}
 * include a launched product; the deal's amount is not split by product, so the multiplier applies
 * to the deal's whole line (callers wanting per-product precision give one deal per product). A flat
 * referral fee, recurring-share lines and period lines are not uplifted. The quota bonus is a rate
 * on the quarter's commission lines (see {@link Kind#QUARTERLY_QUOTA}).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSpiffTerms.class)
@JsonDeserialize(as = ImmutableSpiffTerms.class)
public abstract class SpiffTerms {

  SpiffTerms() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the standard terms (the low end of every range).
   *
   * @return never null
   */
  public static SpiffTerms standard() {
    return new Builder().build();
  }

  /**
   * Returns the flat first-deal SPIFF, in the program's currency.
   *
   * @return 500 by default; 500 to 2,000
   */
  @Value.Default
  public BigDecimal firstDealAmount() {
    return BigDecimal.valueOf(500);
  }

  /**
   * Returns how many days after joining a first deal still earns the first-deal SPIFF (the day of
   * joining is day 0; day 90 is in, day 91 out).
   *
   * @return 90 by default
   */
  @Value.Default
  public int firstDealWithinDays() {
    return 90;
  }

  /**
   * Returns the commission multiplier during a product launch.
   *
   * @return 2 by default; 1 to 10
   */
  @Value.Default
  public BigDecimal launchMultiplier() {
    return BigDecimal.valueOf(2);
  }

  /**
   * Returns the shortest launch window, in days, both ends counted.
   *
   * @return 30 by default
   */
  @Value.Default
  public int launchMinDays() {
    return 30;
  }

  /**
   * Returns the longest launch window, in days, both ends counted.
   *
   * @return 60 by default
   */
  @Value.Default
  public int launchMaxDays() {
    return 60;
  }

  /**
   * Returns the quarterly quota bonus rate on the quarter's commission.
   *
   * @return 10 % by default; 10 % to 20 %
   */
  @Value.Default
  public Rate quotaBonusRate() {
    return Rate.ofPercent(10);
  }

  /**
   * Returns the flat competitive-displacement SPIFF, in the program's currency.
   *
   * @return 1,000 by default; 1,000 to 5,000
   */
  @Value.Default
  public BigDecimal displacementAmount() {
    return BigDecimal.valueOf(1_000);
  }

  /**
   * Returns the points added to the rate of a multi-product deal.
   *
   * @return 5 % by default
   */
  @Value.Default
  public Rate bundlePoints() {
    return Rate.ofPercent(5);
  }

  /**
   * Returns how many products make a bundle.
   *
   * @return 2 by default; 2 to 100
   */
  @Value.Default
  public int bundleMinProducts() {
    return 2;
  }

  @Value.Check
  SpiffTerms normalized() {
    ProblemCollector problems = new ProblemCollector();
    FieldPath root = FieldPath.root();
    problems.requireInRange(root.field("firstDealAmount"), firstDealAmount(), BigDecimal.valueOf(500),
        BigDecimal.valueOf(2_000));
    problems.requireInRange(root.field("firstDealWithinDays"), firstDealWithinDays(), 1, 3650);
    problems.requireInRange(root.field("launchMultiplier"), launchMultiplier(), BigDecimal.ONE, BigDecimal.TEN);
    problems.requireInRange(root.field("launchMinDays"), launchMinDays(), 1, 3650);
    if (problems.requireInRange(root.field("launchMaxDays"), launchMaxDays(), 1, 3650)) {
      problems.check(launchMaxDays() >= launchMinDays(), root.field("launchMaxDays"), CoreProblemCode.NOT_ABOVE_MIN,
          "be at least launchMinDays " + launchMinDays(), launchMaxDays());
    }
    problems.requireInRange(root.field("quotaBonusRate"), quotaBonusRate().value(), new BigDecimal("0.10"),
        new BigDecimal("0.20"));
    problems.requireInRange(root.field("displacementAmount"), displacementAmount(), BigDecimal.valueOf(1_000),
        BigDecimal.valueOf(5_000));
    problems.requireInRange(root.field("bundleMinProducts"), bundleMinProducts(), 2, 100);
    problems.throwIfErrors(InvalidProgramException::new);
    if (Exact.isNormal(firstDealAmount()) && Exact.isNormal(launchMultiplier())
        && Exact.isNormal(displacementAmount())) {
      return this;
    }
    return new Builder().from(this).firstDealAmount(Exact.normal(firstDealAmount()))
        .launchMultiplier(Exact.normal(launchMultiplier())).displacementAmount(Exact.normal(displacementAmount()))
        .build();
  }

  /** Builds {@link SpiffTerms}; every attribute has its default. Not thread-safe. */
  public static class Builder extends ImmutableSpiffTerms.Builder {
    /** Creates a builder holding the standard terms. */
    Builder() {}
  }

  /**
   * The SPIFFs of {@code docs/rules/commission.md#spiffs}, each time-boxed by a {@link CommissionFacts.SpiffWindow}.
   */
  public enum Kind {
    /** A flat amount on a new partner's first deal within 90 days of joining (500 to 2,000). */
    FIRST_DEAL,
    /** Twice the commission on a launched product's deals during the launch (30 to 60 days). */
    PRODUCT_LAUNCH,
    /** A bonus of 10 % to 20 % on the quarter's commission when the quarter's quota is met. */
    QUARTERLY_QUOTA,
    /** A flat amount on a deal that displaces a competitor (1,000 to 5,000). */
    COMPETITIVE_DISPLACEMENT,
    /** Five more points of rate on a multi-product deal. */
    BUNDLE
  }
}
