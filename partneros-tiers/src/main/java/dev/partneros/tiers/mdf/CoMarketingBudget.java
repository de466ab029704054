package dev.partneros.tiers.mdf;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.Explanation;
import dev.partneros.core.Money;
import dev.partneros.core.Tier;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A partner's co-marketing budget ({@code docs/rules/mdf.md#co-marketing-budget}):
 * {@code tier budget x pipeline potential x strategic value}, rounded once to the currency's minor
 * unit. The tier budget is the tier's annual MDF allocation (benefits matrix).
 *
 * <p>The {@link #explanation()} is built on first request.
 *
 * <p>JSON-serialisable (the explanation is written, and rebuilt when read); immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCoMarketingBudget.class)
@JsonDeserialize(as = ImmutableCoMarketingBudget.class)
@JsonIgnoreProperties(value = {"explanation"}, allowGetters = true)
public abstract class CoMarketingBudget {

  CoMarketingBudget() {}

  /**
   * Returns the partner's tier.
   *
   * @return never null
   */
  public abstract Tier tier();

  /**
   * Returns the tier budget: the tier's annual MDF allocation.
   *
   * @return never null
   */
  public abstract Money tierBudget();

  /**
   * Returns the pipeline-potential multiplier.
   *
   * @return never null, within the policy's range (0.5 to 2.0 by default)
   */
  public abstract BigDecimal pipelinePotential();

  /**
   * Returns the strategic-value multiplier.
   *
   * @return never null, within the policy's range (0.8 to 1.5 by default)
   */
  public abstract BigDecimal strategicValue();

  /**
   * Returns the budget, {@code tier budget x pipeline potential x strategic value}, rounded once.
   *
   * @return never null
   */
  public abstract Money budget();

  /**
   * Returns the reasons: one step with the formula and its inputs.
   *
   * @return never null
   */
  @Value.Lazy
  @JsonProperty("explanation")
  public Explanation explanation() {
    return Explanation.builder().subject("co-marketing budget").addSteps(MdfTexts.budgetStep(this)).build();
  }

  /** Builds a {@link CoMarketingBudget}. Not thread-safe. */
  static class Builder extends ImmutableCoMarketingBudget.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
