package dev.partneros.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * A step built by a {@link StepTemplate} is the step {@link ExplanationStep#builder()} builds from
 * the same parts: equal both ways, same hash code, sentence, {@code toString} and JSON, and refused
 * with the same problems, split between making the template and building the step
 * ({@code docs/rules/conventions.md#explanations}); likewise an explanation made by
 * {@link Explanation#of} and the one {@link Explanation#builder()} builds from the same parts.
 */
class StepTemplateProperties {

  private static final ObjectMapper JSON = PartnerOsJson.newMapper();

  @Property(tries = 3000)
  void templatedStepsAreTheStepsTheBuilderBuilds(@ForAll("steps") ExplanationRenderingProperties.Raw raw)
      throws Exception {
    String[] names = raw.inputs.keySet().toArray(new String[0]);
    String[] values = raw.inputs.values().toArray(new String[0]);
    ExplanationStep.Builder builder = ExplanationStep.builder().rule(raw.rule).section("4").outcome(raw.outcome)
        .inputs(raw.inputs).template(raw.template);
    if (raw.threshold != null) {
      builder.threshold(raw.threshold);
    }
    List<Problem> expected = List.of();
    ExplanationStep built = null;
    try {
      built = builder.build();
    } catch (InvalidFactsException e) {
      expected = e.problems();
    }
    List<Problem> atTemplate = new ArrayList<>();
    for (Problem problem : expected) {
      boolean atStep = problem.path().equals("outcome")
          || "{threshold}".equals(problem.rejectedValue().orElse(null));
      if (!atStep) {
        atTemplate.add(problem);
      }
    }
    StepTemplate template;
    try {
      template = StepTemplate.of(raw.rule, "4", raw.template, names);
    } catch (InvalidFactsException e) {
      assertThat(e.problems()).isEqualTo(atTemplate).isNotEmpty();
      Statistics.label("step").collect("template refused");
      return;
    }
    assertThat(atTemplate).isEmpty();
    ExplanationStep step;
    try {
      step = raw.threshold == null ? template.step(raw.outcome, values)
          : template.stepWithThreshold(raw.threshold, raw.outcome, values);
    } catch (InvalidFactsException e) {
      assertThat(e.problems()).isEqualTo(expected).isNotEmpty();
      Statistics.label("step").collect("step refused");
      return;
    }
    assertThat(built).isNotNull();
    assertThat(step).isEqualTo(built);
    assertThat(built).isEqualTo(step);
    assertThat(step.hashCode()).isEqualTo(built.hashCode());
    assertThat(step.inputs()).isEqualTo(built.inputs()).containsExactlyEntriesOf(built.inputs());
    assertThat(step.inputs().hashCode()).isEqualTo(built.inputs().hashCode());
    assertThat(step.inputs().toString()).isEqualTo(built.inputs().toString());
    assertThat(step.render()).isEqualTo(built.render());
    assertThat(step.toString()).isEqualTo(built.toString());
    assertThat(JSON.writeValueAsString(step)).isEqualTo(JSON.writeValueAsString(built));
    Explanation ours = Explanation.builder().subject("s").addSteps(step).build();
    Explanation theirs = Explanation.builder().subject("s").addSteps(built).build();
    assertThat(ours).isEqualTo(theirs);
    assertThat(JSON.writeValueAsString(ours)).isEqualTo(JSON.writeValueAsString(theirs));
    assertThat(JSON.readValue(JSON.writeValueAsString(ours), Explanation.class)).isEqualTo(ours);
    assertThat(ours.render()).isEqualTo(theirs.render());
    Statistics.label("step").collect("built");
    Statistics.label("step").coverage(coverage -> {
      coverage.check("built").count(c -> c > 0);
      coverage.check("template refused").count(c -> c > 0);
      coverage.check("step refused").count(c -> c > 0);
    });
  }

  @Property(tries = 1000)
  void explanationsMadeFromPartsAreTheBuildersExplanations(@ForAll("subjects") String subject,
      @ForAll("days") Optional<LocalDate> asOf, @ForAll("versions") Optional<String> version,
      @ForAll("stepLists") List<ExplanationStep> steps) throws Exception {
    Explanation built;
    try {
      built = Explanation.builder().subject(subject).asOf(asOf).programVersion(version).steps(steps).build();
    } catch (InvalidFactsException e) {
      assertThatThrownBy(() -> Explanation.of(subject, asOf, version, steps)).isInstanceOf(InvalidFactsException.class)
          .satisfies(refused -> assertThat(((InvalidFactsException) refused).problems()).isEqualTo(e.problems()));
      Statistics.label("explanation").collect("refused");
      return;
    }
    Explanation made = Explanation.of(subject, asOf, version, steps);
    assertThat(made).isEqualTo(built);
    assertThat(built).isEqualTo(made);
    assertThat(made.hashCode()).isEqualTo(built.hashCode());
    assertThat(made.toString()).isEqualTo(built.toString());
    assertThat(made.render()).isEqualTo(built.render());
    assertThat(made.sentences()).isEqualTo(built.sentences());
    assertThat(JSON.writeValueAsString(made)).isEqualTo(JSON.writeValueAsString(built));
    assertThat(JSON.readValue(JSON.writeValueAsString(made), Explanation.class)).isEqualTo(made);
    // as a property of the abstract type too, which is how results hold their explanations
    assertThat(JSON.writeValueAsString(new Holder(made, made.steps())))
        .isEqualTo(JSON.writeValueAsString(new Holder(built, built.steps())));
    Statistics.label("explanation").collect("made");
    Statistics.label("explanation").coverage(coverage -> {
      coverage.check("made").count(c -> c > 0);
      coverage.check("refused").count(c -> c > 0);
    });
  }

  /** A result holding an explanation and steps by their abstract types. */
  record Holder(Explanation explanation, List<ExplanationStep> steps) {}

  @Provide
  Arbitrary<String> subjects() {
    return Arbitraries.of("tier qualification", "s", " ");
  }

  @Provide
  Arbitrary<Optional<LocalDate>> days() {
    return Arbitraries.of(Optional.empty(), Optional.of(LocalDate.of(2026, 6, 30)));
  }

  @Provide
  Arbitrary<Optional<String>> versions() {
    return Arbitraries.of(Optional.empty(), Optional.of("2026.1"));
  }

  @Provide
  Arbitrary<List<ExplanationStep>> stepLists() {
    StepTemplate band = StepTemplate.of("health.band", "4", "Health {score} -> {outcome}", "score");
    return Arbitraries.of(ExplanationStep.of("r", "met"), band.step("GREEN", "82"),
        ExplanationStep.builder().rule("health.band").section("4").putInputs("score", "82").outcome("GREEN")
            .template("Health {score} -> {outcome}").build()).list().ofMaxSize(4);
  }

  @Provide
  Arbitrary<ExplanationRenderingProperties.Raw> steps() {
    return new ExplanationRenderingProperties().steps();
  }

  @Example
  void of_duplicateInputName() {
    assertThatThrownBy(() -> StepTemplate.of("r", "4", "{a}", "a", "a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("inputNames must be distinct, but a occurs twice");
  }

  @Example
  void step_wrongNumberOfValues() {
    StepTemplate template = StepTemplate.of("r", "4", "{a} -> {outcome}", "a");
    assertThatThrownBy(() -> template.step("met", "1", "2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("values must be one per input name [a], but were 2");
  }

  @Example
  void step_nullValue() {
    StepTemplate template = StepTemplate.of("r", "4", "{a} {b} -> {outcome}", "a", "b");
    assertThatThrownBy(() -> template.step("met", "1", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("inputs value for key: b");
  }

  @Example
  void step_thresholdNamedButNotGiven() {
    StepTemplate template = StepTemplate.of("r", "4", "{a} >= {threshold} -> {outcome}", "a");
    assertThatThrownBy(() -> template.step("met", "1"))
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(e -> assertThat(((InvalidFactsException) e).problems()).singleElement().satisfies(p -> {
          assertThat(p.code()).isEqualTo(CoreProblemCode.UNKNOWN_PLACEHOLDER.code());
          assertThat(p.path()).isEqualTo("template");
          assertThat(p.rejectedValue()).contains("{threshold}");
        }));
    assertThat(template.stepWithThreshold("2", "met", "1").render()).isEqualTo("1 >= 2 -> met");
  }

  @Example
  void step_inputsAreUnmodifiable() {
    String[] values = {"1"};
    ExplanationStep step = StepTemplate.of("r", "4", "{a}", "a").step("met", values);
    values[0] = "changed";
    Map<String, String> inputs = step.inputs();
    assertThat(inputs).containsExactly(Map.entry("a", "1"));
    assertThatThrownBy(() -> inputs.put("b", "2")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> inputs.remove("a")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(inputs::clear).isInstanceOf(UnsupportedOperationException.class);
  }
}
