package dev.partneros.portfolio;

import static java.util.Objects.requireNonNull;

import dev.partneros.attribution.CloseStatus;
import dev.partneros.attribution.CreditSplit;
import dev.partneros.attribution.DealAttribution;
import dev.partneros.attribution.RegistrationDecision;
import dev.partneros.attribution.Share;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.portfolio.Portfolio.DealRow;
import dev.partneros.tiers.DealRole;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The attribution of one deal ({@code docs/rules/attribution.md}) as of the evaluation date, under
 * the program version in force on its close day (an open deal: on the as-of date): each partner's
 * classification and multi-touch credit, the registration conflict if there was one, and how the
 * deal counts in each partner's tier metrics.
 *
 * <p>Immutable and thread-safe.
 *
 * @param deal the deal's row
 * @param status the status as of the evaluation date (a deal closed after it is still open)
 * @param closed the close day as of the evaluation date
 * @param version the label of the program version that attributed it
 * @param credits one entry per partner named on the deal, in partner-id order
 * @param split the multi-touch credit split of a won deal, when anything could be credited
 * @param registrations the registration decision, when the deal has registrations
 */
public record DealResult(DealRow deal, CloseStatus status, Optional<LocalDate> closed, String version,
    List<PartnerCredit> credits, Optional<CreditSplit> split, Optional<RegistrationDecision> registrations) {

  /**
   * Checks for nulls and copies the list.
   *
   * @param deal not null
   * @param status not null
   * @param closed not null
   * @param version not null
   * @param credits not null
   * @param split not null
   * @param registrations not null
   */
  public DealResult {
    requireNonNull(deal, "deal");
    requireNonNull(status, "status");
    requireNonNull(closed, "closed");
    requireNonNull(version, "version");
    credits = List.copyOf(credits);
    requireNonNull(split, "split");
    requireNonNull(registrations, "registrations");
  }

  /**
   * Returns the deal's id.
   *
   * @return never null
   */
  public String id() {
    return deal.id();
  }

  /**
   * Returns a partner's credit on this deal.
   *
   * @param partner the partner, not null
   * @return the credit, or empty when the partner is not named on the deal
   */
  public Optional<PartnerCredit> credit(PartnerId partner) {
    return credits.stream().filter(c -> c.partner().equals(partner)).findFirst();
  }

  /**
   * Tells whether the deal was won on or before the evaluation date.
   *
   * @return true for a won deal
   */
  public boolean isWon() {
    return status == CloseStatus.WON;
  }

  /**
   * One partner's part in a deal.
   *
   * @param partner the partner
   * @param attribution its classification (sourced, influenced, not attributed) with every criterion
   * @param share its multi-touch share, when the deal was split
   * @param amount its multi-touch credit, penny-exact, when the deal was split
   * @param countedAs how the deal counts in the partner's tier metrics: {@code SOURCED} (sourced ARR),
   *     {@code INFLUENCED} (influenced ARR), or empty (not counted)
   * @param note why the classification and what counts differ (a lost registration conflict), or empty
   */
  public record PartnerCredit(PartnerId partner, DealAttribution attribution, Optional<Share> share,
      Optional<Money> amount, Optional<DealRole> countedAs, Optional<String> note) {
    /**
     * Checks for nulls.
     *
     * @param partner not null
     * @param attribution not null
     * @param share not null
     * @param amount not null
     * @param countedAs not null
     * @param note not null
     */
    public PartnerCredit {
      requireNonNull(partner, "partner");
      requireNonNull(attribution, "attribution");
      requireNonNull(share, "share");
      requireNonNull(amount, "amount");
      requireNonNull(countedAs, "countedAs");
      requireNonNull(note, "note");
    }
  }
}
