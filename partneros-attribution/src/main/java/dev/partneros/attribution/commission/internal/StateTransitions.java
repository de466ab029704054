package dev.partneros.attribution.commission.internal;

import dev.partneros.attribution.commission.CommissionState;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The partner states {@link SignatureLines} returns after a deal
 * ({@code docs/rules/commission.md#per-deal-commission}), made by the commission package: each is
 * the state before with only what the deal changes replaced, and shares the maps the deal does not
 * change instead of copying them. Nothing here is API.
 */
public interface StateTransitions {

  /**
   * Returns the state after a credited deal: one more credited deal, the fiscal year's volume
   * replaced, the deal as the last one counted; the caps' maps shared.
   *
   * @param before the state before the deal
   * @param year the deal's fiscal year
   * @param volume the year's volume with the deal, exact
   * @param signed the deal's signature date
   * @param dealId the deal's id
   * @return never null
   */
  CommissionState afterDeal(CommissionState before, int year, BigDecimal volume, LocalDate signed, String dealId);

  /**
   * Returns the state after a deal that earns nothing: only the last date and deal replaced, every
   * map shared.
   *
   * @param before the state before the deal
   * @param signed the deal's signature date
   * @param dealId the deal's id
   * @return never null
   */
  CommissionState afterNothing(CommissionState before, LocalDate signed, String dealId);
}
