package dev.partneros.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Explanations (docs/rules/conventions.md#explanations: every decision carries its explanation)")
class ExplanationTest {

  static ExplanationStep goldStep() {
    return ExplanationStep.builder()
        .rule("tiers.qualify.gold")
        .section("5")
        .putInputs("sourcedArr", "120,000.00 USD")
        .putInputs("certifiedPeople", "1")
        .threshold("sourced ARR >= 100,000.00 USD; certified people >= 2")
        .outcome("not met")
        .template("Gold: sourced ARR {sourcedArr} >= 100,000.00 USD; certified people {certifiedPeople} < 2 -> {outcome}")
        .build();
  }

  @Test
  void step_rendersItsTemplateOnRequest() {
    assertThat(goldStep().render())
        .isEqualTo("Gold: sourced ARR 120,000.00 USD >= 100,000.00 USD; certified people 1 < 2 -> not met");
  }

  @Test
  void step_withoutTemplateRendersGenerically() {
    ExplanationStep step = ExplanationStep.builder().rule("health.activity").putInputs("deals", "4")
        .threshold("3-4 deals").outcome("20 points").build();
    assertThat(step.render()).isEqualTo("health.activity: deals 4; threshold 3-4 deals -> 20 points");
    assertThat(ExplanationStep.of("x", "y").render()).isEqualTo("x: -> y");
  }

  @Test
  void step_refusesTemplatesNamingUnknownInputs_andBlankRules() {
    assertThatThrownBy(() -> ExplanationStep.builder().rule("r").outcome("o").template("{missing}").build())
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(e -> assertThat(((InvalidFactsException) e).problems().get(0).path()).isEqualTo("template"))
        .hasMessageContaining("but was {missing}");
    assertThatThrownBy(() -> ExplanationStep.builder().rule("r").outcome("o").template("{threshold}").build())
        .isInstanceOf(InvalidFactsException.class);
    assertThatThrownBy(() -> ExplanationStep.builder().rule("r").outcome("o").template("open {").build())
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("close every '{' with '}'");
    assertThatThrownBy(() -> ExplanationStep.of(" ", "o"))
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(e -> assertThat(((InvalidFactsException) e).problems().get(0).path()).isEqualTo("rule"));
    assertThatThrownBy(() -> ExplanationStep.builder().rule("r").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("outcome");
  }

  @Test
  void explanation_rendersHeadingAndSteps() {
    Explanation explanation = Explanation.builder()
        .subject("tier qualification of P-17")
        .asOf(LocalDate.of(2026, 6, 30))
        .programVersion("2026.1")
        .addSteps(goldStep(), ExplanationStep.of("tiers.qualify.result", "SILVER"))
        .build();
    assertThat(explanation.sentences()).hasSize(2);
    assertThat(explanation.render()).isEqualTo(String.join(System.lineSeparator(),
        "tier qualification of P-17 as of 2026-06-30 (program 2026.1)",
        "  - Gold: sourced ARR 120,000.00 USD >= 100,000.00 USD; certified people 1 < 2 -> not met",
        "  - tiers.qualify.result: -> SILVER"));
  }

  @Test
  void explanation_jsonRoundTrips() {
    Explanation explanation = Explanation.builder().subject("s").asOf(LocalDate.of(2026, 1, 1))
        .addSteps(goldStep()).build();
    String json = PartnerOsJson.write(explanation);
    assertThat(PartnerOsJson.read(json, Explanation.class)).isEqualTo(explanation);
    assertThat(PartnerOsJson.toTree(explanation).get("steps").get(0).get("inputs").fieldNames())
        .toIterable().containsExactly("sourcedArr", "certifiedPeople");
    assertThat(PartnerOsJson.toTree(Explanation.builder().subject("s").build()).has("asOf")).isFalse();
  }

  @Test
  void explanation_fromJsonValidates() {
    assertThatThrownBy(() -> PartnerOsJson.read("{\"subject\":\"s\",\"steps\":[{\"rule\":\"r\",\"outcome\":\" \"}]}",
        Explanation.class))
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(e -> assertThat(((InvalidFactsException) e).problems().get(0).path()).isEqualTo("steps[0].outcome"));
  }
}
