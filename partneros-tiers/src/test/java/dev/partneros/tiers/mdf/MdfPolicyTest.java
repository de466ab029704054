package dev.partneros.tiers.mdf;

import static dev.partneros.tiers.mdf.MdfFixtures.HEADER;
import static dev.partneros.tiers.mdf.MdfFixtures.assertProblem;
import static dev.partneros.tiers.mdf.MdfFixtures.document;
import static dev.partneros.tiers.mdf.MdfFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.FiscalCalendar;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerOsJson;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.ProgramLoader;
import dev.partneros.core.TestPrograms;
import dev.partneros.core.Rate;
import dev.partneros.core.Tier;
import dev.partneros.core.TierLadder;
import dev.partneros.tiers.BenefitsMatrix;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The mdf section of a program (docs/rules/mdf.md#configuration)")
class MdfPolicyTest {

  final MdfPolicy standard = MdfPolicy.standard();

  @Test
  @DisplayName("standard(): the defaults of docs/rules/mdf.md#configuration")
  void standard_isRulesSection9() {
    assertThat(standard.model()).isEqualTo(MdfPolicy.FundingModel.TIER_ALLOCATION);
    assertThat(standard.minimumTier()).isEqualTo(Tier.SILVER);
    assertThat(standard.minimumSourcedArr()).isEqualTo(usd(25_000));
    assertThat(standard.approvers(Tier.REGISTERED)).isEmpty();
    assertThat(standard.approvers(Tier.SILVER)).containsExactly(Approver.PARTNER_MANAGER);
    assertThat(standard.approvers(Tier.GOLD)).containsExactly(Approver.PARTNER_MANAGER, Approver.DIRECTOR);
    assertThat(standard.approvers(Tier.PLATINUM)).containsExactly(Approver.VP);
    assertThat(standard.routeTo(usd("4999.99"))).isEqualTo(Approver.PARTNER_MANAGER);
    assertThat(standard.routeTo(usd("5000.00"))).isEqualTo(Approver.DIRECTOR);
    assertThat(standard.allowedUses()).containsExactly(ActivityType.EVENTS, ActivityType.CONTENT,
        ActivityType.ADVERTISING, ActivityType.WEBINARS, ActivityType.CAMPAIGNS);
    assertThat(standard.allows(ActivityType.SWAG)).isFalse();
    assertThat(standard.rollover()).isEqualTo(Rate.ZERO);
    assertThat(standard.disbursementDays()).isEqualTo(15);
    assertThat(standard.reimbursementDays()).isEqualTo(15);
    assertThat(standard.roiReportDays()).isEqualTo(90);
    assertThat(standard.accrual()).isEqualTo(AccrualTerms.of(Rate.ofPercent(2)));
    assertThat(standard.coop()).isEqualTo(CoopTerms.of(Rate.ofPercent(50)));
    assertThat(standard.pipelinePotential()).hasToString("[0.5, 2.0]");
    assertThat(standard.strategicValue()).hasToString("[0.8, 1.5]");
    assertThat(standard.strategicValueOf(ValueMatrixQuadrant.STRATEGIC_ALLIANCE)).isEqualByComparingTo("1.5");
    assertThat(standard.strategicValueOf(ValueMatrixQuadrant.AFFILIATE)).isEqualByComparingTo("0.8");
    assertThat(standard.newPartnerMonths()).isEqualTo(12);
    assertThat(standard.poolSegments()).extracting(MdfPolicy.PoolSegment::name, s -> s.share().percent().intValue())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("GOLD_AND_PLATINUM", 60),
            org.assertj.core.groups.Tuple.tuple("SILVER", 30), org.assertj.core.groups.Tuple.tuple("NEW_PARTNERS", 10));
  }

  @Test
  @DisplayName("the YAML of the standard mdf section reads back as standard() through ProgramLoader.strict()")
  void standardSectionYaml_readsAsStandard() {
    ProgramDocument doc = document("", "");
    assertThat(doc.readSection("mdf", MdfPolicy.class)).contains(standard);
    assertThat(MdfPolicy.from(doc)).isEqualTo(standard);
  }

  @Test
  void from_withoutSection_isStandardInTheDocumentsCurrencyCalendarAndRounding() {
    ProgramDocument euros = ProgramLoader.strict().loadYaml(HEADER.replace("USD", "EUR")
        + "fiscalYearStartMonth: 2\nrounding: HALF_UP\n");
    MdfPolicy policy = MdfPolicy.from(euros);
    assertThat(policy.minimumSourcedArr()).isEqualTo(Money.of("25000", "EUR"));
    assertThat(policy.fiscalCalendar()).isEqualTo(FiscalCalendar.startingIn(2));
    assertThat(policy.rounding()).isEqualTo(RoundingMode.HALF_UP);
    assertThat(policy).isEqualTo(MdfPolicy.standard(Currency.getInstance("EUR"), FiscalCalendar.startingIn(2),
        RoundingMode.HALF_UP));
    ProgramDocument custom = TestPrograms.unchecked().loadYaml(HEADER + "ladder: [BASIC, PREMIER]\n");
    assertProblem(() -> MdfPolicy.from(custom), InvalidProgramException.class, "mdf", "missing",
        "mdf must be present when the ladder is not the standard one (the standard approvers name REGISTERED,"
            + " SILVER, GOLD and PLATINUM), but was missing");
  }

  @Test
  void policy_roundTripsThroughItsSection() {
    MdfPolicy changed = new MdfPolicy.Builder().model(MdfPolicy.FundingModel.ACCRUAL)
        .accrual(AccrualTerms.of(Rate.ofPercent(3), usd(40_000))).rollover(Rate.ofPercent(50))
        .allowedUses(List.of(ActivityType.EVENTS, ActivityType.TRAINING)).build();
    for (MdfPolicy policy : List.of(standard, changed)) {
      ProgramDocument doc = document("", "").withSection("mdf", PartnerOsJson.toTree(policy));
      assertThat(MdfPolicy.from(doc)).isEqualTo(policy);
    }
    assertThat(PartnerOsJson.toTree(standard).get("minimumSourcedArr").decimalValue()).isEqualByComparingTo("25000");
    assertThat(PartnerOsJson.toTree(changed).get("accrual").get("cap").decimalValue()).isEqualByComparingTo("40000");
  }

  @Test
  void customLadder_withItsOwnSection() {
    String section = "mdf:\n  minimumTier: PREMIER\n  minimumSourcedArr: 0\n  approvers: {BASIC: [], PREMIER: [VP]}\n"
        + "  poolSegments: [{name: ALL, share: \"1\", tiers: [PREMIER]}]\n";
    // tiers and benefits, required by a custom ladder, are left out: only mdf is read here
    ProgramDocument doc = TestPrograms.unchecked().loadYaml(HEADER + "ladder: [BASIC, PREMIER]\n" + section);
    MdfPolicy policy = MdfPolicy.from(doc);
    assertThat(policy.ladder()).isEqualTo(TierLadder.of("BASIC", "PREMIER"));
    assertThat(policy.approvers(Tier.of("PREMIER"))).containsExactly(Approver.VP);
  }

  @Test
  @DisplayName("a ladder tier missing from the mdf approvers is refused with its path")
  void approvers_missingTier_isRefusedWithItsPath() {
    assertProblem(() -> MdfPolicy.from(document("    GOLD: [PARTNER_MANAGER, DIRECTOR]\n", "")),
        InvalidProgramException.class, "mdf.approvers.GOLD", "missing",
        "mdf.approvers.GOLD must be present: every tier of the ladder needs its approvers (an empty list for none),"
            + " but was missing");
  }

  @Test
  void approvers_unknownTierOrDuplicateApprover_isRefused() {
    assertProblem(() -> MdfPolicy.from(document("    PLATINUM: [VP]\n", "    PLATINUM: [VP]\n    DIAMOND: [VP]\n")),
        InvalidProgramException.class, "mdf.approvers.DIAMOND", "unknown_tier",
        "mdf.approvers.DIAMOND must be a tier of the ladder REGISTERED < SILVER < GOLD < PLATINUM, but was DIAMOND");
    assertProblem(() -> MdfPolicy.from(document("    PLATINUM: [VP]\n", "    PLATINUM: [VP, VP]\n")),
        InvalidProgramException.class, "mdf.approvers.PLATINUM[1]", "duplicate",
        "mdf.approvers.PLATINUM[1] must name each approver once, but was VP");
  }

  @Test
  void approvers_keyThatIsNotATierName_isAnUnknownTier() {
    assertProblem(() -> MdfPolicy.from(document("    PLATINUM: [VP]\n", "    PLATINUM: [VP]\n    \"9\": [VP]\n")),
        InvalidProgramException.class, "mdf.approvers[\"9\"]", "unknown_tier",
        "mdf.approvers[\"9\"] must be a tier name of the ladder REGISTERED < SILVER < GOLD < PLATINUM, but was 9");
  }

  @Test
  void unknownApprover_isRefusedWithItsPath() {
    assertThatProblemAt(() -> MdfPolicy.from(document("    PLATINUM: [VP]\n", "    PLATINUM: [CEO]\n")),
        "mdf.approvers.PLATINUM[0]", "invalid_value");
  }

  @Test
  @DisplayName("an unknown activity type in allowedUses is refused with its path")
  void allowedUses_unknownActivity_isRefusedWithItsPath() {
    assertProblem(() -> MdfPolicy.from(document("[EVENTS, CONTENT,", "[EVENTS, PODCASTS,")),
        InvalidProgramException.class, "mdf.allowedUses[1]", "invalid_value",
        "mdf.allowedUses[1] must be one of [EVENTS, CONTENT, ADVERTISING, WEBINARS, CAMPAIGNS, SWAG, SPONSORSHIPS,"
            + " TRAVEL, TRAINING, OTHER], but was PODCASTS");
    assertProblem(() -> MdfPolicy.from(document("[EVENTS, CONTENT,", "[EVENTS, EVENTS,")),
        InvalidProgramException.class, "mdf.allowedUses[1]", "duplicate",
        "mdf.allowedUses[1] must list each use once, but was EVENTS");
  }

  @Test
  void routing_mustStartAtZeroAndRise() {
    assertProblem(() -> MdfPolicy.from(document("{from: 0, approver", "{from: 100, approver")),
        InvalidProgramException.class, "mdf.routing[0].from", "not_from_zero",
        "mdf.routing[0].from must be 0 (the first step takes every request), but was 100.00 USD");
    assertProblem(() -> MdfPolicy.from(document("{from: 5000, approver", "{from: 0, approver")),
        InvalidProgramException.class, "mdf.routing[1].from", "not_increasing",
        "mdf.routing[1].from must be above the previous step's 0.00 USD, but was 0.00 USD");
    assertProblem(() -> MdfPolicy.from(document("{from: 5000, approver", "{from: 5000.001, approver")),
        InvalidProgramException.class, "mdf.routing[1].from", "invalid_value",
        "mdf.routing[1].from must have at most 2 decimals for USD and be below 10^15, but was 5000.001");
  }

  @Test
  @DisplayName("negative amounts in the section are refused with their path")
  void negativeAmounts_areRefusedWithTheirPath() {
    assertProblem(() -> MdfPolicy.from(document("minimumSourcedArr: 25000", "minimumSourcedArr: -1")),
        InvalidProgramException.class, "mdf.minimumSourcedArr", "negative",
        "mdf.minimumSourcedArr must be >= 0, but was -1.00 USD");
    assertProblem(() -> MdfPolicy.from(document("accrual: {rate: 0.02}", "accrual: {rate: 0.02, cap: -5}")),
        InvalidProgramException.class, "mdf.accrual.cap", "negative", "mdf.accrual.cap must be >= 0, but was -5.00 USD");
  }

  @Test
  void segments_sharesMustSumToOne_andTiersBeUniqueAndOnTheLadder() {
    assertProblem(() -> MdfPolicy.from(document("share: 0.30", "share: 0.29")),
        InvalidProgramException.class, "mdf.poolSegments", "weights_not_one",
        "mdf.poolSegments must have shares summing to exactly 1, but was 0.99");
    assertProblem(() -> MdfPolicy.from(document("tiers: [SILVER]", "tiers: [GOLD]")),
        InvalidProgramException.class, "mdf.poolSegments[1].tiers[0]", "duplicate",
        "mdf.poolSegments[1].tiers[0] must be in one segment only (already in poolSegments[0]), but was GOLD");
    assertProblem(() -> MdfPolicy.from(document("tiers: [SILVER]", "tiers: [BRONZE]")),
        InvalidProgramException.class, "mdf.poolSegments[1].tiers[0]", "unknown_tier",
        "mdf.poolSegments[1].tiers[0] must be a tier of the ladder REGISTERED < SILVER < GOLD < PLATINUM, but was BRONZE");
    assertProblem(() -> MdfPolicy.from(document("share: 0.10, newPartners: true}",
        "share: 0.10, newPartners: true, tiers: [REGISTERED]}")),
        InvalidProgramException.class, "mdf.poolSegments[2].tiers", "not_allowed",
        "mdf.poolSegments[2].tiers must be empty for the new-partner segment (it takes every new partner, whatever"
            + " the tier), but was [REGISTERED]");
  }

  @Test
  @DisplayName("multiplier ranges and quadrant values are checked with their path")
  void multiplierRanges_areChecked() {
    assertProblem(() -> MdfPolicy.from(document("{min: 0.5, max: 2.0}", "{min: 2.5, max: 2.0}")),
        InvalidProgramException.class, "mdf.pipelinePotential.max", "not_above_min",
        "mdf.pipelinePotential.max must be at least min 2.5, but was 2.0");
    assertProblem(() -> MdfPolicy.from(document("{min: 0.5, max: 2.0}", "{min: 0, max: 2.0}")),
        InvalidProgramException.class, "mdf.pipelinePotential.min", "not_positive",
        "mdf.pipelinePotential.min must be > 0, but was 0");
    assertProblem(() -> MdfPolicy.from(document("AFFILIATE: 0.8", "AFFILIATE: 0.7")),
        InvalidProgramException.class, "mdf.strategicValues.AFFILIATE", "out_of_range",
        "mdf.strategicValues.AFFILIATE must be within the strategic-value range [0.8, 1.5], but was 0.7");
    assertProblem(() -> MdfPolicy.from(document("AFFILIATE: 0.8", "AFFILIATE: 0.8, UNICORN: 1.0")),
        InvalidProgramException.class, "mdf.strategicValues.UNICORN", "unknown_quadrant",
        "mdf.strategicValues.UNICORN must be a quadrant of the partner value matrix [STRATEGIC_ALLIANCE,"
            + " TECHNOLOGY_PARTNER, CHANNEL_PARTNER, AFFILIATE], but was UNICORN");
  }

  @Test
  void daysAndMonths_areCheckedWithTheirPath() {
    assertProblem(() -> MdfPolicy.from(document("roiReportDays: 90", "roiReportDays: 0")),
        InvalidProgramException.class, "mdf.roiReportDays", "out_of_range",
        "mdf.roiReportDays must be between 1 and 730, but was 0");
    assertProblem(() -> MdfPolicy.from(document("disbursementDays: 15", "disbursementDays: -1")),
        InvalidProgramException.class, "mdf.disbursementDays", "out_of_range",
        "mdf.disbursementDays must be between 0 and 365, but was -1");
    assertProblem(() -> MdfPolicy.from(document("newPartnerMonths: 12", "newPartnerMonths: 61")),
        InvalidProgramException.class, "mdf.newPartnerMonths", "out_of_range",
        "mdf.newPartnerMonths must be between 1 and 60, but was 61");
  }

  @Test
  @DisplayName("header fields inside the section are refused, not ignored")
  void headerFields_insideTheSection_areRefused() {
    assertProblem(() -> MdfPolicy.from(document("  model: TIER_ALLOCATION", "  currency: EUR\n  model: TIER_ALLOCATION")),
        InvalidProgramException.class, "mdf.currency", "not_allowed",
        "mdf.currency must be absent: the currency comes from the program's header, but was \"EUR\"");
    assertProblem(() -> MdfPolicy.from(document("  model: TIER_ALLOCATION", "  fiscalYearStartMonth: 4\n  model: TIER_ALLOCATION")),
        InvalidProgramException.class, "mdf.fiscalYearStartMonth", "not_allowed",
        "mdf.fiscalYearStartMonth must be absent: the fiscalYearStartMonth comes from the program's header, but was 4");
  }

  @Test
  void unknownField_andMinimumTierOffTheLadder_areRefused() {
    assertThatProblemAt(() -> MdfPolicy.from(document("  model: TIER_ALLOCATION", "  modle: ACCRUAL")),
        "mdf.modle", "unknown_property");
    assertProblem(() -> MdfPolicy.from(document("minimumTier: SILVER", "minimumTier: BRONZE")),
        InvalidProgramException.class, "mdf.minimumTier", "unknown_tier",
        "mdf.minimumTier must be a tier of the ladder REGISTERED < SILVER < GOLD < PLATINUM, but was BRONZE");
  }

  @Test
  void engines_refuseBenefitsOfAnotherCurrencyOrLadder() {
    BenefitsMatrix euros = BenefitsMatrix.standard(Currency.getInstance("EUR"));
    assertProblem(() -> MdfRequestDecider.of(standard, euros), InvalidProgramException.class, "benefits",
        "currency_mismatch", "benefits must state MDF amounts in the fund's currency USD, but was EUR");
  }

  @Test
  void coopAndRanges_refuseZeroOrMissing() {
    assertProblem(() -> CoopTerms.of(Rate.ZERO), InvalidProgramException.class, "matchRate", "not_positive",
        "matchRate must be > 0, but was 0 %");
    assertProblem(() -> MdfPolicy.from(document("{min: 0.5, max: 2.0}", "{min: 0.5}")),
        InvalidProgramException.class, "mdf.pipelinePotential.max", "missing",
        "mdf.pipelinePotential.max must be present, but was missing");
    assertThat(MdfPolicy.MultiplierRange.of(new BigDecimal("0.5"), new BigDecimal("0.5")).contains(new BigDecimal("0.50")))
        .isTrue();
  }

  private static void assertThatProblemAt(Runnable call, String path, String code) {
    org.assertj.core.api.Assertions.assertThatExceptionOfType(InvalidProgramException.class).isThrownBy(call::run)
        .satisfies(e -> assertThat(e.problems()).anySatisfy(p -> {
          assertThat(p.path()).isEqualTo(path);
          assertThat(p.code()).isEqualTo(code);
          assertThat(p.message()).startsWith(path + " ");
        }));
  }
}
