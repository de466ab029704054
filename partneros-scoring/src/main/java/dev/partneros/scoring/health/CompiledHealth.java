package dev.partneros.scoring.health;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A health policy resolved once, when its {@link HealthScorer} is built, into integers
 * ({@code docs/rules/health.md#decision-only}): every point in hundredths (a health point has at
 * most 2 decimals), the points of every small input (deals, active days, NPS, cadence, fit) looked
 * up, the revenue table in {@link CompiledRevenue} form and the band thresholds as the least score
 * in hundredths that reaches them. Deciding a partner then reads its facts, sums five ints and
 * compares; it allocates nothing and builds no text.
 *
 * <p>The points are the scorer's own, taken from the same {@link HealthComponents} when compiled;
 * a revenue the integer form cannot decide exactly, or a deal count above the table, is computed
 * through the scorer's BigDecimal path.
 *
 * <p>Immutable and thread-safe; no arrays (engines hold none).
 */
final class CompiledHealth {

  private static final int MIN_DEALS = 64;
  private static final int MAX_DEALS = 1024;
  private static final int MAX_DAYS = 92;
  private static final int MIN_NPS = -100;
  private static final int MAX_NPS = 100;

  private final HealthPolicy policy;
  private final CompiledRevenue revenue;
  /** Activity points per deal count below {@link #cachedDeals}. */
  private final List<Integer> activity;
  private final int cachedDeals;
  /** The points of every deal count from {@link #cachedDeals} on, or -1 when the table's top step is above it. */
  private final int activityAbove;
  /** Engagement points by {@link HealthFacts#engagementIndex()}: the cadences, then 0 to 92 active days. */
  private final List<Integer> engagement;
  /** Satisfaction points by {@link HealthFacts#npsIndex()}: NPS -100 to 100, then missing. */
  private final List<Integer> satisfaction;
  private final List<Integer> fit;
  private final long champion;
  private final long healthy;
  private final long atRisk;
  private final long critical;

  private CompiledHealth(HealthPolicy policy) {
    this.policy = policy;
    this.revenue = CompiledRevenue.of(policy);
    BigDecimal topMin = policy.activity().steps().get(policy.activity().steps().size() - 1).min();
    BigDecimal cached = topMin.setScale(0, RoundingMode.FLOOR).add(BigDecimal.valueOf(2));
    boolean small = cached.compareTo(BigDecimal.valueOf(MAX_DEALS)) <= 0;
    this.cachedDeals = small ? Math.max(MIN_DEALS, cached.intValueExact()) : MIN_DEALS;
    this.activity = points(0, cachedDeals - 1, d -> HealthComponents.activity(policy, d).points());
    // every count from cachedDeals on is strictly above the top step's bound, so it earns the top points
    this.activityAbove = small ? activity.get(cachedDeals - 1) : -1;
    HealthFacts.Cadence[] cadences = HealthFacts.Cadence.values();
    this.engagement = points(0, HealthFacts.DAYS_INDEX + MAX_DAYS, i -> i < HealthFacts.DAYS_INDEX
        ? HealthComponents.cadence(policy, cadences[i]).points()
        : HealthComponents.activeDays(policy, i - HealthFacts.DAYS_INDEX).points());
    this.satisfaction = points(MIN_NPS, MAX_NPS + 1, n -> n <= MAX_NPS ? HealthComponents.nps(policy, n).points()
        : HealthComponents.npsMissing(policy).points());
    HealthFacts.StrategicFit[] fits = HealthFacts.StrategicFit.values();
    this.fit = points(0, fits.length - 1, f -> HealthComponents.fit(policy, fits[f]).points());
    HealthPolicy.Bands bands = policy.bands();
    this.champion = leastScore(bands.champion());
    this.healthy = leastScore(bands.healthy());
    this.atRisk = leastScore(bands.atRisk());
    this.critical = leastScore(bands.critical());
  }

  /**
   * Compiles a policy.
   *
   * @param policy the policy, not null
   * @return never null
   */
  static CompiledHealth of(HealthPolicy policy) {
    return new CompiledHealth(policy);
  }

  private static List<Integer> points(int from, int to, java.util.function.IntFunction<BigDecimal> points) {
    List<Integer> table = new ArrayList<>(to - from + 1);
    for (int i = from; i <= to; i++) {
      table.add(CompiledRevenue.hundredths(points.apply(i)));
    }
    return List.copyOf(table);
  }

  /** The least score in hundredths at or above a threshold: {@code score >= t} is {@code hundredths >= ceil(100 t)}. */
  private static long leastScore(BigDecimal threshold) {
    return threshold.movePointRight(PointTable.SCALE).setScale(0, RoundingMode.CEILING).longValueExact();
  }

  /**
   * Returns the revenue points in hundredths.
   *
   * @param facts the facts, not null
   * @param scorer the scorer whose BigDecimal path decides what the integer form cannot, not null
   * @return 0 to 10 000
   */
  int revenue(HealthFacts facts, HealthScorer scorer) {
    int points = revenue.points(facts);
    return points != CompiledRevenue.NOT_EXACT ? points : CompiledRevenue.hundredths(scorer.revenuePoints(facts));
  }

  /**
   * Returns the activity points in hundredths.
   *
   * @param facts the facts, not null
   * @return 0 to 10 000
   */
  int activity(HealthFacts facts) {
    int deals = facts.dealsRegistered();
    if (deals < cachedDeals) {
      return activity.get(deals);
    }
    return activityAbove >= 0 ? activityAbove : CompiledRevenue.hundredths(HealthComponents.activity(policy, deals).points());
  }

  /**
   * Returns the engagement points in hundredths.
   *
   * @param facts the facts, not null
   * @return 0 to 10 000
   */
  int engagement(HealthFacts facts) {
    return engagement.get(facts.engagementIndex());
  }

  /**
   * Returns the satisfaction points in hundredths.
   *
   * @param facts the facts, not null
   * @return 0 to 10 000
   */
  int satisfaction(HealthFacts facts) {
    return satisfaction.get(facts.npsIndex());
  }

  /**
   * Returns the strategic-fit points in hundredths.
   *
   * @param facts the facts, not null
   * @return 0 to 10 000
   */
  int fit(HealthFacts facts) {
    return fit.get(facts.strategicFit().ordinal());
  }

  /**
   * Returns the band of a score, compared exactly as {@link HealthPolicy.Bands#bandOf} compares it.
   *
   * @param score the score in hundredths
   * @return never null
   */
  HealthScore.Band band(long score) {
    if (score >= champion) {
      return HealthScore.Band.CHAMPION;
    }
    if (score >= healthy) {
      return HealthScore.Band.HEALTHY;
    }
    if (score >= atRisk) {
      return HealthScore.Band.AT_RISK;
    }
    return score >= critical ? HealthScore.Band.CRITICAL : HealthScore.Band.CHURNING;
  }
}
