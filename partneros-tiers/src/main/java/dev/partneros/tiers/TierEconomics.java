package dev.partneros.tiers;

import dev.partneros.core.CoreProblemCode;
import dev.partneros.tiers.internal.SectionFields;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.OptBoolean;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.Money;
import dev.partneros.core.Rate;
import dev.partneros.core.internal.ProblemCollector;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import org.immutables.value.Value;

/**
 * The economics of a tier ({@code docs/rules/tiers.md#tier-economics}): the average revenue a
 * partner of the tier brings, our margin on it and what it costs to serve the partner, and their
 * ratio, {@code ROI = average revenue x margin / cost to serve}. Blueprint assumptions: Registered
 * 5,000 x 70 % / 500 = 7.0x; Silver 50,000 x 65 % / 5,000 = 6.5x; Gold 200,000 x 60 % / 30,000 =
 * 4.0x; Platinum 1,000,000 x 55 % / 150,000 = 3.67x. {@link #fromPortfolio(List, Rate, Money,
 * RoundingMode)} computes them from a tier's actual partners instead.
 *
 * <p>Program-file form (in a tier's benefits): {@code economics: {averageRevenue: 200000,
 * margin: "0.60", costToServe: 30000}}, amounts in the program's currency.
 *
 * <p>Checked when built: amounts of one currency, revenue not negative, cost to serve above zero.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTierEconomics.class)
public abstract class TierEconomics {

  TierEconomics() {}

  /**
   * Returns a tier's economics.
   *
   * @param averageRevenue the average revenue of a partner of the tier, not null, not negative
   * @param margin our margin on that revenue, not null
   * @param costToServe the cost of serving one partner of the tier, not null, above zero, of the
   *     revenue's currency
   * @return never null
   * @throws InvalidProgramException if an amount is out of range or the currencies differ
   */
  public static TierEconomics of(Money averageRevenue, Rate margin, Money costToServe) {
    return new Builder().averageRevenue(averageRevenue).margin(margin).costToServe(costToServe).build();
  }

  /**
   * Computes a tier's economics from its actual partners: the average of their revenues (rounded
   * once to the currency's minor unit), with the given margin and cost to serve.
   *
   * @param revenues the revenue of each partner of the tier, not null, not empty, one currency
   * @param margin our margin, not null
   * @param costToServe the cost of serving one partner, not null, above zero
   * @param rounding how to round the average, not null
   * @return never null
   * @throws InvalidFactsException if there is no revenue
   * @throws dev.partneros.core.CurrencyMismatchException if the revenues' currencies differ
   */
  public static TierEconomics fromPortfolio(List<Money> revenues, Rate margin, Money costToServe,
      RoundingMode rounding) {
    requireNonNull(revenues, "revenues");
    requireNonNull(costToServe, "costToServe");
    requireNonNull(rounding, "rounding");
    ProblemCollector problems = new ProblemCollector();
    problems.check(!revenues.isEmpty(), FieldPath.root().field("revenues"), CoreProblemCode.EMPTY, "have at least one partner",
        "[]");
    problems.throwIfErrors(InvalidFactsException::new);
    Currency currency = revenues.get(0).currency();
    Money total = Money.total(revenues, currency);
    Money average = total.dividedBy(BigDecimal.valueOf(revenues.size()), rounding);
    return of(average, margin, costToServe);
  }

  @JsonCreator
  static TierEconomics fromJson(
      @JacksonInject(useInput = OptBoolean.FALSE) Currency documentCurrency,
      @JsonProperty("currency") JsonNode currency,
      @JsonProperty("averageRevenue") BigDecimal averageRevenue,
      @JsonProperty("margin") Rate margin,
      @JsonProperty("costToServe") BigDecimal costToServe) {
    ProblemCollector problems = new ProblemCollector();
    SectionFields.refuseHeader(problems, "currency", currency);
    Money revenue = SectionFields.money(problems, FieldPath.root().field("averageRevenue"), averageRevenue,
        documentCurrency);
    problems.requirePresent(FieldPath.root().field("margin"), margin);
    Money cost = SectionFields.money(problems, FieldPath.root().field("costToServe"), costToServe, documentCurrency);
    problems.throwIfErrors(InvalidProgramException::new);
    return of(revenue, margin, cost);
  }

  /**
   * Returns the average revenue of a partner of the tier.
   *
   * @return never null
   */
  @JsonIgnore
  public abstract Money averageRevenue();

  /**
   * Returns our margin on the partner's revenue.
   *
   * @return never null
   */
  public abstract Rate margin();

  /**
   * Returns the cost of serving one partner of the tier.
   *
   * @return never null, above zero
   */
  @JsonIgnore
  public abstract Money costToServe();

  @JsonProperty("averageRevenue")
  BigDecimal averageRevenueAmount() {
    return averageRevenue().amount();
  }

  @JsonProperty("costToServe")
  BigDecimal costToServeAmount() {
    return costToServe().amount();
  }

  /**
   * Returns the return on the cost of serving a partner: {@code average revenue x margin / cost to
   * serve}, rounded half-even to two decimals ({@code 3.67} for the blueprint's Platinum).
   *
   * @return never null, a multiple such as {@code 4.00}
   */
  public BigDecimal roi() {
    return margin().applyTo(averageRevenue().amount()).divide(costToServe().amount(), 2, RoundingMode.HALF_EVEN);
  }

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    problems.requireNonNegative(FieldPath.root().field("averageRevenue"), averageRevenue());
    if (problems.check(costToServe().currency().equals(averageRevenue().currency()),
        FieldPath.root().field("costToServe"), CoreProblemCode.CURRENCY_MISMATCH,
        "be in " + averageRevenue().currency().getCurrencyCode() + ", like the average revenue", costToServe())) {
      problems.check(costToServe().isPositive(), FieldPath.root().field("costToServe"), CoreProblemCode.NOT_POSITIVE, "be > 0",
          costToServe());
    }
    problems.throwIfErrors(InvalidProgramException::new);
  }

  /** Builds {@link TierEconomics}; every attribute is mandatory. Not thread-safe. */
  static class Builder extends ImmutableTierEconomics.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
