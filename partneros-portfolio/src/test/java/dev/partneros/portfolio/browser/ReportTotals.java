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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The evaluation's totals under the names a report marks them with ({@code data-total}), so the
 * browser test can compare each marked total with the evaluation.
 *
 * <p>Names are compared after {@link #normalise(String)} (lower case, without {@code -}, {@code _}
 * and spaces): {@code commission.clawed-back}, {@code commission.clawedBack} and
 * {@code commission.clawed_back} are one name. The names, and what each is:
 * <ul>
 *   <li>{@code partners}, {@code partners.active}: active partners; {@code partners.all}: every
 *       partner; {@code partners.ingrace}, {@code grace}: active partners in grace;
 *   <li>{@code tiers.<tier>}: active partners holding the tier; {@code health.<band>},
 *       {@code bands.<band>}: active partners in the band;
 *   <li>{@code commission.earned} (net of clawbacks, as {@link CommissionOutcome#earned()}),
 *       {@code commission.earnedbeforeclawbacks} or {@code commission.gross},
 *       {@code commission.clawedback}, {@code commission.paid}, {@code commission.balance}: sums over
 *       every partner's statement; {@code commission.partners}: partners with a statement;
 *   <li>{@code mdf.pool} (when given), {@code mdf.entitlement}, {@code mdf.allocated},
 *       {@code mdf.requested}, {@code mdf.granted}: sums over every partner; {@code mdf.requests}: the
 *       requests; {@code mdf.requests.<outcome>}: those with the outcome (granted, partial, rejected);
 *   <li>{@code deals}: every deal; {@code attribution.<type>}: the deal credits of the type
 *       ({@code partnersourced}, {@code partnerinfluenced}, {@code notattributed}, also
 *       {@code sourced}, {@code influenced}, {@code none}).
 * </ul>
 *
 * <p>Immutable and thread-safe.
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
    long active = e.activePartners().size();
    put(totals, active, "partners", "partners.active");
    put(totals, e.partners().size(), "partners.all");
    put(totals, e.inGrace().size(), "partners.ingrace", "grace");
    for (Map.Entry<Tier, Long> t : e.tierDistribution().entrySet()) {
      put(totals, t.getValue(), "tiers." + t.getKey().name());
    }
    for (Map.Entry<HealthScore.Band, Long> b : e.bandDistribution().entrySet()) {
      put(totals, b.getValue(), "health." + b.getKey().name(), "bands." + b.getKey().name());
    }
    put(totals, e.partners().stream().filter(p -> p.commission().isPresent()).count(), "commission.partners");
    commission(totals, e, CommissionOutcome::earned, "commission.earned");
    commission(totals, e, CommissionOutcome::earnedBeforeClawbacks, "commission.earnedbeforeclawbacks",
        "commission.gross");
    commission(totals, e, CommissionOutcome::clawedBack, "commission.clawedback");
    commission(totals, e, CommissionOutcome::paid, "commission.paid");
    commission(totals, e, CommissionOutcome::balance, "commission.balance");
    pool.ifPresent(p -> totals.put("mdf.pool", p.amount()));
    mdf(totals, e, MdfOutcome::entitlement, "mdf.entitlement");
    mdf(totals, e, MdfOutcome::allocated, "mdf.allocated");
    mdf(totals, e, MdfOutcome::granted, "mdf.granted");
    mdf(totals, e, m -> m.requests().stream().map(MdfOutcome.RequestDecision::requested)
        .reduce(Money.zero(e.currency()), Money::plus), "mdf.requested");
    put(totals, e.partners().stream().flatMap(p -> p.mdf().stream()).mapToLong(m -> m.requests().size()).sum(),
        "mdf.requests");
    for (String outcome : new String[] {"GRANTED", "PARTIAL", "REJECTED"}) {
      put(totals, e.partners().stream().flatMap(p -> p.mdf().stream()).flatMap(m -> m.requests().stream())
          .filter(r -> r.outcome().equals(outcome)).count(), "mdf.requests." + outcome);
    }
    put(totals, e.deals().size(), "deals");
    for (AttributionType type : AttributionType.values()) {
      long credits = e.deals().stream().flatMap(d -> d.credits().stream())
          .map(DealResult.PartnerCredit::attribution).filter(a -> a.type() == type).count();
      String alias = switch (type) {
        case PARTNER_SOURCED -> "attribution.sourced";
        case PARTNER_INFLUENCED -> "attribution.influenced";
        default -> "attribution.none";
      };
      put(totals, credits, "attribution." + type.name(), alias);
    }
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
