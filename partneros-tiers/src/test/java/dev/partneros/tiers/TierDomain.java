package dev.partneros.tiers;

import static dev.partneros.tiers.Fixtures.USD;

import dev.partneros.core.Money;
import dev.partneros.core.Tier;
import dev.partneros.core.TierLadder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;

/**
 * The jqwik domain of the tier rule family (docs/rules/conventions.md): metrics that sit on and
 * around the standard thresholds, programs (the standard one under every combination of options,
 * and random programs whose thresholds rise up the ladder), and scenarios (a program, a starting
 * state and a history of quarters). Used through {@code @Domain(TierDomain.class)}.
 */
public class TierDomain extends DomainContextBase {

  static final List<Tier> LADDER = TierLadder.standard().tiers();

  /**
   * The thresholds of a generated program, per tier rank 1..3 (index 0 unused): the standard shape
   * {@code allOf(anyOf(arr, referrals), certified)} plus optional extra requirements (NPS, deals
   * closed, a joint business plan) that start at some tier and rise from there.
   */
  record ProgramSpec(long[] arr, long[] referrals, long[] certified, Long[] nps, Long[] deals, boolean[] plan,
      int[] grace, TierProgram.ReviewCadence review, TierProgram.UpgradeTiming upgrades, TierProgram.DowngradeMode downgrade) {

    TierProgram program() {
      TierProgram.Builder builder = new TierProgram.Builder().review(review).upgrades(upgrades).downgrade(downgrade);
      builder.addLevels(TierProgram.Level.entry(Tier.REGISTERED));
      for (int k = 1; k <= 3; k++) {
        List<Criterion> all = new ArrayList<>();
        all.add(Criterion.anyOf(Criterion.atLeast(Metric.SOURCED_ARR, arr[k]),
            Criterion.atLeast(Metric.QUALIFIED_REFERRALS, referrals[k])));
        all.add(Criterion.atLeast(Metric.CERTIFIED_PEOPLE, certified[k]));
        if (nps[k] != null) {
          all.add(Criterion.atLeast(Metric.NPS, nps[k]));
        }
        if (deals[k] != null) {
          all.add(Criterion.atLeast(Metric.DEALS_CLOSED, deals[k]));
        }
        if (plan[k]) {
          all.add(Criterion.required(Metric.APPROVED_JOINT_BUSINESS_PLAN));
        }
        builder.addLevels(TierProgram.Level.of(LADDER.get(k), Criterion.allOf(all), grace[k]));
      }
      return builder.build();
    }

    /** Metrics that meet exactly the thresholds of tier {@code level} (0: nothing at all). */
    TierMetrics atLevel(int level) {
      if (level == 0) {
        return TierMetrics.zero(USD);
      }
      TierMetrics.Builder metrics = TierMetrics.builder().currency(USD).sourcedArr(Money.of(arr[level], USD))
          .certifiedPeople(certified[level]).approvedJointBusinessPlan(plan[level]);
      Optional.ofNullable(nps[level]).ifPresent(n -> metrics.nps(BigDecimal.valueOf(n)));
      Optional.ofNullable(deals[level]).ifPresent(metrics::dealsClosed);
      return metrics.build();
    }
  }

  /** A program, a starting state and a history of quarters (with, in "eventful" ones, overrides). */
  record Scenario(ProgramSpec spec, TierProgram program, TierState initial, List<QuarterFacts> history) {
    @Override
    public String toString() {
      StringBuilder out = new StringBuilder("Scenario[").append(program.review()).append(' ')
          .append(program.upgrades()).append(' ').append(program.downgrade()).append(", start ").append(initial)
          .append(", quarters:");
      for (QuarterFacts quarter : history) {
        out.append("\n  ").append(quarter.quarterEnd()).append(" arr ").append(quarter.metrics().sourcedArr())
            .append(" refs ").append(quarter.metrics().qualifiedReferrals()).append(" cert ")
            .append(quarter.metrics().certifiedPeople());
        quarter.override().ifPresent(o -> out.append(" override ").append(o));
      }
      return out.append(']').toString();
    }
  }

  private static Arbitrary<long[]> rising(long min, long max, long step) {
    return Arbitraries.longs().between(min / step, max / step).list().ofSize(3)
        .map(values -> {
          long[] out = new long[4];
          List<Long> sorted = new ArrayList<>(values);
          sorted.sort(null);
          for (int k = 1; k <= 3; k++) {
            out[k] = sorted.get(k - 1) * step;
          }
          return out;
        });
  }

  private static Arbitrary<Long[]> optionalRising(long min, long max) {
    Arbitrary<Integer> from = Arbitraries.integers().between(1, 4);
    return Combinators.combine(from, rising(min - min, max - min, 1)).as((start, values) -> {
      Long[] out = new Long[4];
      for (int k = start; k <= 3; k++) {
        out[k] = values[k] + min;
      }
      return out;
    });
  }

  /**
   * Program specifications: the standard program under every combination of options (a quarter of
   * the time), else random rising thresholds with 1 to 3 quarters of grace.
   *
   * @return the arbitrary
   */
  @Provide
  public Arbitrary<ProgramSpec> specs() {
    return specArbitrary();
  }

  static Arbitrary<ProgramSpec> specArbitrary() {
    Arbitrary<TierProgram.ReviewCadence> review = Arbitraries.of(TierProgram.ReviewCadence.class);
    Arbitrary<TierProgram.UpgradeTiming> upgrades = Arbitraries.of(TierProgram.UpgradeTiming.class);
    Arbitrary<TierProgram.DowngradeMode> downgrade = Arbitraries.of(TierProgram.DowngradeMode.class);
    Arbitrary<ProgramSpec> standard = Combinators.combine(review, upgrades, downgrade).as((r, u, d) ->
        new ProgramSpec(new long[] {0, 25_000, 100_000, 500_000}, new long[] {0, 5, 20, 50}, new long[] {0, 1, 2, 5},
            new Long[4], new Long[4], new boolean[4], new int[] {0, 1, 2, 3}, r, u, d));
    Arbitrary<boolean[]> plans = Arbitraries.integers().between(1, 4).map(start -> {
      boolean[] out = new boolean[4];
      for (int k = start; k <= 3; k++) {
        out[k] = true;
      }
      return out;
    });
    Arbitrary<int[]> grace = Arbitraries.integers().between(1, 3).list().ofSize(3)
        .map(g -> new int[] {0, g.get(0), g.get(1), g.get(2)});
    Arbitrary<ProgramSpec> random = Combinators.combine(rising(0, 600_000, 5_000), rising(0, 60, 1),
            rising(0, 6, 1), optionalRising(-50, 80), optionalRising(0, 12), plans, grace,
            Combinators.combine(review, upgrades, downgrade).as(List::of))
        .as((a, r, c, n, d, p, g, options) -> new ProgramSpec(a, r, c, n, d, p, g, (TierProgram.ReviewCadence) options.get(0),
            (TierProgram.UpgradeTiming) options.get(1), (TierProgram.DowngradeMode) options.get(2)));
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, standard), net.jqwik.api.Tuple.of(3, random));
  }

  /**
   * Programs, from {@link #specs()}.
   *
   * @return the arbitrary
   */
  @Provide
  public Arbitrary<TierProgram> programs() {
    return specArbitrary().map(ProgramSpec::program);
  }

  /**
   * Metrics whose sourced ARR, referrals and certified people sit on, just below and around the
   * standard thresholds, with the other metrics random.
   *
   * @return the arbitrary
   */
  @Provide
  public Arbitrary<TierMetrics> metrics() {
    return metricsArbitrary();
  }

  static Arbitrary<TierMetrics> metricsArbitrary() {
    Arbitrary<BigDecimal> arr = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.of("0.00", "24999.99", "25000.00", "99999.99", "100000.00",
            "499999.99", "500000.00").map(BigDecimal::new)),
        net.jqwik.api.Tuple.of(1, Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("700000"))
            .ofScale(2)));
    Arbitrary<Long> referrals = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.of(0L, 4L, 5L, 19L, 20L, 49L, 50L)),
        net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(0, 70)));
    Arbitrary<Long> certified = Arbitraries.longs().between(0, 7);
    Arbitrary<Optional<BigDecimal>> nps = Arbitraries.integers().between(-100, 100).map(BigDecimal::valueOf)
        .optional(0.8);
    Arbitrary<Long> deals = Arbitraries.longs().between(0, 15);
    Arbitrary<Boolean> plan = Arbitraries.of(true, false);
    return Combinators.combine(arr, referrals, certified, nps, deals, plan).as((a, r, c, n, d, p) ->
        TierMetrics.builder().currency(USD).sourcedArr(Money.of(a, USD)).qualifiedReferrals(r).certifiedPeople(c)
            .nps(n).dealsClosed(d).approvedJointBusinessPlan(p).build());
  }

  /**
   * Calendar quarter ends from 2024 to 2028.
   *
   * @return the arbitrary
   */
  @Provide
  public Arbitrary<LocalDate> quarterEnds() {
    return quarterEndArbitrary();
  }

  static Arbitrary<LocalDate> quarterEndArbitrary() {
    return Combinators.combine(Arbitraries.integers().between(2024, 2028), Arbitraries.integers().between(1, 4))
        .as((year, quarter) -> YearMonth.of(year, quarter * 3).atEndOfMonth());
  }

  /**
   * Scenarios without provisional tiers or overrides: an earned starting state and up to 24
   * quarters whose metrics move between the program's levels in runs (so decay, grace and recovery
   * all happen), sometimes with random metrics.
   *
   * Not registered with the domain (both kinds are {@link Scenario}s); a properties class names it
   * with its own {@code @Provide} method.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Scenario> plainScenarios() {
    return scenarios(false);
  }

  /**
   * Scenarios that may also start provisional and carry strategic overrides.
   *
   * @return the arbitrary
   */
  @Provide
  public Arbitrary<Scenario> scenarios() {
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, scenarios(false)),
        net.jqwik.api.Tuple.of(1, scenarios(true)));
  }

  private static Arbitrary<Scenario> scenarios(boolean eventful) {
    Arbitrary<List<int[]>> runs = Combinators.combine(Arbitraries.integers().between(0, 4),
            Arbitraries.integers().between(1, 6)).as((level, length) -> new int[] {level, length})
        .list().ofMinSize(1).ofMaxSize(8);
    Arbitrary<Integer> startRank = Arbitraries.integers().between(0, 3);
    Arbitrary<Integer> sinceDaysBefore = Arbitraries.integers().between(0, 800);
    Arbitrary<List<Integer>> events = Arbitraries.integers().between(0, 99).list().ofSize(24);
    return Combinators.combine(specArbitrary(), quarterEndArbitrary(), runs, startRank, sinceDaysBefore, events,
            metricsArbitrary().list()
            .ofSize(24))
        .as((spec, first, levels, rank, daysBefore, rolls, randoms) -> {
          TierProgram program = spec.program();
          List<QuarterFacts> history = new ArrayList<>();
          int i = 0;
          for (int[] run : levels) {
            for (int j = 0; j < run[1] && history.size() < 24; j++, i++) {
              LocalDate quarterEnd = YearMonth.from(first).plusMonths(3L * i).atEndOfMonth();
              TierMetrics metrics = run[0] == 4 ? randoms.get(i) : spec.atLevel(run[0]);
              QuarterFacts.Builder quarter = new QuarterFacts.Builder().quarterEnd(quarterEnd).metrics(metrics);
              int roll = rolls.get(i);
              if (eventful && roll < 6) {
                Tier tier = LADDER.get(roll % 4);
                quarter.override(roll < 3 ? TierOverride.of(tier, "strategic", quarterEnd.minusDays(roll * 20L))
                    : TierOverride.of(tier, "launch", quarterEnd.minusDays(10), quarterEnd.plusMonths(roll * 2L)));
              }
              history.add(quarter.build());
            }
          }
          LocalDate since = first.minusDays(daysBefore);
          TierState initial = eventful && daysBefore % 3 == 0
              ? TierStateMachine.of(program).provisional(LADDER.get(rank), since)
              : TierState.of(LADDER.get(rank), since);
          return new Scenario(spec, program, initial, List.copyOf(history));
        });
  }
}
