package dev.partneros.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * A step's template is checked and rendered with placeholder names matched in place; the outcome
 * (accepted or refused with the same problems) and the sentence equal the reference's, which cuts
 * each name out of the template ({@code docs/rules/conventions.md#explanations}).
 */
class ExplanationRenderingProperties {

  private static final List<String> NAMES = List.of("a", "ab", "sourced ARR", "outcome", "rule", "threshold", "", "x{y");

  @Property(tries = 3000)
  void stepsAreCheckedAndRenderedAsTheReference(@ForAll("steps") Raw raw) {
    ExplanationStep.Builder builder = ExplanationStep.builder().rule(raw.rule).outcome(raw.outcome)
        .inputs(raw.inputs).template(raw.template);
    if (raw.threshold != null) {
      builder.threshold(raw.threshold);
    }
    List<Problem> expected = referenceProblems(raw);
    ExplanationStep step;
    try {
      step = builder.build();
    } catch (InvalidFactsException e) {
      assertThat(expected).isNotEmpty();
      assertThat(e.problems()).isEqualTo(expected);
      Statistics.label("step").collect("refused");
      return;
    }
    assertThat(expected).isEmpty();
    String sentence = referenceRender(raw);
    assertThat(step.render()).isEqualTo(sentence);
    Explanation explanation = Explanation.builder().subject("s").addSteps(step, step).build();
    String lineSeparator = System.lineSeparator();
    assertThat(explanation.render()).isEqualTo("s" + lineSeparator + "  - " + sentence + lineSeparator + "  - " + sentence);
    Statistics.label("step").collect(raw.template.indexOf('{') >= 0 ? "rendered with placeholders" : "rendered plain");
    Statistics.label("step").coverage(coverage -> {
      // Both kinds must occur; a share bar flakes at the fast build's few tries (30: 10 % is 3 cases).
      coverage.check("refused").count(c -> c > 0);
      coverage.check("rendered with placeholders").count(c -> c > 0);
    });
  }

  /** The problems {@code ExplanationStep.check} finds, names cut out of the template. */
  private static List<Problem> referenceProblems(Raw raw) {
    List<Problem> problems = new ArrayList<>();
    if (raw.rule.isBlank()) {
      problems.add(Problem.error(FieldPath.root().field("rule"), CoreProblemCode.BLANK, "not be blank", raw.rule));
    }
    if (raw.outcome.isBlank()) {
      problems.add(Problem.error(FieldPath.root().field("outcome"), CoreProblemCode.BLANK, "not be blank", raw.outcome));
    }
    String t = raw.template;
    int at = t.indexOf('{');
    while (at >= 0) {
      int end = t.indexOf('}', at);
      if (end <= at) {
        problems.add(Problem.error(FieldPath.root().field("template"), CoreProblemCode.UNCLOSED_PLACEHOLDER,
            "close every '{' with '}'", t));
        break;
      }
      String name = t.substring(at + 1, end);
      boolean known = raw.inputs.containsKey(name) || name.equals("outcome") || name.equals("rule")
          || (name.equals("threshold") && raw.threshold != null);
      if (!known) {
        problems.add(Problem.error(FieldPath.root().field("template"), CoreProblemCode.UNKNOWN_PLACEHOLDER,
            "name only the step's inputs, threshold, outcome or rule", "{" + name + "}"));
      }
      at = t.indexOf('{', end);
    }
    return problems;
  }

  private static String referenceRender(Raw raw) {
    String t = raw.template;
    StringBuilder out = new StringBuilder();
    int from = 0;
    int at = t.indexOf('{');
    while (at >= 0) {
      int end = t.indexOf('}', at);
      String name = t.substring(at + 1, end);
      String value = name.equals("outcome") ? raw.outcome : name.equals("rule") ? raw.rule
          : name.equals("threshold") ? (raw.threshold == null ? "" : raw.threshold) : raw.inputs.get(name);
      out.append(t, from, at).append(value);
      from = end + 1;
      at = t.indexOf('{', from);
    }
    return out.append(t.substring(from)).toString();
  }

  /** A step's parts before checking. */
  static final class Raw {
    final String rule;
    final String outcome;
    final String threshold;
    final Map<String, String> inputs;
    final String template;

    Raw(String rule, String outcome, String threshold, Map<String, String> inputs, String template) {
      this.rule = rule;
      this.outcome = outcome;
      this.threshold = threshold;
      this.inputs = inputs;
      this.template = template;
    }

    @Override
    public String toString() {
      return "Raw[rule=" + rule + ", outcome=" + outcome + ", threshold=" + threshold + ", inputs=" + inputs
          + ", template=" + template + "]";
    }
  }

  /**
   * Steps whose inputs are a few of the names (the reserved ones included) and whose templates mix
   * literal text with placeholders naming inputs or not, unclosed or nested braces among them.
   *
   * @return the arbitrary
   */
  @Provide
  Arbitrary<Raw> steps() {
    Arbitrary<String> text = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, Arbitraries.of("r", "x.y", "met")),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("", " ")));
    Arbitrary<Map<String, String>> inputs = Arbitraries.of(NAMES).list().ofMaxSize(7).map(names -> {
      Map<String, String> map = new LinkedHashMap<>();
      for (String name : names) {
        map.put(name, "v-" + name.length());
      }
      return map;
    });
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, Arbitraries.of(NAMES).map(n -> "{" + n + "}")),
        net.jqwik.api.Tuple.of(3, Arbitraries.of("lit ", ": ", " -> ", "}")),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("{", "{open")));
    Arbitrary<String> template = piece.list().ofMaxSize(4).map(parts -> String.join("", parts));
    Arbitrary<String> threshold = Arbitraries.of("t", "").injectNull(0.4);
    return Combinators.combine(text, text, threshold, inputs, template).as(Raw::new);
  }
}
