package dev.partneros.portfolio;

import dev.partneros.core.PartnerId;
import java.util.Map;

/**
 * The plug-in point for MDF ({@code docs/rules/mdf.md}): entitlement, pool allocation and request
 * decisions per partner, given the evaluator's tier timelines. Implemented over the MDF engine of
 * {@code partneros-tiers} once it exists; the evaluator runs without one and says so in its reports.
 *
 * <p>Implementations must be pure functions of the context (no clock, no I/O) and thread-safe.
 */
@FunctionalInterface
public interface MdfModule {

  /**
   * Computes the MDF of every partner that has any.
   *
   * @param context the evaluation so far, not null
   * @return the MDF outcomes by partner, never null
   */
  Map<PartnerId, MdfOutcome> evaluate(ModuleContext context);
}
