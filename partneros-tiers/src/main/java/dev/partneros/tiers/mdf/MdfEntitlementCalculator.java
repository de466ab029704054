package dev.partneros.tiers.mdf;

import static java.util.Objects.requireNonNull;

import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.internal.ProblemCollector;
import dev.partneros.tiers.BenefitsMatrix;
import java.time.LocalDate;

/**
 * Computes a partner's MDF entitlement on an as-of date ({@code docs/rules/mdf.md#entitlement}):
 * the tier's annual allocation and quarterly cap (from the benefits matrix; under the accrual
 * model, what accrued), the tier's approvers, eligibility with every reason against (tier below
 * the minimum, sourced ARR below the minimum, an overdue ROI report, no allocation), what was used
 * and what is left this fiscal quarter and year, the rollover from the previous fiscal year and
 * the expiry day. See {@link MdfEntitlement} for the definitions.
 *
 * <p>Built once per program with {@link #of(MdfPolicy, BenefitsMatrix)}; its methods are pure
 * functions of their arguments. Immutable and thread-safe.
 */
public final class MdfEntitlementCalculator {

  private final Funds funds;

  private MdfEntitlementCalculator(Funds funds) {
    this.funds = funds;
  }

  /**
   * Returns the calculator of a program.
   *
   * @param policy the MDF policy, not null
   * @param benefits the benefits matrix whose MDF amounts are the tiers' entitlements, not null
   * @return never null
   * @throws InvalidProgramException if the benefits are for another ladder or currency than the
   *     policy (path {@code benefits})
   */
  public static MdfEntitlementCalculator of(MdfPolicy policy, BenefitsMatrix benefits) {
    return new MdfEntitlementCalculator(Funds.of(policy, benefits));
  }

  /**
   * Returns the policy.
   *
   * @return never null
   */
  public MdfPolicy policy() {
    return funds.policy();
  }

  /**
   * Computes a partner's entitlement.
   *
   * @param partner the partner, not null
   * @param ledger its earlier grants and claims, not null
   * @param asOf the as-of date, not null
   * @return never null
   * @throws InvalidFactsException naming every fact that is dated after the as-of date, in another
   *     currency than the fund, or names a tier off the ladder, with its path
   *     ({@code ledger.grants[2].approvedOn}, {@code partner.tier})
   */
  public MdfEntitlement entitlement(MdfPartner partner, MdfLedger ledger, LocalDate asOf) {
    requireNonNull(partner, "partner");
    requireNonNull(ledger, "ledger");
    requireNonNull(asOf, "asOf");
    ProblemCollector problems = new ProblemCollector();
    funds.checkPartner(problems, FieldPath.root().field("partner"), partner, asOf);
    funds.checkLedger(problems, FieldPath.root().field("ledger"), ledger, asOf);
    problems.throwIfErrors(InvalidFactsException::new);
    return funds.entitlement(partner, ledger, asOf);
  }
}
