package dev.partneros.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.internal.ProblemCollector;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.immutables.value.Value;

/**
 * One step of a decision's reasoning, as data ({@code docs/rules/conventions.md#explanations}): which rule was applied
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
 * <p>Steps that share a rule, section and template are built fastest from a {@link StepTemplate},
 * which checks the template once; a step so built equals, hashes, renders and serialises exactly as
 * the same step built with {@link #builder()}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExplanationStep.class, converter = TemplatedStep.Json.class)
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
    template().ifPresent(t -> checkPlaceholders(t, this::isKnown, problems));
    problems.throwIfErrors(InvalidFactsException::new);
  }

  /**
   * Records a problem for every placeholder of a template that is not closed or not known, as
   * {@link #check()} does: the template is read up to its first unclosed {@code '{'}.
   *
   * @param t the template, not null
   * @param known tells whether a placeholder name is known, not null
   * @param problems where the problems are recorded, not null
   */
  static void checkPlaceholders(String t, Predicate<String> known, ProblemCollector problems) {
    int at = t.indexOf('{');
    while (at >= 0) {
      int end = t.indexOf('}', at);
      if (!problems.check(end > at, TEMPLATE, CoreProblemCode.UNCLOSED_PLACEHOLDER,
          "close every '{' with '}'", t)) {
        break;
      }
      String name = t.substring(at + 1, end);
      problems.check(known.test(name), TEMPLATE, CoreProblemCode.UNKNOWN_PLACEHOLDER,
          "name only the step's inputs, threshold, outcome or rule", "{" + name + "}");
      at = t.indexOf('{', end);
    }
  }

  /**
   * Tells, without collecting problems, whether {@link #check()} would find none: the common case,
   * checked without allocating (placeholder names are matched in place).
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
      if (end < at || !isKnown(t, at + 1, end)) {
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

  /** As {@link #isKnown(String)} for the name {@code t[from, to)}. */
  private boolean isKnown(String t, int from, int to) {
    return inputKey(t, from, to) != null || is(t, from, to, "outcome") || is(t, from, to, "rule")
        || (is(t, from, to, "threshold") && threshold().isPresent());
  }

  /** Returns the input name equal to {@code t[from, to)}, or null. */
  private String inputKey(String t, int from, int to) {
    for (String key : inputs().keySet()) {
      if (is(t, from, to, key)) {
        return key;
      }
    }
    return null;
  }

  private static boolean is(String t, int from, int to, String name) {
    return name.length() == to - from && t.startsWith(name, from);
  }

  /**
   * Renders the step as one sentence.
   *
   * @return never null
   */
  public String render() {
    return renderTo(new StringBuilder(template().map(t -> t.length() + 32).orElse(64))).toString();
  }

  /** Appends the sentence {@link #render()} returns. */
  StringBuilder renderTo(StringBuilder out) {
    if (template().isPresent()) {
      String t = template().get();
      int from = 0;
      int at = t.indexOf('{');
      while (at >= 0) {
        int end = t.indexOf('}', at);
        out.append(t, from, at).append(valueAt(t, at + 1, end));
        from = end + 1;
        at = t.indexOf('{', from);
      }
      return out.append(t, from, t.length());
    }
    out.append(rule()).append(':');
    String separator = " ";
    for (Map.Entry<String, String> input : inputs().entrySet()) {
      out.append(separator).append(input.getKey()).append(' ').append(input.getValue());
      separator = ", ";
    }
    threshold().ifPresent(t -> out.append("; threshold ").append(t));
    return out.append(" -> ").append(outcome());
  }

  /** The value of the placeholder named {@code t[from, to)}: outcome, rule, threshold, then inputs. */
  private String valueAt(String t, int from, int to) {
    if (is(t, from, to, "outcome")) {
      return outcome();
    }
    if (is(t, from, to, "rule")) {
      return rule();
    }
    if (is(t, from, to, "threshold")) {
      return threshold().orElse("");
    }
    String key = inputKey(t, from, to);
    return key == null ? null : inputs().get(key);
  }

  /**
   * Tells whether another object is a step with the same rule, section, inputs (in any order),
   * threshold, outcome and template, however either was built.
   *
   * @param another the object, may be null
   * @return true if it is an equal step
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) {
      return true;
    }
    if (!(another instanceof ExplanationStep)) {
      return false;
    }
    ExplanationStep that = (ExplanationStep) another;
    return rule().equals(that.rule()) && section().equals(that.section()) && inputs().equals(that.inputs())
        && threshold().equals(that.threshold()) && outcome().equals(that.outcome())
        && template().equals(that.template());
  }

  /**
   * Returns a hash code of the step's parts, the same for equal steps however they were built.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + rule().hashCode();
    h += (h << 5) + Objects.hashCode(section().orElse(null));
    h += (h << 5) + inputs().hashCode();
    h += (h << 5) + Objects.hashCode(threshold().orElse(null));
    h += (h << 5) + outcome().hashCode();
    h += (h << 5) + Objects.hashCode(template().orElse(null));
    return h;
  }

  /**
   * Returns the step's parts for debugging, such as
   * {@code ExplanationStep{rule=health.band, section=4, inputs={score=80}, outcome=GREEN}}; absent
   * parts are left out. Use {@link #render()} for the sentence.
   *
   * @return never null
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("ExplanationStep{").append("rule=").append(rule());
    section().ifPresent(s -> out.append(", section=").append(s));
    out.append(", inputs=").append(inputs());
    threshold().ifPresent(t -> out.append(", threshold=").append(t));
    out.append(", outcome=").append(outcome());
    template().ifPresent(t -> out.append(", template=").append(t));
    return out.append('}').toString();
  }

  /** Builds an {@link ExplanationStep}; {@code build()} checks it. Not thread-safe. */
  public static class Builder extends ImmutableExplanationStep.Builder {
    /** Creates an empty builder; {@code rule} and {@code outcome} are mandatory. */
    Builder() {}
  }
}
