package dev.partneros.benchmarks;

import dev.partneros.core.ProgramDocument;
import dev.partneros.core.ProgramHistory;
import dev.partneros.portfolio.Portfolio;
import dev.partneros.portfolio.PortfolioEvaluation;
import dev.partneros.portfolio.PortfolioEvaluator;
import dev.partneros.portfolio.PortfolioGenerator;
import java.time.LocalDate;
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
 * The whole portfolio evaluator at portfolio scale (docs/streaming.md):
 * a generated portfolio of {@code partners} partners over 8 quarters (about 6 deals, 7 quarterly
 * rows and 10 payments per partner), evaluated under the standard program as of its last day, every
 * module included (tiers, health, attribution, commission, MDF, segments, KPIs), on every core and
 * on one thread. The larger portfolio-scale run (10,000 to 100,000 partners, times and peak heap) is
 * {@link PortfolioScale}.
 *
 * <p>Run: {@code mvn -B -q -DskipTests package -pl partneros-benchmarks -am} then
 * {@code java -cp "$(cat partneros-benchmarks/target/classpath.txt):partneros-benchmarks/target/classes"
 * org.openjdk.jmh.Main PortfolioBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class PortfolioBenchmark {

  /** Number of partners in the portfolio. */
  @Param({"100", "1000"})
  public int partners;

  /** Threads: 0 for every core (the common pool), 1 for one thread. */
  @Param({"0", "1"})
  public int threads;

  private Portfolio portfolio;
  private ProgramHistory history;
  private PortfolioEvaluator evaluator;

  /** Generates the portfolio. */
  @Setup
  public void setUp() {
    portfolio = PortfolioGenerator.generate(PortfolioGenerator.Options.standard(partners, 42));
    history = ProgramHistory.of(ProgramDocument.standard());
    evaluator = PortfolioEvaluator.standard().withParallelism(threads);
  }

  /**
   * Evaluates the whole portfolio.
   *
   * @return the evaluation
   */
  @Benchmark
  public PortfolioEvaluation evaluate() {
    return evaluator.evaluate(history, portfolio, LocalDate.of(2027, 12, 31));
  }
}
