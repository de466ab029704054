/**
 * Implementation details of the commission engines, not exported by the module: exact decimal
 * helpers ({@link dev.partneros.attribution.commission.internal.Exact}), the look-up of explicit FX
 * rates ({@link dev.partneros.attribution.commission.internal.FxBook}) and one evaluation of the
 * commission calculator with its per-partner simulation of accruals, payables, clawbacks and payout
 * runs ({@link dev.partneros.attribution.commission.internal.CommissionRun}), which creates its
 * results through {@link dev.partneros.attribution.commission.internal.ResultBuilders} (their
 * builders are not public). Nothing here is API;
 * it may change at any time.
 */
package dev.partneros.attribution.commission.internal;
