package dev.partneros.benchmarks;

import dev.partneros.core.Explanation;
import dev.partneros.scoring.health.HealthFacts;
import dev.partneros.scoring.health.HealthPolicy;
import dev.partneros.scoring.health.HealthScore;
import dev.partneros.scoring.health.HealthScorer;
import dev.partneros.scoring.health.PointTable;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Health decisions per partner ({@code docs/rules/health.md#decision-only}) against the
 * hand-written {@link HealthBaseline}, on {@link ScoringBenchmark}'s portfolio of
 * {@value #PARTNERS} partners, for each {@code curve}. Every method scores the whole portfolio and
 * counts one operation per partner, so times and {@code -prof gc}'s {@code gc.alloc.rate.norm}
 * are per decision. Pairs to compare (the ratio is baseline time / engine time):
 * <ul>
 *   <li>band only: {@link #decide} ({@link HealthScorer#decide}) vs {@link #baselineBand};</li>
 *   <li>five points, score, band: {@link #decideScore} vs {@link #baselineScore};</li>
 *   <li>with the explanation built: {@link #explained} ({@code score(f).explanation()}) vs
 *       {@link #baselineScore}.</li>
 * </ul>
 * The set-up checks that the engine and the baseline decide the same band for every partner.
 *
 * <p>Run: {@code mvn -B -q -DskipTests package -pl partneros-benchmarks -am} then
 * {@code java -cp "$(cat partneros-benchmarks/target/classpath.txt):partneros-benchmarks/target/classes"
 * org.openjdk.jmh.Main HealthDecisionBenchmark -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class HealthDecisionBenchmark {

  /** Partners per call; every method counts one operation per partner. */
  static final int PARTNERS = 1000;

  /** The health curve. */
  @Param({"STEP", "LINEAR"})
  public PointTable.Curve curve;

  private HealthScorer scorer;
  private HealthBaseline baseline;
  private List<HealthFacts> portfolio;

  /** Builds the scorer and the baseline, generates the portfolio and checks that both agree on it. */
  @Setup
  public void setUp() {
    scorer = HealthScorer.of(HealthPolicy.builder().curve(curve).build());
    baseline = HealthBaseline.of(curve);
    portfolio = ScoringBenchmark.portfolio(PARTNERS);
    for (HealthFacts facts : portfolio) {
      HealthScore.Band engine = scorer.decide(facts);
      if (engine != baseline.band(facts) || scorer.decideScore(facts).score().compareTo(baseline.score(facts).score()) != 0) {
        throw new IllegalStateException("the engine and the baseline disagree on " + facts);
      }
    }
  }

  /**
   * Decides every partner's band with the engine.
   *
   * @param sink consumes the bands
   */
  @Benchmark
  @OperationsPerInvocation(PARTNERS)
  public void decide(Blackhole sink) {
    for (HealthFacts facts : portfolio) {
      sink.consume(scorer.decide(facts));
    }
  }

  /**
   * Decides every partner's band with the hand-written baseline.
   *
   * @param sink consumes the bands
   */
  @Benchmark
  @OperationsPerInvocation(PARTNERS)
  public void baselineBand(Blackhole sink) {
    for (HealthFacts facts : portfolio) {
      sink.consume(baseline.band(facts));
    }
  }

  /**
   * Decides every partner's five points, score and band with the engine, without explanation.
   *
   * @param sink consumes the decisions
   */
  @Benchmark
  @OperationsPerInvocation(PARTNERS)
  public void decideScore(Blackhole sink) {
    for (HealthFacts facts : portfolio) {
      sink.consume(scorer.decideScore(facts));
    }
  }

  /**
   * Scores every partner with the hand-written baseline: five points, score and band.
   *
   * @param sink consumes the results
   */
  @Benchmark
  @OperationsPerInvocation(PARTNERS)
  public void baselineScore(Blackhole sink) {
    for (HealthFacts facts : portfolio) {
      sink.consume(baseline.score(facts));
    }
  }

  /**
   * Scores every partner with the engine and builds its explanation (as data; no sentence rendered).
   *
   * @param sink consumes the explanations
   */
  @Benchmark
  @OperationsPerInvocation(PARTNERS)
  public void explained(Blackhole sink) {
    for (HealthFacts facts : portfolio) {
      Explanation explanation = scorer.score(facts).explanation();
      sink.consume(explanation);
    }
  }
}
