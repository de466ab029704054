package dev.partneros.scoring.health;

import dev.partneros.core.Explanation;
import dev.partneros.core.ExplanationStep;
import dev.partneros.core.StepTemplate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * Builds a health score's explanation on demand, from its facts and components
 * ({@code docs/rules/health.md#health-score}), and renders the revenue growth that the revenue
 * component reads.
 */
final class HealthExplanations {

  private static final String SECTION = "4";
  /** What the revenue component's input starts with, before {@link #growthText}. */
  static final String GROWTH_PREFIX = "YoY growth ";

  // The steps' fixed parts, checked once; every dimension's step reads its band and maximum last.
  private static final StepTemplate REVENUE = StepTemplate.of("health.revenue", SECTION,
      "Revenue: {revenue} vs {prior} a year earlier, growth {growth} -> {outcome} of {max} points ({band})",
      "revenue", "prior", "growth", "band", "max");
  private static final StepTemplate ACTIVITY = StepTemplate.of("health.activity", SECTION,
      "Activity: {deals} deals registered -> {outcome} of {max} points ({band})", "deals", "band", "max");
  private static final StepTemplate ENGAGEMENT = StepTemplate.of("health.engagement", SECTION,
      "Engagement: {input} -> {outcome} of {max} points ({band})", "input", "band", "max");
  private static final StepTemplate SATISFACTION = StepTemplate.of("health.satisfaction", SECTION,
      "Satisfaction: {input} -> {outcome} of {max} points ({band})", "input", "band", "max");
  private static final StepTemplate FIT = StepTemplate.of("health.strategic_fit", SECTION,
      "Strategic fit: {band} -> {outcome} of {max} points", "band", "max");
  private static final StepTemplate BAND = StepTemplate.of("health.band", SECTION, "Health {score} -> {outcome}",
      "score");
  private static final StepTemplate BAND_AFTER = StepTemplate.of("health.band", SECTION,
      "Health {score} -> {outcome} (previous {previous})", "score", "previous");

  private HealthExplanations() {}

  /**
   * Returns the explanation of a score: one step per dimension, then the band.
   *
   * @param score the score, not null
   * @return never null
   */
  static Explanation explain(HealthScore score) {
    HealthFacts facts = score.facts();
    List<HealthScore.Component> components = score.components();
    HealthScore.Component revenue = components.get(HealthScore.Dimension.REVENUE.ordinal());
    ExplanationStep[] steps = new ExplanationStep[6];
    steps[0] = REVENUE.stepWithThreshold(revenue.band(), points(revenue), facts.revenue().toString(),
        facts.priorYearRevenue().toString(), revenue.input().substring(GROWTH_PREFIX.length()), revenue.band(),
        max(revenue));
    if (score.compiled().isPresent()) {
      List<ExplanationStep> compiled = score.compiled().get().steps(facts, components);
      for (int i = 0; i < 4; i++) {
        steps[i + 1] = compiled.get(i);
      }
    } else {
      steps[1] = activityStep(facts.dealsRegistered(), components.get(HealthScore.Dimension.ACTIVITY.ordinal()));
      steps[2] = engagementStep(components.get(HealthScore.Dimension.ENGAGEMENT.ordinal()));
      steps[3] = satisfactionStep(components.get(HealthScore.Dimension.SATISFACTION.ordinal()));
      steps[4] = fitStep(components.get(HealthScore.Dimension.STRATEGIC_FIT.ordinal()));
    }
    String scoreText = score.score().toPlainString();
    steps[5] = score.previousScore().isPresent() && score.previousBand().isPresent()
        ? BAND_AFTER.step(score.band().name(), scoreText,
            score.previousScore().get().toPlainString() + " " + score.previousBand().get())
        : BAND.step(score.band().name(), scoreText);
    return Explanation.of(subject(facts), Optional.of(facts.quarter().lastDay()), Optional.empty(), List.of(steps));
  }

  /**
   * Returns the subject, {@code health of P-1 in 2026-Q2}: the quarter as {@code YearQuarter}
   * renders it ({@code %04d-Q%d}), without formatting through {@code String.format}.
   *
   * @param facts the facts, not null
   * @return never null
   */
  static String subject(HealthFacts facts) {
    String partner = facts.partnerId().toString();
    StringBuilder subject = new StringBuilder(partner.length() + 20).append("health of ").append(partner).append(" in ");
    int year = facts.quarter().year();
    for (int digits = year < 10 ? 3 : year < 100 ? 2 : year < 1000 ? 1 : 0; digits > 0; digits--) {
      subject.append('0');
    }
    return subject.append(year).append("-Q").append(facts.quarter().quarter()).toString();
  }

  /**
   * Returns the activity step of a deal count.
   *
   * @param deals the deals registered
   * @param activity the activity component of that count, not null
   * @return never null
   */
  static ExplanationStep activityStep(int deals, HealthScore.Component activity) {
    return ACTIVITY.stepWithThreshold(activity.band(), points(activity), Integer.toString(deals), activity.band(),
        max(activity));
  }

  /**
   * Returns the engagement step of an engagement component.
   *
   * @param engagement the component, not null
   * @return never null
   */
  static ExplanationStep engagementStep(HealthScore.Component engagement) {
    return ENGAGEMENT.stepWithThreshold(engagement.band(), points(engagement), engagement.input(), engagement.band(),
        max(engagement));
  }

  /**
   * Returns the satisfaction step of a satisfaction component.
   *
   * @param satisfaction the component, not null
   * @return never null
   */
  static ExplanationStep satisfactionStep(HealthScore.Component satisfaction) {
    return SATISFACTION.stepWithThreshold(satisfaction.band(), points(satisfaction), satisfaction.input(),
        satisfaction.band(), max(satisfaction));
  }

  /**
   * Returns the strategic-fit step of a fit component.
   *
   * @param fit the component, not null
   * @return never null
   */
  static ExplanationStep fitStep(HealthScore.Component fit) {
    return FIT.stepWithThreshold(fit.band(), points(fit), fit.band(), max(fit));
  }

  /**
   * Renders year-over-year growth as the revenue component and its step read it: the percentage
   * with one decimal (half-even), such as {@code 12.5 %}; {@code from zero} when only the prior year
   * is zero, {@code 0 %} when both are.
   *
   * @param facts the facts, not null
   * @return never null
   */
  static String growthText(HealthFacts facts) {
    if (facts.priorYearRevenue().isZero()) {
      return facts.revenue().isZero() ? "0 %" : "from zero";
    }
    return growthText(HealthComponents.growth(facts));
  }

  /**
   * Renders a growth computed by {@link HealthComponents#growth} as {@link #growthText(HealthFacts)}
   * does.
   *
   * @param growth the growth, not null
   * @return never null
   */
  static String growthText(BigDecimal growth) {
    return growth.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + " %";
  }

  /** A component's points as its step's outcome reads them. */
  private static String points(HealthScore.Component component) {
    return component.points().stripTrailingZeros().toPlainString();
  }

  /** A component's maximum as its step's {@code max} input reads it. */
  private static String max(HealthScore.Component component) {
    return component.maxPoints().stripTrailingZeros().toPlainString();
  }
}
