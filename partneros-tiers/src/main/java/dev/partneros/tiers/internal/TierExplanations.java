package dev.partneros.tiers.internal;

import dev.partneros.core.ExplanationStep;
import dev.partneros.core.Tier;
import dev.partneros.tiers.Metric;
import dev.partneros.tiers.Qualification;
import dev.partneros.tiers.TierDecision;
import dev.partneros.tiers.TierMetrics;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the explanation steps of qualifications, on demand
 * ({@code docs/rules/tiers.md#qualified-tier}).
 */
public final class TierExplanations {

  /** The rules section every step cites (5, {@code docs/rules/tiers.md}). */
  public static final String SECTION = "5";

  private TierExplanations() {}

  /**
   * Returns the rule id of a tier's qualification step, such as {@code tiers.qualify.gold}.
   *
   * @param tier the tier, not null
   * @return never null
   */
  public static String qualifyRule(Tier tier) {
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
    List<ExplanationStep> steps = new ArrayList<>();
    TierMetrics metrics = qualification.metrics();
    metrics.window().ifPresent(window -> {
      Map<String, String> inputs = new LinkedHashMap<>();
      inputs.put("window", window.toString());
      StringBuilder template = new StringBuilder("metrics over {window}, across all products:");
      String separator = " ";
      for (Metric metric : Metric.values()) {
        if (metric == Metric.CUSTOM) {
          continue;
        }
        inputs.put(metric.label(), Texts.value(metric, metrics.value(metric, Optional.empty())
            .orElse(null), metrics.currency()));
        template.append(separator).append(metric.label()).append(" {").append(metric.label()).append('}');
        separator = ", ";
      }
      for (Map.Entry<String, BigDecimal> custom : metrics.custom().entrySet()) {
        inputs.put(custom.getKey(), Texts.value(Metric.CUSTOM, custom.getValue(), metrics.currency()));
        template.append(separator).append(custom.getKey()).append(" {").append(custom.getKey()).append('}');
      }
      steps.add(ExplanationStep.builder().rule("tiers.measure").section(SECTION).inputs(inputs)
          .outcome("measured").template(template.toString()).build());
    });
    for (Qualification.TierCheck check : qualification.checks()) {
      String name = Texts.tierName(check.tier());
      ExplanationStep.Builder step = ExplanationStep.builder().rule(qualifyRule(check.tier())).section(SECTION)
          .outcome(check.met() ? "met" : "not met");
      if (check.requirement().isEmpty()) {
        step.threshold("a signed agreement").template(name + ": signed agreement (entry tier) -> {outcome}");
      } else {
        Map<String, String> inputs = new LinkedHashMap<>();
        String body = Texts.template(check.requirement().get(), metrics.currency(), inputs);
        step.inputs(inputs).threshold(Texts.bounds(check.requirement().get(), metrics.currency()))
            .template(name + ": " + body + " -> {outcome}");
      }
      steps.add(step.build());
    }
    steps.add(ExplanationStep.builder().rule("tiers.qualify").section(SECTION)
        .threshold("the highest tier whose criteria hold").outcome(qualification.qualifiedTier().name())
        .template("qualified tier: {outcome} (the highest tier whose criteria hold)").build());
    return List.copyOf(steps);
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
