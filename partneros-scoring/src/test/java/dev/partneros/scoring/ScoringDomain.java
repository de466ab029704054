package dev.partneros.scoring;

import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.YearQuarter;
import dev.partneros.scoring.health.HealthFacts;
import java.util.Currency;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;

/** The jqwik domain of the scoring module: health facts whose generators reach every band. */
public class ScoringDomain extends DomainContextBase {

  public static final Currency USD = Currency.getInstance("USD");

  /**
   * Health facts spanning every table's steps and edges (zero prior revenue, missing NPS, active
   * days or cadence).
   *
   * @return the arbitrary
   */
  @Provide
  public Arbitrary<HealthFacts> healthFacts() {
    Arbitrary<Money> prior = Arbitraries.oneOf(Arbitraries.just(Money.zero(USD)),
        Arbitraries.longs().between(1, 50_000_000L).map(m -> Money.ofMinor(m, USD)));
    Arbitrary<Integer> growthPercent = Arbitraries.integers().between(-100, 60);
    Arbitrary<Optional<Integer>> nps = Arbitraries.integers().between(-100, 100).optional(0.9);
    Arbitrary<Integer> deals = Arbitraries.integers().between(0, 8);
    Arbitrary<Boolean> byDays = Arbitraries.of(true, false);
    Arbitrary<Integer> days = Arbitraries.integers().between(0, 92).edgeCases(c -> c.includeOnly(0, 1, 3, 12));
    return Builders.withBuilder(HealthFacts::builder)
        .use(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6).map(PartnerId::of)).in((b, id) -> b.partnerId(id))
        .use(Arbitraries.integers().between(2024, 2027).map(y -> YearQuarter.of(y, 1))).in((b, q) -> b.quarter(q))
        .use(net.jqwik.api.Combinators.combine(prior, growthPercent).as((p, g) -> new Money[] {p,
            p.isZero() ? Money.ofMinor(g > 0 ? g * 1000L : 0, USD)
                : p.multipliedBy(java.math.BigDecimal.valueOf(100 + g).movePointLeft(2), java.math.RoundingMode.HALF_EVEN)}))
        .in((b, pair) -> b.priorYearRevenue(pair[0]).revenue(pair[1]))
        .use(deals).in((b, d) -> b.dealsRegistered(d))
        .use(net.jqwik.api.Combinators.combine(byDays, days, Arbitraries.of(HealthFacts.Cadence.class))
            .as((useDays, d, c) -> useDays ? (Object) d : (Object) c))
        .in((b, e) -> e instanceof Integer ? b.portalActiveDays((Integer) e) : b.engagement((HealthFacts.Cadence) e))
        .use(nps).in((b, n) -> b.nps(n))
        .use(Arbitraries.of(HealthFacts.StrategicFit.class)).in((b, f) -> b.strategicFit(f))
        .build(HealthFacts.Builder::build);
  }
}
