package dev.partneros.scoring.health;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;

/**
 * The five components of a health score ({@code docs/rules/health.md#health-score}), each with its
 * input and band as text: built on demand by {@link HealthScore#components()}, and by
 * {@link HealthScorer} once per small input when it is created, so the points of both always agree.
 */
final class HealthComponents {

  private HealthComponents() {}

  /**
   * Returns the components of a partner's facts, in the order of {@link HealthScore.Dimension}.
   *
   * @param policy the policy, not null
   * @param facts the facts, not null
   * @return never null
   */
  static List<HealthScore.Component> of(HealthPolicy policy, HealthFacts facts) {
    return List.of(revenue(policy, facts), activity(policy, facts.dealsRegistered()),
        engagement(policy, facts.engagementIndex()), satisfaction(policy, facts.npsIndex()),
        fit(policy, facts.strategicFit()));
  }

  /**
   * Returns the engagement component of an {@link HealthFacts#engagementIndex()}.
   *
   * @param policy the policy, not null
   * @param index a cadence's ordinal, or {@link HealthFacts#DAYS_INDEX} plus the active days
   * @return never null
   */
  static HealthScore.Component engagement(HealthPolicy policy, int index) {
    return index < HealthFacts.DAYS_INDEX ? cadence(policy, HealthFacts.Cadence.values()[index])
        : activeDays(policy, index - HealthFacts.DAYS_INDEX);
  }

  /**
   * Returns the satisfaction component of an {@link HealthFacts#npsIndex()}.
   *
   * @param policy the policy, not null
   * @param index {@code nps + 100}, or {@link HealthFacts#NPS_MISSING_INDEX}
   * @return never null
   */
  static HealthScore.Component satisfaction(HealthPolicy policy, int index) {
    return index == HealthFacts.NPS_MISSING_INDEX ? npsMissing(policy) : nps(policy, index - 100);
  }

  /**
   * Returns the revenue growth of the facts: {@code (revenue - prior) / prior} to 16 digits.
   *
   * @param facts the facts, with a prior year's revenue above zero
   * @return never null
   */
  static BigDecimal growth(HealthFacts facts) {
    BigDecimal prior = facts.priorYearRevenue().amount();
    return facts.revenue().amount().subtract(prior).divide(prior, MathContext.DECIMAL64);
  }

  /**
   * Returns the revenue table's step that the growth meets, decided exactly: growth {@code >= min}
   * is {@code revenue - prior >= min x prior} (the prior is above zero), with no division, so a
   * growth a hair under a band edge never rounds onto it, whatever the revenues' size
   * ({@code docs/rules/health.md#revenue-growth}). Only the points of a LINEAR curve between two
   * edges use the growth to 16 digits, and they are rounded to 2 decimals.
   *
   * @param table the revenue table, not null
   * @param facts the facts, with a prior year's revenue above zero
   * @return -1 below every step, else the step's index
   */
  static int growthStep(PointTable table, HealthFacts facts) {
    BigDecimal prior = facts.priorYearRevenue().amount();
    BigDecimal change = facts.revenue().amount().subtract(prior);
    List<PointTable.Step> steps = table.steps();
    for (int i = steps.size() - 1; i >= 0; i--) {
      int c = change.compareTo(steps.get(i).min().multiply(prior));
      if (steps.get(i).minExclusive() ? c > 0 : c >= 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Returns the revenue points from a prior year of zero: the top step's when revenue is above
   * zero, the points of zero growth when both are zero.
   *
   * @param policy the policy, not null
   * @param fromZero whether revenue is above zero
   * @return never null
   */
  static BigDecimal pointsFromZero(HealthPolicy policy, boolean fromZero) {
    PointTable table = policy.revenueTable();
    return fromZero ? table.steps().get(2).points().setScale(PointTable.SCALE)
        : table.pointsOf(BigDecimal.ZERO, policy.curve());
  }

  static HealthScore.Component revenue(HealthPolicy policy, HealthFacts facts) {
    PointTable table = policy.revenueTable();
    BigDecimal points;
    String band;
    String growthText;
    if (facts.priorYearRevenue().isZero()) {
      boolean fromZero = !facts.revenue().isZero();
      points = pointsFromZero(policy, fromZero);
      band = table.bandOf(fromZero ? policy.revenue().strongGrowthMin() : BigDecimal.ZERO);
      growthText = HealthExplanations.growthText(facts);
    } else {
      int step = growthStep(table, facts);
      BigDecimal growth = growth(facts);
      points = table.pointsAt(step, growth, policy.curve());
      band = table.bandAt(step);
      growthText = HealthExplanations.growthText(growth); // the growth computed once, as growthText(facts) computes it
    }
    return component(HealthScore.Dimension.REVENUE, HealthExplanations.GROWTH_PREFIX + growthText, band, points,
        table.maxPoints());
  }

  static HealthScore.Component activity(HealthPolicy policy, int deals) {
    PointTable activity = policy.activity();
    BigDecimal value = BigDecimal.valueOf(deals);
    return component(HealthScore.Dimension.ACTIVITY, deals + " deals registered", activity.bandOf(value),
        activity.pointsOf(value, policy.curve()), activity.maxPoints());
  }

  static HealthScore.Component cadence(HealthPolicy policy, HealthFacts.Cadence cadence) {
    String band = cadence.name().toLowerCase(Locale.ROOT);
    return component(HealthScore.Dimension.ENGAGEMENT, "cadence " + band, band,
        policy.engagement().pointsOf(cadence).setScale(PointTable.SCALE), policy.engagement().maxPoints());
  }

  static HealthScore.Component activeDays(HealthPolicy policy, int days) {
    return component(HealthScore.Dimension.ENGAGEMENT, days + " portal-active days",
        policy.engagement().cadenceOf(days).name().toLowerCase(Locale.ROOT),
        policy.engagementDaysTable().pointsOf(BigDecimal.valueOf(days), policy.curve()),
        policy.engagement().maxPoints());
  }

  static HealthScore.Component nps(HealthPolicy policy, int nps) {
    PointTable satisfaction = policy.satisfaction();
    BigDecimal value = BigDecimal.valueOf(nps);
    return component(HealthScore.Dimension.SATISFACTION, "NPS " + nps, satisfaction.bandOf(value),
        satisfaction.pointsOf(value, policy.curve()), satisfaction.maxPoints());
  }

  static HealthScore.Component npsMissing(HealthPolicy policy) {
    return component(HealthScore.Dimension.SATISFACTION, "NPS missing", "NPS missing (flagged)",
        policy.missingNpsPoints().setScale(PointTable.SCALE), policy.satisfaction().maxPoints());
  }

  static HealthScore.Component fit(HealthPolicy policy, HealthFacts.StrategicFit fit) {
    String band = fit.name().toLowerCase(Locale.ROOT);
    return component(HealthScore.Dimension.STRATEGIC_FIT, band + " fit", band,
        policy.strategicFit().pointsOf(fit).setScale(PointTable.SCALE), policy.strategicFit().maxPoints());
  }

  private static HealthScore.Component component(HealthScore.Dimension dimension, String input, String band, BigDecimal points,
      BigDecimal max) {
    return new HealthScore.Component.Builder().dimension(dimension).input(input).band(band).points(points)
        .maxPoints(max).build();
  }
}
