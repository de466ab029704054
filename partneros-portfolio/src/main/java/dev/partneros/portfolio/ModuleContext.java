package dev.partneros.portfolio;

import static java.util.Objects.requireNonNull;

import dev.partneros.core.ProgramHistory;
import java.time.LocalDate;
import java.util.List;

/**
 * What a {@link CommissionModule} or {@link MdfModule} reads: the program history, the portfolio,
 * the evaluation date, and the results the evaluator already has (tier timelines, so that a deal is
 * paid at the tier held on its close day; deal attributions, for the attribution factor and the
 * multi-touch credit).
 *
 * <p>Immutable and thread-safe.
 *
 * @param history the program history
 * @param portfolio the portfolio
 * @param asOf the evaluation date
 * @param partners the partner results without commission or MDF, in partner-id order
 * @param deals the deal attributions, in deal-id order
 */
public record ModuleContext(ProgramHistory history, Portfolio portfolio, LocalDate asOf,
    List<PartnerResult> partners, List<DealResult> deals) {

  /**
   * Checks for nulls and copies the lists.
   *
   * @param history not null
   * @param portfolio not null
   * @param asOf not null
   * @param partners not null
   * @param deals not null
   */
  public ModuleContext {
    requireNonNull(history, "history");
    requireNonNull(portfolio, "portfolio");
    requireNonNull(asOf, "asOf");
    partners = List.copyOf(partners);
    deals = List.copyOf(deals);
  }
}
