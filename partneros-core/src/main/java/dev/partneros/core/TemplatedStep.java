package dev.partneros.core;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.util.StdConverter;
import java.util.Map;
import java.util.Optional;

/**
 * A step built by a {@link StepTemplate}: the template's rule, section and text, checked when the
 * template was made, with this step's inputs, threshold and outcome. It equals, hashes and renders
 * as {@link ExplanationStep} defines for every step, and is written to JSON as the same step built
 * by {@link ExplanationStep#builder()}.
 *
 * <p>Immutable and thread-safe.
 */
@JsonSerialize(converter = TemplatedStep.Json.class) // this class is not the inherited serialisation type
final class TemplatedStep extends ExplanationStep {

  private final StepTemplate template;
  private final StepInputs inputs;
  private final String threshold;
  private final String outcome;

  /**
   * Creates a step from parts already checked by the template.
   *
   * @param template the template, not null
   * @param inputs the inputs, named by the template, not null
   * @param threshold the threshold, or null when the step has none
   * @param outcome the outcome, not blank
   */
  TemplatedStep(StepTemplate template, StepInputs inputs, String threshold, String outcome) {
    this.template = template;
    this.inputs = inputs;
    this.threshold = threshold;
    this.outcome = outcome;
  }

  @Override
  public String rule() {
    return template.rule();
  }

  @Override
  public Optional<String> section() {
    return template.section();
  }

  @Override
  public Map<String, String> inputs() {
    return inputs;
  }

  @Override
  public Optional<String> threshold() {
    return Optional.ofNullable(threshold);
  }

  @Override
  public String outcome() {
    return outcome;
  }

  @Override
  public Optional<String> template() {
    return template.text();
  }

  /**
   * Writes any step to JSON as the generated class writes it: one of the generated class as it
   * is, any other as its copy. {@link ExplanationStep} declares it beside the generated class as its
   * serialisation type, so it applies where a step is typed as {@link ExplanationStep} too.
   */
  static final class Json extends StdConverter<ExplanationStep, ImmutableExplanationStep> {
    @Override
    public ImmutableExplanationStep convert(ExplanationStep step) {
      return (ImmutableExplanationStep) ImmutableExplanationStep.copyOf(step);
    }
  }
}
