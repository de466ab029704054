package dev.partneros.portfolio;

import static java.util.Objects.requireNonNull;

import dev.partneros.core.Money;
import dev.partneros.core.Rate;
import dev.partneros.core.Tier;

/**
 * What a partner's current tier entitles it to, read from the program's benefits matrix
 * ({@code docs/rules/tiers.md#benefits-matrix}): the tier's commission rate, resale margin and MDF
 * allocation. A lookup, not a computation: the commission actually earned and the MDF actually
 * granted are the commission and MDF modules' results ({@link CommissionOutcome},
 * {@link MdfOutcome}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param tier the tier held on the evaluation date
 * @param version the label of the program version in force on the evaluation date
 * @param commissionRate the tier's commission rate
 * @param resaleMargin the tier's resale margin
 * @param mdfAnnual the tier's annual MDF allocation
 * @param mdfQuarterlyCap the tier's quarterly MDF cap
 */
public record Entitlement(Tier tier, String version, Rate commissionRate, Rate resaleMargin, Money mdfAnnual,
    Money mdfQuarterlyCap) {

  /**
   * Checks for nulls.
   *
   * @param tier not null
   * @param version not null
   * @param commissionRate not null
   * @param resaleMargin not null
   * @param mdfAnnual not null
   * @param mdfQuarterlyCap not null
   */
  public Entitlement {
    requireNonNull(tier, "tier");
    requireNonNull(version, "version");
    requireNonNull(commissionRate, "commissionRate");
    requireNonNull(resaleMargin, "resaleMargin");
    requireNonNull(mdfAnnual, "mdfAnnual");
    requireNonNull(mdfQuarterlyCap, "mdfQuarterlyCap");
  }
}
