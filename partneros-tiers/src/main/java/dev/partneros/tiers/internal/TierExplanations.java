package dev.partneros.tiers.internal;

import dev.partneros.core.DateRange;
import dev.partneros.core.ExplanationStep;
import dev.partneros.core.StepTemplate;
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

  /** The measure step of metrics without custom ones: the window, then every standard metric. */
  private static final StepTemplate MEASURE = StepTemplate.of("tiers.measure", SECTION, MEASURE_TEMPLATE,
      measureInputs());

  /** The last step, naming the qualified tier. */
  private static final StepTemplate QUALIFIED = StepTemplate.of("tiers.qualify", SECTION,
      "qualified tier: {outcome} (the highest tier whose criteria hold)");

  /** The entry-tier steps of the standard tiers, REGISTERED to PLATINUM. */
  private static final List<StepTemplate> ENTRY = entryTemplates();

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

  private static String[] measureInputs() {
    List<Metric> metrics = standardMetrics();
    String[] names = new String[metrics.size() + 1];
    names[0] = "window";
    for (int i = 0; i < metrics.size(); i++) {
      names[i + 1] = metrics.get(i).label();
    }
    return names;
  }

  private static List<StepTemplate> entryTemplates() {
    List<StepTemplate> templates = new ArrayList<>();
    for (Tier tier : List.of(Tier.REGISTERED, Tier.SILVER, Tier.GOLD, Tier.PLATINUM)) {
      templates.add(entryTemplate(tier));
    }
    return List.copyOf(templates);
  }

  private static StepTemplate entryTemplate(Tier tier) {
    return StepTemplate.of(qualifyRule(tier), SECTION, Texts.tierName(tier) + ": signed agreement (entry tier) -> {outcome}");
  }

  /** The entry-tier step's template of a tier: a constant for the standard tiers. */
  private static StepTemplate entry(Tier tier) {
    for (StepTemplate template : ENTRY) {
      if (template.rule().equals(qualifyRule(tier))) {
        return template;
      }
    }
    return entryTemplate(tier);
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
    return qualificationSteps(qualification, Optional.empty());
  }

  /**
   * Returns the steps of a qualification as {@link #qualificationSteps(Qualification)} does, each
   * tier check's step built from its compiled parts when it has them.
   *
   * @param qualification the qualification, not null
   * @param compiled the compiled parts of the qualifier that built it, or empty
   * @return never null
   */
  public static List<ExplanationStep> qualificationSteps(Qualification qualification,
      Optional<QualificationSteps> compiled) {
    TierMetrics metrics = qualification.metrics();
    Currency currency = metrics.currency();
    List<ExplanationStep> steps = new ArrayList<>(qualification.checks().size() + 2);
    if (metrics.window().isPresent()) {
      steps.add(measureStep(metrics, metrics.window().get(), currency));
    }
    QualificationSteps parts = compiled.orElse(null);
    List<Qualification.TierCheck> checks = qualification.checks();
    for (int i = 0; i < checks.size(); i++) {
      Qualification.TierCheck check = checks.get(i);
      String outcome = check.met() ? "met" : "not met";
      if (check.requirement().isEmpty()) {
        steps.add(entry(check.tier()).stepWithThreshold("a signed agreement", outcome));
        continue;
      }
      ExplanationStep fast = parts == null ? null
          : parts.step(i, check.tier(), check.requirement().get(), currency, outcome);
      if (fast != null) {
        steps.add(fast);
        continue;
      }
      ExplanationStep.Builder step = ExplanationStep.builder().rule(qualifyRule(check.tier())).section(SECTION)
          .outcome(outcome);
      RequirementCheck requirement = check.requirement().get();
      StringBuilder template = Texts.appendTemplate(new StringBuilder(160).append(Texts.tierName(check.tier()))
          .append(": "), requirement, currency, step::putInputs);
      step.threshold(Texts.bounds(requirement, currency)).template(template.append(" -> {outcome}").toString());
      steps.add(step.build());
    }
    steps.add(QUALIFIED.stepWithThreshold("the highest tier whose criteria hold", qualification.qualifiedTier().name()));
    return Collections.unmodifiableList(steps);
  }

  /** The metrics measured over the window, in {@link Metric} order, then the custom ones by name. */
  private static ExplanationStep measureStep(TierMetrics metrics, DateRange window, Currency currency) {
    if (metrics.custom().isEmpty()) {
      String[] values = new String[STANDARD.size() + 1];
      values[0] = window.toString();
      for (int i = 0; i < STANDARD.size(); i++) {
        Metric metric = STANDARD.get(i);
        values[i + 1] = Texts.value(metric, metrics.value(metric, Optional.empty()).orElse(null), currency);
      }
      return MEASURE.step("measured", values);
    }
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
