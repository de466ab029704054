package dev.partneros.scoring.health;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The revenue table of a policy in integer form, for {@link HealthScorer#decide}
 * ({@code docs/rules/health.md#decision-only}): each step's lower bound as a long over a common
 * power of ten, each step's points in hundredths. The growth step is decided as
 * {@link HealthComponents#growthStep} decides it ({@code revenue - prior >= min x prior}), on the
 * revenues' minor units; a LINEAR point between two bounds is the exact rational
 * {@code a + (b - a) x (growth - min) / span}, rounded half-even to hundredths.
 *
 * <p>The scorer's own points round the growth and the fraction to 16 digits first. The two agree
 * whenever the exact value is further from a rounding tie than those 16 digits can move it; this
 * form computes that margin for each span when it is built and, inside it (and for revenues too
 * large for longs, or tables whose points have more than 2 decimals), returns
 * {@link #NOT_EXACT}, so the caller takes the scorer's own path. So the points are always the
 * scorer's.
 *
 * <p>Immutable and thread-safe; no arrays (engines hold none).
 */
final class CompiledRevenue {

  /** Returned when this form cannot decide exactly: the caller computes the points with BigDecimal. */
  static final int NOT_EXACT = -1;

  private static final int MAX_MIN_SCALE = 9;
  private static final long TEN_THOUSAND_ONE = 10_001L;
  /** 10^15: the growth and the fraction each move by at most 5 x 10^-16 of themselves. */
  private static final BigDecimal MARGIN = BigDecimal.TEN.pow(15);

  private final boolean linear;
  /** Whether every bound fits a long over {@link #unit}: else every growth is decided in BigDecimal. */
  private final boolean integral;
  /** Whether every step's points have at most 2 decimals: else LINEAR spans are computed in BigDecimal. */
  private final boolean onGrid;
  private final long unit;
  private final long amountLimit;
  private final int fromZero;
  private final int bothZero;
  /** Each step's lower bound x {@link #unit}, exact. */
  private final List<Long> mins;
  private final List<Boolean> exclusive;
  /** The points below every step, then each step's, in hundredths (rounded as the table rounds them). */
  private final List<Integer> points;
  /** Per span from step i to i + 1: the divisor of the tie margin, 0 when the span is always computed in BigDecimal. */
  private final List<Long> tieDivisors;

  private CompiledRevenue(HealthPolicy policy) {
    PointTable table = policy.revenueTable();
    this.linear = table.curve().orElse(policy.curve()) == PointTable.Curve.LINEAR;
    List<PointTable.Step> steps = table.steps();
    int scale = 0;
    boolean onGrid = table.below().stripTrailingZeros().scale() <= PointTable.SCALE;
    for (PointTable.Step step : steps) {
      scale = Math.max(scale, step.min().stripTrailingZeros().scale());
      onGrid &= step.points().stripTrailingZeros().scale() <= PointTable.SCALE;
    }
    this.onGrid = onGrid;
    BigDecimal power = BigDecimal.TEN.pow(Math.max(scale, 0));
    BigDecimal largest = power;
    for (PointTable.Step step : steps) {
      largest = largest.max(step.min().multiply(power).abs());
    }
    // |change x unit|, |min x prior|, |span x prior| and (b - a) x (change x unit - min x prior) all fit a long
    BigDecimal factor = largest.multiply(BigDecimal.valueOf(8 * TEN_THOUSAND_ONE));
    this.integral = scale <= MAX_MIN_SCALE && factor.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0;
    this.unit = integral ? power.longValueExact() : 1;
    this.amountLimit = integral ? Long.MAX_VALUE / factor.longValueExact() : -1;
    List<Long> mins = new ArrayList<>();
    for (PointTable.Step step : steps) {
      mins.add(integral ? step.min().multiply(power).longValueExact() : 0L);
    }
    this.mins = List.copyOf(mins);
    List<Boolean> exclusive = new ArrayList<>();
    for (PointTable.Step step : steps) {
      exclusive.add(step.minExclusive());
    }
    this.exclusive = List.copyOf(exclusive);
    List<Integer> points = new ArrayList<>();
    for (BigDecimal p : table.scaledPoints()) {
      points.add(hundredths(p));
    }
    this.points = List.copyOf(points);
    this.fromZero = hundredths(HealthComponents.pointsFromZero(policy, true));
    this.bothZero = hundredths(HealthComponents.pointsFromZero(policy, false));
    List<Long> divisors = new ArrayList<>();
    for (int i = 0; i + 1 < steps.size(); i++) {
      divisors.add(tieDivisor(steps.get(i), steps.get(i + 1)));
    }
    this.tieDivisors = List.copyOf(divisors);
  }

  /**
   * Compiles a policy's revenue table.
   *
   * @param policy the policy, not null
   * @return never null
   */
  static CompiledRevenue of(HealthPolicy policy) {
    return new CompiledRevenue(policy);
  }

  /** Returns points with at most 2 decimals (as every scorer's points are) in hundredths. */
  static int hundredths(BigDecimal points) {
    return points.movePointRight(PointTable.SCALE).intValueExact();
  }

  /**
   * The divisor q such that a remainder further than {@code den / q} from the tie rounds the same
   * as the scorer's 16-digit path: that path moves the points by at most
   * {@code (b - a) x 5 x 10^-16 x (max(|min|) / span + 1)} (in points).
   */
  private static long tieDivisor(PointTable.Step at, PointTable.Step next) {
    BigDecimal span = next.min().subtract(at.min());
    if (span.signum() <= 0) {
      return 0;
    }
    BigDecimal hundredthsSpread = next.points().subtract(at.points()).movePointRight(PointTable.SCALE);
    BigDecimal largest = at.min().abs().max(next.min().abs());
    // W = (b - a) in hundredths x (2 x largest / span + 2), rounded up: the error is below W x 10^-15 of a tie's width
    BigDecimal weight = hundredthsSpread.multiply(largest.multiply(BigDecimal.valueOf(2)).divide(span, 0, RoundingMode.CEILING)
        .add(BigDecimal.valueOf(2))).setScale(0, RoundingMode.CEILING).max(BigDecimal.ONE);
    BigDecimal divisor = MARGIN.divide(weight, 0, RoundingMode.FLOOR);
    return divisor.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0 ? Long.MAX_VALUE : divisor.longValueExact();
  }

  /**
   * Returns the revenue points of the facts in hundredths, or {@link #NOT_EXACT} when this form
   * cannot tell them exactly.
   *
   * @param facts the facts, not null
   * @return 0 to 10 000, or {@link #NOT_EXACT}
   */
  int points(HealthFacts facts) {
    // both amounts are at the currency's scale, so their minor units compare directly
    long prior = facts.priorYearRevenueUnits();
    long revenue = facts.revenueUnits();
    if (prior == 0) {
      return revenue == 0 ? bothZero : fromZero;
    }
    if (!integral || prior == HealthFacts.NOT_IN_LONG || revenue == HealthFacts.NOT_IN_LONG
        || prior > amountLimit || revenue > amountLimit) {
      return NOT_EXACT;
    }
    long change = (revenue - prior) * unit;
    int step = -1;
    for (int i = mins.size() - 1; i >= 0; i--) {
      long bound = mins.get(i) * prior;
      if (exclusive.get(i) ? change > bound : change >= bound) {
        step = i;
        break;
      }
    }
    if (!linear || step < 0 || step == mins.size() - 1) {
      return points.get(step + 1);
    }
    if (mins.get(step + 1).equals(mins.get(step))) {
      return points.get(step + 1); // an exclusive bound right after an inclusive one: no span to interpolate over
    }
    long divisor = tieDivisors.get(step);
    if (!onGrid || divisor == 0) {
      return NOT_EXACT;
    }
    int low = points.get(step + 1);
    long spread = points.get(step + 2) - low;
    long den = (mins.get(step + 1) - mins.get(step)) * prior;
    long num = spread * (change - mins.get(step) * prior);
    long whole = num / den;
    long twice = 2 * (num - whole * den);
    long distance = Math.abs(twice - den);
    if (distance <= den / divisor) {
      return NOT_EXACT; // within the 16-digit path's reach of a tie: let it decide
    }
    long rounded = low + whole + (twice > den ? 1 : 0);
    return (int) Math.min(rounded, points.get(step + 2));
  }
}
