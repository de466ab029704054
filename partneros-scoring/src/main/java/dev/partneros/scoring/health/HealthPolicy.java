package dev.partneros.scoring.health;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.internal.ProblemCollector;
import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;

/**
 * The partner health score policy, the program file's {@code health} section
 * ({@code docs/rules/health.md#configuration}). Every attribute has the standard program's
 * default, so a section only names what it changes:
 *
 * <pre>
 * health:
 *   curve: LINEAR            # STEP (default) or LINEAR, for every numeric dimension
 *   flatTolerance: 0.02      # growth within +/- 2 % is flat; 0 means exactly zero
 *   activity:                # any dimension's table can be replaced
 *     maxPoints: 25
 *     steps: [{min: 1, points: 10}, {min: 3, points: 20}, {min: 5, points: 25}]
 * </pre>
 *
 * <p>The five dimensions' {@code maxPoints} must add up to 100, so the score is 0-100.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHealthPolicy.class)
@JsonDeserialize(as = ImmutableHealthPolicy.class)
public abstract class HealthPolicy {

  HealthPolicy() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the standard program's policy: the table of {@code docs/rules/health.md#health-score}
   * with the STEP curve.
   *
   * @return never null
   */
  public static HealthPolicy standard() {
    return new Builder().build();
  }

  /**
   * Returns the curve of every numeric dimension that does not set its own.
   *
   * @return {@link PointTable.Curve#STEP} by default
   */
  @Value.Default
  public PointTable.Curve curve() {
    return PointTable.Curve.STEP;
  }

  /**
   * Returns the growth tolerance within which revenue counts as flat, as a fraction: growth from
   * {@code -tolerance} to {@code +tolerance} inclusive is flat. Zero means exactly zero.
   *
   * @return 0.02 by default
   */
  @Value.Default
  public BigDecimal flatTolerance() {
    return new BigDecimal("0.02");
  }

  /**
   * Returns the revenue dimension's points.
   *
   * @return never null
   */
  @Value.Default
  public Revenue revenue() {
    return new Revenue.Builder().build();
  }

  /**
   * Returns the activity table over deals registered in the quarter: 5+ 25, 3-4 20, 1-2 10, 0 0.
   *
   * @return never null
   */
  @Value.Default
  public PointTable activity() {
    return new PointTable.Builder().maxPoints(new BigDecimal("25"))
        .addSteps(step("1", "10", "1-2 deals"), step("3", "20", "3-4 deals"), step("5", "25", "5+ deals"))
        .belowLabel("0 deals").build();
  }

  /**
   * Returns the engagement dimension's points and active-day thresholds.
   *
   * @return never null
   */
  @Value.Default
  public Engagement engagement() {
    return new Engagement.Builder().build();
  }

  /**
   * Returns the satisfaction table over partner NPS: 50+ 15, 25-49 10, 0-24 5, negative 0.
   *
   * @return never null
   */
  @Value.Default
  public PointTable satisfaction() {
    return new PointTable.Builder().maxPoints(new BigDecimal("15"))
        .addSteps(step("0", "5", "NPS 0-24"), step("25", "10", "NPS 25-49"), step("50", "15", "NPS 50+"))
        .belowLabel("negative NPS").build();
  }

  /**
   * Returns the points of a missing NPS (it is also flagged in the explanation).
   *
   * @return zero by default
   */
  @Value.Default
  public BigDecimal missingNpsPoints() {
    return BigDecimal.ZERO;
  }

  /**
   * Returns the strategic-fit dimension's points.
   *
   * @return never null
   */
  @Value.Default
  public Fit strategicFit() {
    return new Fit.Builder().build();
  }

  /**
   * Returns the band thresholds.
   *
   * @return never null
   */
  @Value.Default
  public Bands bands() {
    return new Bands.Builder().build();
  }

  private static PointTable.Step step(String min, String points, String label) {
    return new PointTable.Step.Builder().min(new BigDecimal(min)).points(new BigDecimal(points)).label(label).build();
  }

  private static final BigDecimal NPS_MIN = BigDecimal.valueOf(-100);
  private static final BigDecimal NPS_MAX = BigDecimal.valueOf(100);

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    FieldPath root = FieldPath.root();
    problems.requireInRange(root.field("flatTolerance"), flatTolerance(), BigDecimal.ZERO, new BigDecimal("0.5"));
    problems.check(flatTolerance().compareTo(revenue().strongGrowthMin()) < 0, root.field("flatTolerance"),
        CoreProblemCode.NOT_ABOVE_MIN, "be below revenue.strongGrowthMin " + revenue().strongGrowthMin().toPlainString(),
        flatTolerance().toPlainString());
    problems.check(missingNpsPoints().signum() >= 0 && missingNpsPoints().compareTo(satisfaction().maxPoints()) <= 0,
        root.field("missingNpsPoints"), CoreProblemCode.OUT_OF_RANGE, "be between 0 and satisfaction.maxPoints",
        missingNpsPoints().toPlainString());
    List<PointTable.Step> npsSteps = satisfaction().steps();
    for (int i = 0; i < npsSteps.size(); i++) { // an NPS is -100 to 100: a bound outside is never reached
      problems.requireInRange(root.field("satisfaction").field("steps").index(i).field("min"), npsSteps.get(i).min(),
          NPS_MIN, NPS_MAX);
    }
    BigDecimal total = revenue().maxPoints().add(activity().maxPoints()).add(engagement().maxPoints())
        .add(satisfaction().maxPoints()).add(strategicFit().maxPoints());
    problems.check(total.compareTo(new BigDecimal("100")) == 0, root, CoreProblemCode.WEIGHTS_NOT_ONE,
        "have dimension maxPoints (revenue, activity, engagement, satisfaction, strategicFit) adding up to 100",
        total.toPlainString());
    problems.throwIfErrors(InvalidProgramException::new);
  }

  /**
   * Returns the revenue table over year-over-year growth that this policy implies: below
   * {@code -flatTolerance} declining; from {@code -flatTolerance} flat; above {@code +flatTolerance}
   * growing; from {@code strongGrowthMin} strong growth.
   *
   * @return never null
   */
  @Value.Lazy
  @com.fasterxml.jackson.annotation.JsonIgnore
  public PointTable revenueTable() {
    Revenue r = revenue();
    PointTable.Builder table = new PointTable.Builder().maxPoints(r.maxPoints())
        .below(r.declining()).belowLabel("declining");
    r.curve().ifPresent(table::curve);
    return table.addSteps(
        new PointTable.Step.Builder().min(flatTolerance().negate()).points(r.flat()).label("flat").build(),
        new PointTable.Step.Builder().min(flatTolerance()).minExclusive(true).points(r.growing()).label("growing").build(),
        new PointTable.Step.Builder().min(r.strongGrowthMin()).points(r.strongGrowth())
            .label("growth >= " + r.strongGrowthMin().movePointRight(2).stripTrailingZeros().toPlainString() + " %")
            .build())
        .build();
  }

  /**
   * Returns the engagement table over portal-active days that this policy implies.
   *
   * @return never null
   */
  @Value.Lazy
  @com.fasterxml.jackson.annotation.JsonIgnore
  public PointTable engagementDaysTable() {
    Engagement e = engagement();
    PointTable.Builder table = new PointTable.Builder().maxPoints(e.maxPoints()).below(e.inactive())
        .belowLabel("inactive");
    e.curve().ifPresent(table::curve);
    return table.addSteps(
        new PointTable.Step.Builder().min(BigDecimal.valueOf(e.quarterlyDays())).points(e.quarterly()).label("quarterly").build(),
        new PointTable.Step.Builder().min(BigDecimal.valueOf(e.monthlyDays())).points(e.monthly()).label("monthly").build(),
        new PointTable.Step.Builder().min(BigDecimal.valueOf(e.weeklyDays())).points(e.weekly()).label("weekly").build())
        .build();
  }

  /**
   * The revenue dimension: points per growth class ({@code docs/rules/health.md#revenue-growth}:
   * growth >= 20 % 30; growing below 20 % 20; flat 10; declining 0). Immutable and thread-safe.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutableRevenue.class)
  @JsonDeserialize(as = ImmutableRevenue.class)
  public abstract static class Revenue {
    Revenue() {}

    /**
     * Returns the dimension's weight.
     *
     * @return 30 by default
     */
    @Value.Default
    public BigDecimal maxPoints() {
      return new BigDecimal("30");
    }

    /**
     * Returns the growth from which strong-growth points are earned, a fraction, inclusive.
     *
     * @return 0.20 by default
     */
    @Value.Default
    public BigDecimal strongGrowthMin() {
      return new BigDecimal("0.20");
    }

    /**
     * Returns the points of strong growth.
     *
     * @return 30 by default
     */
    @Value.Default
    public BigDecimal strongGrowth() {
      return new BigDecimal("30");
    }

    /**
     * Returns the points of growth above the flat tolerance but below strong growth.
     *
     * @return 20 by default
     */
    @Value.Default
    public BigDecimal growing() {
      return new BigDecimal("20");
    }

    /**
     * Returns the points of flat revenue.
     *
     * @return 10 by default
     */
    @Value.Default
    public BigDecimal flat() {
      return new BigDecimal("10");
    }

    /**
     * Returns the points of declining revenue.
     *
     * @return 0 by default
     */
    @Value.Default
    public BigDecimal declining() {
      return BigDecimal.ZERO;
    }

    /**
     * Returns this dimension's own curve.
     *
     * @return the curve, or empty to use the policy's
     */
    public abstract java.util.Optional<PointTable.Curve> curve();

    @Value.Check
    void check() {
      ProblemCollector problems = new ProblemCollector();
      FieldPath root = FieldPath.root();
      problems.check(strongGrowthMin().signum() > 0, root.field("strongGrowthMin"), CoreProblemCode.NOT_POSITIVE, "be > 0",
          strongGrowthMin().toPlainString());
      checkLadder(problems, root, maxPoints(), List.of("declining", "flat", "growing", "strongGrowth"),
          List.of(declining(), flat(), growing(), strongGrowth()));
      problems.throwIfErrors(InvalidProgramException::new);
    }

    /** Builds a {@link Revenue}. Not thread-safe. */
    public static class Builder extends ImmutableRevenue.Builder {
      /** Creates a builder with every default. */
      Builder() {}
    }
  }

  /**
   * The engagement dimension: points per cadence (weekly 20, monthly 15, quarterly 10, inactive 0)
   * and the portal-active days in the quarter that derive a cadence (>= 12 weekly, >= 3 monthly,
   * >= 1 quarterly). Immutable and thread-safe.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutableEngagement.class)
  @JsonDeserialize(as = ImmutableEngagement.class)
  public abstract static class Engagement {
    Engagement() {}

    /**
     * Returns the dimension's weight.
     *
     * @return 20 by default
     */
    @Value.Default
    public BigDecimal maxPoints() {
      return new BigDecimal("20");
    }

    /**
     * Returns the points of weekly activity.
     *
     * @return 20 by default
     */
    @Value.Default
    public BigDecimal weekly() {
      return new BigDecimal("20");
    }

    /**
     * Returns the points of monthly activity.
     *
     * @return 15 by default
     */
    @Value.Default
    public BigDecimal monthly() {
      return new BigDecimal("15");
    }

    /**
     * Returns the points of quarterly activity.
     *
     * @return 10 by default
     */
    @Value.Default
    public BigDecimal quarterly() {
      return new BigDecimal("10");
    }

    /**
     * Returns the points of no activity.
     *
     * @return 0 by default
     */
    @Value.Default
    public BigDecimal inactive() {
      return BigDecimal.ZERO;
    }

    /**
     * Returns the active days from which a quarter counts as weekly.
     *
     * @return 12 by default
     */
    @Value.Default
    public int weeklyDays() {
      return 12;
    }

    /**
     * Returns the active days from which a quarter counts as monthly.
     *
     * @return 3 by default
     */
    @Value.Default
    public int monthlyDays() {
      return 3;
    }

    /**
     * Returns the active days from which a quarter counts as quarterly.
     *
     * @return 1 by default
     */
    @Value.Default
    public int quarterlyDays() {
      return 1;
    }

    /**
     * Returns this dimension's own curve (LINEAR interpolates over active days).
     *
     * @return the curve, or empty to use the policy's
     */
    public abstract java.util.Optional<PointTable.Curve> curve();

    @Value.Check
    void check() {
      ProblemCollector problems = new ProblemCollector();
      FieldPath root = FieldPath.root();
      checkLadder(problems, root, maxPoints(), List.of("inactive", "quarterly", "monthly", "weekly"),
          List.of(inactive(), quarterly(), monthly(), weekly()));
      problems.check(quarterlyDays() >= 1, root.field("quarterlyDays"), CoreProblemCode.OUT_OF_RANGE, "be >= 1", quarterlyDays());
      problems.check(monthlyDays() > quarterlyDays(), root.field("monthlyDays"), CoreProblemCode.NOT_INCREASING,
          "be above quarterlyDays " + quarterlyDays(), monthlyDays());
      problems.check(weeklyDays() > monthlyDays(), root.field("weeklyDays"), CoreProblemCode.NOT_INCREASING,
          "be above monthlyDays " + monthlyDays(), weeklyDays());
      problems.check(weeklyDays() <= 92, root.field("weeklyDays"), CoreProblemCode.OUT_OF_RANGE,
          "be at most 92 (days in a quarter)", weeklyDays());
      problems.throwIfErrors(InvalidProgramException::new);
    }

    /**
     * Returns the cadence that a number of portal-active days in the quarter derives.
     *
     * @param activeDays the active days, 0 to 92
     * @return never null
     */
    public HealthFacts.Cadence cadenceOf(int activeDays) {
      if (activeDays >= weeklyDays()) {
        return HealthFacts.Cadence.WEEKLY;
      }
      if (activeDays >= monthlyDays()) {
        return HealthFacts.Cadence.MONTHLY;
      }
      return activeDays >= quarterlyDays() ? HealthFacts.Cadence.QUARTERLY : HealthFacts.Cadence.INACTIVE;
    }

    /**
     * Returns the points of a cadence.
     *
     * @param cadence the cadence, not null
     * @return never null
     */
    public BigDecimal pointsOf(HealthFacts.Cadence cadence) {
      switch (cadence) {
        case WEEKLY:
          return weekly();
        case MONTHLY:
          return monthly();
        case QUARTERLY:
          return quarterly();
        default:
          return inactive();
      }
    }

    /** Builds an {@link Engagement}. Not thread-safe. */
    public static class Builder extends ImmutableEngagement.Builder {
      /** Creates a builder with every default. */
      Builder() {}
    }
  }

  /**
   * The strategic-fit dimension: strong 10, moderate 5, weak 0. Immutable and thread-safe.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutableFit.class)
  @JsonDeserialize(as = ImmutableFit.class)
  public abstract static class Fit {
    Fit() {}

    /**
     * Returns the dimension's weight.
     *
     * @return 10 by default
     */
    @Value.Default
    public BigDecimal maxPoints() {
      return BigDecimal.TEN;
    }

    /**
     * Returns the points of a strong fit.
     *
     * @return 10 by default
     */
    @Value.Default
    public BigDecimal strong() {
      return BigDecimal.TEN;
    }

    /**
     * Returns the points of a moderate fit.
     *
     * @return 5 by default
     */
    @Value.Default
    public BigDecimal moderate() {
      return new BigDecimal("5");
    }

    /**
     * Returns the points of a weak fit.
     *
     * @return 0 by default
     */
    @Value.Default
    public BigDecimal weak() {
      return BigDecimal.ZERO;
    }

    @Value.Check
    void check() {
      ProblemCollector problems = new ProblemCollector();
      checkLadder(problems, FieldPath.root(), maxPoints(), List.of("weak", "moderate", "strong"),
          List.of(weak(), moderate(), strong()));
      problems.throwIfErrors(InvalidProgramException::new);
    }

    /**
     * Returns the points of a fit.
     *
     * @param fit the fit, not null
     * @return never null
     */
    public BigDecimal pointsOf(HealthFacts.StrategicFit fit) {
      switch (fit) {
        case STRONG:
          return strong();
        case MODERATE:
          return moderate();
        default:
          return weak();
      }
    }

    /** Builds a {@link Fit}. Not thread-safe. */
    public static class Builder extends ImmutableFit.Builder {
      /** Creates a builder with every default. */
      Builder() {}
    }
  }

  /**
   * The band thresholds, inclusive lower bounds: champion 80, healthy 60, at risk 40, critical 20;
   * below critical is churning. Immutable and thread-safe.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutableBands.class)
  @JsonDeserialize(as = ImmutableBands.class)
  public abstract static class Bands {
    Bands() {}

    /**
     * Returns the lowest champion score.
     *
     * @return 80 by default
     */
    @Value.Default
    public BigDecimal champion() {
      return new BigDecimal("80");
    }

    /**
     * Returns the lowest healthy score.
     *
     * @return 60 by default
     */
    @Value.Default
    public BigDecimal healthy() {
      return new BigDecimal("60");
    }

    /**
     * Returns the lowest at-risk score.
     *
     * @return 40 by default
     */
    @Value.Default
    public BigDecimal atRisk() {
      return new BigDecimal("40");
    }

    /**
     * Returns the lowest critical score.
     *
     * @return 20 by default
     */
    @Value.Default
    public BigDecimal critical() {
      return new BigDecimal("20");
    }

    @Value.Check
    void check() {
      ProblemCollector problems = new ProblemCollector();
      FieldPath root = FieldPath.root();
      problems.requireInRange(root.field("critical"), critical(), BigDecimal.ZERO, new BigDecimal("100"));
      problems.check(atRisk().compareTo(critical()) > 0, root.field("atRisk"), CoreProblemCode.NOT_INCREASING,
          "be above critical " + critical().toPlainString(), atRisk().toPlainString());
      problems.check(healthy().compareTo(atRisk()) > 0, root.field("healthy"), CoreProblemCode.NOT_INCREASING,
          "be above atRisk " + atRisk().toPlainString(), healthy().toPlainString());
      problems.check(champion().compareTo(healthy()) > 0, root.field("champion"), CoreProblemCode.NOT_INCREASING,
          "be above healthy " + healthy().toPlainString(), champion().toPlainString());
      problems.requireInRange(root.field("champion"), champion(), BigDecimal.ZERO, new BigDecimal("100"));
      problems.throwIfErrors(InvalidProgramException::new);
    }

    /**
     * Returns the band of a score.
     *
     * @param score the score, not null
     * @return never null
     */
    public HealthScore.Band bandOf(BigDecimal score) {
      if (score.compareTo(champion()) >= 0) {
        return HealthScore.Band.CHAMPION;
      }
      if (score.compareTo(healthy()) >= 0) {
        return HealthScore.Band.HEALTHY;
      }
      if (score.compareTo(atRisk()) >= 0) {
        return HealthScore.Band.AT_RISK;
      }
      return score.compareTo(critical()) >= 0 ? HealthScore.Band.CRITICAL : HealthScore.Band.CHURNING;
    }

    /** Builds a {@link Bands}. Not thread-safe. */
    public static class Builder extends ImmutableBands.Builder {
      /** Creates a builder with every default. */
      Builder() {}
    }
  }

  static void checkLadder(ProblemCollector problems, FieldPath root, BigDecimal max, List<String> names,
      List<BigDecimal> points) {
    problems.check(max.signum() > 0, root.field("maxPoints"), CoreProblemCode.NOT_POSITIVE, "be > 0", max.toPlainString());
    for (int i = 0; i < names.size(); i++) {
      FieldPath path = root.field(names.get(i));
      BigDecimal value = points.get(i);
      problems.check(value.signum() >= 0 && value.compareTo(max) <= 0, path, CoreProblemCode.OUT_OF_RANGE,
          "be between 0 and maxPoints " + max.toPlainString(), value.toPlainString());
      if (i > 0) {
        problems.check(value.compareTo(points.get(i - 1)) >= 0, path, CoreProblemCode.NOT_MONOTONE,
            "be >= " + names.get(i - 1) + " " + points.get(i - 1).toPlainString() + " (better never earns less)",
            value.toPlainString());
      }
    }
  }

  /** Builds a {@link HealthPolicy}; every attribute defaults to the standard program. Not thread-safe. */
  public static class Builder extends ImmutableHealthPolicy.Builder {
    /** Creates a builder with every default. */
    Builder() {}
  }
}
