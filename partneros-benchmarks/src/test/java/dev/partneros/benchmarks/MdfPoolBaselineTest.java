package dev.partneros.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.tiers.BenefitsMatrix;
import dev.partneros.tiers.mdf.MdfPolicy;
import dev.partneros.tiers.mdf.MdfPool;
import dev.partneros.tiers.mdf.MdfPoolAllocator;
import dev.partneros.tiers.mdf.PoolAllocation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The hand-written {@link MdfPoolBaseline} allocates what the engine does on the benchmark inputs. */
class MdfPoolBaselineTest {

  @Test
  void allocatesEveryBenchmarkPartnerTheEnginesAmountToTheCent() {
    MdfBenchmark bench = new MdfBenchmark();
    bench.partners = 10_000;
    bench.setUp();
    MdfPoolAllocator allocator = MdfPoolAllocator.of(MdfPolicy.standard(), BenefitsMatrix.standard());
    Set<PoolAllocation.Limit> limits = EnumSet.noneOf(PoolAllocation.Limit.class);
    // The benchmark's pool (half the entitlements), and one of 90 % where many partners reach their cap.
    for (MdfPool pool : List.of(bench.pool, MdfPool.of(bench.pool.amount().multipliedBy(new BigDecimal("1.8"),
        RoundingMode.DOWN)))) {
      PoolAllocation engine = allocator.allocate(pool, bench.candidates, MdfBenchmark.AS_OF);
      List<BigDecimal> baseline = MdfPoolBaseline.allocate(pool.amount().amount(), bench.candidates);
      assertThat(baseline).hasSameSizeAs(engine.allocations());
      for (int i = 0; i < baseline.size(); i++) {
        assertThat(baseline.get(i)).as("partner %s", engine.allocations().get(i).partnerId())
            .isEqualTo(engine.allocations().get(i).allocation().amount());
      }
      engine.allocations().forEach(a -> limits.add(a.limitedBy()));
    }
    assertThat(limits).as("partners capped, sharing the pool, without entitlement")
        .contains(PoolAllocation.Limit.ENTITLEMENT, PoolAllocation.Limit.POOL, PoolAllocation.Limit.NO_ENTITLEMENT);
  }
}
