package dev.partneros.benchmarks;

import dev.partneros.core.Money;
import dev.partneros.core.Tier;
import dev.partneros.tiers.DealRole;
import dev.partneros.tiers.QuarterFacts;
import dev.partneros.tiers.TierFacts;
import dev.partneros.tiers.TierMetrics;
import dev.partneros.tiers.TierProgram;
import dev.partneros.tiers.TierQualifier;
import dev.partneros.tiers.TierState;
import dev.partneros.tiers.TierStateMachine;
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
 * Tier qualification and the maintenance state machine's {@code next}
 * ({@code docs/rules/tiers.md#quarter-end-evaluation}) over a portfolio of {@code partners}
 * partners of the standard program: full qualification (every requirement evaluated, explanation
 * left unrendered), the qualified-tier fast path, measuring dated facts over the rolling window,
 * and one quarter-end evaluation per partner, from measured metrics and from dated facts. The
 * {@code *Baseline} methods run the hand-written {@link TierBaseline} on the same facts and states
 * (the targets, and the qualification pairs the ratio report measures, are in BENCHMARKS.md;
 * {@link TierDecisionBenchmark} holds the decision-only pair).
 *
 * <p>Run: {@code mvn -B -q -DskipTests package -pl partneros-benchmarks -am} then
 * {@code java -cp "$(cat partneros-benchmarks/target/classpath.txt):partneros-benchmarks/target/classes"
 * org.openjdk.jmh.Main TierBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class TierBenchmark {

  /** Number of partners evaluated per call. */
  @Param({"1", "100", "10000"})
  public int partners;

  static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  static final LocalDate QUARTER_END = LocalDate.of(2026, 9, 30);

  private TierQualifier qualifier;
  private TierStateMachine machine;
  private List<TierMetrics> metrics;
  List<TierFacts> facts;
  List<TierState> states;
  private List<QuarterFacts> quarters;

  /** Generates the portfolio from a fixed seed. */
  @Setup
  public void setUp() {
    TierProgram program = TierProgram.standard();
    qualifier = TierQualifier.of(program);
    machine = TierStateMachine.of(program);
    Random random = new Random(42);
    Currency usd = Currency.getInstance("USD");
    List<Tier> tiers = program.ladder().tiers();
    metrics = new ArrayList<>(partners);
    facts = new ArrayList<>(partners);
    states = new ArrayList<>(partners);
    quarters = new ArrayList<>(partners);
    for (int i = 0; i < partners; i++) {
      TierMetrics partnerMetrics = TierMetrics.builder().currency(usd)
          .sourcedArr(Money.ofMinor(100L * random.nextInt(700_000), usd))
          .qualifiedReferrals(random.nextInt(60)).certifiedPeople(random.nextInt(7)).build();
      metrics.add(partnerMetrics);
      facts.add(partnerFacts(random, usd));
      Tier held = tiers.get(random.nextInt(tiers.size()));
      if (!held.equals(Tier.REGISTERED) && random.nextInt(3) == 0) {
        states.add(TierState.builder().tier(held).status(TierState.Status.IN_GRACE).since(LocalDate.of(2025, 9, 30))
            .graceEnds(random.nextBoolean() ? QUARTER_END : QUARTER_END.plusMonths(3)).build());
      } else {
        states.add(TierState.of(held, LocalDate.of(2025, 9, 30)));
      }
      quarters.add(QuarterFacts.of(QUARTER_END, partnerMetrics));
    }
  }

  /**
   * Generates one partner's dated facts as of {@link #AS_OF}: 12 deals, up to 24 referrals and up to
   * 5 certified people. {@link TierDecisionBenchmark} uses it too, so both measure the same facts.
   *
   * @param random the generator
   * @param usd the currency
   * @return the facts
   */
  static TierFacts partnerFacts(Random random, Currency usd) {
    TierFacts.Builder partnerFacts = TierFacts.builder();
    for (int d = 0; d < 12; d++) {
      partnerFacts.addDeals(TierFacts.PartnerDeal.closed("D-" + d, random.nextBoolean() ? DealRole.SOURCED : DealRole.INFLUENCED,
          Money.ofMinor(100L * random.nextInt(60_000), usd), AS_OF.minusDays(random.nextInt(500))));
    }
    for (int r = 0; r < random.nextInt(25); r++) {
      partnerFacts.addReferrals(TierFacts.Referral.qualifiedOn(AS_OF.minusDays(random.nextInt(500))));
    }
    for (int c = 0; c < random.nextInt(6); c++) {
      partnerFacts.addCertifications(TierFacts.Certification.of("person-" + c, AS_OF.minusDays(random.nextInt(900))));
    }
    return partnerFacts.build();
  }

  /**
   * Qualifies every partner, requirement by requirement.
   *
   * @param sink consumes the results
   */
  @Benchmark
  public void qualify(Blackhole sink) {
    for (TierMetrics partner : metrics) {
      sink.consume(qualifier.qualify(partner, AS_OF));
    }
  }

  /**
   * Finds every partner's qualified tier only.
   *
   * @param sink consumes the results
   */
  @Benchmark
  public void qualifiedTier(Blackhole sink) {
    for (TierMetrics partner : metrics) {
      sink.consume(qualifier.qualifiedTier(partner));
    }
  }

  /**
   * Measures every partner's dated facts over the window ending on the as-of date, then qualifies.
   *
   * @param sink consumes the results
   */
  @Benchmark
  public void measureAndQualify(Blackhole sink) {
    for (TierFacts partner : facts) {
      sink.consume(qualifier.qualify(partner, AS_OF));
    }
  }

  /**
   * Evaluates one quarter end for every partner: {@code next(state, quarter facts)}.
   *
   * @param sink consumes the decisions
   */
  @Benchmark
  public void next(Blackhole sink) {
    for (int i = 0; i < partners; i++) {
      sink.consume(machine.next(states.get(i), quarters.get(i)));
    }
  }

  /**
   * The hand-written baseline of {@link #measureAndQualify(Blackhole)}: the qualified tier of every
   * partner's dated facts.
   *
   * @param sink consumes the results
   */
  @Benchmark
  public void qualifyBaseline(Blackhole sink) {
    for (TierFacts partner : facts) {
      sink.consume(TierBaseline.qualify(partner, AS_OF));
    }
  }

  /**
   * The hand-written baseline of {@link #measureAndQualify(Blackhole)} that keeps what it checked
   * (measured values and every tier's check), as the engine's qualification does.
   *
   * @param sink consumes the results
   */
  @Benchmark
  public void qualifyCheckedBaseline(Blackhole sink) {
    for (TierFacts partner : facts) {
      sink.consume(TierBaseline.qualifyChecked(partner, AS_OF));
    }
  }

  /**
   * Evaluates one quarter end for every partner from its dated facts, measured over the window
   * ending on it: {@code next(state, quarter end, facts)}.
   *
   * @param sink consumes the decisions
   */
  @Benchmark
  public void nextFromFacts(Blackhole sink) {
    for (int i = 0; i < partners; i++) {
      sink.consume(machine.next(states.get(i), QUARTER_END, facts.get(i)));
    }
  }

  /**
   * The hand-written baseline of {@link #nextFromFacts(Blackhole)}.
   *
   * @param sink consumes the results
   */
  @Benchmark
  public void nextBaseline(Blackhole sink) {
    for (int i = 0; i < partners; i++) {
      sink.consume(TierBaseline.next(states.get(i), QUARTER_END, facts.get(i)));
    }
  }
}
