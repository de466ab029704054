package dev.partneros.tiers;

import dev.partneros.core.ExplanationStep;
import dev.partneros.core.Money;
import dev.partneros.core.Tier;
import dev.partneros.tiers.internal.Texts;
import dev.partneros.tiers.internal.TierExplanations;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The reference rendering of a qualification's explanation steps: the straightforward
 * implementation (lists joined, maps copied into builders) that {@code TierExplanations} and
 * {@code Texts} replaced with appends into one builder; the steps must stay equal to these.
 */
final class ReferenceQualificationSteps {

  private ReferenceQualificationSteps() {}

  static List<ExplanationStep> of(Qualification qualification) {
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
        inputs.put(metric.label(), value(metric, metrics.value(metric, Optional.empty())
            .orElse(null), metrics.currency()));
        template.append(separator).append(metric.label()).append(" {").append(metric.label()).append('}');
        separator = ", ";
      }
      for (Map.Entry<String, BigDecimal> custom : metrics.custom().entrySet()) {
        inputs.put(custom.getKey(), value(Metric.CUSTOM, custom.getValue(), metrics.currency()));
        template.append(separator).append(custom.getKey()).append(" {").append(custom.getKey()).append('}');
      }
      steps.add(ExplanationStep.builder().rule("tiers.measure").section(TierExplanations.SECTION).inputs(inputs)
          .outcome("measured").template(template.toString()).build());
    });
    for (Qualification.TierCheck check : qualification.checks()) {
      String name = tierName(check.tier());
      ExplanationStep.Builder step = ExplanationStep.builder().rule(qualifyRule(check.tier()))
          .section(TierExplanations.SECTION).outcome(check.met() ? "met" : "not met");
      if (check.requirement().isEmpty()) {
        step.threshold("a signed agreement").template(name + ": signed agreement (entry tier) -> {outcome}");
      } else {
        Map<String, String> inputs = new LinkedHashMap<>();
        String body = template(check.requirement().get(), metrics.currency(), inputs, true);
        step.inputs(inputs).threshold(bounds(check.requirement().get(), metrics.currency(), true))
            .template(name + ": " + body + " -> {outcome}");
      }
      steps.add(step.build());
    }
    steps.add(ExplanationStep.builder().rule("tiers.qualify").section(TierExplanations.SECTION)
        .threshold("the highest tier whose criteria hold").outcome(qualification.qualifiedTier().name())
        .template("qualified tier: {outcome} (the highest tier whose criteria hold)").build());
    return List.copyOf(steps);
  }

  /** A metric's value as {@code Texts.value} renders it, through {@link Money}. */
  static String value(Metric metric, BigDecimal value, Currency currency) {
    if (value == null) {
      return "none";
    }
    switch (metric.kind()) {
      case MONEY:
        return Money.of(value, currency, RoundingMode.HALF_EVEN).toString();
      case FLAG:
        return value.signum() > 0 ? "yes" : "no";
      default:
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
  }

  /** A tier's name for sentences, as {@code Texts.tierName} renders it. */
  static String tierName(Tier tier) {
    String lower = tier.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }

  static String qualifyRule(Tier tier) {
    return "tiers.qualify." + tier.name().toLowerCase(Locale.ROOT);
  }

  static String bounds(RequirementCheck check, Currency currency, boolean top) {
    if (check.form() == Criterion.Form.THRESHOLD) {
      Metric metric = check.metric().get();
      if (metric.kind() == Metric.Kind.FLAG) {
        return Texts.label(check) + (check.required().get().signum() > 0 ? " required" : " not required");
      }
      return Texts.label(check) + " >= " + value(metric, check.required().get(), currency);
    }
    List<String> parts = new ArrayList<>();
    for (RequirementCheck child : check.children()) {
      parts.add(bounds(child, currency, false));
    }
    String joined = String.join(check.form() == Criterion.Form.ALL_OF ? " and " : " or ", parts);
    return top || check.children().size() == 1 ? joined : "(" + joined + ")";
  }

  static String template(RequirementCheck check, Currency currency, Map<String, String> inputs, boolean top) {
    if (check.form() == Criterion.Form.THRESHOLD) {
      Metric metric = check.metric().get();
      String label = Texts.label(check);
      inputs.put(label, value(metric, check.current().orElse(null), currency));
      if (metric.kind() == Metric.Kind.FLAG) {
        return label + " {" + label + "}" + (check.met() ? "" : " (required)");
      }
      return label + " {" + label + "} " + (check.met() ? ">=" : "<") + " "
          + value(metric, check.required().get(), currency);
    }
    List<String> parts = new ArrayList<>();
    for (RequirementCheck child : check.children()) {
      if (check.form() == Criterion.Form.ANY_OF && check.met() && !child.met()) {
        collectInputs(child, currency, inputs);
        continue;
      }
      parts.add(template(child, currency, inputs, false));
    }
    String separator = check.form() == Criterion.Form.ANY_OF ? " or " : top ? "; " : " and ";
    String joined = String.join(separator, parts);
    return top || parts.size() == 1 ? joined : "(" + joined + ")";
  }

  private static void collectInputs(RequirementCheck check, Currency currency, Map<String, String> inputs) {
    if (check.form() == Criterion.Form.THRESHOLD) {
      inputs.put(Texts.label(check), value(check.metric().get(), check.current().orElse(null), currency));
    } else {
      for (RequirementCheck child : check.children()) {
        collectInputs(child, currency, inputs);
      }
    }
  }
}
