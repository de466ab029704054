package dev.partneros.tiers;

import static dev.partneros.tiers.Fixtures.HEADER;
import static dev.partneros.tiers.Fixtures.assertProblem;
import static dev.partneros.tiers.Fixtures.document;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partneros.core.FiscalCalendar;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.PartnerOsJson;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.ProgramLoader;
import dev.partneros.core.TestPrograms;
import dev.partneros.core.Tier;
import dev.partneros.core.TierLadder;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The tiers section: TierProgram (docs/rules/tiers.md#configuration)")
class TierProgramTest {

  static final String SILVER_ARR = "{metric: SOURCED_ARR, min: 25000}";
  static final String GOLD_ARR = "{metric: SOURCED_ARR, min: 100000}";

  @Test
  @DisplayName("standard(): the defaults of docs/rules/tiers.md#configuration")
  void standard_isTheRulesDefaults() {
    TierProgram standard = TierProgram.standard();
    assertThat(standard.ladder()).isEqualTo(TierLadder.standard());
    assertThat(standard.currency()).isEqualTo(Currency.getInstance("USD"));
    assertThat(standard.windowMonths()).isEqualTo(12);
    assertThat(standard.review()).isEqualTo(TierProgram.ReviewCadence.ANNUAL);
    assertThat(standard.upgrades()).isEqualTo(TierProgram.UpgradeTiming.AT_QUARTER_END);
    assertThat(standard.downgrade()).isEqualTo(TierProgram.DowngradeMode.ONE_STEP);
    assertThat(standard.provisionalMonths()).isEqualTo(6);
    assertThat(standard.overrideTier()).isEqualTo(Tier.PLATINUM);
    assertThat(standard.criteria(Tier.REGISTERED)).isEmpty();
    assertThat(standard.criteria(Tier.SILVER)).map(Criterion::toString)
        .contains("allOf(anyOf(SOURCED_ARR >= 25000, QUALIFIED_REFERRALS >= 5), CERTIFIED_PEOPLE >= 1)");
    assertThat(standard.criteria(Tier.GOLD)).map(Criterion::toString)
        .contains("allOf(anyOf(SOURCED_ARR >= 100000, QUALIFIED_REFERRALS >= 20), CERTIFIED_PEOPLE >= 2)");
    assertThat(standard.criteria(Tier.PLATINUM)).map(Criterion::toString)
        .contains("allOf(anyOf(SOURCED_ARR >= 500000, QUALIFIED_REFERRALS >= 50), CERTIFIED_PEOPLE >= 5)");
    assertThat(List.of(Tier.REGISTERED, Tier.SILVER, Tier.GOLD, Tier.PLATINUM))
        .extracting(standard::graceQuarters).containsExactly(0, 1, 2, 3);
  }

  @Test
  @DisplayName("the YAML of the standard sections reads back as standard()")
  void standardSectionsYaml_readsAsStandard() {
    ProgramDocument doc = document("", "");
    assertThat(doc.readSection("tiers", TierProgram.class)).contains(TierProgram.standard());
    assertThat(TierProgram.from(doc)).isEqualTo(TierProgram.standard());
  }

  @Test
  void from_withoutSection_isStandardInTheDocumentsCurrencyAndCalendar() {
    ProgramDocument doc = ProgramLoader.strict().loadYaml(HEADER.replace("USD", "EUR") + "fiscalYearStartMonth: 2\n");
    TierProgram program = TierProgram.from(doc);
    assertThat(program.currency()).isEqualTo(Currency.getInstance("EUR"));
    assertThat(program.fiscalCalendar()).isEqualTo(FiscalCalendar.startingIn(2));
    assertThat(program.levels()).isEqualTo(TierProgram.standard().levels());
  }

  @Test
  void from_withoutSectionOnACustomLadder_isRefused() {
    // refused when loaded, with benefits and mdf, which a custom ladder requires too
    assertProblem(() -> ProgramLoader.strict().loadYaml(HEADER + "ladder: [BASIC, PREMIER]\n"),
        InvalidProgramException.class, "tiers", "missing",
        "tiers must be present when the ladder is not the standard one (the standard criteria name REGISTERED,"
            + " SILVER, GOLD and PLATINUM), but was missing");
  }

  @Test
  void readSection_readsTheOptions() {
    ProgramDocument doc = document("review: ANNUAL", "review: QUARTERLY");
    ProgramDocument more = ProgramLoader.strict().loadYaml(doc.toTree().toString()
        .replace("\"AT_QUARTER_END\"", "\"AT_REVIEW\"").replace("\"ONE_STEP\"", "\"TO_QUALIFIED\""));
    TierProgram program = TierProgram.from(more);
    assertThat(program.review()).isEqualTo(TierProgram.ReviewCadence.QUARTERLY);
    assertThat(program.upgrades()).isEqualTo(TierProgram.UpgradeTiming.AT_REVIEW);
    assertThat(program.downgrade()).isEqualTo(TierProgram.DowngradeMode.TO_QUALIFIED);
  }

  @Test
  @DisplayName("the policy round-trips through JSON as a program section")
  void programRoundTripsThroughItsSection() {
    TierProgram program = new TierProgram.Builder().from(TierProgram.standard()).review(TierProgram.ReviewCadence.QUARTERLY)
        .downgrade(TierProgram.DowngradeMode.TO_QUALIFIED).windowMonths(6).build();
    ProgramDocument doc = document("", "").withSection("tiers", PartnerOsJson.toTree(program));
    TierProgram back = TierProgram.from(doc);
    assertThat(back).isEqualTo(program);
    assertThat(PartnerOsJson.toTree(back)).isEqualTo(PartnerOsJson.toTree(program));
    assertThat(PartnerOsJson.toTree(program).has("ladder")).as("the ladder is the header's").isFalse();
  }

  @Test
  @DisplayName("a level naming a tier not on the document's ladder is refused with its path")
  void levelOffTheLadder_isRefused() {
    assertProblem(() -> TierProgram.from(document("- tier: PLATINUM", "- tier: DIAMOND")),
        InvalidProgramException.class, "tiers.levels[3].tier", "unknown_tier",
        "tiers.levels[3].tier must be a tier of the ladder REGISTERED < SILVER < GOLD < PLATINUM, but was DIAMOND");
    assertProblem(() -> ProgramLoader.strict().loadYaml(
        HEADER + "ladder: [REGISTERED, SILVER, GOLD]\n" + Fixtures.standardSections()),
        InvalidProgramException.class, "tiers.levels[3].tier",
        "unknown_tier", "tiers.levels[3].tier must be a tier of the ladder REGISTERED < SILVER < GOLD, but was PLATINUM");
  }

  @Test
  void ladderTierWithoutLevel_isRefused() {
    assertProblem(() -> ProgramLoader.strict().loadYaml(
        HEADER + "ladder: [REGISTERED, SILVER, GOLD, PLATINUM, DIAMOND]\n" + Fixtures.standardSections()),
        InvalidProgramException.class, "tiers.levels", "missing",
        "tiers.levels must have a level for every tier of the ladder REGISTERED < SILVER < GOLD < PLATINUM < DIAMOND,"
            + " but was no level for DIAMOND");
  }

  @Test
  void levelsOutOfOrderOrTwice_areRefused() {
    TierProgram.Level gold = TierProgram.standard().level(Tier.GOLD);
    TierProgram.Level silver = TierProgram.standard().level(Tier.SILVER);
    TierProgram.Level entry = TierProgram.standard().level(Tier.REGISTERED);
    TierProgram.Level platinum = TierProgram.standard().level(Tier.PLATINUM);
    assertProblem(() -> new TierProgram.Builder().addLevels(entry, gold, silver, platinum).build(),
        InvalidProgramException.class, "levels[2].tier", "out_of_order",
        "levels[2].tier must come after the tiers listed before it (levels are listed lowest first, as on the ladder"
            + " REGISTERED < SILVER < GOLD < PLATINUM), but was SILVER");
    assertProblem(() -> new TierProgram.Builder().addLevels(entry, silver, silver, gold, platinum).build(),
        InvalidProgramException.class, "levels[2].tier", "duplicate",
        "levels[2].tier must name each tier once (already at levels[1]), but was SILVER");
  }

  @Test
  @DisplayName("a negative threshold is refused with its path")
  void negativeThreshold_isRefused() {
    assertProblem(() -> TierProgram.from(document(SILVER_ARR, "{metric: SOURCED_ARR, min: -1}")),
        InvalidProgramException.class, "tiers.levels[1].criteria.allOf[0].anyOf[0].min", "negative",
        "tiers.levels[1].criteria.allOf[0].anyOf[0].min must be >= 0, but was -1");
    assertProblem(() -> Criterion.atLeast(Metric.CERTIFIED_PEOPLE, -2), InvalidProgramException.class, "min",
        "negative", "min must be >= 0, but was -2");
  }

  @Test
  @DisplayName("grace below 0 is refused with its path")
  void graceBelowZero_isRefused() {
    assertProblem(() -> TierProgram.from(document("graceQuarters: 2", "graceQuarters: -1")),
        InvalidProgramException.class, "tiers.levels[2].graceQuarters", "negative",
        "tiers.levels[2].graceQuarters must be >= 0, but was -1");
    assertProblem(() -> TierProgram.from(document("graceQuarters: 2", "graceQuarters: 41")),
        InvalidProgramException.class, "tiers.levels[2].graceQuarters", "out_of_range",
        "tiers.levels[2].graceQuarters must be at most 40 (ten years), but was 41");
  }

  @Test
  @DisplayName("a threshold that does not rise up the ladder is refused with its path")
  void nonMonotoneThreshold_isRefusedAtTheOffendingThreshold() {
    assertProblem(() -> TierProgram.from(document(GOLD_ARR, "{metric: SOURCED_ARR, min: 20000}")),
        InvalidProgramException.class, "tiers.levels[2].criteria.allOf[0].anyOf[0].min", "not_monotone",
        "tiers.levels[2].criteria.allOf[0].anyOf[0].min must be >= 25000 (SILVER requires sourced ARR >= 25000),"
            + " so that qualifying for GOLD implies qualifying for SILVER, but was 20000");
    assertProblem(() -> TierProgram.from(document("{metric: CERTIFIED_PEOPLE, min: 5}",
            "{metric: CERTIFIED_PEOPLE, min: 1}")),
        InvalidProgramException.class, "tiers.levels[3].criteria.allOf[1].min", "not_monotone",
        "tiers.levels[3].criteria.allOf[1].min must be >= 2 (GOLD requires certified people >= 2),"
            + " so that qualifying for PLATINUM implies qualifying for GOLD, but was 1");
  }

  @Test
  void equalThresholdsOnTwoTiers_areMonotone() {
    TierProgram program = TierProgram.from(document(GOLD_ARR, "{metric: SOURCED_ARR, min: 25000}"));
    assertThat(program.criteria(Tier.GOLD).get().thresholds().get(0).min()).contains(new BigDecimal("25000"));
  }

  @Test
  void higherTierWithoutALowerTiersRequirement_isRefusedAtItsCriteria() {
    String gold = "    - tier: GOLD\n      graceQuarters: 2\n      criteria:\n        allOf:\n          - anyOf:\n"
        + "              - {metric: SOURCED_ARR, min: 100000}\n              - {metric: QUALIFIED_REFERRALS, min: 20}\n"
        + "          - {metric: CERTIFIED_PEOPLE, min: 2}\n";
    String goldWithoutCertifications = "    - tier: GOLD\n      graceQuarters: 2\n      criteria:\n        anyOf:\n"
        + "          - {metric: SOURCED_ARR, min: 100000}\n          - {metric: QUALIFIED_REFERRALS, min: 20}\n";
    assertProblem(() -> document(gold, goldWithoutCertifications), InvalidProgramException.class,
        "tiers.levels[2].criteria",
        "not_monotone", "tiers.levels[2].criteria must require at least what SILVER requires (certified people >= 1)"
            + " in every alternative, so that qualifying for GOLD implies qualifying for SILVER,"
            + " but was SOURCED_ARR >= 100000");
  }

  @Test
  void differentShapes_areCheckedByImplication() {
    Criterion silver = Criterion.anyOf(Criterion.atLeast(Metric.SOURCED_ARR, 25_000),
        Criterion.allOf(Criterion.atLeast(Metric.QUALIFIED_REFERRALS, 5), Criterion.required(
            Metric.APPROVED_JOINT_BUSINESS_PLAN)));
    Criterion gold = Criterion.allOf(Criterion.atLeast(Metric.SOURCED_ARR, 100_000),
        Criterion.atLeast(Metric.NPS, 30));
    TierProgram ok = new TierProgram.Builder().ladder(TierLadder.of("REGISTERED", "SILVER", "GOLD"))
        .addLevels(TierProgram.Level.entry(Tier.REGISTERED), TierProgram.Level.of(Tier.SILVER, silver, 1),
            TierProgram.Level.of(Tier.GOLD, gold, 2)).build();
    assertThat(ok.levels()).hasSize(3);
    Criterion goldByNps = Criterion.anyOf(gold, Criterion.atLeast(Metric.NPS, 80));
    assertProblem(() -> new TierProgram.Builder().ladder(TierLadder.of("REGISTERED", "SILVER", "GOLD"))
            .addLevels(TierProgram.Level.entry(Tier.REGISTERED), TierProgram.Level.of(Tier.SILVER, silver, 1),
                TierProgram.Level.of(Tier.GOLD, goldByNps, 2)).build(),
        InvalidProgramException.class, "levels[2].criteria", "not_monotone",
        "levels[2].criteria must require at least what SILVER requires (sourced ARR >= 25000) in every alternative,"
            + " so that qualifying for GOLD implies qualifying for SILVER, but was NPS >= 80");
  }

  @Test
  void entryTierWithCriteria_andOtherTierWithout_areRefused() {
    assertProblem(() -> TierProgram.from(document("    - tier: REGISTERED ",
            "    - tier: REGISTERED\n      criteria: {metric: CERTIFIED_PEOPLE, min: 1}\n  ")),
        InvalidProgramException.class, "tiers.levels[0].criteria", "not_allowed",
        "tiers.levels[0].criteria must be absent for the entry tier REGISTERED (held by every partner with a signed"
            + " agreement), but was CERTIFIED_PEOPLE >= 1");
    assertProblem(() -> new TierProgram.Builder().addLevels(TierProgram.Level.entry(Tier.REGISTERED),
            TierProgram.Level.entry(Tier.SILVER), TierProgram.standard().level(Tier.GOLD),
            TierProgram.standard().level(Tier.PLATINUM)).build(),
        InvalidProgramException.class, "levels[1].criteria", "missing",
        "levels[1].criteria must be present, but was missing");
  }

  @Test
  void moneyThresholdWithMoreDecimalsThanTheCurrency_isRefused() {
    assertProblem(() -> TierProgram.from(document(SILVER_ARR, "{metric: SOURCED_ARR, min: 25000.001}")),
        InvalidProgramException.class, "tiers.levels[1].criteria.allOf[0].anyOf[0].min", "too_many_decimals",
        "tiers.levels[1].criteria.allOf[0].anyOf[0].min must have at most 2 decimals for USD, but was 25000.001");
  }

  @Test
  void criterionForms_areChecked() {
    assertProblem(() -> TierProgram.from(document(SILVER_ARR, "{metric: SOURCED_ARR}")),
        InvalidProgramException.class, "tiers.levels[1].criteria.allOf[0].anyOf[0].min", "missing",
        "tiers.levels[1].criteria.allOf[0].anyOf[0].min must be present, but was missing");
    assertProblem(() -> TierProgram.from(document(SILVER_ARR, "{anyOf: [], metric: SOURCED_ARR, min: 1}")),
        InvalidProgramException.class, "tiers.levels[1].criteria.allOf[0].anyOf[0].anyOf", "empty",
        "tiers.levels[1].criteria.allOf[0].anyOf[0].anyOf must have at least one criterion, but was []");
    assertProblem(() -> TierProgram.from(document(SILVER_ARR,
            "{allOf: [{metric: CSAT, min: 1}], metric: SOURCED_ARR, min: 1}")),
        InvalidProgramException.class, "tiers.levels[1].criteria.allOf[0].anyOf[0]", "one_of",
        "tiers.levels[1].criteria.allOf[0].anyOf[0] must be exactly one of {allOf: [...]}, {anyOf: [...]} or a"
            + " threshold {metric, min}, but was several forms");
    assertProblem(() -> TierProgram.from(document(SILVER_ARR, "{metric: CUSTOM, min: 3}")),
        InvalidProgramException.class, "tiers.levels[1].criteria.allOf[0].anyOf[0].name", "missing",
        "tiers.levels[1].criteria.allOf[0].anyOf[0].name must be present, but was missing");
    assertProblem(() -> TierProgram.from(document(SILVER_ARR, "{metric: SOURCED_ARR, name: x, min: 3}")),
        InvalidProgramException.class, "tiers.levels[1].criteria.allOf[0].anyOf[0].name", "not_allowed",
        "tiers.levels[1].criteria.allOf[0].anyOf[0].name must be absent unless the metric is CUSTOM, but was x");
    assertProblem(() -> TierProgram.from(document(SILVER_ARR, "{metric: QUALIFIED_REFERRALS, min: 2.5}")),
        InvalidProgramException.class, "tiers.levels[1].criteria.allOf[0].anyOf[0].min", "not_whole",
        "tiers.levels[1].criteria.allOf[0].anyOf[0].min must be a whole number for QUALIFIED_REFERRALS, but was 2.5");
    assertProblem(() -> Criterion.atLeast(Metric.NPS, -101), InvalidProgramException.class, "min", "out_of_range",
        "min must be between -100 and 100 for NPS, but was -101");
    assertProblem(() -> Criterion.atLeast(Metric.APPROVED_JOINT_BUSINESS_PLAN, 2), InvalidProgramException.class,
        "min", "out_of_range", "min must be between 0 and 1 for APPROVED_JOINT_BUSINESS_PLAN, but was 2");
    assertProblem(() -> Criterion.custom("{x}", BigDecimal.ONE), InvalidProgramException.class, "name",
        "invalid_name", "name must be a letter followed by letters, digits, spaces, underscores or hyphens"
            + " (at most 60), but was {x}");
    assertProblem(() -> Criterion.allOf(List.of()), InvalidProgramException.class, "$", "one_of",
        "$ must be exactly one of {allOf: [...]}, {anyOf: [...]} or a threshold {metric, min}, but was empty");
    assertProblem(() -> Criterion.required(Metric.NPS), InvalidProgramException.class, "metric", "invalid_value",
        "metric must be a yes/no metric, but was NPS");
    assertThat(Criterion.atLeast(Metric.NPS, -20).min()).contains(new BigDecimal("-20"));
  }

  @Test
  void unknownPropertiesAndMetrics_areRefusedWithTheirPaths() {
    Fixtures.assertThrowsAt(() -> TierProgram.from(document("graceQuarters: 2", "graceQuarters: 2\n      grace: 1")),
        InvalidProgramException.class, "tiers.levels[2].grace");
    Fixtures.assertThrowsAt(() -> TierProgram.from(document(SILVER_ARR, "{metric: SOURCED_MRR, min: 1}")),
        InvalidProgramException.class, "tiers.levels[1].criteria.allOf[0].anyOf[0].metric");
    Fixtures.assertThrowsAt(() -> TierProgram.from(document("review: ANNUAL", "review: WEEKLY")),
        InvalidProgramException.class, "tiers.review");
  }

  @Test
  @DisplayName("a header value written in the section is refused, not silently ignored")
  void headerFieldsInTheSection_areRefused() {
    assertProblem(() -> TierProgram.from(document("  windowMonths: 12", "  ladder: [A, B]\n  windowMonths: 12")),
        InvalidProgramException.class, "tiers.ladder", "not_allowed",
        "tiers.ladder must be absent: the ladder comes from the program's header, but was [\"A\",\"B\"]");
    assertProblem(() -> TierProgram.from(document("  windowMonths: 12", "  currency: EUR\n  windowMonths: 12")),
        InvalidProgramException.class, "tiers.currency", "not_allowed",
        "tiers.currency must be absent: the currency comes from the program's header, but was \"EUR\"");
  }

  @Test
  void entryTierWithGrace_isRefused() {
    assertProblem(() -> TierProgram.from(document("    - tier: REGISTERED ",
            "    - tier: REGISTERED\n      graceQuarters: 1\n  ")),
        InvalidProgramException.class, "tiers.levels[0].graceQuarters", "not_allowed",
        "tiers.levels[0].graceQuarters must be 0 for the entry tier REGISTERED (there is nothing below it), but was 1");
  }

  @Test
  void levelWithoutTier_andNullCriteria_areRefused() {
    assertProblem(() -> TierProgram.from(document("    - tier: GOLD\n      graceQuarters: 2",
            "    - graceQuarters: 2")),
        InvalidProgramException.class, "tiers.levels[2].tier", "missing",
        "tiers.levels[2].tier must be present, but was missing");
    assertProblem(() -> TierProgram.from(document(SILVER_ARR, "~")), InvalidProgramException.class,
        "tiers.levels[1].criteria.allOf[0].anyOf[0]", "missing",
        "tiers.levels[1].criteria.allOf[0].anyOf[0] must be present, but was missing");
    assertProblem(() -> TierProgram.from(document(SILVER_ARR, "{min: 25000}")), InvalidProgramException.class,
        "tiers.levels[1].criteria.allOf[0].anyOf[0].metric", "missing",
        "tiers.levels[1].criteria.allOf[0].anyOf[0].metric must be present, but was missing");
  }

  @Test
  void absurdThresholds_areRefused() {
    assertProblem(() -> Criterion.atLeast(Metric.SOURCED_ARR, new BigDecimal("1000000000000000")),
        InvalidProgramException.class, "min", "out_of_range", "min must be less than 10^15, but was 1000000000000000");
  }

  @Test
  void criteriaWithTooManyAlternatives_areRefusedAsTooComplex() {
    List<Criterion> pairs = new java.util.ArrayList<>();
    for (int i = 0; i < 13; i++) {
      pairs.add(Criterion.anyOf(Criterion.custom("a" + i, BigDecimal.ONE), Criterion.custom("b" + i, BigDecimal.ONE)));
    }
    Criterion huge = Criterion.allOf(pairs);
    assertProblem(() -> new TierProgram.Builder().ladder(TierLadder.of("A", "B", "C"))
            .addLevels(TierProgram.Level.entry(Tier.of("A")), TierProgram.Level.of(Tier.of("B"), Criterion.custom("a0",
                BigDecimal.ONE), 1), TierProgram.Level.of(Tier.of("C"), huge, 1)).build(),
        InvalidProgramException.class, "levels[2].criteria", "too_complex",
        "levels[2].criteria must expand to at most 4096 alternatives (nest fewer anyOf groups inside allOf groups),"
            + " but was " + huge.toString().substring(0, 200) + "...");
  }

  @Test
  void optionsOutOfRange_areRefused() {
    assertProblem(() -> TierProgram.from(document("windowMonths: 12", "windowMonths: 0")),
        InvalidProgramException.class, "tiers.windowMonths", "out_of_range",
        "tiers.windowMonths must be between 1 and 36, but was 0");
    assertProblem(() -> TierProgram.from(document("provisionalMonths: 6", "provisionalMonths: 25")),
        InvalidProgramException.class, "tiers.provisionalMonths", "out_of_range",
        "tiers.provisionalMonths must be between 1 and 24, but was 25");
    assertProblem(() -> TierProgram.from(document("overrideTier: PLATINUM", "overrideTier: DIAMOND")),
        InvalidProgramException.class, "tiers.overrideTier", "unknown_tier",
        "tiers.overrideTier must be a tier of the ladder REGISTERED < SILVER < GOLD < PLATINUM, but was DIAMOND");
  }

  @Test
  void missingLevels_isRefused() {
    assertProblem(() -> ProgramLoader.strict().loadYaml(HEADER + "tiers: {review: ANNUAL}\n"),
        InvalidProgramException.class, "tiers.levels", "missing",
        "tiers.levels must be present, but was missing");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    String text = TestPrograms.HEADER + Fixtures.standardSections().replace("graceQuarters: 2", "graceQuarters: -1")
        .replace("windowMonths: 12", "windowMonths: 0");
    assertThatThrownBy(() -> ProgramLoader.strict().loadYaml(text)).isInstanceOf(InvalidProgramException.class)
        .satisfies(e -> assertThat(Fixtures.paths(e)).contains("tiers.levels[2].graceQuarters"));
    ProgramDocument unchecked = TestPrograms.unchecked().loadYaml(text);
    assertThatThrownBy(() -> TierProgram.from(unchecked)).isInstanceOf(InvalidProgramException.class)
        .satisfies(e -> assertThat(Fixtures.paths(e)).contains("tiers.levels[2].graceQuarters"));
  }

  @Test
  void lookups_onATierOffTheLadder_areRefused() {
    assertProblem(() -> TierProgram.standard().level(Tier.of("DIAMOND")), InvalidFactsException.class, "tier",
        "unknown_tier", "tier must be one of [REGISTERED, SILVER, GOLD, PLATINUM], but was DIAMOND");
  }
}
