/**
 * MDF, marketing development funds ({@code docs/rules/mdf.md}), reading the program file's
 * {@code mdf} section; the amounts a tier is entitled to come from the {@code benefits} section
 * ({@link dev.partneros.tiers.BenefitsMatrix#mdfAnnualAllocation(dev.partneros.core.Tier)} and
 * {@link dev.partneros.tiers.BenefitsMatrix#mdfQuarterlyCap(dev.partneros.core.Tier)}).
 *
 * <ul>
 *   <li>Policy: {@link dev.partneros.tiers.mdf.MdfPolicy} (eligibility, approvers and routing,
 *       allowed uses, rollover, due dates, the {@link dev.partneros.tiers.mdf.MdfPolicy.FundingModel}, the
 *       {@link dev.partneros.tiers.mdf.AccrualTerms} and {@link dev.partneros.tiers.mdf.CoopTerms},
 *       the co-marketing {@link dev.partneros.tiers.mdf.MdfPolicy.MultiplierRange}s and the
 *       {@link dev.partneros.tiers.mdf.MdfPolicy.PoolSegment}s).</li>
 *   <li>Facts: {@link dev.partneros.tiers.mdf.MdfPartner} (tier, sourced ARR, sales),
 *       {@link dev.partneros.tiers.mdf.MdfRequest}, and the partner's
 *       {@link dev.partneros.tiers.mdf.MdfLedger} of {@link dev.partneros.tiers.mdf.MdfLedger.Grant}s and
 *       {@link dev.partneros.tiers.mdf.MdfLedger.Claim}s with their {@link dev.partneros.tiers.mdf.RoiReport}s;
 *       {@link dev.partneros.tiers.mdf.PoolCandidate}s and an {@link dev.partneros.tiers.mdf.MdfPool}
 *       for pool allocation.</li>
 *   <li>Engines, built by {@code of(policy, benefits)}:
 *       {@link dev.partneros.tiers.mdf.MdfEntitlementCalculator},
 *       {@link dev.partneros.tiers.mdf.MdfRequestDecider} (the pure
 *       {@code decide(request, partner, ledger, asOf)}), {@link dev.partneros.tiers.mdf.MdfLifecycle}
 *       (due dates and the overdue state), {@link dev.partneros.tiers.mdf.CoMarketingBudgeter} and
 *       {@link dev.partneros.tiers.mdf.MdfPoolAllocator}.</li>
 *   <li>Decisions: {@link dev.partneros.tiers.mdf.MdfEntitlement},
 *       {@link dev.partneros.tiers.mdf.MdfDecision}, {@link dev.partneros.tiers.mdf.MdfObligation},
 *       {@link dev.partneros.tiers.mdf.CoMarketingBudget} and
 *       {@link dev.partneros.tiers.mdf.PoolAllocation}, each with its explanation, built on request;
 *       ROI accountability with {@link dev.partneros.tiers.mdf.ActivityRoi} and
 *       {@link dev.partneros.tiers.mdf.FunnelProjection}.</li>
 * </ul>
 *
 * <p>Every value is immutable and thread-safe; engines are stateless and read no clock: every
 * evaluation takes its as-of date.
 */
@PartnerOsStyle
package dev.partneros.tiers.mdf;

import dev.partneros.core.PartnerOsStyle;
