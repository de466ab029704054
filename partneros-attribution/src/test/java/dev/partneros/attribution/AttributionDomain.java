package dev.partneros.attribution;

import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.Rate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.domains.DomainContextBase;

/**
 * The jqwik domain of attribution facts and policies (docs/rules/conventions.md): closed deals with
 * touches before and after close (so same-day ties and post-close touches are common), with
 * registrations, direct engagements, dependency marks and, for about a third, custom weights;
 * affiliate conversions; and policies across their legal ranges. Used through
 * {@code @Domain(AttributionDomain.class)}.
 */
public class AttributionDomain extends DomainContextBase {

  /** Day 0 of every generated deal. */
  static final LocalDate START = LocalDate.of(2026, 1, 1);

  /** A small pool, so partners collide and ties on dates and ids happen. */
  static final List<PartnerId> PARTNERS = List.of(PartnerId.of("P-1"), PartnerId.of("P-2"), PartnerId.of("P-3"),
      PartnerId.of("P-4"), PartnerId.of("P-5"));

  /**
   * Partner ids from the pool.
   *
   * @return the arbitrary
   */
  @Provide
  public Arbitrary<PartnerId> partners() {
    return Arbitraries.of(PARTNERS);
  }

  /**
   * Amounts of scale 2 in USD (sometimes JPY), zero and one cent included.
   *
   * @return the arbitrary
   */
  static Arbitrary<Money> amounts() {
    Arbitrary<Money> usd = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("10000000")).ofScale(2)
        .edgeCases(c -> c.add(new BigDecimal("0.01"))).map(a -> Money.of(a, Currency.getInstance("USD")));
    Arbitrary<Money> jpy = Arbitraries.longs().between(0, 1_000_000).map(a -> Money.of(a, Currency.getInstance("JPY")));
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, usd), net.jqwik.api.Tuple.of(1, jpy));
  }

  static Arbitrary<Deal.PartnerTouch> touches(int closeDay) {
    return Combinators.combine(Arbitraries.of(PARTNERS), Arbitraries.integers().between(0, closeDay + closeDay / 4 + 1),
            Arbitraries.of(TouchKind.class), Arbitraries.of(true, false), Arbitraries.of(true, false))
        .as((partner, day, kind, lead, documented) -> new Deal.PartnerTouch.Builder().partner(partner)
            .date(START.plusDays(day)).kind(kind).channelLead(lead).documented(documented).build());
  }

  static Arbitrary<Deal.Registration> registrations(int closeDay) {
    return Combinators.combine(Arbitraries.of(PARTNERS), Arbitraries.integers().between(0, closeDay + 5),
            Arbitraries.integers().between(1, 60).injectNull(0.7))
        .as((partner, day, protection) -> new Deal.Registration.Builder().partner(partner).date(START.plusDays(day))
            .protectionDays(java.util.Optional.ofNullable(protection)).build());
  }

  /** Weights in whole percent over 1 to 4 partners, adding up to exactly 1. */
  static Arbitrary<TreeMap<PartnerId, Rate>> customWeights() {
    return Arbitraries.of(PARTNERS).set().ofMinSize(1).ofMaxSize(4).flatMap(partners ->
        Arbitraries.integers().between(0, 100).list().ofSize(partners.size()).map(raw -> {
          int sum = raw.stream().mapToInt(Integer::intValue).sum();
          List<PartnerId> keys = new ArrayList<>(new java.util.TreeSet<>(partners));
          TreeMap<PartnerId, Rate> weights = new TreeMap<>();
          int given = 0;
          for (int i = 0; i < keys.size(); i++) {
            int percent = i == keys.size() - 1 ? 100 - given
                : sum == 0 ? 0 : raw.get(i) * 100 / sum;
            given += percent;
            weights.put(keys.get(i), Rate.ofPercent(percent));
          }
          return weights;
        }));
  }

  /**
   * Closed deals (won, sometimes lost) with 1 to 12 touches, some after close.
   *
   * @return the arbitrary
   */
  @Provide
  public Arbitrary<Deal> deals() {
    return Arbitraries.integers().between(0, 60).withDistribution(RandomDistribution.uniform())
        .flatMap(closeDay -> Combinators.combine(
            amounts(),
            Arbitraries.of(CloseStatus.WON, CloseStatus.WON, CloseStatus.LOST),
            Arbitraries.integers().between(0, closeDay),
            touches(closeDay).list().ofMinSize(1).ofMaxSize(12).withSizeDistribution(RandomDistribution.uniform()),
            registrations(closeDay).list().ofMaxSize(4).withSizeDistribution(RandomDistribution.uniform()),
            Arbitraries.integers().between(-10, closeDay + 10).list().ofMaxSize(2).withSizeDistribution(RandomDistribution.uniform()),
            Arbitraries.of(PARTNERS).set().ofMaxSize(3),
            customWeights().injectNull(0.6))
        .as((amount, status, firstContact, touches, registrations, direct, dependent, weights) -> {
          Deal.Builder deal = Deal.builder().id("D-" + closeDay).account("ACME").amount(amount).created(START)
              .status(status).closed(START.plusDays(closeDay)).firstContact(START.plusDays(firstContact))
              .touches(touches).registrations(registrations).dependentOn(dependent);
          direct.forEach(d -> deal.addDirectEngagements(Deal.DirectEngagement.on(START.plusDays(d))));
          if (weights != null) {
            deal.customWeights(weights);
          }
          return deal.build();
        }));
  }

  /**
   * Affiliate conversions on day 100 with up to 8 clicks from 10 days after to 120 days before,
   * the customer sometimes an affiliate of the pool.
   *
   * @return the arbitrary
   */
  @Provide
  public Arbitrary<AffiliateConversion> conversions() {
    Arbitrary<AffiliateConversion.Click> clicks = Combinators.combine(Arbitraries.of(PARTNERS),
            Arbitraries.integers().between(-20, 110))
        .as((affiliate, day) -> AffiliateConversion.Click.of(affiliate, START.plusDays(day)));
    return Combinators.combine(clicks.list().ofMaxSize(8).withSizeDistribution(RandomDistribution.uniform()), Arbitraries.of(PARTNERS).injectNull(0.6))
        .as((list, self) -> AffiliateConversion.builder().id("C-1").customer("ACME").date(START.plusDays(100))
            .clicks(list).customerAffiliateId(java.util.Optional.ofNullable(self)).build());
  }

  /**
   * Policies across their legal ranges.
   *
   * @return the arbitrary
   */
  @Provide
  public Arbitrary<AttributionPolicy> policies() {
    Arbitrary<Rate> percents = Arbitraries.integers().between(0, 100).map(Rate::ofPercent);
    Arbitrary<AttributionPolicy.PositionWeights> positions = Combinators.combine(Arbitraries.integers().between(0, 100),
            Arbitraries.integers().between(0, 100))
        .as((a, b) -> AttributionPolicy.PositionWeights.of(Rate.ofPercent(Math.min(a, b)), Rate.ofPercent(Math.max(a, b) - Math.min(a, b)),
            Rate.ofPercent(100 - Math.max(a, b))));
    Arbitrary<EnumSet<TouchKind>> kinds = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.just(EnumSet.copyOf(AttributionPolicy.standard().creditedTouchKinds()))),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(TouchKind.class).set().ofMinSize(1).map(EnumSet::copyOf)));
    Arbitrary<Rate[]> factors = Combinators.combine(percents, percents)
        .as((a, b) -> a.compareTo(b) >= 0 ? new Rate[] {a, b} : new Rate[] {b, a});
    return Combinators.combine(
            Arbitraries.integers().between(0, 30),
            factors,
            Arbitraries.integers().between(1, 90),
            Arbitraries.of(30, 60, 90, 1, 365),
            Arbitraries.of(AttributionPolicy.CreditModel.class),
            Arbitraries.integers().between(1, 30),
            positions,
            kinds)
        .as((window, factor, protection, affiliate, model, halfLife, weights, credited) ->
            new AttributionPolicy.Builder()
                .registrationWindowDays(window)
                .sourcedCreditFactor(factor[0])
                .influencedCreditFactor(factor[1])
                .protectionDays(protection)
                .affiliateWindowDays(affiliate)
                .multiTouchModel(model)
                .halfLifeDays(halfLife)
                .positionWeights(weights)
                .creditedTouchKinds(credited)
                .build());
  }
}
