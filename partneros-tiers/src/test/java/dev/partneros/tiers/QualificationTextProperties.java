package dev.partneros.tiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partneros.core.Explanation;
import dev.partneros.core.Tier;
import dev.partneros.tiers.internal.Texts;
import dev.partneros.tiers.internal.TierExplanations;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Currency;
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
 * A qualification's explanation ({@code docs/rules/tiers.md#explaining-a-qualification}), built by appending
 * into one builder per sentence, equals the reference rendering
 * ({@link ReferenceQualificationSteps}: lists joined, maps copied) step for step and in rendered
 * text, for generated programs over every metric, facts and as-of dates; values (money of any scale
 * and magnitude, in currencies with 0 to 3 decimals or none), tier names and rule ids render as the
 * reference does, refusals included. The qualifier's compiled tier-check steps and the steps built
 * part by part are both the reference's.
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
    // the steps built part by part, without the qualifier's compiled templates, are the same
    assertThat(TierExplanations.qualificationSteps(qualification)).isEqualTo(reference.steps());
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

  @Property(tries = 3000)
  void valuesRenderAsTheReference(@ForAll("metricsOfEveryKind") Metric metric, @ForAll("decimals") BigDecimal generated,
      @ForAll("currencies") Currency currency, @ForAll boolean atTheCurrencysScale) {
    BigDecimal value = atTheCurrencysScale && currency.getDefaultFractionDigits() >= 0
        ? generated.setScale(currency.getDefaultFractionDigits(), java.math.RoundingMode.DOWN) : generated;
    Throwable expected = null;
    String reference = null;
    try {
      reference = ReferenceQualificationSteps.value(metric, value, currency);
    } catch (RuntimeException e) {
      expected = e;
    }
    if (expected == null) {
      assertThat(Texts.value(metric, value, currency)).isEqualTo(reference);
    } else {
      assertThatThrownBy(() -> Texts.value(metric, value, currency)).isInstanceOf(expected.getClass())
          .hasMessage(expected.getMessage());
    }
    Statistics.label("value").collect(expected != null ? "refused" : value.signum() < 0 ? "negative"
        : value.scale() == currency.getDefaultFractionDigits() ? "at the currency's scale" : "other scale");
    Statistics.label("value").coverage(coverage -> {
      coverage.check("refused").count(n -> n > 0);
      coverage.check("negative").percentage(p -> p > 5);
      coverage.check("at the currency's scale").percentage(p -> p > 15);
    });
  }

  @Property(tries = 500)
  void tierNamesAndRulesRenderAsTheReference(@ForAll("tierNames") String name) {
    Tier tier = Tier.of(name);
    assertThat(Texts.tierName(tier)).isEqualTo(ReferenceQualificationSteps.tierName(tier));
    assertThat(TierExplanations.qualifyRule(tier)).isEqualTo(ReferenceQualificationSteps.qualifyRule(tier));
  }

  @Provide
  Arbitrary<Metric> metricsOfEveryKind() {
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, Arbitraries.just(Metric.SOURCED_ARR)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(Metric.class)));
  }

  /** Decimals of scale -2 to 5, around zero and up to beyond 10^15 in magnitude. */
  @Provide
  Arbitrary<BigDecimal> decimals() {
    Arbitrary<BigInteger> unscaled = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Arbitraries.longs().between(-10_000_000_000L, 10_000_000_000L).map(BigInteger::valueOf)),
        net.jqwik.api.Tuple.of(1, Arbitraries.longs().map(BigInteger::valueOf)),
        net.jqwik.api.Tuple.of(1, Arbitraries.bigIntegers().between(BigInteger.TEN.pow(16), BigInteger.TEN.pow(22))));
    return net.jqwik.api.Combinators.combine(unscaled, Arbitraries.integers().between(-2, 5))
        .as(BigDecimal::new);
  }

  @Provide
  Arbitrary<Currency> currencies() {
    return Arbitraries.of("USD", "EUR", "JPY", "BHD", "XAU").map(Currency::getInstance);
  }

  @Provide
  Arbitrary<String> tierNames() {
    return Arbitraries.oneOf(Arbitraries.of("REGISTERED", "SILVER", "GOLD", "PLATINUM", "STRATEGIC_PARTNER", "gold"),
        Arbitraries.strings().withCharRange('A', 'Z').withChars('_').ofMinLength(1).ofMaxLength(12)
            .filter(s -> Character.isLetter(s.charAt(0))));
  }

  @Provide
  Arbitrary<TierProgram> programs() {
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.just(TierProgram.standard())),
        net.jqwik.api.Tuple.of(6, Arbitraries.randomValue(TierDecisionProperties::program)));
  }
}
