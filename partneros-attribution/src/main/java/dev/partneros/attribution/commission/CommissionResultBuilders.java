package dev.partneros.attribution.commission;

import dev.partneros.attribution.commission.internal.ResultBuilders;

/** The builders of the commission results, for the run in the internal package. Stateless. */
final class CommissionResultBuilders implements ResultBuilders {

  static final ResultBuilders INSTANCE = new CommissionResultBuilders();

  private CommissionResultBuilders() {}

  @Override
  public CommissionLine.CapHit.Builder capHit() {
    return new CommissionLine.CapHit.Builder();
  }

  @Override
  public CommissionLine.Builder line() {
    return new CommissionLine.Builder();
  }

  @Override
  public CommissionResult.PayoutRun.Builder payoutRun() {
    return new CommissionResult.PayoutRun.Builder();
  }

  @Override
  public CommissionResult.Builder result() {
    return new CommissionResult.Builder();
  }
}
