package dev.partneros.tiers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.Explanation;
import dev.partneros.tiers.internal.Texts;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * A qualification's explanation ({@code docs/rules/tiers.md#qualified-tier}), built by appending
 * into one builder per sentence, equals the reference rendering
 * ({@link ReferenceQualificationSteps}: lists joined, maps copied) step for step and in rendered
 * text, for generated programs over every metric, facts and as-of dates.
 */
class QualificationTextProperties {

  private static final LocalDate START = LocalDate.of(2020, 1, 1);

  @Property(tries = 1000)
  void explanationEqualsTheReferenceRendering(@ForAll Random random, @ForAll("programs") TierProgram program,
      @ForAll @IntRange(min = 0, max = 2000) int asOfDay) {
    LocalDate asOf = START.plusDays(asOfDay);
    TierFacts facts = FactIndexProperties.history(random).knownOn(asOf);
    Qualification qualification = TierQualifier.of(program).qualify(facts, asOf);
    Explanation reference = Explanation.builder().subject("tier qualification").asOf(asOf)
        .addAllSteps(ReferenceQualificationSteps.of(qualification)).build();
    assertThat(qualification.explanation()).isEqualTo(reference);
    assertThat(qualification.explanation().render()).isEqualTo(reference.render());
    for (int i = 0; i < reference.steps().size(); i++) {
      assertThat(qualification.explanation().steps().get(i).inputs().keySet())
          .containsExactlyElementsOf(reference.steps().get(i).inputs().keySet());
    }
    Statistics.label("custom metrics measured").collect(!qualification.metrics().custom().isEmpty());
    Statistics.label("custom metrics measured").coverage(coverage -> coverage.check(true).percentage(p -> p > 5));
  }

  @Property(tries = 1000)
  void templateAndBoundsEqualTheReferenceForEveryRequirement(@ForAll Random random,
      @ForAll("programs") TierProgram program, @ForAll @IntRange(min = 0, max = 2000) int asOfDay) {
    LocalDate asOf = START.plusDays(asOfDay);
    TierFacts facts = FactIndexProperties.history(random).knownOn(asOf);
    Qualification qualification = TierQualifier.of(program).qualify(facts, asOf);
    for (Qualification.TierCheck check : qualification.checks()) {
      check.requirement().ifPresent(requirement -> {
        Map<String, String> inputs = new LinkedHashMap<>();
        Map<String, String> expectedInputs = new LinkedHashMap<>();
        assertThat(Texts.template(requirement, program.currency(), inputs))
            .isEqualTo(ReferenceQualificationSteps.template(requirement, program.currency(), expectedInputs, true));
        assertThat(inputs).containsExactlyEntriesOf(expectedInputs);
        assertThat(Texts.bounds(requirement, program.currency()))
            .isEqualTo(ReferenceQualificationSteps.bounds(requirement, program.currency(), true));
        Statistics.label("requirement met").collect(requirement.met());
      });
    }
    Statistics.label("requirement met").coverage(coverage -> {
      coverage.check(true).percentage(p -> p > 5);
      coverage.check(false).percentage(p -> p > 5);
    });
  }

  @Provide
  Arbitrary<TierProgram> programs() {
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.just(TierProgram.standard())),
        net.jqwik.api.Tuple.of(6, Arbitraries.randomValue(TierDecisionProperties::program)));
  }
}
