package dev.partneros.portfolio.browser;

import static java.util.Objects.requireNonNull;

import dev.partneros.attribution.AttributionType;
import dev.partneros.core.Money;
import dev.partneros.core.Tier;
import dev.partneros.portfolio.CommissionOutcome;
import dev.partneros.portfolio.DealResult;
import dev.partneros.portfolio.MdfOutcome;
import dev.partneros.portfolio.PartnerResult;
import dev.partneros.portfolio.PortfolioEvaluation;
import dev.partneros.scoring.health.HealthScore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The evaluation's totals under the names {@code report.html} marks them with ({@code data-total},
 * listed in {@code docs/formats.md#reporthtml}), computed here from the evaluation on their own, so
 * the browser test can compare each marked total with the evaluation.
 *
 * <p>Names are compared after {@link #normalise(String)} (lower case, without {@code -}, {@code _}
 * and spaces): {@code commission.clawedBack} and {@code commission.clawed_back} are one name. The
 * names, and what each is:
 * <ul>
 *   <li>{@code partners.active} (also {@code partners}): active partners; {@code tiers.inGrace}
 *       (also {@code partners.inGrace}): active partners in grace; {@code tiers.<TIER>}: active
 *       partners holding the tier;
 *   <li>{@code health.<BAND>}: active partners in the band; {@code health.improved},
 *       {@code health.worsened}, {@code health.unchanged}: active partners whose latest band is
 *       better than, worse than or the same as the previous one (those with a previous band);
 *   <li>{@code commission.earned} (before clawbacks, {@link CommissionOutcome#earnedBeforeClawbacks()};
 *       also {@code commission.earnedBeforeClawbacks}), {@code commission.clawedBack},
 *       {@code commission.net} (earned net of clawbacks, {@link CommissionOutcome#earned()}),
 *       {@code commission.paid}, {@code commission.balance}: sums over every partner's statement;
 *   <li>{@code mdf.pool} (when given), {@code mdf.entitlement}, {@code mdf.allocated},
 *       {@code mdf.requested}, {@code mdf.granted}: sums over every partner; {@code mdf.requests}: the
 *       requests; {@code mdf.requests.<DECISION>}: those decided so ({@code GRANTED}, {@code PARTIAL},
 *       {@code REJECTED});
 *   <li>{@code attribution.<TYPE>}: the partners (known to the book) named on deals won in the 12
 *       months to the as-of date, by their classification on the deal;
 *   <li>{@code book.partners}, {@code book.deals}: the partners and deals evaluated (a streamed
 *       book's page); {@code segments.<SEGMENT>}: the partners assigned the segment.
 * </ul>
 *
 * <p>Stateless; thread-safe.
 */
final class ReportTotals {

  private ReportTotals() {}

  /**
   * Normalises a total's name: lower case, without {@code -}, {@code _} and white space.
   *
   * @param name not null
   * @return never null
   */
  static String normalise(String name) {
    return requireNonNull(name, "name").toLowerCase(Locale.ROOT).replaceAll("[-_\\s]", "");
  }

  /**
   * Returns the evaluation's totals by normalised name.
   *
   * @param e the evaluation, not null
   * @param pool the MDF pool the evaluation allocated, when known
   * @return a sorted map, never null
   */
  static Map<String, BigDecimal> of(PortfolioEvaluation e, Optional<Money> pool) {
    requireNonNull(e, "e");
    Map<String, BigDecimal> totals = new TreeMap<>();
    put(totals, e.activePartners().size(), "partners.active", "partners");
    put(totals, e.inGrace().size(), "tiers.inGrace", "partners.inGrace");
    for (Map.Entry<Tier, Long> t : e.tierDistribution().entrySet()) {
      put(totals, t.getValue(), "tiers." + t.getKey().name());
    }
    for (Map.Entry<HealthScore.Band, Long> b : e.bandDistribution().entrySet()) {
      put(totals, b.getValue(), "health." + b.getKey().name());
    }
    List<Integer> moves = e.activePartners().stream().flatMap(p -> p.currentHealth().stream())
        .map(h -> h.score()).filter(s -> s.previousBand().isPresent())
        .map(s -> Integer.signum(s.band().compareTo(s.previousBand().get()))).collect(Collectors.toList());
    put(totals, moves.stream().filter(m -> m > 0).count(), "health.improved");
    put(totals, moves.stream().filter(m -> m < 0).count(), "health.worsened");
    put(totals, moves.stream().filter(m -> m == 0).count(), "health.unchanged");
    commission(totals, e, CommissionOutcome::earnedBeforeClawbacks, "commission.earned",
        "commission.earnedBeforeClawbacks");
    commission(totals, e, CommissionOutcome::clawedBack, "commission.clawedBack");
    commission(totals, e, CommissionOutcome::earned, "commission.net");
    commission(totals, e, CommissionOutcome::paid, "commission.paid");
    commission(totals, e, CommissionOutcome::balance, "commission.balance");
    pool.ifPresent(p -> totals.put("mdf.pool", p.amount()));
    mdf(totals, e, MdfOutcome::entitlement, "mdf.entitlement");
    mdf(totals, e, MdfOutcome::allocated, "mdf.allocated");
    mdf(totals, e, MdfOutcome::granted, "mdf.granted");
    mdf(totals, e, m -> m.requests().stream().map(MdfOutcome.RequestDecision::requested)
        .reduce(Money.zero(e.currency()), Money::plus), "mdf.requested");
    List<MdfOutcome.RequestDecision> requests = e.partners().stream().flatMap(p -> p.mdf().stream())
        .flatMap(m -> m.requests().stream()).collect(Collectors.toList());
    put(totals, requests.size(), "mdf.requests");
    for (String decision : new String[] {"GRANTED", "PARTIAL", "REJECTED"}) {
      put(totals, requests.stream().filter(r -> r.outcome().equals(decision)).count(), "mdf.requests." + decision);
    }
    LocalDate yearAgo = e.asOf().minusYears(1);
    Set<String> known = e.partners().stream().map(PartnerResult::id).collect(Collectors.toSet());
    for (AttributionType type : AttributionType.values()) {
      put(totals, e.deals().stream().filter(DealResult::isWon)
          .filter(d -> d.closed().filter(c -> c.isAfter(yearAgo) && !c.isAfter(e.asOf())).isPresent())
          .flatMap(d -> d.credits().stream()).filter(c -> known.contains(c.partner().value()))
          .filter(c -> c.attribution().type() == type).count(), "attribution." + type.name());
    }
    put(totals, e.partners().size(), "book.partners");
    put(totals, e.deals().size(), "book.deals");
    e.program().segments().stream().collect(Collectors.groupingBy(a -> a.segment().name(), Collectors.counting()))
        .forEach((segment, n) -> put(totals, n, "segments." + segment));
    return totals;
  }

  private static void put(Map<String, BigDecimal> totals, long value, String... names) {
    for (String name : names) {
      totals.put(normalise(name), BigDecimal.valueOf(value));
    }
  }

  private static void commission(Map<String, BigDecimal> totals, PortfolioEvaluation e,
      Function<CommissionOutcome, Money> amount, String... names) {
    sum(totals, e, p -> p.commission().map(amount), names);
  }

  private static void mdf(Map<String, BigDecimal> totals, PortfolioEvaluation e, Function<MdfOutcome, Money> amount,
      String... names) {
    sum(totals, e, p -> p.mdf().map(amount), names);
  }

  private static void sum(Map<String, BigDecimal> totals, PortfolioEvaluation e,
      Function<PartnerResult, Optional<Money>> amount, String... names) {
    if (e.partners().stream().map(amount).noneMatch(Optional::isPresent)) {
      return; // the module was not installed: no such total
    }
    BigDecimal sum = e.partners().stream().map(amount).flatMap(Optional::stream).map(Money::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    for (String name : names) {
      totals.put(normalise(name), sum);
    }
  }
}
