package dev.partneros.tiers.mdf;

import static dev.partneros.tiers.mdf.MdfFixtures.BENEFITS;
import static dev.partneros.tiers.mdf.MdfFixtures.date;
import static dev.partneros.tiers.mdf.MdfFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.EngineAssertions;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.Rate;
import dev.partneros.core.Tier;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The MDF engines hold no mutable state and are safe to share (docs/rules/mdf.md)")
class MdfEnginesTest {

  @Test
  void engines_holdNoMutableState() {
    MdfPolicy policy = new MdfPolicy.Builder().rollover(Rate.ofPercent(25)).build();
    EngineAssertions.assertStateless(MdfEntitlementCalculator.of(policy, BENEFITS));
    EngineAssertions.assertStateless(MdfRequestDecider.of(policy, BENEFITS));
    EngineAssertions.assertStateless(MdfLifecycle.of(policy, BENEFITS));
    EngineAssertions.assertStateless(CoMarketingBudgeter.of(policy, BENEFITS));
    EngineAssertions.assertStateless(MdfPoolAllocator.of(policy, BENEFITS));
  }

  @Test
  void sharedAllocator_givesTheSameResultOnEightThreads() throws Exception {
    MdfPoolAllocator allocator = MdfPoolAllocator.of(MdfPolicy.standard(), BENEFITS);
    List<PoolCandidate> candidates = new ArrayList<>();
    Tier[] tiers = {Tier.REGISTERED, Tier.SILVER, Tier.GOLD, Tier.PLATINUM};
    for (int i = 0; i < 2_000; i++) {
      candidates.add(new PoolCandidate.Builder().partnerId(PartnerId.of("P-" + i)).tier(tiers[i % 4])
          .pipelinePotential(new java.math.BigDecimal("0.5").add(java.math.BigDecimal.valueOf(i % 16, 1)))
          .joinedOn(date("2025-01-01").plusDays(i % 400)).build());
    }
    MdfPool pool = MdfPool.bySegment(Money.of("12345678.91", "USD"));
    PoolAllocation expected = allocator.allocate(pool, candidates, date("2026-05-10"));
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<PoolAllocation>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(threads.submit(() -> allocator.allocate(pool, candidates, date("2026-05-10"))));
      }
      for (Future<PoolAllocation> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      threads.shutdownNow();
    }
    assertThat(expected.allocated()).isEqualTo(usd(0).plus(expected.pool().amount()).min(expected.totalEntitlement()));
  }
}
