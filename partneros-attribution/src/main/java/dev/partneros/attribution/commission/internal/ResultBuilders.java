package dev.partneros.attribution.commission.internal;

import dev.partneros.attribution.commission.CommissionLine;
import dev.partneros.attribution.commission.CommissionResult;

/**
 * Creates the builders of the results a {@link CommissionRun} returns. Those builders are not public
 * (only the engines build results); the commission package hands the run an implementation. Nothing
 * here is API.
 */
public interface ResultBuilders {

  /**
   * Returns a new builder of a cap hit.
   *
   * @return never null
   */
  CommissionLine.CapHit.Builder capHit();

  /**
   * Returns a new builder of a commission line.
   *
   * @return never null
   */
  CommissionLine.Builder line();

  /**
   * Returns a new builder of a payout run.
   *
   * @return never null
   */
  CommissionResult.PayoutRun.Builder payoutRun();

  /**
   * Returns a new builder of a commission result.
   *
   * @return never null
   */
  CommissionResult.Builder result();
}
