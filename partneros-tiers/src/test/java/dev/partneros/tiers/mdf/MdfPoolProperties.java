package dev.partneros.tiers.mdf;

import static dev.partneros.tiers.mdf.MdfDomain.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.statistics.Statistics;

@Domain(MdfDomain.class)
@Domain(DomainContext.Global.class)
class MdfPoolProperties {

  final MdfPoolAllocator allocator = MdfPoolAllocator.of(MdfPolicy.standard(), MdfFixtures.BENEFITS);

  @Property(tries = 1000)
  void allocationsSumExactlyToMinOfPoolAndEntitlements(@ForAll MdfDomain.PoolCase spec) {
    PoolAllocation result = allocator.allocate(spec.pool(), spec.candidates(), AS_OF);
    List<Money> caps = new ArrayList<>();
    result.allocations().forEach(a -> caps.add(a.cap()));
    Money capacity = Money.total(caps, MdfFixtures.USD);
    Money expected = spec.pool().amount().min(capacity);
    assertThat(result.allocated()).isEqualTo(expected);
    if (spec.pool().period() == MdfPool.Period.FISCAL_YEAR) {
      assertThat(capacity).isEqualTo(result.totalEntitlement());
    }
    Statistics.label("binding").collect(spec.pool().amount().compareTo(capacity) >= 0 ? "entitlements bind"
        : "pool binds");
    Statistics.label("split").collect(spec.pool().bySegment() ? "by segment" : "all at once");
    Statistics.label("binding").coverage(c -> {
      c.check("entitlements bind").percentage(p -> p > 5);
      c.check("pool binds").percentage(p -> p > 30);
    });
    Statistics.label("split").coverage(c -> c.check("by segment").percentage(p -> p > 20));
  }

  @Property(tries = 1000)
  void noPartnerEverReceivesMoreThanItsEntitlementOrCap(@ForAll MdfDomain.PoolCase spec) {
    PoolAllocation result = allocator.allocate(spec.pool(), spec.candidates(), AS_OF);
    assertThat(result.allocations()).hasSize(spec.candidates().size()).allSatisfy(a -> {
      assertThat(a.allocation().isNegative()).isFalse();
      assertThat(a.allocation()).isLessThanOrEqualTo(a.cap());
      assertThat(a.cap()).isLessThanOrEqualTo(a.entitlement());
      if (spec.pool().period() == MdfPool.Period.FISCAL_QUARTER) {
        assertThat(a.allocation()).isLessThanOrEqualTo(MdfFixtures.BENEFITS.mdfQuarterlyCap(a.tier()));
      }
      if (a.limitedBy() == PoolAllocation.Limit.ENTITLEMENT || a.limitedBy() == PoolAllocation.Limit.QUARTERLY_CAP) {
        assertThat(a.allocation()).isEqualTo(a.cap());
      }
    });
  }

  // jqwik's default tries (1,000) in every build: its coverage check (a raise that grows the
  // allocation in over 4 % of the cases) needs them.
  @Property
  void aLargerBudgetNeverYieldsASmallerAllocation(@ForAll MdfDomain.PoolCase spec, @ForAll("index") int pick,
      @ForAll("raise") BigDecimal raise) {
    List<PoolCandidate> candidates = spec.candidates();
    int i = pick % candidates.size();
    PoolCandidate before = candidates.get(i);
    BigDecimal higher = before.pipelinePotential().add(raise).min(new BigDecimal("2.0"));
    List<PoolCandidate> raised = new ArrayList<>(candidates);
    raised.set(i, new PoolCandidate.Builder().from(before).pipelinePotential(higher).build());
    PartnerId id = before.partnerId();
    Money was = allocator.allocate(spec.pool(), candidates, AS_OF).allocation(id).orElseThrow().allocation();
    PoolAllocation.PartnerAllocation now = allocator.allocate(spec.pool(), raised, AS_OF).allocation(id).orElseThrow();
    assertThat(now.allocation()).isGreaterThanOrEqualTo(was);
    Statistics.label("raised").collect(now.allocation().isGreaterThan(was) ? "grew" : "same");
    Statistics.label("raised").coverage(c -> c.check("grew").percentage(p -> p > 4));
  }

  @Property(tries = 1000)
  void theSameInputsAlwaysGiveTheSameAllocation(@ForAll MdfDomain.PoolCase spec) {
    PoolAllocation first = allocator.allocate(spec.pool(), spec.candidates(), AS_OF);
    PoolAllocation again = MdfPoolAllocator.of(MdfPolicy.standard(), MdfFixtures.BENEFITS)
        .allocate(spec.pool(), List.copyOf(spec.candidates()), AS_OF);
    assertThat(again).isEqualTo(first);
  }

  @Property(tries = 1000)
  void allocationIsIndependentOfTheOrderPartnersAreGivenIn(@ForAll MdfDomain.PoolCase spec, @ForAll long seed) {
    List<PoolCandidate> shuffled = new ArrayList<>(spec.candidates());
    Collections.shuffle(shuffled, new Random(seed));
    assertThat(allocator.allocate(spec.pool(), shuffled, AS_OF))
        .isEqualTo(allocator.allocate(spec.pool(), spec.candidates(), AS_OF));
  }

  @Property(tries = 1000)
  void allocationsAreWithinACentOfTheExactWaterFilling(@ForAll MdfDomain.PoolCase spec) {
    MdfPool pool = new MdfPool.Builder().from(spec.pool()).bySegment(false).build();
    PoolAllocation result = allocator.allocate(pool, spec.candidates(), AS_OF);
    List<BigDecimal> exact = referenceWaterFilling(pool.amount().amount(), result.allocations());
    for (int i = 0; i < exact.size(); i++) {
      assertThat(result.allocations().get(i).allocation().amount().subtract(exact.get(i)).abs())
          .isLessThan(new BigDecimal("0.01"));
    }
    boolean ends = spec.candidates().stream().anyMatch(c -> c.pipelinePotential().compareTo(new BigDecimal("0.5")) == 0
        || c.pipelinePotential().compareTo(new BigDecimal("2.0")) == 0);
    Statistics.label("multiplier at a range end").collect(ends);
    Statistics.label("multiplier at a range end").coverage(c -> c.check(true).percentage(p -> p > 20));
  }

  /**
   * The exact shares of the water-filling ({@code docs/rules/mdf.md#pool-allocation},
   * "redistributing what a cap frees"): raise a common level until each partner either reaches its
   * cap or takes level x budget.
   */
  static List<BigDecimal> referenceWaterFilling(BigDecimal total, List<PoolAllocation.PartnerAllocation> partners) {
    java.math.MathContext mc = java.math.MathContext.DECIMAL128;
    int n = partners.size();
    BigDecimal[] share = new BigDecimal[n];
    boolean[] fixed = new boolean[n];
    BigDecimal remaining = total;
    for (int i = 0; i < n; i++) {
      share[i] = BigDecimal.ZERO;
      if (!partners.get(i).budget().isPositive() || partners.get(i).cap().isZero()) {
        fixed[i] = true;
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      BigDecimal weights = BigDecimal.ZERO;
      for (int i = 0; i < n; i++) {
        if (!fixed[i]) {
          weights = weights.add(partners.get(i).budget().amount());
        }
      }
      if (weights.signum() == 0) {
        break;
      }
      BigDecimal level = remaining.divide(weights, mc);
      for (int i = 0; i < n; i++) {
        BigDecimal cap = partners.get(i).cap().amount();
        if (!fixed[i] && level.multiply(partners.get(i).budget().amount(), mc).compareTo(cap) >= 0) {
          fixed[i] = true;
          share[i] = cap;
          remaining = remaining.subtract(cap);
          changed = true;
        }
      }
      if (!changed) {
        for (int i = 0; i < n; i++) {
          if (!fixed[i]) {
            share[i] = level.multiply(partners.get(i).budget().amount(), mc);
          }
        }
      }
    }
    return List.of(share);
  }

  @Property(tries = 1000)
  void allocationsRoundTripThroughJson(@ForAll MdfDomain.PoolCase spec) {
    PoolAllocation result = allocator.allocate(spec.pool(), spec.candidates(), AS_OF);
    JsonRoundTrip.assertRoundTrips(result, PoolAllocation.class);
    JsonRoundTrip.assertRoundTrips(spec.pool(), MdfPool.class);
    spec.candidates().forEach(c -> JsonRoundTrip.assertRoundTrips(c, PoolCandidate.class));
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Integer> index() {
    return net.jqwik.api.Arbitraries.integers().between(0, 1000);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<BigDecimal> raise() {
    return net.jqwik.api.Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("1.5")).ofScale(2);
  }
}
