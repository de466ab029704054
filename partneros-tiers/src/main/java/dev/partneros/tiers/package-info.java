/**
 * The tier rule family ({@code docs/rules/tiers.md}), reading the program file's {@code tiers} and
 * {@code benefits} sections.
 *
 * <ul>
 *   <li>Policy: {@link dev.partneros.tiers.TierProgram} (levels of {@link dev.partneros.tiers.TierProgram.Level},
 *       criteria trees of {@link dev.partneros.tiers.Criterion} over {@link dev.partneros.tiers.Metric}s,
 *       the maintenance options {@link dev.partneros.tiers.TierProgram.ReviewCadence},
 *       {@link dev.partneros.tiers.TierProgram.UpgradeTiming}, {@link dev.partneros.tiers.TierProgram.DowngradeMode}) and the
 *       {@link dev.partneros.tiers.BenefitsMatrix} of {@link dev.partneros.tiers.TierBenefits} and
 *       {@link dev.partneros.tiers.TierBenefits.Economics}.</li>
 *   <li>Facts: {@link dev.partneros.tiers.TierFacts} (dated deals, referrals, certifications, surveys,
 *       case studies, business plans, revenue, custom metrics), measured into
 *       {@link dev.partneros.tiers.TierMetrics}; {@link dev.partneros.tiers.QuarterFacts} for one quarter
 *       end.</li>
 *   <li>Engines, built by {@code of(program)}: {@link dev.partneros.tiers.TierQualifier} (measure,
 *       qualify, progress) and {@link dev.partneros.tiers.TierStateMachine} (the pure
 *       {@code next(state, quarter facts)} over an explicit {@link dev.partneros.tiers.TierState}, and
 *       {@code replay}).</li>
 *   <li>Decisions: {@link dev.partneros.tiers.Qualification}, {@link dev.partneros.tiers.Progress},
 *       {@link dev.partneros.tiers.TierDecision.GraceProjection} and {@link dev.partneros.tiers.TierDecision}, each
 *       with its explanation, rendered on request.</li>
 * </ul>
 *
 * <p>Every value is immutable and thread-safe; engines are stateless and read no clock. MDF will live
 * in its own package.
 */
@PartnerOsStyle
package dev.partneros.tiers;

import dev.partneros.core.PartnerOsStyle;
