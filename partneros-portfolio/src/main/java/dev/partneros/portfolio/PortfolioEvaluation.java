package dev.partneros.portfolio;

import static java.util.Objects.requireNonNull;

import dev.partneros.core.Tier;
import dev.partneros.core.TierLadder;
import dev.partneros.scoring.health.HealthScore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The result of evaluating a portfolio under a program history as of a date: every partner's
 * results, every deal's attribution and the program's, each naming the version that decided it.
 * What {@link PortfolioEvaluator#evaluate} returns and every report is rendered from.
 *
 * <p>Partners are in partner-id order and deals in deal-id order, so that the same inputs always
 * give the same output, byte for byte.
 *
 * <p>Immutable and thread-safe.
 *
 * @param asOf the evaluation date
 * @param programName the program's name (of its latest version)
 * @param ladder the tier ladder (shared by every version)
 * @param currency the currency of every amount (shared by every version)
 * @param versions the versions of the history, earliest first
 * @param partners the partner results, in partner-id order
 * @param deals the deal attributions, in deal-id order
 * @param program the program-level results
 * @param inputSummary a one-line count of the input rows
 * @param notEvaluated what this build could not evaluate and why (a missing module), one sentence each
 */
public record PortfolioEvaluation(LocalDate asOf, String programName, TierLadder ladder, Currency currency,
    List<VersionInfo> versions,
    List<PartnerResult> partners, List<DealResult> deals, ProgramResult program, String inputSummary,
    List<String> notEvaluated) {

  /**
   * Checks for nulls and copies the lists.
   *
   * @param asOf not null
   * @param programName not null
   * @param ladder not null
   * @param currency not null
   * @param versions not null
   * @param partners not null
   * @param deals not null
   * @param program not null
   * @param inputSummary not null
   * @param notEvaluated not null
   */
  public PortfolioEvaluation {
    requireNonNull(asOf, "asOf");
    requireNonNull(programName, "programName");
    requireNonNull(ladder, "ladder");
    requireNonNull(currency, "currency");
    versions = List.copyOf(versions);
    partners = List.copyOf(partners);
    deals = List.copyOf(deals);
    requireNonNull(program, "program");
    requireNonNull(inputSummary, "inputSummary");
    notEvaluated = List.copyOf(notEvaluated);
  }

  /**
   * A version of the history.
   *
   * @param version the label
   * @param effectiveFrom the first day it applies
   */
  public record VersionInfo(String version, LocalDate effectiveFrom) {
    /**
     * Checks for nulls.
     *
     * @param version not null
     * @param effectiveFrom not null
     */
    public VersionInfo {
      requireNonNull(version, "version");
      requireNonNull(effectiveFrom, "effectiveFrom");
    }

    @Override
    public String toString() {
      return version + " (from " + effectiveFrom + ")";
    }
  }

  /**
   * Returns a partner's result.
   *
   * @param id the partner id's text, not null
   * @return the result, or empty
   */
  public Optional<PartnerResult> partner(String id) {
    requireNonNull(id, "id");
    return partners.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * Returns a deal's attribution.
   *
   * @param id the deal id, not null
   * @return the result, or empty
   */
  public Optional<DealResult> deal(String id) {
    requireNonNull(id, "id");
    return deals.stream().filter(d -> d.id().equals(id)).findFirst();
  }

  /**
   * Returns the active partners.
   *
   * @return never null
   */
  public List<PartnerResult> activePartners() {
    return partners.stream().filter(p -> p.partner().isActive()).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the active partners in grace on the evaluation date.
   *
   * @return never null
   */
  public List<PartnerResult> inGrace() {
    return partners.stream().filter(PartnerResult::inGrace).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the active partners by health, best first (ties by partner id).
   *
   * @param limit how many, {@code >= 0}
   * @return never null
   */
  public List<PartnerResult> topByHealth(int limit) {
    return activePartners().stream().filter(p -> p.currentHealth().isPresent())
        .sorted(Comparator.comparing(PartnerResult::healthScore).reversed().thenComparing(PartnerResult::id))
        .limit(limit).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the partners by commission earned, highest first (ties by partner id); empty when no
   * commission module was installed.
   *
   * <p>Amounts in different currencies are never compared: the partners paid in the evaluation's
   * {@link #currency()} come first, ranked by amount, then those paid in each other currency, the
   * currencies in code order, each ranked by amount ({@code docs/rules/commission.md#currencies}).
   *
   * @param limit how many, {@code >= 0}
   * @return never null
   * @throws IllegalArgumentException if {@code limit} is negative
   */
  public List<PartnerResult> topByCommission(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be at least 0, but was " + limit);
    }
    Comparator<PartnerResult> byCurrency = Comparator.comparing(
        (PartnerResult p) -> !p.commission().get().earned().currency().equals(currency))
        .thenComparing(p -> p.commission().get().earned().currency().getCurrencyCode());
    return partners.stream().filter(p -> p.commission().isPresent())
        .sorted(byCurrency.thenComparing((PartnerResult p) -> p.commission().get().earned().amount(),
            Comparator.reverseOrder()).thenComparing(PartnerResult::id))
        .limit(limit).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Counts the active partners by the tier they hold, every tier of the ladder listed (lowest first).
   *
   * @return never null
   */
  public Map<Tier, Long> tierDistribution() {
    Map<Tier, Long> counts = new LinkedHashMap<>();
    ladder.tiers().forEach(t -> counts.put(t, 0L));
    activePartners().forEach(p -> counts.merge(p.tier(), 1L, Long::sum));
    return counts;
  }

  /**
   * Counts the active partners by their latest health band, best band first.
   *
   * @return never null
   */
  public Map<HealthScore.Band, Long> bandDistribution() {
    Map<HealthScore.Band, Long> counts = new EnumMap<>(HealthScore.Band.class);
    for (HealthScore.Band band : HealthScore.Band.values()) {
      counts.put(band, 0L);
    }
    activePartners().forEach(p -> p.band().ifPresent(b -> counts.merge(b, 1L, Long::sum)));
    Map<HealthScore.Band, Long> bestFirst = new LinkedHashMap<>();
    List<HealthScore.Band> bands = new ArrayList<>(List.of(HealthScore.Band.values()));
    java.util.Collections.reverse(bands);
    bands.forEach(b -> bestFirst.put(b, counts.get(b)));
    return bestFirst;
  }

  /**
   * Renders a short summary: the date, the versions and the counts.
   *
   * @return never null
   */
  @Override
  public String toString() {
    return "PortfolioEvaluation[" + programName + " as of " + asOf + ", versions " + versions + ", "
        + partners.size() + " partners, " + deals.size() + " deals]";
  }
}
