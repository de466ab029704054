package dev.partneros.benchmarks;

import dev.partneros.attribution.commission.CommissionCalculator;
import dev.partneros.attribution.commission.CommissionFacts;
import dev.partneros.attribution.commission.CommissionPlan;
import dev.partneros.attribution.commission.CommissionResult;
import dev.partneros.attribution.commission.CommissionLine;
import java.time.LocalDate;
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
 * Whole-book commission at scale ({@code docs/rules/commission.md#whole-book-cost}): the book of
 * {@link CommissionBenchmark} (about 100 deals per partner across the standard partner types, a
 * first payment per deal, 1 % cancelled, a bundle SPIFF running all year) at 1,000 to 1,000,000
 * deals, calculated with the payout simulation, clawbacks and ledger entries. The cost of a deal
 * should not grow with the book: the target is a cost per deal within 1.5x from 1,000 to 1,000,000
 * deals.
 *
 * <p>The score is the time of one whole-book call; divide it by {@code deals} for the cost per deal,
 * which is what compares across sizes. {@link #explained()} also
 * builds every line's explanation (the cost of explanations on request, all of them requested).
 *
 * <p>Run: {@code mvn -B -q -DskipTests package -pl partneros-benchmarks -am} then
 * {@code java -cp "$(cat partneros-benchmarks/target/classpath.txt):partneros-benchmarks/target/classes"
 * org.openjdk.jmh.Main CommissionScaleBenchmark.calculate -bm ss -wi 2 -i 3}; one call at a million
 * deals takes seconds, hence single-shot mode.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx8g")
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class CommissionScaleBenchmark {

  /** Number of closed deals in the book. */
  @Param({"1000", "10000", "100000", "1000000"})
  public int deals;

  private final CommissionCalculator calculator = CommissionCalculator.of(CommissionPlan.standard());

  private CommissionFacts facts;
  private LocalDate asOf;

  /** Generates the book from the fixed seed of {@link CommissionBenchmark}. */
  @Setup
  public void setUp() {
    facts = CommissionBenchmark.book(deals, new Random(42));
    asOf = LocalDate.of(2026, 1, 1).plusDays(364);
  }

  /**
   * The whole book: lines, clawbacks, payout runs and ledger entries.
   *
   * @return the result
   */
  @Benchmark
  public CommissionResult calculate() {
    return calculator.calculate(facts, asOf);
  }

  /**
   * The whole book with every line's explanation built.
   *
   * @return the number of explanation steps, so nothing is optimised away
   */
  @Benchmark
  public long explained() {
    CommissionResult result = calculator.calculate(facts, asOf);
    long steps = 0;
    for (CommissionLine line : result.lines()) {
      steps += line.explanation().steps().size();
    }
    return steps;
  }
}
