package dev.partneros.benchmarks;

import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.YearQuarter;
import dev.partneros.scoring.health.HealthFacts;
import dev.partneros.scoring.health.HealthPolicy;
import dev.partneros.scoring.health.HealthScore;
import dev.partneros.scoring.health.HealthScorer;
import dev.partneros.scoring.health.PointTable;
import dev.partneros.scoring.scorecard.FourCScorer;
import dev.partneros.scoring.scorecard.Rating;
import dev.partneros.scoring.scorecard.ScorecardPolicy;
import dev.partneros.scoring.scorecard.ScorecardResult;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
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
 * Health scoring of a portfolio (STEP and LINEAR) and 4C scoring of one partner
 * ({@code docs/rules/scorecards.md} and {@code docs/rules/health.md}). The explanations are built
 * as data; no sentence is rendered. {@link #healthBaseline()} scores the same portfolio with the
 * hand-written {@link HealthBaseline}, so the ratio of {@link #health()} to it, in one run, is the
 * engine's cost over hand-written code, explanations included (the targets, and the health pairs the
 * ratio report measures, are in BENCHMARKS.md: {@link HealthDecisionBenchmark}).
 *
 * <p>Run: {@code mvn -B -q -DskipTests package -pl partneros-benchmarks -am} then
 * {@code java -cp "$(cat partneros-benchmarks/target/classpath.txt):partneros-benchmarks/target/classes"
 * org.openjdk.jmh.Main ScoringBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ScoringBenchmark {

  /** Partners in the portfolio. */
  @Param({"1", "1000", "10000"})
  public int partners;

  /** The health curve. */
  @Param({"STEP", "LINEAR"})
  public PointTable.Curve curve;

  private HealthScorer health;
  private HealthBaseline baseline;
  private List<HealthFacts> portfolio;
  private FourCScorer fourC;
  private List<Rating> ratings;

  /** Generates the portfolio from a fixed seed. */
  @Setup
  public void setUp() {
    health = HealthScorer.of(HealthPolicy.builder().curve(curve).build());
    baseline = HealthBaseline.of(curve);
    fourC = FourCScorer.of(ScorecardPolicy.standard());
    ratings = SampleScoring.fourCRatings();
    portfolio = portfolio(partners);
  }

  /**
   * Generates the benchmark's portfolio from a fixed seed: growth from -20 % to +39 %, 0 to 7
   * deals, every cadence, NPS over its whole range (missing one time in ten), every fit.
   *
   * @param partners the number of partners, at least 0
   * @return the same facts for the same size; never null
   */
  public static List<HealthFacts> portfolio(int partners) {
    Currency usd = Currency.getInstance("USD");
    Random random = new Random(42);
    List<HealthFacts> portfolio = new ArrayList<>(partners);
    for (int i = 0; i < partners; i++) {
      long prior = 1 + random.nextInt(50_000_000);
      portfolio.add(HealthFacts.builder().partnerId(PartnerId.of("P-" + i)).quarter(YearQuarter.of(2026, 2))
          .revenue(Money.ofMinor(prior * (80 + random.nextInt(60)) / 100, usd))
          .priorYearRevenue(Money.ofMinor(prior, usd))
          .dealsRegistered(random.nextInt(8)).engagement(HealthFacts.Cadence.values()[random.nextInt(4)])
          .nps(random.nextInt(10) == 0 ? Optional.empty() : Optional.of(random.nextInt(201) - 100))
          .strategicFit(HealthFacts.StrategicFit.values()[random.nextInt(3)]).build());
    }
    return List.copyOf(portfolio);
  }

  /**
   * Scores the whole portfolio's health.
   *
   * @return the scores
   */
  @Benchmark
  public List<HealthScore> health() {
    return health.scoreAll(portfolio);
  }

  /**
   * Scores the same portfolio with the hand-written baseline.
   *
   * @return the baseline's results
   */
  @Benchmark
  public List<HealthBaseline.Result> healthBaseline() {
    return baseline.scoreAll(portfolio);
  }

  /**
   * Scores one partner's 4C scorecard.
   *
   * @return the result
   */
  @Benchmark
  public ScorecardResult fourC() {
    return fourC.score(ratings);
  }
}
