/**
 * Implementation details of the commission engines, not exported by the module. Nothing here is
 * API; it may change at any time.
 *
 * <p>One evaluation of the commission calculator
 * ({@link dev.partneros.attribution.commission.internal.CommissionRun}) goes through phases, each in
 * its own file:
 *
 * <ul>
 *   <li>index: the facts checked (every problem at once, with its path) and indexed once per call,
 *       deals and partners keyed by id, cancellations and payments per deal, quotas per partner, and
 *       the SPIFF windows of each kind in an interval index ({@code WindowIndex});</li>
 *   <li>price and pay out: each partner's lines built in a canonical order, then its events replayed
 *       in date order (accruals capped, settled and rounded once, lines becoming payable, clawbacks,
 *       payout runs), in {@code CommissionRun};</li>
 *   <li>explain: each explanation step recorded as a small immutable record of its inputs and
 *       rendered only when a line's explanation is asked for ({@code Explain},
 *       {@code docs/rules/commission.md#explanations-on-request}).</li>
 * </ul>
 *
 * <p>Helpers: exact decimals ({@link dev.partneros.attribution.commission.internal.Exact}), the
 * look-up of explicit FX rates ({@link dev.partneros.attribution.commission.internal.FxBook}), and
 * the builders of the results
 * ({@link dev.partneros.attribution.commission.internal.ResultBuilders}; their builders are not
 * public).
 */
package dev.partneros.attribution.commission.internal;
