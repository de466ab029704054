package dev.partneros.scoring.health;

import static java.util.Objects.requireNonNull;

import dev.partneros.core.PartnerId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores partner health ({@code docs/rules/health.md#health-score}): revenue growth, activity,
 * engagement, satisfaction and strategic fit, each through its point table, summed to 0-100 and
 * banded.
 *
 * <p>Decisions where the blueprint is silent:
 * <ul>
 *   <li>Growth is {@code (revenue - priorYearRevenue) / priorYearRevenue}. From a prior year of
 *       zero, any revenue above zero counts as strong growth (flagged {@code GROWTH_FROM_ZERO});
 *       both zero is flat.</li>
 *   <li>Flat is growth within {@code +/- flatTolerance}, both ends included; growing starts strictly
 *       above the tolerance.</li>
 *   <li>A missing NPS scores the policy's {@code missingNpsPoints} (0) and is flagged
 *       {@code NPS_MISSING} in the result and the explanation.</li>
 *   <li>Each component's points are rounded to 2 decimals (half-even, only LINEAR can produce
 *       more); the score is their exact sum.</li>
 *   <li>Strategic fit and a cadence given directly have no LINEAR form (they are categories);
 *       engagement derived from active days interpolates over the day thresholds.</li>
 * </ul>
 *
 * <p>The revenue step is decided exactly, as the revenue component decides it
 * ({@code docs/rules/conventions.md#decisions-compare-the-exact-value}), so the score and its
 * components always add the same points.
 *
 * <p>The policy is compiled when the scorer is created ({@code docs/rules/health.md#decision-only}):
 * the points of every dimension that reads a small integer or a category (deals registered, active
 * days, NPS, cadence, fit) are looked up in hundredths, the revenue table and the band thresholds
 * are held as longs, and the components and explanation steps of every small input are built.
 * Scoring a partner then decides its revenue step in minor units and sums five ints; a revenue the
 * integer form cannot decide exactly is computed in BigDecimal, as its component computes it.
 * {@link #decide} stops at the band; {@link #score} keeps the facts and the policy so the
 * components and the explanation are built by the {@link HealthScore} on first request.
 *
 * <p>Stateless; immutable and thread-safe.
 */
public final class HealthScorer {

  private final HealthPolicy policy;
  private final PointTable.Curve curve;
  private final PointTable revenueTable;
  private final CompiledHealth compiled;
  private final CompiledExplanations explanations;

  private HealthScorer(HealthPolicy policy) {
    this.policy = policy;
    this.curve = policy.curve();
    this.revenueTable = policy.revenueTable();
    this.compiled = CompiledHealth.of(policy);
    this.explanations = CompiledExplanations.of(policy);
  }

  /**
   * Creates a scorer.
   *
   * @param policy the health policy, not null
   * @return never null
   */
  public static HealthScorer of(HealthPolicy policy) {
    return new HealthScorer(requireNonNull(policy, "policy"));
  }

  /**
   * Returns the policy.
   *
   * @return never null
   */
  public HealthPolicy policy() {
    return policy;
  }

  /**
   * Decides one partner's band without scoring it in full ({@code docs/rules/health.md#decision-only}):
   * always the band of {@link #score(HealthFacts) score(facts)}, computed from the policy compiled
   * when this scorer was built (points in hundredths, as ints). It builds no components, no text,
   * no explanation and no score object, and allocates nothing for a revenue that fits a long
   * (up to about 10^12 minor units under the standard table).
   *
   * @param facts the facts, not null
   * @return never null
   */
  public HealthScore.Band decide(HealthFacts facts) {
    requireNonNull(facts, "facts");
    return compiled.band((long) compiled.revenue(facts, this) + compiled.activity(facts) + compiled.engagement(facts)
        + compiled.satisfaction(facts) + compiled.fit(facts));
  }

  /**
   * Decides one partner's five points, score and band without an explanation
   * ({@code docs/rules/health.md#decision-only}): always those of
   * {@link #score(HealthFacts) score(facts)}, held as ints in one small object.
   *
   * @param facts the facts, not null
   * @return never null
   */
  public Decision decideScore(HealthFacts facts) {
    requireNonNull(facts, "facts");
    int revenue = compiled.revenue(facts, this);
    int activity = compiled.activity(facts);
    int engagement = compiled.engagement(facts);
    int satisfaction = compiled.satisfaction(facts);
    int fit = compiled.fit(facts);
    int score = revenue + activity + engagement + satisfaction + fit;
    return new Decision(revenue, activity, engagement, satisfaction, fit, compiled.band(score));
  }

  /**
   * Scores one partner's quarter.
   *
   * @param facts the facts, not null
   * @return never null
   */
  public HealthScore score(HealthFacts facts) {
    return score(facts, Optional.empty());
  }

  /**
   * Scores one partner's quarter and compares it with the previous period's score.
   *
   * @param facts the facts, not null
   * @param previous the previous period's score of the same partner, not null
   * @return never null
   */
  public HealthScore score(HealthFacts facts, HealthScore previous) {
    return score(facts, Optional.of(requireNonNull(previous, "previous")));
  }

  /**
   * Scores a whole portfolio, in input order.
   *
   * @param portfolio the facts of every partner, not null
   * @return one score per fact, in the same order; never null
   */
  public List<HealthScore> scoreAll(List<HealthFacts> portfolio) {
    return scoreAll(portfolio, Map.of());
  }

  /**
   * Scores a whole portfolio, in input order, comparing each partner with its previous score.
   *
   * @param portfolio the facts of every partner, not null
   * @param previous the previous period's scores by partner, not null (partners absent from it have
   *     no change)
   * @return one score per fact, in the same order; never null
   */
  public List<HealthScore> scoreAll(List<HealthFacts> portfolio, Map<PartnerId, HealthScore> previous) {
    requireNonNull(portfolio, "portfolio");
    requireNonNull(previous, "previous");
    List<HealthScore> scores = new ArrayList<>(portfolio.size());
    boolean none = previous.isEmpty();
    for (HealthFacts facts : portfolio) {
      scores.add(score(facts, none ? Optional.empty() : Optional.ofNullable(previous.get(facts.partnerId()))));
    }
    return Collections.unmodifiableList(scores);
  }

  private HealthScore score(HealthFacts facts, Optional<HealthScore> previous) {
    requireNonNull(facts, "facts");
    // the points of the decision, in hundredths; the components built on request add up to the same
    int total = compiled.revenue(facts, this) + compiled.activity(facts) + compiled.engagement(facts)
        + compiled.satisfaction(facts) + compiled.fit(facts);
    return ImmutableHealthScore.of(facts, policy, BigDecimal.valueOf(total, PointTable.SCALE), compiled.band(total),
        Optional.of(explanations), previous.map(HealthScore::score), previous.map(HealthScore::band));
  }

  /**
   * Returns the revenue points of the facts, as {@link #score(HealthFacts)} adds them.
   *
   * @param facts the facts, not null
   * @return never null, at 2 decimals
   */
  BigDecimal revenuePoints(HealthFacts facts) {
    if (facts.priorYearRevenue().isZero()) {
      return HealthComponents.pointsFromZero(policy, !facts.revenue().isZero());
    }
    // the step is decided exactly, as the revenue component decides it, never on the growth to 16 digits
    BigDecimal growth = HealthComponents.growth(facts);
    return revenueTable.pointsAt(HealthComponents.growthStep(revenueTable, facts), growth, curve);
  }

  /**
   * The five points, score and band of one partner's quarter, decided by {@link #decideScore}
   * without building an explanation ({@code docs/rules/health.md#decision-only}). The points are
   * held in hundredths; {@link #points} and {@link #score} return them as {@code BigDecimal}s at 2
   * decimals, equal to the {@link HealthScore}'s.
   *
   * <p>Immutable and thread-safe.
   */
  public static final class Decision {

    private final int revenue;
    private final int activity;
    private final int engagement;
    private final int satisfaction;
    private final int fit;
    private final HealthScore.Band band;

    Decision(int revenue, int activity, int engagement, int satisfaction, int fit, HealthScore.Band band) {
      this.revenue = revenue;
      this.activity = activity;
      this.engagement = engagement;
      this.satisfaction = satisfaction;
      this.fit = fit;
      this.band = band;
    }

    /**
     * Returns the points of one dimension.
     *
     * @param dimension the dimension, not null
     * @return never null, at 2 decimals, equal to the score's {@link HealthScore#component} points
     */
    public BigDecimal points(HealthScore.Dimension dimension) {
      return BigDecimal.valueOf(hundredths(requireNonNull(dimension, "dimension")), PointTable.SCALE);
    }

    /**
     * Returns the score, the sum of the five points.
     *
     * @return never null, 0 to 100 at 2 decimals, equal to {@link HealthScore#score()}
     */
    public BigDecimal score() {
      return BigDecimal.valueOf((long) revenue + activity + engagement + satisfaction + fit, PointTable.SCALE);
    }

    /**
     * Returns the band of the score.
     *
     * @return never null, equal to {@link HealthScore#band()}
     */
    public HealthScore.Band band() {
      return band;
    }

    private int hundredths(HealthScore.Dimension dimension) {
      switch (dimension) {
        case REVENUE:
          return revenue;
        case ACTIVITY:
          return activity;
        case ENGAGEMENT:
          return engagement;
        case SATISFACTION:
          return satisfaction;
        default:
          return fit;
      }
    }

    @Override
    public boolean equals(Object other) {
      if (!(other instanceof Decision)) {
        return false;
      }
      Decision that = (Decision) other;
      return revenue == that.revenue && activity == that.activity && engagement == that.engagement
          && satisfaction == that.satisfaction && fit == that.fit && band == that.band;
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(revenue, activity, engagement, satisfaction, fit, band);
    }

    @Override
    public String toString() {
      return "Decision{revenue=" + points(HealthScore.Dimension.REVENUE) + ", activity="
          + points(HealthScore.Dimension.ACTIVITY) + ", engagement=" + points(HealthScore.Dimension.ENGAGEMENT)
          + ", satisfaction=" + points(HealthScore.Dimension.SATISFACTION) + ", strategicFit="
          + points(HealthScore.Dimension.STRATEGIC_FIT) + ", score=" + score() + ", band=" + band + "}";
    }
  }
}
