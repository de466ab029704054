/**
 * Commission, payout timing, clawback and the partner balance ({@code docs/rules/commission.md}
 * and {@code docs/rules/clawback.md}), read from the program file's {@code commission} and
 * {@code clawback} sections and built on deal attribution
 * ({@link dev.partneros.attribution.DealAttribution#creditFactor()},
 * {@code docs/rules/attribution.md#credit-factors}) and the tiers module's benefits matrix (tier
 * commission rates and resale margins).
 *
 * <ul>
 *   <li>Policies, each with its standard default ({@code docs/rules/commission.md}):
 *       {@link dev.partneros.attribution.commission.CommissionPlan} (the {@code commission} section:
 *       {@link dev.partneros.attribution.commission.CommissionPlan.Models} per partner type, made of
 *       {@link dev.partneros.attribution.commission.ReferralFee},
 *       {@link dev.partneros.attribution.commission.RecurringShare},
 *       {@link dev.partneros.attribution.commission.VolumeBrackets},
 *       {@link dev.partneros.attribution.commission.CountBrackets},
 *       {@link dev.partneros.attribution.commission.ResaleMargin},
 *       {@link dev.partneros.attribution.commission.VolumeRebate} over
 *       {@link dev.partneros.attribution.commission.BracketTable}s; the
 *       {@link dev.partneros.attribution.commission.SpiffTerms},
 *       {@link dev.partneros.attribution.commission.CommissionCaps} and
 *       {@link dev.partneros.attribution.commission.PayoutTerms}) and
 *       {@link dev.partneros.attribution.commission.ClawbackPolicy} (the {@code clawback} section).
 *       {@link dev.partneros.attribution.commission.CommissionTerms} gathers what one program
 *       version says.</li>
 *   <li>Facts: {@link dev.partneros.attribution.commission.CommissionFacts} (partner accounts,
 *       closed deals with their attribution, payments, cancellations, SPIFF windows, quotas, FX
 *       rates).</li>
 *   <li>Engines, stateless and thread-safe, with no hidden clock:
 *       {@link dev.partneros.attribution.commission.CommissionCalculator} (a whole book, or one won
 *       deal from the partner's {@link dev.partneros.attribution.commission.CommissionState},
 *       giving a {@link dev.partneros.attribution.commission.DealCommission},
 *       {@code docs/rules/commission.md#per-deal-commission}) and
 *       {@link dev.partneros.attribution.commission.ClawbackCalculator}.</li>
 *   <li>Results, each with its explanation:
 *       {@link dev.partneros.attribution.commission.CommissionResult} with its
 *       {@link dev.partneros.attribution.commission.CommissionLine}s,
 *       {@link dev.partneros.attribution.commission.ClawbackDecision}s,
 *       {@link dev.partneros.attribution.commission.CommissionResult.PayoutRun}s and
 *       {@link dev.partneros.attribution.commission.LedgerEntry}s.</li>
 *   <li>State the caller persists: {@link dev.partneros.attribution.commission.PartnerBalance}, a
 *       partner's ledger with a pure constant-time {@code post(entry)} and a
 *       {@link dev.partneros.attribution.commission.PeriodStatement} that reconciles to the
 *       cent.</li>
 * </ul>
 *
 * <p>Conventions: money never mixes currencies (an explicit FX rate fixed at the transaction date
 * converts it, {@code docs/rules/conventions.md}); amounts stay exact until each line is rounded
 * once with the program's rounding; brackets are {@code [lower, upper)}; every window includes its
 * last day.
 */
@PartnerOsStyle
package dev.partneros.attribution.commission;

import dev.partneros.core.PartnerOsStyle;
