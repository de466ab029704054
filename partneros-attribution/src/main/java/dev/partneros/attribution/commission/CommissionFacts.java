package dev.partneros.attribution.commission;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.FxRate;
import java.util.List;
import org.immutables.value.Value;

/**
 * The dated facts a commission calculation reads ({@code docs/rules/commission.md} and
 * {@code docs/rules/clawback.md}): partner accounts, closed deals with their attribution,
 * collected payments, cancellations, SPIFF windows, quotas and the explicit FX rates
 * ({@code docs/rules/conventions.md#currencies-and-fx}: each fixed at a transaction date, with its
 * source).
 *
 * <p>Lists keep the caller's order, but no result depends on it. Cross-references (a deal's
 * partner, a payment's deal, dates between facts, FX rates) are checked by the
 * {@link CommissionCalculator}, which reports every problem at once with its path
 * ({@code deals[3].amount}, {@code payments[0].date}).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCommissionFacts.class)
@JsonDeserialize(as = ImmutableCommissionFacts.class)
public abstract class CommissionFacts {

  CommissionFacts() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the partner accounts, one per partner.
   *
   * @return never null
   */
  public abstract List<PartnerAccount> partners();

  /**
   * Returns the closed deals, one per deal and partner credited.
   *
   * @return never null
   */
  public abstract List<CommissionDeal> deals();

  /**
   * Returns the payments collected.
   *
   * @return never null
   */
  public abstract List<Payment> payments();

  /**
   * Returns the cancellations, downgrades, refunds and fraud findings.
   *
   * @return never null
   */
  public abstract List<Cancellation> cancellations();

  /**
   * Returns the SPIFF campaigns.
   *
   * @return never null
   */
  public abstract List<SpiffWindow> spiffWindows();

  /**
   * Returns the quarterly quotas.
   *
   * @return never null
   */
  public abstract List<Quota> quotas();

  /**
   * Returns the FX rates, each fixed at a transaction date.
   *
   * @return never null
   */
  public abstract List<FxRate> fxRates();

  /** Builds {@link CommissionFacts}; every list may be empty. Not thread-safe. */
  public static class Builder extends ImmutableCommissionFacts.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
