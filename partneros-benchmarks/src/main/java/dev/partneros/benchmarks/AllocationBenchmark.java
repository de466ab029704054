package dev.partneros.benchmarks;

import dev.partneros.core.Allocations;
import dev.partneros.core.Money;
import java.math.BigDecimal;
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
 * Penny-exact splitting of a pool across n parts, plain and capped (the capped split is the core
 * of MDF pool allocation, {@code docs/rules/conventions.md#allocation}). The capped split is O(n
 * log n): from 10,000 to 100,000 parts its time should grow about 12x, not 100x.
 *
 * <p>Run: {@code mvn -B -q -DskipTests package -pl partneros-benchmarks -am} then
 * {@code java -cp "$(cat partneros-benchmarks/target/classpath.txt):partneros-benchmarks/target/classes"
 * org.openjdk.jmh.Main AllocationBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class AllocationBenchmark {

  /** Number of parts. */
  @Param({"10", "1000", "10000", "100000"})
  public int parts;

  private Money total;
  private List<BigDecimal> weights;
  private List<Money> caps;

  /** Generates the weights and caps from a fixed seed. */
  @Setup
  public void setUp() {
    Random random = new Random(42);
    Currency usd = Currency.getInstance("USD");
    weights = new ArrayList<>(parts);
    caps = new ArrayList<>(parts);
    for (int i = 0; i < parts; i++) {
      weights.add(BigDecimal.valueOf(1 + random.nextInt(100_000)));
      caps.add(Money.ofMinor(100 * (1 + random.nextInt(35_000)), usd));
    }
    total = Money.ofMinor(100L * 2_000 * parts, usd);
  }

  /**
   * Splits by weight.
   *
   * @return the parts
   */
  @Benchmark
  public List<Money> split() {
    return Allocations.split(total, weights);
  }

  /**
   * Splits by weight under caps.
   *
   * @return the parts
   */
  @Benchmark
  public List<Money> splitCapped() {
    return Allocations.splitCapped(total, weights, caps);
  }
}
