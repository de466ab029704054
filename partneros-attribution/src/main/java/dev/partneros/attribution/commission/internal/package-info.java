/**
 * Implementation details of the commission engines, not exported by the module. Nothing here is
 * API; it may change at any time.
 *
 * <p>One evaluation of the commission calculator
 * ({@link dev.partneros.attribution.commission.internal.CommissionRun}) goes through phases, each in
 * its own file:
 *
 * <ul>
 *   <li>index ({@code RunBook}): the facts checked (every problem at once, with its path) and
 *       indexed once per call, deals and partners keyed by id, cancellations and payments per deal,
 *       quotas per partner, and the SPIFF windows of each kind in an interval index
 *       ({@code WindowIndex});</li>
 *   <li>price ({@code DealLines}, {@code PeriodLines}): each partner's lines built in a canonical
 *       order as exact amounts, deal by deal, then per month, quarter and year;</li>
 *   <li>pay out ({@code PayoutPhase}): each partner's events replayed in date order, accruals
 *       capped, settled and rounded once, lines becoming payable, clawbacks and payout runs, with
 *       their ledger entries;</li>
 *   <li>explain ({@code Explain}): each explanation step recorded as a small immutable record of its
 *       inputs and rendered only when a line's explanation is asked for
 *       ({@code docs/rules/commission.md#explanations-on-request});</li>
 *   <li>the per-deal call's direct path
 *       ({@link dev.partneros.attribution.commission.internal.SignatureLines}): a covered deal's
 *       signature lines, with the same recorded steps, and the state after it, without a run;</li>
 *   <li>assembly ({@link dev.partneros.attribution.commission.internal.CommissionRun}): the phases
 *       in order and the lines, state and result built from the working data ({@code Work}).</li>
 * </ul>
 *
 * <p>Helpers: exact decimals ({@link dev.partneros.attribution.commission.internal.Exact}), the
 * look-up of explicit FX rates ({@link dev.partneros.attribution.commission.internal.FxBook}), and
 * the builders of the results
 * ({@link dev.partneros.attribution.commission.internal.ResultBuilders}; their builders are not
 * public).
 */
package dev.partneros.attribution.commission.internal;
