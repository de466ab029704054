package dev.partneros.attribution.commission;

import dev.partneros.attribution.AttributionType;
import dev.partneros.core.DateRange;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.PartnerType;
import dev.partneros.core.Rate;
import dev.partneros.core.Tier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;

/**
 * The jqwik domain of commission facts, plans, bracket tables, clawback schedules and cases, and
 * ledgers (docs/rules/conventions.md): money of scale 2 in USD, dates in 2026 and 2027, every partner
 * type the standard plan pays, every cancellation kind, SPIFF windows, quotas, caps and payout
 * options, so that boundaries (bracket edges, day bands, the minimum payout) are reached. Used
 * through {@code @Domain(CommissionDomain.class)}.
 */
public class CommissionDomain extends DomainContextBase {

  static final Currency USD = Currency.getInstance("USD");
  static final LocalDate START = LocalDate.of(2026, 1, 1);
  static final List<PartnerId> PARTNERS = List.of(PartnerId.of("P-1"), PartnerId.of("P-2"), PartnerId.of("P-3"),
      PartnerId.of("P-4"));
  static final List<PartnerType> TYPES = List.of(PartnerType.REFERRAL, PartnerType.OEM, PartnerType.AFFILIATE,
      PartnerType.SYSTEM_INTEGRATOR, PartnerType.TECHNOLOGY_ISV, PartnerType.RESELLER_VAR);
  static final List<String> PRODUCTS = List.of("A", "B", "C");

  /** Facts plus the as-of date they are evaluated at. */
  public static final class Scenario {
    final CommissionFacts facts;
    final LocalDate asOf;

    Scenario(CommissionFacts facts, LocalDate asOf) {
      this.facts = facts;
      this.asOf = asOf;
    }

    @Override
    public String toString() {
      return "asOf " + asOf + ": " + facts;
    }
  }

  /**
   * Amounts of scale 2 in USD from 0.01 to 400,000, small and bracket-edge values included.
   *
   * @return the arbitrary
   */
  static Arbitrary<Money> amounts() {
    return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("400000")).ofScale(2)
        .edgeCases(c -> c.add(new BigDecimal("99999.99"), new BigDecimal("100000.00"), new BigDecimal("250.00"),
            new BigDecimal("249.95")))
        .map(a -> Money.of(a, USD));
  }

  /**
   * Amounts of scale 2 in USD from 0.00 to 100,000.00 (minimum payouts, for instance).
   *
   * @return the arbitrary
   */
  @Provide
  Arbitrary<Money> money() {
    return Arbitraries.longs().between(0, 10_000_000).map(minor -> Money.ofMinor(minor, USD));
  }

  /**
   * Valid bracket tables: 1 to 5 rows with whole bounds up to 1,000 and rates of scale 2.
   *
   * @return the arbitrary
   */
  @Provide
  Arbitrary<BracketTable> bracketTables() {
    return Arbitraries.integers().between(1, 5).flatMap(rows -> Combinators.combine(
            Arbitraries.integers().between(1, 300).list().ofSize(rows - 1),
            Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(2).list().ofSize(rows))
        .as((widths, rates) -> {
          List<BracketTable.Bracket> brackets = new ArrayList<>();
          long lower = 0;
          for (int i = 0; i < rows; i++) {
            Rate rate = Rate.of(rates.get(i));
            if (i == rows - 1) {
              brackets.add(BracketTable.Bracket.from(lower, rate));
            } else {
              long upper = lower + widths.get(i);
              brackets.add(BracketTable.Bracket.of(lower, upper, rate));
              lower = upper;
            }
          }
          return BracketTable.of(brackets);
        }));
  }

  /**
   * Valid clawback policies: a flat first band, then flat or linear bands never rising, the last
   * unbounded; the standard policy one time in five.
   *
   * @return the arbitrary
   */
  @Provide
  Arbitrary<ClawbackPolicy> clawbackPolicies() {
    Arbitrary<ClawbackPolicy> generated = Combinators.combine(Arbitraries.integers().between(1, 4),
        Arbitraries.longs()).as((bands, seed) -> {
          Random random = new Random(seed);
          List<ClawbackPolicy.Band> schedule = new ArrayList<>();
          int from = 0;
          BigDecimal fraction = BigDecimal.valueOf(random.nextInt(101), 2);
          for (int i = 0; i < bands; i++) {
            if (i == bands - 1) {
              schedule.add(ClawbackPolicy.Band.from(from, Rate.of(fraction)));
              break;
            }
            int until = from + 1 + random.nextInt(120);
            if (random.nextBoolean()) {
              BigDecimal end = BigDecimal.valueOf(random.nextInt(fraction.movePointRight(2).intValue() + 1), 2);
              schedule.add(ClawbackPolicy.Band.linear(from, until, Rate.of(fraction), Rate.of(end)));
              fraction = end;
            } else {
              schedule.add(ClawbackPolicy.Band.flat(from, until, Rate.of(fraction)));
              fraction = BigDecimal.valueOf(random.nextInt(fraction.movePointRight(2).intValue() + 1), 2);
            }
            from = until;
          }
          return new ClawbackPolicy.Builder().schedule(schedule).build();
        });
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.just(ClawbackPolicy.standard())),
        net.jqwik.api.Tuple.of(4, generated));
  }

  /**
   * Clawback cases of every kind, days 0 to 400 (boundaries included), cents amounts.
   *
   * @return the arbitrary
   */
  @Provide
  Arbitrary<ClawbackCase> clawbackCases() {
    return Combinators.combine(Arbitraries.of(CommissionFacts.Cancellation.Kind.class),
            Arbitraries.integers().between(0, 400).edgeCases(c -> c.add(29, 30, 89, 90, 135, 179, 180)),
            Arbitraries.longs().between(0, 5_000_000), Arbitraries.longs().between(0, 5_000_000),
            Arbitraries.longs().between(0, 12_000_000))
        .as((kind, days, paid, accrued, recomputed) -> {
          ClawbackCase.Builder builder = ClawbackCase.builder().dealId("D-1").partner(PARTNERS.get(0)).kind(kind)
              .customerStart(START).effective(START.plusDays(days)).paid(Money.ofMinor(paid, USD))
              .accrued(Money.ofMinor(accrued, USD));
          if (kind == CommissionFacts.Cancellation.Kind.DOWNGRADE || kind == CommissionFacts.Cancellation.Kind.PARTIAL_REFUND) {
            builder.recomputed(Money.ofMinor(recomputed, USD));
          }
          return builder.build();
        });
  }

  /**
   * Commission plans: the standard plan, or one with caps, whole-volume brackets, quarterly
   * payouts, another trigger, holdback or minimum.
   *
   * @return the arbitrary
   */
  @Provide
  Arbitrary<CommissionPlan> plans() {
    return Combinators.combine(Arbitraries.of(PayoutTerms.Trigger.class), Arbitraries.of(PayoutTerms.Period.class),
        Arbitraries.integers().between(0, 45), Arbitraries.of(0, 50, 2_000),
        Arbitraries.of(Optional.<BigDecimal>empty(), Optional.of(new BigDecimal("5000"))),
        Arbitraries.of(Optional.<BigDecimal>empty(), Optional.of(new BigDecimal("40000"))),
        Arbitraries.of(VolumeBrackets.Mode.class)).as((trigger, period, holdback, minimum, perDeal, perPeriod, mode) -> {
          java.util.Map<PartnerType, CommissionPlan.Models> models = CommissionPlan.standardModels();
          models.put(PartnerType.OEM, CommissionPlan.Models.builder().volumeBrackets(VolumeBrackets.of(
              VolumeBrackets.standard().brackets(), mode)).build());
          return CommissionPlan.builder().models(models)
              .payout(new PayoutTerms.Builder().trigger(trigger).period(period).holdbackDays(holdback)
                  .minimumPayout(BigDecimal.valueOf(minimum)).build())
              .caps(new CommissionCaps.Builder().perDeal(perDeal).perPeriod(perPeriod).build()).build();
        });
  }

  /**
   * Fact sets of 1 to 4 partners and up to 25 deals in 2026, with payments, cancellations of every
   * kind, SPIFF windows and quotas, and an as-of date from May 2026 to March 2027.
   *
   * @return the arbitrary
   */
  @Provide
  Arbitrary<Scenario> scenarios() {
    return Combinators.combine(Arbitraries.integers().between(1, 4), Arbitraries.integers().between(0, 25),
        Arbitraries.longs(), Arbitraries.integers().between(120, 450)).as(CommissionDomain::scenario);
  }

  /**
   * The fact set {@link #scenarios()} generates from its four draws, also used with fixed draws.
   *
   * @param partnerCount 1 to 4
   * @param dealCount 0 or more
   * @param seed the seed of everything else
   * @param asOfDay the as-of date, in days after {@link #START}
   * @return the scenario
   */
  static Scenario scenario(int partnerCount, int dealCount, long seed, int asOfDay) {
    Random random = new Random(seed);
    CommissionFacts.Builder facts = CommissionFacts.builder();
    for (int p = 0; p < partnerCount; p++) {
      CommissionFacts.PartnerAccount account = CommissionFacts.PartnerAccount.of(PARTNERS.get(p), TYPES.get(random.nextInt(TYPES.size())),
          START.minusDays(random.nextInt(60)), USD);
      facts.addPartners(new CommissionFacts.PartnerAccount.Builder().from(account).customRebateRate(Rate.ofPercent(6)).build());
    }
    for (int d = 0; d < dealCount; d++) {
      PartnerId partner = PARTNERS.get(random.nextInt(partnerCount));
      LocalDate signed = START.plusDays(random.nextInt(330));
      AttributionType type = AttributionType.values()[random.nextInt(3)];
      Money amount = Money.ofMinor(1 + (long) random.nextInt(40_000_000), USD);
      String id = "D-" + d;
      CommissionDeal.Builder deal = CommissionFixtures.deal(id, partner, amount, signed, type)
          .tier(List.of(Tier.REGISTERED, Tier.SILVER, Tier.GOLD, Tier.PLATINUM).get(random.nextInt(4)))
          .registered(random.nextBoolean()).competitiveDisplacement(random.nextInt(4) == 0);
      LocalDate start = signed.plusDays(random.nextInt(3) == 0 ? random.nextInt(20) : 0);
      deal.customerStart(start);
      for (String product : PRODUCTS) {
        if (random.nextInt(3) == 0) {
          deal.addProducts(product);
        }
      }
      if (random.nextInt(3) == 0) {
        deal.implementationCompleted(signed.plusDays(random.nextInt(60)));
      }
      facts.addDeals(deal.build());
      int payments = random.nextInt(4);
      for (int k = 0; k < payments; k++) {
        facts.addPayments(CommissionFacts.Payment.of(id, start.plusDays(random.nextInt(200)),
            Money.ofMinor(1 + random.nextInt(1_000_000), USD)));
      }
      if (random.nextInt(3) == 0) {
        CommissionFacts.Cancellation.Kind kind = CommissionFacts.Cancellation.Kind.values()[random.nextInt(4)];
        LocalDate effective = start.plusDays(random.nextInt(220));
        CommissionFacts.Cancellation.Builder cancellation = new CommissionFacts.Cancellation.Builder().dealId(id)
            .effective(effective).kind(kind);
        if (kind == CommissionFacts.Cancellation.Kind.DOWNGRADE || kind == CommissionFacts.Cancellation.Kind.PARTIAL_REFUND) {
          cancellation.value(Money.ofMinor(random.nextLong(amount.minorUnits().longValueExact() + 1), USD));
        }
        if (kind == CommissionFacts.Cancellation.Kind.FRAUD) {
          cancellation.partner(partner);
        }
        facts.addCancellations(cancellation.build());
      }
    }
    DateRange year = DateRange.ofClosed(START, START.plusYears(1).minusDays(1));
    for (SpiffTerms.Kind kind : SpiffTerms.Kind.values()) {
      if (random.nextInt(3) == 0) {
        facts.addSpiffWindows(kind == SpiffTerms.Kind.PRODUCT_LAUNCH
            ? CommissionFacts.SpiffWindow.launch(DateRange.ofClosed(START.plusDays(40), START.plusDays(85)), java.util.Set.of("A"))
            : CommissionFacts.SpiffWindow.of(kind, year));
      }
    }
    for (int p = 0; p < partnerCount; p++) {
      if (random.nextBoolean()) {
        LocalDate quarterStart = START.plusMonths(3L * random.nextInt(4));
        facts.addQuotas(CommissionFacts.Quota.of(PARTNERS.get(p), DateRange.ofClosed(quarterStart,
            quarterStart.plusMonths(3).minusDays(1)), Money.ofMinor(random.nextInt(50_000_000), USD)));
      }
    }
    return new Scenario(facts.build(), START.plusDays(asOfDay));
  }
}
