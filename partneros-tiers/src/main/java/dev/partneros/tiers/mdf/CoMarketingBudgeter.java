package dev.partneros.tiers.mdf;

import static java.util.Objects.requireNonNull;

import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.Money;
import dev.partneros.core.Tier;
import dev.partneros.core.internal.ProblemCollector;
import dev.partneros.tiers.BenefitsMatrix;
import java.math.BigDecimal;

/**
 * Computes co-marketing budgets ({@code docs/rules/mdf.md#co-marketing-budget}):
 * {@code tier budget x pipeline potential (0.5-2.0) x strategic value (0.8-1.5)}, rounded once with
 * the program's rounding. Decision: the tier budget is the tier's annual MDF allocation (benefits
 * matrix). A multiplier outside its range ({@link MdfPolicy#pipelinePotential()},
 * {@link MdfPolicy#strategicValue()}, both ends allowed) is an error, never clamped. The strategic
 * value of a value-matrix quadrant ({@code docs/rules/health.md#value-matrix}) is
 * {@link MdfPolicy#strategicValueOf(ValueMatrixQuadrant)}.
 *
 * <p>Built once per program with {@link #of(MdfPolicy, BenefitsMatrix)}; its methods are pure
 * functions of their arguments. Immutable and thread-safe.
 */
public final class CoMarketingBudgeter {

  private final Funds funds;

  private CoMarketingBudgeter(Funds funds) {
    this.funds = funds;
  }

  /**
   * Returns the budgeter of a program.
   *
   * @param policy the MDF policy (the multiplier ranges), not null
   * @param benefits the benefits matrix (the tier budgets), not null
   * @return never null
   * @throws InvalidProgramException if the benefits are for another ladder or currency than the
   *     policy
   */
  public static CoMarketingBudgeter of(MdfPolicy policy, BenefitsMatrix benefits) {
    return new CoMarketingBudgeter(Funds.of(policy, benefits));
  }

  /**
   * Computes a budget.
   *
   * @param tier the partner's tier, not null
   * @param pipelinePotential the pipeline-potential multiplier, not null, within its range
   * @param strategicValue the strategic-value multiplier, not null, within its range
   * @return never null
   * @throws InvalidFactsException naming each multiplier out of its range
   *     ({@code pipelinePotential must be between 0.5 and 2.0, but was 2.01}) and a tier off the
   *     ladder ({@code tier})
   */
  public CoMarketingBudget budget(Tier tier, BigDecimal pipelinePotential, BigDecimal strategicValue) {
    requireNonNull(tier, "tier");
    requireNonNull(pipelinePotential, "pipelinePotential");
    requireNonNull(strategicValue, "strategicValue");
    ProblemCollector problems = new ProblemCollector();
    funds.checkTier(problems, FieldPath.root().field("tier"), tier);
    checkMultipliers(funds.policy(), problems, FieldPath.root(), pipelinePotential, strategicValue);
    problems.throwIfErrors(InvalidFactsException::new);
    Money tierBudget = funds.benefits().mdfAnnualAllocation(tier);
    return new CoMarketingBudget.Builder().tier(tier).tierBudget(tierBudget).pipelinePotential(pipelinePotential)
        .strategicValue(strategicValue).budget(budget(tierBudget, pipelinePotential, strategicValue, funds))
        .build();
  }

  static Money budget(Money tierBudget, BigDecimal pipelinePotential, BigDecimal strategicValue, Funds funds) {
    return tierBudget.multipliedBy(pipelinePotential.multiply(strategicValue), funds.rounding());
  }

  static void checkMultipliers(MdfPolicy policy, ProblemCollector problems, FieldPath path,
      BigDecimal pipelinePotential, BigDecimal strategicValue) {
    if (!policy.pipelinePotential().contains(pipelinePotential)) {
      problems.requireInRange(path.field("pipelinePotential"), pipelinePotential, policy.pipelinePotential().min(),
          policy.pipelinePotential().max());
    }
    if (!policy.strategicValue().contains(strategicValue)) {
      problems.requireInRange(path.field("strategicValue"), strategicValue, policy.strategicValue().min(),
          policy.strategicValue().max());
    }
  }
}
