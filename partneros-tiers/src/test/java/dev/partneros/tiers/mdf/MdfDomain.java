package dev.partneros.tiers.mdf;

import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.Rate;
import dev.partneros.core.Tier;
import dev.partneros.core.TierLadder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;

/**
 * The jqwik domain of MDF (docs/rules/conventions.md): pool candidates of every standard tier with
 * multipliers on and inside their range ends, pools around the sum of the entitlements, request
 * histories that run into the quarterly cap and the annual balance, and policy variations. Used
 * through {@code @Domain(MdfDomain.class)}.
 */
public class MdfDomain extends DomainContextBase {

  static final LocalDate AS_OF = LocalDate.of(2026, 5, 10);
  static final List<Tier> TIERS = TierLadder.standard().tiers();

  /** A pool and its candidates (unique ids). */
  record PoolCase(MdfPool pool, List<PoolCandidate> candidates) {}

  /** One request of a history: days after the start of the year, an activity, an amount in cents. */
  record RequestSpec(int day, ActivityType activity, long cents) {}

  /** A partner's tier, its sourced ARR and a chronological history of requests over a fiscal year and a bit. */
  record History(Tier tier, Money sourcedArr, List<RequestSpec> requests) {}

  static Arbitrary<BigDecimal> multiplier(String min, String max) {
    return Arbitraries.oneOf(Arbitraries.of(new BigDecimal(min), new BigDecimal(max)),
        Arbitraries.bigDecimals().between(new BigDecimal(min), new BigDecimal(max)).ofScale(2));
  }

  static Arbitrary<PoolCandidate> candidate(int index) {
    Arbitrary<Optional<LocalDate>> joined = Arbitraries.integers().between(0, 800)
        .map(days -> AS_OF.minusDays(days)).optional(0.6);
    return Combinators.combine(Arbitraries.of(TIERS), multiplier("0.5", "2.0"), multiplier("0.8", "1.5"), joined)
        .as((tier, pipeline, strategic, joinedOn) -> new PoolCandidate.Builder()
            .partnerId(PartnerId.of(String.format(java.util.Locale.ROOT, "P-%03d", index))).tier(tier)
            .pipelinePotential(pipeline).strategicValue(strategic).joinedOn(joinedOn).build());
  }

  /**
   * Lists of 1 to 25 candidates with unique ids (in a shuffled order).
   *
   * @return the arbitrary
   */
  @Provide
  public Arbitrary<List<PoolCandidate>> candidates() {
    return Arbitraries.integers().between(1, 25).flatMap(n -> {
      List<Arbitrary<PoolCandidate>> each = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        each.add(candidate(i));
      }
      return Combinators.combine(each).as(list -> list).flatMap(list -> Arbitraries.shuffle(list));
    });
  }

  /**
   * Pools from zero to about twice the candidates' entitlements, for the year or a quarter, split by
   * segment or not.
   *
   * @return the arbitrary
   */
  @Provide
  public Arbitrary<PoolCase> pools() {
    return candidates().flatMap(list -> {
      long entitled = 0;
      for (PoolCandidate c : list) {
        entitled += MdfFixtures.BENEFITS.mdfAnnualAllocation(c.tier()).minorUnits().longValue();
      }
      long max = Math.max(100, entitled * 2);
      Arbitrary<Long> cents = Arbitraries.oneOf(Arbitraries.longs().between(0, max),
          Arbitraries.just(entitled), Arbitraries.longs().between(0, 1_000));
      return Combinators.combine(cents, Arbitraries.of(MdfPool.Period.values()), Arbitraries.of(true, false))
          .as((amount, period, bySegment) -> new PoolCase(new MdfPool.Builder()
              .amount(Money.ofMinor(amount, MdfFixtures.USD)).period(period).bySegment(bySegment).build(), list));
    });
  }

  /**
   * Histories of up to 30 requests over 15 months, for every tier, mostly eligible, amounts from two
   * cents (so that a 50 % co-op match is at least a cent) to 40,000.
   *
   * @return the arbitrary
   */
  @Provide
  public Arbitrary<History> histories() {
    Arbitrary<RequestSpec> request = Combinators.combine(Arbitraries.integers().between(0, 450),
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(8, Arbitraries.of(ActivityType.EVENTS, ActivityType.WEBINARS, ActivityType.CONTENT)),
            net.jqwik.api.Tuple.of(1, Arbitraries.of(ActivityType.SWAG, ActivityType.OTHER))),
        Arbitraries.oneOf(Arbitraries.longs().between(2, 4_000_000L), Arbitraries.of(499_999L, 500_000L, 200_000L,
            1_000_000L, 3_500_000L)))
        .as(RequestSpec::new);
    Arbitrary<Money> arr = Arbitraries.of(Money.of(25_000, MdfFixtures.USD), Money.of(100_000, MdfFixtures.USD),
        Money.of("24999.99", "USD"));
    return Combinators.combine(Arbitraries.of(TIERS), arr, request.list().ofMaxSize(30))
        .as((tier, sourced, list) -> {
          List<RequestSpec> sorted = new ArrayList<>(list);
          sorted.sort(java.util.Comparator.comparingInt(RequestSpec::day));
          return new History(tier, sourced, sorted);
        });
  }

  /**
   * Policy variations: model, rollover, routing threshold, minimum tier and sourced ARR, days,
   * allowed uses.
   *
   * @return the arbitrary
   */
  @Provide
  public Arbitrary<MdfPolicy> policies() {
    return Combinators.combine(Arbitraries.of(MdfPolicy.FundingModel.values()),
        Arbitraries.of(Rate.ZERO, Rate.ofPercent(50), Rate.ONE, Rate.of("0.125")),
        Arbitraries.longs().between(1, 1_000_000).map(c -> Money.ofMinor(c, MdfFixtures.USD)),
        Arbitraries.of(TIERS), Arbitraries.integers().between(1, 365),
        Arbitraries.subsetOf(ActivityType.values()).map(set -> {
          List<ActivityType> uses = new ArrayList<>(set);
          uses.sort(null);
          return uses;
        }))
        .as((model, rollover, director, minimum, days, uses) -> new MdfPolicy.Builder().model(model).rollover(rollover)
            .routing(List.of(MdfPolicy.ApprovalStep.of(Money.zero(MdfFixtures.USD), Approver.PARTNER_MANAGER),
                MdfPolicy.ApprovalStep.of(director, Approver.DIRECTOR)))
            .minimumTier(minimum).minimumSourcedArr(Money.ofMinor(director.minorUnits().longValue() * 3,
                MdfFixtures.USD))
            .roiReportDays(days).allowedUses(uses).build());
  }
}
