package dev.partneros.portfolio;

import dev.partneros.core.PartnerId;
import java.util.Map;

/**
 * The plug-in point for commissions, clawbacks and partner balances
 * ({@code docs/rules/commission.md} and {@code docs/rules/clawback.md}): given the evaluator's
 * tier timelines and deal attributions, a statement per partner. Implemented over the commission
 * engine of {@code partneros-attribution} once it exists; the evaluator runs without one and says
 * so in its reports.
 *
 * <p>Implementations must be pure functions of the context (no clock, no I/O) and thread-safe.
 */
@FunctionalInterface
public interface CommissionModule {

  /**
   * Computes the commission statement of every partner that has one.
   *
   * @param context the evaluation so far, not null
   * @return the statements by partner, never null
   */
  Map<PartnerId, CommissionOutcome> evaluate(ModuleContext context);
}
