package dev.partneros.benchmarks;

import dev.partneros.tiers.Qualification;
import dev.partneros.tiers.TierFacts;
import dev.partneros.tiers.TierProgram;
import dev.partneros.tiers.TierQualifier;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Deciding the tier only ({@code docs/rules/tiers.md#deciding-the-tier-only}) and qualifying with
 * the explanation, against the hand-written {@link TierBaseline}, over {@code partners} partners of
 * the standard program with dated facts (the portfolio of {@link TierBenchmark}). The facts' date
 * index is built on a partner's first call and kept with the facts, so after warm-up every method
 * measures per-call work. Targets: {@link #decide} at least 1.0x and {@link #qualifyExplained} at
 * least 0.3x {@link #baseline}'s throughput; {@code decide} allocating at most 64 bytes per
 * partner ({@code -prof gc}).
 *
 * <p>Run: {@code mvn -B -q -DskipTests package -pl partneros-benchmarks -am} then
 * {@code java -cp "$(cat partneros-benchmarks/target/classpath.txt):partneros-benchmarks/target/classes"
 * org.openjdk.jmh.Main TierDecisionBenchmark -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class TierDecisionBenchmark {

  /** Number of partners decided per call. */
  @Param({"1", "100", "10000"})
  public int partners;

  static final LocalDate AS_OF = TierBenchmark.AS_OF;

  private TierQualifier qualifier;
  private List<TierFacts> facts;

  /** Generates the portfolio from a fixed seed, as {@link TierBenchmark} does. */
  @Setup
  public void setUp() {
    qualifier = TierQualifier.of(TierProgram.standard());
    Random random = new Random(42);
    Currency usd = Currency.getInstance("USD");
    facts = new ArrayList<>(partners);
    for (int i = 0; i < partners; i++) {
      facts.add(TierBenchmark.partnerFacts(random, usd));
    }
  }

  /**
   * Decides every partner's tier, without explanation.
   *
   * @param sink consumes the tiers
   */
  @Benchmark
  public void decide(Blackhole sink) {
    for (TierFacts partner : facts) {
      sink.consume(qualifier.decide(partner, AS_OF));
    }
  }

  /**
   * The hand-written baseline: every partner's tier from its dated facts.
   *
   * @param sink consumes the tiers
   */
  @Benchmark
  public void baseline(Blackhole sink) {
    for (TierFacts partner : facts) {
      sink.consume(TierBaseline.qualify(partner, AS_OF));
    }
  }

  /**
   * Qualifies every partner with its checks, leaving the explanation unbuilt.
   *
   * @param sink consumes the qualifications
   */
  @Benchmark
  public void qualify(Blackhole sink) {
    for (TierFacts partner : facts) {
      sink.consume(qualifier.qualify(partner, AS_OF));
    }
  }

  /**
   * Qualifies every partner with its checks and reads the explanation's steps (built on access).
   *
   * @param sink consumes the qualifications and their explanations
   */
  @Benchmark
  public void qualifyExplained(Blackhole sink) {
    for (TierFacts partner : facts) {
      Qualification qualification = qualifier.qualify(partner, AS_OF);
      sink.consume(qualification.explanation().steps());
    }
  }

  /**
   * Qualifies every partner and renders the explanation as text.
   *
   * @param sink consumes the rendered explanations
   */
  @Benchmark
  public void qualifyRendered(Blackhole sink) {
    for (TierFacts partner : facts) {
      sink.consume(qualifier.qualify(partner, AS_OF).explanation().render());
    }
  }
}
