package dev.partneros.tiers.mdf;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.Rate;
import dev.partneros.core.internal.ProblemCollector;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A planned activity projected through its funnel ({@code docs/rules/mdf.md#funnel-projection}):
 * {@code leads x lead-to-opportunity rate x opportunity-to-close rate x average deal = projected
 * revenue}, rounded once to the currency's minor unit, and the projected ROI
 * {@code projected revenue / spend} to two decimals. The blueprint's example: 22,000 spend, 75
 * leads, 30 %, 20 %, 25,000 average deal: 22.5 opportunities, 4.5 deals, 112,500.00 projected
 * revenue, ROI 5.11 ("about 5.1x").
 *
 * <p>Checked when built: amounts not negative and of one currency, leads not negative.
 *
 * <p>JSON-serialisable (with the derived projections, rebuilt when read); immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFunnelProjection.class)
@JsonDeserialize(as = ImmutableFunnelProjection.class)
@JsonIgnoreProperties(value = {"projectedOpportunities", "projectedDeals", "projectedRevenue", "projectedRoi"},
    allowGetters = true)
public abstract class FunnelProjection {

  FunnelProjection() {}

  /**
   * Returns a projection.
   *
   * @param spend the planned spend, not null, not negative
   * @param leads the leads expected, not negative
   * @param leadToOpportunity the share of leads that become opportunities, not null
   * @param opportunityToClose the share of opportunities that close, not null
   * @param averageDeal the average deal, not null, not negative, of the spend's currency
   * @return never null
   * @throws InvalidFactsException if an amount or the leads are negative or the currencies differ
   */
  public static FunnelProjection of(Money spend, long leads, Rate leadToOpportunity, Rate opportunityToClose,
      Money averageDeal) {
    return new Builder().spend(spend).leads(leads).leadToOpportunity(leadToOpportunity)
        .opportunityToClose(opportunityToClose).averageDeal(averageDeal).build();
  }

  /**
   * Returns the planned spend.
   *
   * @return never null, not negative
   */
  public abstract Money spend();

  /**
   * Returns the leads expected.
   *
   * @return not negative
   */
  public abstract long leads();

  /**
   * Returns the share of leads expected to become opportunities.
   *
   * @return never null
   */
  public abstract Rate leadToOpportunity();

  /**
   * Returns the share of opportunities expected to close.
   *
   * @return never null
   */
  public abstract Rate opportunityToClose();

  /**
   * Returns the average deal.
   *
   * @return never null, not negative
   */
  public abstract Money averageDeal();

  /**
   * Returns the opportunities expected, exactly ({@code 75 x 30 % = 22.5}).
   *
   * @return never null
   */
  @JsonProperty("projectedOpportunities")
  public BigDecimal projectedOpportunities() {
    return leadToOpportunity().applyTo(BigDecimal.valueOf(leads()));
  }

  /**
   * Returns the deals expected to close, exactly ({@code 22.5 x 20 % = 4.5}).
   *
   * @return never null
   */
  @JsonProperty("projectedDeals")
  public BigDecimal projectedDeals() {
    return opportunityToClose().applyTo(projectedOpportunities());
  }

  /**
   * Returns the projected revenue, rounded once, half-even.
   *
   * @return never null
   */
  @JsonProperty("projectedRevenue")
  public Money projectedRevenue() {
    return projectedRevenue(Money.DEFAULT_ROUNDING);
  }

  /**
   * Returns the projected revenue, rounded once.
   *
   * @param rounding how to round to the currency's minor unit, not null
   * @return never null
   */
  public Money projectedRevenue(RoundingMode rounding) {
    return averageDeal().multipliedBy(projectedDeals(), rounding);
  }

  /**
   * Returns the projected ROI, {@code projected revenue / spend}, to two decimals, half-even.
   *
   * @return the ROI, or empty when the spend is zero
   */
  @JsonProperty("projectedRoi")
  public Optional<BigDecimal> projectedRoi() {
    return Ratios.ratio(projectedRevenue(), spend());
  }

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    FieldPath root = FieldPath.root();
    problems.requireNonNegative(root.field("spend"), spend());
    problems.check(leads() >= 0, root.field("leads"), CoreProblemCode.NEGATIVE, "be >= 0", leads());
    if (problems.requireNonNegative(root.field("averageDeal"), averageDeal())
        && !averageDeal().currency().equals(spend().currency())) {
      problems.check(false, root.field("averageDeal"), CoreProblemCode.CURRENCY_MISMATCH,
          "be in the spend's currency " + spend().currency().getCurrencyCode(), averageDeal());
    }
    problems.throwIfErrors(InvalidFactsException::new);
  }

  /** Builds a {@link FunnelProjection}; {@code build()} checks it. Not thread-safe. */
  static class Builder extends ImmutableFunnelProjection.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
