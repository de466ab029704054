package dev.partneros.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.internal.ProblemCollector;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One step of a decision's reasoning, as data (STYLE.md, convention 7): which rule was applied
 * ({@link #rule()}, e.g. {@code health.activity}), where it is specified ({@link #section()}, a
 * section number of the rules reference, {@code docs/rules/README.md}), the inputs it read (names to
 * rendered values, in reading order), the threshold or rate it compared with, and the outcome.
 *
 * <p>The sentence is rendered only on request by {@link #render()}: with a {@link #template()},
 * {@code {name}} placeholders are replaced by the input of that name, {@code {threshold}},
 * {@code {outcome}} and {@code {rule}}; without one, a generic form
 * {@code rule: name=value, ...; threshold T -> outcome} is used. A template may only name inputs the
 * step has.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExplanationStep.class)
@JsonDeserialize(as = ImmutableExplanationStep.class)
public abstract class ExplanationStep {

  private static final FieldPath RULE = FieldPath.root().field("rule");
  private static final FieldPath OUTCOME = FieldPath.root().field("outcome");
  private static final FieldPath TEMPLATE = FieldPath.root().field("template");

  ExplanationStep() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates a step with a rule and an outcome only.
   *
   * @param rule the rule id, not blank
   * @param outcome the outcome, not blank
   * @return never null
   */
  public static ExplanationStep of(String rule, String outcome) {
    return builder().rule(rule).outcome(outcome).build();
  }

  /**
   * Returns the id of the rule applied, dotted lower case such as {@code tiers.qualify.gold}.
   *
   * @return never null, not blank
   */
  public abstract String rule();

  /**
   * Returns the section of the rules reference the rule comes from, such as {@code "5"} (the
   * index {@code docs/rules/README.md} maps section numbers to pages).
   *
   * @return the section, or empty when the step is not tied to one
   */
  public abstract Optional<String> section();

  /**
   * Returns the inputs the rule read, by name, in reading order, each rendered as text.
   *
   * @return never null
   */
  public abstract Map<String, String> inputs();

  /**
   * Returns the threshold or rate the inputs were compared with, rendered as text.
   *
   * @return the threshold, or empty when the rule has none
   */
  public abstract Optional<String> threshold();

  /**
   * Returns the outcome of the step, such as {@code met}, {@code 20 points} or {@code GOLD}.
   *
   * @return never null, not blank
   */
  public abstract String outcome();

  /**
   * Returns the sentence template, with {@code {name}} placeholders.
   *
   * @return the template, or empty for the generic rendering
   */
  public abstract Optional<String> template();

  @Value.Check
  void check() {
    if (isWellFormed()) {
      return;
    }
    ProblemCollector problems = new ProblemCollector();
    problems.check(!rule().isBlank(), RULE, CoreProblemCode.BLANK, "not be blank", rule());
    problems.check(!outcome().isBlank(), OUTCOME, CoreProblemCode.BLANK, "not be blank", outcome());
    template().ifPresent(t -> {
      int at = t.indexOf('{');
      while (at >= 0) {
        int end = t.indexOf('}', at);
        if (!problems.check(end > at, TEMPLATE, CoreProblemCode.UNCLOSED_PLACEHOLDER,
            "close every '{' with '}'", t)) {
          break;
        }
        String name = t.substring(at + 1, end);
        problems.check(isKnown(name), TEMPLATE, CoreProblemCode.UNKNOWN_PLACEHOLDER,
            "name only the step's inputs, threshold, outcome or rule", "{" + name + "}");
        at = t.indexOf('{', end);
      }
    });
    problems.throwIfErrors(InvalidFactsException::new);
  }

  /**
   * Tells, without collecting problems, whether {@link #check()} would find none: the common case,
   * checked without allocating but for each placeholder's name.
   */
  private boolean isWellFormed() {
    if (rule().isBlank() || outcome().isBlank()) {
      return false;
    }
    String t = template().orElse(null);
    if (t == null) {
      return true;
    }
    int at = t.indexOf('{');
    while (at >= 0) {
      int end = t.indexOf('}', at);
      if (end < at || !isKnown(t.substring(at + 1, end))) {
        return false;
      }
      at = t.indexOf('{', end);
    }
    return true;
  }

  private boolean isKnown(String name) {
    return inputs().containsKey(name) || name.equals("outcome") || name.equals("rule")
        || (name.equals("threshold") && threshold().isPresent());
  }

  /**
   * Renders the step as one sentence.
   *
   * @return never null
   */
  public String render() {
    if (template().isPresent()) {
      String t = template().get();
      StringBuilder out = new StringBuilder(t.length() + 32);
      int from = 0;
      int at = t.indexOf('{');
      while (at >= 0) {
        int end = t.indexOf('}', at);
        out.append(t, from, at).append(valueOf(t.substring(at + 1, end)));
        from = end + 1;
        at = t.indexOf('{', from);
      }
      return out.append(t, from, t.length()).toString();
    }
    StringBuilder out = new StringBuilder(rule()).append(':');
    String separator = " ";
    for (Map.Entry<String, String> input : inputs().entrySet()) {
      out.append(separator).append(input.getKey()).append(' ').append(input.getValue());
      separator = ", ";
    }
    threshold().ifPresent(t -> out.append("; threshold ").append(t));
    return out.append(" -> ").append(outcome()).toString();
  }

  private String valueOf(String name) {
    switch (name) {
      case "outcome":
        return outcome();
      case "rule":
        return rule();
      case "threshold":
        return threshold().orElse("");
      default:
        return inputs().get(name);
    }
  }

  /** Builds an {@link ExplanationStep}; {@code build()} checks it. Not thread-safe. */
  public static class Builder extends ImmutableExplanationStep.Builder {
    /** Creates an empty builder; {@code rule} and {@code outcome} are mandatory. */
    Builder() {}
  }
}
