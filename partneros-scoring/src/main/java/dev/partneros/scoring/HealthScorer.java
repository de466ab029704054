package dev.partneros.scoring;

import static java.util.Objects.requireNonNull;

import dev.partneros.core.Explanation;
import dev.partneros.core.ExplanationStep;
import dev.partneros.core.PartnerId;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores partner health (RULES.md section 4): revenue growth, activity, engagement, satisfaction
 * and strategic fit, each through its point table, summed to 0-100 and banded.
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
 * <p>Stateless; immutable and thread-safe.
 */
public final class HealthScorer {

  private static final String SECTION = "4";

  private final HealthPolicy policy;
  private final PointTable revenueTable;
  private final PointTable engagementDays;

  private HealthScorer(HealthPolicy policy) {
    this.policy = policy;
    this.revenueTable = policy.revenueTable();
    this.engagementDays = policy.engagementDaysTable();
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
    for (HealthFacts facts : portfolio) {
      scores.add(score(facts, Optional.ofNullable(previous.get(facts.partnerId()))));
    }
    return List.copyOf(scores);
  }

  private HealthScore score(HealthFacts facts, Optional<HealthScore> previous) {
    requireNonNull(facts, "facts");
    Curve curve = policy.curve();
    HealthScore.Builder result = new HealthScore.Builder().partnerId(facts.partnerId()).quarter(facts.quarter());
    Explanation.Builder explanation = Explanation.builder()
        .subject("health of " + facts.partnerId() + " in " + facts.quarter())
        .asOf(facts.quarter().lastDay());
    BigDecimal total = BigDecimal.ZERO;

    // Revenue
    BigDecimal prior = facts.priorYearRevenue().amount();
    BigDecimal current = facts.revenue().amount();
    BigDecimal points;
    String band;
    String growthText;
    if (prior.signum() == 0) {
      if (current.signum() > 0) {
        points = revenueTable.steps().get(2).points().setScale(PointTable.SCALE);
        band = revenueTable.bandOf(policy.revenue().strongGrowthMin());
        growthText = "from zero";
        result.addFlags(HealthScore.GROWTH_FROM_ZERO);
      } else {
        points = revenueTable.pointsOf(BigDecimal.ZERO, curve);
        band = revenueTable.bandOf(BigDecimal.ZERO);
        growthText = "0 %";
      }
    } else {
      BigDecimal growth = current.subtract(prior).divide(prior, MathContext.DECIMAL64);
      points = revenueTable.pointsOf(growth, curve);
      band = revenueTable.bandOf(growth);
      growthText = percent(growth);
    }
    total = total.add(points);
    result.addComponents(component(HealthDimension.REVENUE, "YoY growth " + growthText, band, points,
        revenueTable.maxPoints()));
    explanation.addSteps(step("health.revenue", "Revenue: {revenue} vs {prior} a year earlier, growth {growth} "
        + "-> {outcome} of {max} points ({band})", points, revenueTable.maxPoints(), band,
        "revenue", facts.revenue().toString(), "prior", facts.priorYearRevenue().toString(), "growth", growthText));

    // Activity
    BigDecimal deals = BigDecimal.valueOf(facts.dealsRegistered());
    PointTable activity = policy.activity();
    points = activity.pointsOf(deals, curve);
    band = activity.bandOf(deals);
    total = total.add(points);
    result.addComponents(component(HealthDimension.ACTIVITY, facts.dealsRegistered() + " deals registered", band,
        points, activity.maxPoints()));
    explanation.addSteps(step("health.activity", "Activity: {deals} deals registered -> {outcome} of {max} points ({band})",
        points, activity.maxPoints(), band, "deals", Integer.toString(facts.dealsRegistered())));

    // Engagement
    HealthPolicy.Engagement engagement = policy.engagement();
    String input;
    if (facts.engagement().isPresent()) {
      EngagementCadence cadence = facts.engagement().get();
      points = engagement.pointsOf(cadence).setScale(PointTable.SCALE);
      band = cadence.name().toLowerCase(java.util.Locale.ROOT);
      input = "cadence " + band;
    } else {
      int days = facts.portalActiveDays().orElseThrow();
      points = engagementDays.pointsOf(BigDecimal.valueOf(days), curve);
      band = engagement.cadenceOf(days).name().toLowerCase(java.util.Locale.ROOT);
      input = days + " portal-active days";
    }
    total = total.add(points);
    result.addComponents(component(HealthDimension.ENGAGEMENT, input, band, points, engagement.maxPoints()));
    explanation.addSteps(step("health.engagement", "Engagement: {input} -> {outcome} of {max} points ({band})",
        points, engagement.maxPoints(), band, "input", input));

    // Satisfaction
    PointTable satisfaction = policy.satisfaction();
    if (facts.nps().isPresent()) {
      BigDecimal nps = BigDecimal.valueOf(facts.nps().get());
      points = satisfaction.pointsOf(nps, curve);
      band = satisfaction.bandOf(nps);
      input = "NPS " + facts.nps().get();
    } else {
      points = policy.missingNpsPoints().setScale(PointTable.SCALE);
      band = "NPS missing (flagged)";
      input = "NPS missing";
      result.addFlags(HealthScore.NPS_MISSING);
    }
    total = total.add(points);
    result.addComponents(component(HealthDimension.SATISFACTION, input, band, points, satisfaction.maxPoints()));
    explanation.addSteps(step("health.satisfaction", "Satisfaction: {input} -> {outcome} of {max} points ({band})",
        points, satisfaction.maxPoints(), band, "input", input));

    // Strategic fit
    HealthPolicy.Fit fit = policy.strategicFit();
    points = fit.pointsOf(facts.strategicFit()).setScale(PointTable.SCALE);
    band = facts.strategicFit().name().toLowerCase(java.util.Locale.ROOT);
    total = total.add(points);
    result.addComponents(component(HealthDimension.STRATEGIC_FIT, band + " fit", band, points, fit.maxPoints()));
    explanation.addSteps(step("health.strategic_fit", "Strategic fit: {band} -> {outcome} of {max} points",
        points, fit.maxPoints(), band));

    HealthBand healthBand = policy.bands().bandOf(total);
    result.score(total).band(healthBand);
    ExplanationStep.Builder bandStep = ExplanationStep.builder().rule("health.band").section(SECTION)
        .putInputs("score", total.toPlainString())
        .outcome(healthBand.name());
    if (previous.isPresent()) {
      HealthScore before = previous.get();
      result.previousScore(before.score()).previousBand(before.band());
      bandStep.putInputs("previous", before.score().toPlainString() + " " + before.band())
          .template("Health {score} -> {outcome} (previous {previous})");
    } else {
      bandStep.template("Health {score} -> {outcome}");
    }
    explanation.addSteps(bandStep.build());
    return result.explanation(explanation.build()).build();
  }

  private static HealthComponent component(HealthDimension dimension, String input, String band, BigDecimal points,
      BigDecimal max) {
    return new HealthComponent.Builder().dimension(dimension).input(input).band(band).points(points)
        .maxPoints(max).build();
  }

  private static ExplanationStep step(String rule, String template, BigDecimal points, BigDecimal max, String band,
      String... inputs) {
    ExplanationStep.Builder step = ExplanationStep.builder().rule(rule).section(SECTION);
    for (int i = 0; i < inputs.length; i += 2) {
      step.putInputs(inputs[i], inputs[i + 1]);
    }
    return step.putInputs("band", band).putInputs("max", max.stripTrailingZeros().toPlainString())
        .threshold(band).outcome(points.stripTrailingZeros().toPlainString()).template(template).build();
  }

  private static String percent(BigDecimal fraction) {
    return fraction.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_EVEN).toPlainString() + " %";
  }
}
