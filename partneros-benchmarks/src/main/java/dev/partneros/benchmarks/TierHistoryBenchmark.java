package dev.partneros.benchmarks;

import dev.partneros.core.Money;
import dev.partneros.core.Tier;
import dev.partneros.tiers.DealRole;
import dev.partneros.tiers.TierFacts;
import dev.partneros.tiers.TierProgram;
import dev.partneros.tiers.TierState;
import dev.partneros.tiers.TierStateMachine;
import java.time.LocalDate;
import java.time.YearMonth;
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
 * The cost of one tier {@code next} step as a partner's history grows (the target: the step costs the
 * facts inside its rolling 12-month window, not the whole history). Each of {@value #PARTNERS}
 * partners of the standard program has {@code quarters} quarters of dated facts (3 closed deals and 2
 * qualified referrals a quarter, a two-year certification every other quarter) ending on the quarter
 * end evaluated; the time per call should stay flat from 1 to 40 quarters once the window is full
 * (4 quarters). {@link #baseline(Blackhole)} runs the hand-written {@link TierBaseline}, which scans
 * the whole history, for comparison.
 *
 * <p>Run: {@code mvn -B -q -DskipTests package -pl partneros-benchmarks -am} then
 * {@code java -cp "$(cat partneros-benchmarks/target/classpath.txt):partneros-benchmarks/target/classes"
 * org.openjdk.jmh.Main TierHistoryBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class TierHistoryBenchmark {

  /** Partners evaluated per call. */
  static final int PARTNERS = 1000;

  /** Quarters of history per partner. */
  @Param({"1", "4", "8", "20", "40"})
  public int quarters;

  static final LocalDate QUARTER_END = LocalDate.of(2026, 9, 30);

  private TierStateMachine machine;
  List<TierFacts> facts;
  List<TierState> states;

  /** Generates the histories from a fixed seed. */
  @Setup
  public void setUp() {
    TierProgram program = TierProgram.standard();
    machine = TierStateMachine.of(program);
    Random random = new Random(42);
    Currency usd = Currency.getInstance("USD");
    List<Tier> tiers = program.ladder().tiers();
    facts = new ArrayList<>(PARTNERS);
    states = new ArrayList<>(PARTNERS);
    for (int i = 0; i < PARTNERS; i++) {
      TierFacts.Builder history = TierFacts.builder();
      for (int q = 0; q < quarters; q++) {
        LocalDate end = YearMonth.from(QUARTER_END).minusMonths(3L * q).atEndOfMonth();
        for (int d = 0; d < 3; d++) {
          history.addDeals(TierFacts.PartnerDeal.closed("D-" + q + "-" + d,
              random.nextBoolean() ? DealRole.SOURCED : DealRole.INFLUENCED,
              Money.ofMinor(100L * random.nextInt(60_000), usd), end.minusDays(random.nextInt(90))));
        }
        for (int r = 0; r < 2; r++) {
          history.addReferrals(TierFacts.Referral.qualifiedOn(end.minusDays(random.nextInt(90))));
        }
        if (q % 2 == 0) {
          LocalDate earned = end.minusDays(random.nextInt(90));
          history.addCertifications(TierFacts.Certification.builder().person("person-" + q).earnedOn(earned)
              .validUntil(earned.plusYears(2)).build());
        }
      }
      facts.add(history.build());
      states.add(TierState.builder().from(TierState.of(tiers.get(random.nextInt(tiers.size())),
          LocalDate.of(2025, 9, 30))).lastEvaluated(LocalDate.of(2026, 6, 30)).build());
    }
  }

  /**
   * Evaluates the quarter end for every partner from its whole history.
   *
   * @param sink consumes the decisions
   */
  @Benchmark
  public void next(Blackhole sink) {
    for (int i = 0; i < PARTNERS; i++) {
      sink.consume(machine.next(states.get(i), QUARTER_END, facts.get(i)));
    }
  }

  /**
   * The hand-written baseline of {@link #next(Blackhole)}.
   *
   * @param sink consumes the results
   */
  @Benchmark
  public void baseline(Blackhole sink) {
    for (int i = 0; i < PARTNERS; i++) {
      sink.consume(TierBaseline.next(states.get(i), QUARTER_END, facts.get(i)));
    }
  }
}
