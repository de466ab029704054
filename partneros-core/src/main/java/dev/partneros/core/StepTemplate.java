package dev.partneros.core;

import static java.util.Objects.requireNonNull;

import dev.partneros.core.internal.ProblemCollector;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The fixed parts of a kind of {@link ExplanationStep}, checked once: the rule id, the section of
 * the rules reference, the sentence template and the names of the inputs it reads, in reading
 * order ({@code docs/rules/conventions.md#explanations}). An engine makes its templates once and
 * builds each step with {@link #step} or {@link #stepWithThreshold}, giving only the values; the
 * template is not checked again and the values are copied once, into an unmodifiable list.
 *
 * <p>A step built here is the step {@link ExplanationStep#builder()} builds from the same parts
 * (the inputs put in the template's order): it is equal to it, has its hash code, renders the
 * same sentence and is written as the same JSON.
 *
 * <pre>{@code
 * static final StepTemplate BAND = StepTemplate.of("health.band", "4", "Health {score} -> {outcome}", "score");
 * ExplanationStep step = BAND.step("GREEN", "82");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class StepTemplate {

  private static final FieldPath RULE = FieldPath.root().field("rule");

  private final String rule;
  private final String section;
  private final String text;
  /** The input names, distinct, in reading order. */
  private final List<String> names;
  /** Whether the text names {@code {threshold}} and no input of that name: a step needs one. */
  private final boolean needsThreshold;

  private StepTemplate(String rule, String section, String text, List<String> names) {
    this.rule = rule;
    this.section = section;
    this.text = text;
    this.names = names;
    this.needsThreshold = text.contains("{threshold}") && !names.contains("threshold");
  }

  /**
   * Makes a template, checking it as {@link ExplanationStep} checks a step: the rule must not be
   * blank, every opening brace of the text must be closed, and every placeholder must name an input,
   * {@code threshold}, {@code outcome} or {@code rule}.
   *
   * @param rule the rule id, not blank
   * @param section the section of the rules reference, such as {@code "5"}, not null
   * @param text the sentence template, not null
   * @param inputNames the names of the inputs, distinct, in reading order, not null
   * @return never null
   * @throws InvalidFactsException if the rule is blank ({@code blank} at {@code rule}) or a placeholder
   *     is not closed or not known ({@code unclosed_placeholder}, {@code unknown_placeholder} at
   *     {@code template}), every problem at once
   * @throws IllegalArgumentException if two inputs have the same name
   */
  public static StepTemplate of(String rule, String section, String text, String... inputNames) {
    requireNonNull(rule, "rule");
    requireNonNull(section, "section");
    requireNonNull(text, "text");
    List<String> names = List.of(requireNonNull(inputNames, "inputNames"));
    Set<String> distinct = new HashSet<>();
    for (String name : names) {
      if (!distinct.add(requireNonNull(name, "input name"))) {
        throw new IllegalArgumentException("inputNames must be distinct, but " + name + " occurs twice");
      }
    }
    ProblemCollector problems = new ProblemCollector();
    problems.check(!rule.isBlank(), RULE, CoreProblemCode.BLANK, "not be blank", rule);
    ExplanationStep.checkPlaceholders(text, name -> distinct.contains(name) || name.equals("outcome")
        || name.equals("rule") || name.equals("threshold"), problems);
    problems.throwIfErrors(InvalidFactsException::new);
    return new StepTemplate(rule, section, text, names);
  }

  /**
   * Returns the rule id of the steps.
   *
   * @return never null, not blank
   */
  public String rule() {
    return rule;
  }

  /**
   * Returns the section of the rules reference the steps cite.
   *
   * @return never empty
   */
  public Optional<String> section() {
    return Optional.of(section);
  }

  /**
   * Returns the sentence template.
   *
   * @return never empty
   */
  public Optional<String> text() {
    return Optional.of(text);
  }

  /**
   * Returns the names of the inputs, in reading order.
   *
   * @return never null
   */
  public List<String> inputNames() {
    return names;
  }

  /**
   * Builds a step without a threshold.
   *
   * @param outcome the outcome, not blank
   * @param values the inputs' values, one per input name, in the same order, none null
   * @return never null
   * @throws InvalidFactsException if the outcome is blank ({@code blank} at {@code outcome}), or the
   *     text names {@code {threshold}} ({@code unknown_placeholder} at {@code template}), as
   *     {@link ExplanationStep.Builder#build()} would
   * @throws IllegalArgumentException if there is not one value per input name
   */
  public ExplanationStep step(String outcome, String... values) {
    return make(null, outcome, values);
  }

  /**
   * Builds a step with a threshold.
   *
   * @param threshold the threshold or rate the inputs were compared with, not null
   * @param outcome the outcome, not blank
   * @param values the inputs' values, one per input name, in the same order, none null
   * @return never null
   * @throws InvalidFactsException if the outcome is blank ({@code blank} at {@code outcome})
   * @throws IllegalArgumentException if there is not one value per input name
   */
  public ExplanationStep stepWithThreshold(String threshold, String outcome, String... values) {
    return make(requireNonNull(threshold, "threshold"), outcome, values);
  }

  private ExplanationStep make(String threshold, String outcome, String[] values) {
    requireNonNull(outcome, "outcome");
    if (values.length != names.size()) {
      throw new IllegalArgumentException("values must be one per input name " + names + ", but were "
          + values.length);
    }
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        throw new NullPointerException("inputs value for key: " + names.get(i));
      }
    }
    if (outcome.isBlank() || (threshold == null && needsThreshold)) {
      return refused(threshold, outcome, values);
    }
    return new TemplatedStep(this, new StepInputs(names, List.of(values)), threshold, outcome);
  }

  /** Builds the step the ordinary way, which throws the problems it has. */
  private ExplanationStep refused(String threshold, String outcome, String[] values) {
    ExplanationStep.Builder step = ExplanationStep.builder().rule(rule).section(section).template(text)
        .threshold(Optional.ofNullable(threshold)).outcome(outcome);
    for (int i = 0; i < values.length; i++) {
      step.putInputs(names.get(i), values[i]);
    }
    return step.build();
  }

  /**
   * Returns the rule and the template text, for debugging.
   *
   * @return never null
   */
  @Override
  public String toString() {
    return "StepTemplate{rule=" + rule + ", section=" + section + ", inputs=" + names + ", text=" + text + "}";
  }
}
