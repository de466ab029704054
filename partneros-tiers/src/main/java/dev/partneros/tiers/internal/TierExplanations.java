package dev.partneros.tiers.internal;

import dev.partneros.core.DateRange;
import dev.partneros.core.ExplanationStep;
import dev.partneros.core.Tier;
import dev.partneros.tiers.Metric;
import dev.partneros.tiers.Qualification;
import dev.partneros.tiers.RequirementCheck;
import dev.partneros.tiers.TierDecision;
import dev.partneros.tiers.TierMetrics;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the explanation steps of qualifications, on demand
 * ({@code docs/rules/tiers.md#qualified-tier}), each sentence appended into one buffer
 * ({@code docs/rules/tiers.md#explaining-a-qualification}).
 */
public final class TierExplanations {

  /** The rules section every step cites (5, {@code docs/rules/tiers.md}). */
  public static final String SECTION = "5";

  /** Every metric but {@link Metric#CUSTOM}, in declaration order: the measure step's inputs. */
  private static final List<Metric> STANDARD = standardMetrics();

  /** The measure step's template for metrics without custom ones. */
  private static final String MEASURE_TEMPLATE = measureTemplate();

  private TierExplanations() {}

  private static List<Metric> standardMetrics() {
    List<Metric> metrics = new ArrayList<>();
    for (Metric metric : Metric.values()) {
      if (metric != Metric.CUSTOM) {
        metrics.add(metric);
      }
    }
    return List.copyOf(metrics);
  }

  private static String measureTemplate() {
    StringBuilder template = new StringBuilder("metrics over {window}, across all products:");
    String separator = " ";
    for (Metric metric : standardMetrics()) {
      template.append(separator).append(metric.label()).append(" {").append(metric.label()).append('}');
      separator = ", ";
    }
    return template.toString();
  }

  /**
   * Returns the rule id of a tier's qualification step, such as {@code tiers.qualify.gold}.
   *
   * @param tier the tier, not null
   * @return never null
   */
  public static String qualifyRule(Tier tier) {
    switch (tier.name()) {
      case "REGISTERED":
        return "tiers.qualify.registered";
      case "SILVER":
        return "tiers.qualify.silver";
      case "GOLD":
        return "tiers.qualify.gold";
      case "PLATINUM":
        return "tiers.qualify.platinum";
      default:
        break;
    }
    return "tiers.qualify." + tier.name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the steps of a qualification: the metrics measured (when a window is known), one step
   * per tier, lowest first, and the qualified tier.
   *
   * @param qualification the qualification, not null
   * @return never null
   */
  public static List<ExplanationStep> qualificationSteps(Qualification qualification) {
    TierMetrics metrics = qualification.metrics();
    Currency currency = metrics.currency();
    List<ExplanationStep> steps = new ArrayList<>(qualification.checks().size() + 2);
    if (metrics.window().isPresent()) {
      steps.add(measureStep(metrics, metrics.window().get(), currency));
    }
    for (Qualification.TierCheck check : qualification.checks()) {
      String name = Texts.tierName(check.tier());
      ExplanationStep.Builder step = ExplanationStep.builder().rule(qualifyRule(check.tier())).section(SECTION)
          .outcome(check.met() ? "met" : "not met");
      if (check.requirement().isEmpty()) {
        step.threshold("a signed agreement").template(name + ": signed agreement (entry tier) -> {outcome}");
      } else {
        RequirementCheck requirement = check.requirement().get();
        StringBuilder template = Texts.appendTemplate(new StringBuilder(160).append(name).append(": "), requirement,
            currency, step::putInputs);
        step.threshold(Texts.bounds(requirement, currency)).template(template.append(" -> {outcome}").toString());
      }
      steps.add(step.build());
    }
    steps.add(ExplanationStep.builder().rule("tiers.qualify").section(SECTION)
        .threshold("the highest tier whose criteria hold").outcome(qualification.qualifiedTier().name())
        .template("qualified tier: {outcome} (the highest tier whose criteria hold)").build());
    return Collections.unmodifiableList(steps);
  }

  /** The metrics measured over the window, in {@link Metric} order, then the custom ones by name. */
  private static ExplanationStep measureStep(TierMetrics metrics, DateRange window, Currency currency) {
    ExplanationStep.Builder step = ExplanationStep.builder().rule("tiers.measure").section(SECTION)
        .putInputs("window", window.toString());
    for (Metric metric : STANDARD) {
      step.putInputs(metric.label(), Texts.value(metric, metrics.value(metric, Optional.empty()).orElse(null), currency));
    }
    String template = MEASURE_TEMPLATE;
    if (!metrics.custom().isEmpty()) {
      StringBuilder custom = new StringBuilder(MEASURE_TEMPLATE);
      for (Map.Entry<String, BigDecimal> entry : metrics.custom().entrySet()) {
        step.putInputs(entry.getKey(), Texts.value(Metric.CUSTOM, entry.getValue(), currency));
        custom.append(", ").append(entry.getKey()).append(" {").append(entry.getKey()).append('}');
      }
      template = custom.toString();
    }
    return step.outcome("measured").template(template).build();
  }

  /**
   * Returns the steps of a decision's state machine, one per {@link TierDecision.Step}.
   *
   * @param decision the decision, not null
   * @return never null
   */
  public static List<ExplanationStep> maintenanceSteps(TierDecision decision) {
    List<ExplanationStep> steps = new ArrayList<>(decision.steps().size());
    for (TierDecision.Step step : decision.steps()) {
      steps.add(MaintenanceTexts.step(step, decision));
    }
    return List.copyOf(steps);
  }
}
