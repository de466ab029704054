package dev.partneros.attribution.commission;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What one won deal earns one partner on its signature date, computed by
 * {@link CommissionCalculator#calculateDeal} ({@code docs/rules/commission.md#per-deal-commission}):
 * the deal's signature lines ({@link CommissionLine.Kind#accruesOnSigning()}: referral fee, tier rate, volume
 * brackets, first-deal and competitive-displacement SPIFFs), a reseller's resale terms, and the
 * partner's {@link CommissionState} after the deal, to give to the next call.
 *
 * <p>The lines are those the whole-book {@link CommissionCalculator#calculate calculation} gives the
 * deal, in every amount and computation step, as of the signature date: {@link CommissionLine.Status#ACCRUED}
 * (or {@link CommissionLine.Status#PAYABLE} when the trigger and holdback are already passed that day), never
 * paid or clawed back. What happens to them later (payments, payout runs, clawbacks) is the
 * whole-book calculation's business.
 *
 * <p>JSON-serialisable; immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDealCommission.class)
@JsonDeserialize(as = ImmutableDealCommission.class)
public abstract class DealCommission {

  DealCommission() {}

  /**
   * Returns the deal's id.
   *
   * @return never null
   */
  public abstract String dealId();

  /**
   * Returns the partner paid.
   *
   * @return never null
   */
  public abstract PartnerId partner();

  /**
   * Returns the signature date: the day the lines accrued, and the as-of date of their status.
   *
   * @return never null
   */
  public abstract LocalDate signed();

  /**
   * Returns the partner's payout currency, the currency of the lines.
   *
   * @return never null
   */
  public abstract Currency payoutCurrency();

  /**
   * Returns the deal's signature lines, model lines first then SPIFFs, each by id; none for a deal
   * not attributed (credit factor 0) or of a partner type without models.
   *
   * @return never null, each line of the deal and partner
   */
  public abstract List<CommissionLine> lines();

  /**
   * Returns the resale terms of a reseller's deal.
   *
   * @return the terms, or empty when the partner's models have no resale margin
   */
  public abstract Optional<ResaleTerms> resaleTerms();

  /**
   * Returns the partner's state after the deal, to give to the next per-deal call.
   *
   * @return never null
   */
  public abstract CommissionState after();

  /**
   * Returns the sum of the lines' amounts, in the payout currency.
   *
   * @return never null, zero without lines
   */
  @JsonIgnore
  public Money total() {
    Money total = Money.zero(payoutCurrency());
    for (CommissionLine line : lines()) {
      total = total.plus(line.amount());
    }
    return total;
  }

  /**
   * Returns the line of one kind.
   *
   * @param kind the kind, not null
   * @return the line, or empty when the deal has none of that kind
   */
  public Optional<CommissionLine> line(CommissionLine.Kind kind) {
    requireNonNull(kind, "kind");
    return lines().stream().filter(l -> l.kind() == kind).findFirst();
  }

  /**
   * Renders the result: {@code D-1 / P-1 signed 2026-03-01: 4,800.00 USD in 1 lines}.
   *
   * @return never null
   */
  @Override
  public String toString() {
    return dealId() + " / " + partner() + " signed " + signed() + ": " + total() + " in " + lines().size() + " lines";
  }

  /** Builds a {@link DealCommission}; used by the {@link CommissionCalculator}. Not thread-safe. */
  public static class Builder extends ImmutableDealCommission.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
