package dev.partneros.benchmarks;

import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.Tier;
import dev.partneros.tiers.BenefitsMatrix;
import dev.partneros.tiers.mdf.MdfPolicy;
import dev.partneros.tiers.mdf.MdfPool;
import dev.partneros.tiers.mdf.MdfPoolAllocator;
import dev.partneros.tiers.mdf.PoolAllocation;
import dev.partneros.tiers.mdf.PoolCandidate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * MDF pool allocation ({@code docs/rules/mdf.md}) over a portfolio of {@code partners} partners of
 * the standard program (tiers spread over the ladder, co-marketing multipliers across their
 * ranges, a fifth of them new): a program-level pool of about half the entitlements split in
 * proportion to the co-marketing budgets under the entitlement caps, all at once and by segment
 * first (60 % Gold and Platinum, 30 % Silver, 10 % new partners). Penny-exact and deterministic;
 * the explanation is left unrendered. {@link #baseline()} runs the hand-written
 * {@link MdfPoolBaseline} on the same pool and candidates as {@link #allocate()} (the target:
 * the engine at least 0.5x its throughput).
 *
 * <p>Run: {@code mvn -B -q -DskipTests package -pl partneros-benchmarks -am} then
 * {@code java -cp "$(cat partneros-benchmarks/target/classpath.txt):partneros-benchmarks/target/classes"
 * org.openjdk.jmh.Main MdfBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class MdfBenchmark {

  /** Number of partners sharing the pool. */
  @Param({"10000", "100000"})
  public int partners;

  static final LocalDate AS_OF = LocalDate.of(2026, 5, 10);

  private MdfPoolAllocator allocator;
  List<PoolCandidate> candidates;
  MdfPool pool;
  private MdfPool bySegment;

  /** Generates the portfolio from a fixed seed. */
  @Setup
  public void setUp() {
    Random random = new Random(42);
    Currency usd = Currency.getInstance("USD");
    BenefitsMatrix benefits = BenefitsMatrix.standard();
    allocator = MdfPoolAllocator.of(MdfPolicy.standard(), benefits);
    Tier[] tiers = {Tier.REGISTERED, Tier.SILVER, Tier.SILVER, Tier.GOLD, Tier.GOLD, Tier.PLATINUM};
    candidates = new ArrayList<>(partners);
    long entitled = 0;
    for (int i = 0; i < partners; i++) {
      Tier tier = tiers[random.nextInt(tiers.length)];
      entitled += benefits.mdfAnnualAllocation(tier).minorUnits().longValueExact();
      PoolCandidate.Builder candidate = PoolCandidate.builder()
          .partnerId(PartnerId.of(String.format(java.util.Locale.ROOT, "P-%07d", random.nextInt(100_000_000))
              + "-" + i))
          .tier(tier)
          .pipelinePotential(BigDecimal.valueOf(50 + random.nextInt(151), 2))
          .strategicValue(BigDecimal.valueOf(80 + random.nextInt(71), 2));
      if (random.nextInt(5) == 0) {
        candidate.joinedOn(AS_OF.minusDays(random.nextInt(365)));
      }
      candidates.add(candidate.build());
    }
    Money half = Money.ofMinor(entitled / 2, usd);
    pool = MdfPool.of(half);
    bySegment = MdfPool.bySegment(half);
  }

  /**
   * Splits the pool across every partner at once.
   *
   * @return the allocation
   */
  @Benchmark
  public PoolAllocation allocate() {
    return allocator.allocate(pool, candidates, AS_OF);
  }

  /**
   * Splits the pool by segment first, then within each segment.
   *
   * @return the allocation
   */
  @Benchmark
  public PoolAllocation allocateBySegment() {
    return allocator.allocate(bySegment, candidates, AS_OF);
  }

  /**
   * The hand-written baseline of {@link #allocate()}.
   *
   * @return each partner's allocation, in partner-id order
   */
  @Benchmark
  public List<BigDecimal> baseline() {
    return MdfPoolBaseline.allocate(pool.amount().amount(), candidates);
  }
}
