package dev.partneros.attribution.commission;

import dev.partneros.core.TestPrograms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.PartnerOsJson;
import dev.partneros.core.PartnerType;
import dev.partneros.core.Problem;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.Rate;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The commission plan and clawback policy, the program file's commission and clawback sections "
    + "(docs/rules/commission.md, docs/rules/clawback.md)")
class CommissionPlanTest {

  static final String HEADER = TestPrograms.HEADER;

  static String standardSections() {
    return TestPrograms.standardSections("commission", "clawback");
  }

  static ProgramDocument document(String sections) {
    return TestPrograms.document(sections);
  }

  static void assertInvalidPlan(String section, String path, String code, String message) {
    assertThatThrownBy(() -> CommissionPlan.from(document(section)))
        .isInstanceOf(InvalidProgramException.class)
        .satisfies(e -> assertThat(((InvalidProgramException) e).problems())
            .extracting(Problem::path, Problem::code, Problem::message)
            .contains(tuple(path, code, message)));
  }

  static String oemBrackets(String... rows) {
    StringBuilder out = new StringBuilder("commission:\n  models:\n    OEM:\n      volumeBrackets:\n        brackets:\n");
    for (String row : rows) {
      out.append("          - ").append(row).append('\n');
    }
    return out.toString();
  }

  @Test
  @DisplayName("standard(): the defaults of docs/rules/commission.md")
  void standard_holdsTheRulesDefaults() {
    CommissionPlan plan = CommissionPlan.standard();
    assertThat(plan.modelsFor(PartnerType.REFERRAL).flatMap(CommissionPlan.Models::referralFee).flatMap(ReferralFee::rate))
        .contains(Rate.ofPercent(20));
    assertThat(plan.modelsFor(PartnerType.TECHNOLOGY_ISV).flatMap(CommissionPlan.Models::recurringShare))
        .contains(RecurringShare.of(Rate.ofPercent(15), 24));
    assertThat(plan.modelsFor(PartnerType.OEM).flatMap(CommissionPlan.Models::volumeBrackets).orElseThrow().brackets())
        .hasToString("[0, 100000) 20 %, [100000, 250000) 25 %, [250000, inf) 30 %");
    assertThat(plan.modelsFor(PartnerType.AFFILIATE).flatMap(CommissionPlan.Models::countBrackets).orElseThrow().brackets())
        .hasToString("[0, 6) 20 %, [6, 21) 25 %, [21, 51) 30 %, [51, inf) 35 % + 500");
    assertThat(plan.modelsFor(PartnerType.RESELLER_VAR).flatMap(CommissionPlan.Models::volumeRebate).orElseThrow().bands())
        .hasToString("[0, 100000) 0 %, [100000, 250000) 0 %, [250000, 500000) 2 %, [500000, 1000000) 5 %, "
            + "[1000000, inf) custom");
    assertThat(plan.modelsFor(PartnerType.RESELLER_VAR).flatMap(CommissionPlan.Models::resaleMargin)
        .map(ResaleMargin::registeredDealBonus)).contains(Rate.ofPercent(5));
    assertThat(plan.modelsFor(PartnerType.SYSTEM_INTEGRATOR).map(CommissionPlan.Models::tierRate)).contains(true);
    assertThat(plan.caps()).isEqualTo(CommissionCaps.none());
    assertThat(plan.caps().perDeal()).isEmpty();
    PayoutTerms payout = plan.payout();
    assertThat(payout.trigger()).isEqualTo(PayoutTerms.Trigger.FIRST_PAYMENT);
    assertThat(payout.holdbackDays()).isEqualTo(30);
    assertThat(payout.paymentTermsDays()).isEqualTo(30);
    assertThat(payout.trialDays()).isEqualTo(30);
    assertThat(payout.minimumPayout()).isEqualByComparingTo("50.00");
    SpiffTerms spiffs = plan.spiffs();
    assertThat(spiffs.firstDealAmount()).isEqualByComparingTo("500");
    assertThat(spiffs.firstDealWithinDays()).isEqualTo(90);
    assertThat(spiffs.launchMultiplier()).isEqualByComparingTo("2");
    assertThat(spiffs.quotaBonusRate()).isEqualTo(Rate.ofPercent(10));
    assertThat(spiffs.displacementAmount()).isEqualByComparingTo("1000");
    assertThat(spiffs.bundlePoints()).isEqualTo(Rate.ofPercent(5));
  }

  @Test
  @DisplayName("ClawbackPolicy.standard(): the schedule of docs/rules/clawback.md with the linear 90-180 band")
  void clawbackStandard_holdsTheRulesSchedule() {
    assertThat(ClawbackPolicy.standard().schedule()).hasToString(
        "[[0, 30) 100 %, [30, 90) 50 %, [90, 180) 50 % -> 0 %, [180, inf) 0 %]");
    assertThat(ClawbackPolicy.standard().flagFraudForTermination()).isTrue();
  }

  @Test
  @DisplayName("The standard sections' YAML, read through the strict loader, equals standard() (docs/rules/commission.md, docs/rules/clawback.md)")
  void standardSections_readAsStandard() {
    ProgramDocument doc = document(standardSections());
    assertThat(doc.readSection(CommissionPlan.SECTION, CommissionPlan.class)).contains(CommissionPlan.standard());
    assertThat(CommissionPlan.from(doc)).isEqualTo(CommissionPlan.standard());
    assertThat(PartnerOsJson.toTree(CommissionPlan.from(doc))).isEqualTo(PartnerOsJson.toTree(CommissionPlan.standard()));
    assertThat(doc.readSection(ClawbackPolicy.SECTION, ClawbackPolicy.class)).contains(ClawbackPolicy.standard());
    assertThat(ClawbackPolicy.from(doc)).isEqualTo(ClawbackPolicy.standard());
    assertThat(CommissionTerms.from(doc).plan()).isEqualTo(CommissionPlan.standard());
  }

  @Test
  void from_absentSectionsGiveStandard() {
    assertThat(CommissionPlan.from(document(""))).isEqualTo(CommissionPlan.standard());
    assertThat(ClawbackPolicy.from(document(""))).isEqualTo(ClawbackPolicy.standard());
  }

  @Test
  @DisplayName("A section names only what it changes; amounts are equal whatever their scale (50 = 50.00)")
  void from_partialSectionKeepsOtherDefaults() {
    CommissionPlan plan = CommissionPlan.from(document(String.join("\n",
        "commission:",
        "  payout: {minimumPayout: 50.00, trigger: TRIAL_COMPLETE}",
        "  caps: {perDeal: 10000.00}",
        "  spiffs: {firstDealAmount: 2000, quotaBonusRate: \"0.2\"}",
        "")));
    assertThat(plan.payout().trigger()).isEqualTo(PayoutTerms.Trigger.TRIAL_COMPLETE);
    assertThat(plan.payout()).isEqualTo(new PayoutTerms.Builder().trigger(PayoutTerms.Trigger.TRIAL_COMPLETE).build());
    assertThat(plan.caps().perDeal()).contains(new BigDecimal("10000"));
    assertThat(plan.spiffs().firstDealAmount()).isEqualTo(new BigDecimal("2000"));
    assertThat(plan.models()).isEqualTo(CommissionPlan.standardModels());
  }

  @Test
  @DisplayName("A flat referral fee and whole-volume brackets read from the file")
  void from_flatFeeAndWholeVolume() {
    CommissionPlan plan = CommissionPlan.from(document(String.join("\n",
        "commission:",
        "  models:",
        "    REFERRAL: {referralFee: {flat: 1000}}",
        "    OEM:",
        "      volumeBrackets:",
        "        mode: WHOLE_VOLUME",
        "        brackets: [{lower: 0, upper: 100000, rate: \"0.20\"}, {lower: 100000, rate: \"0.25\"}]",
        "")));
    assertThat(plan.models()).containsOnlyKeys(PartnerType.REFERRAL, PartnerType.OEM);
    assertThat(plan.modelsFor(PartnerType.REFERRAL).flatMap(CommissionPlan.Models::referralFee).flatMap(ReferralFee::flat))
        .contains(new BigDecimal("1000"));
    assertThat(plan.modelsFor(PartnerType.OEM).flatMap(CommissionPlan.Models::volumeBrackets).map(VolumeBrackets::mode))
        .contains(VolumeBrackets.Mode.WHOLE_VOLUME);
    assertThat(plan.modelsFor(PartnerType.AFFILIATE)).isEmpty();
  }

  @Test
  @DisplayName("Brackets with a gap are refused with the path of the offending bound (docs/rules/commission.md)")
  void from_bracketGap_isRefusedWithPath() {
    assertInvalidPlan(oemBrackets("{lower: 0, upper: 100000, rate: \"0.20\"}",
            "{lower: 120000, rate: \"0.25\"}"),
        "commission.models.OEM.volumeBrackets.brackets[1].lower", "gap",
        "commission.models.OEM.volumeBrackets.brackets[1].lower must equal the previous bracket's upper bound "
            + "100000 (no gap that silently pays nothing), but was 120000");
  }

  @Test
  @DisplayName("Overlapping brackets are refused with the path of the offending bound (docs/rules/commission.md)")
  void from_bracketOverlap_isRefusedWithPath() {
    assertInvalidPlan(oemBrackets("{lower: 0, upper: 100000, rate: \"0.20\"}",
            "{lower: 99999.99, upper: 250000, rate: \"0.25\"}", "{lower: 250000, rate: \"0.30\"}"),
        "commission.models.OEM.volumeBrackets.brackets[1].lower", "overlap",
        "commission.models.OEM.volumeBrackets.brackets[1].lower must equal the previous bracket's upper bound "
            + "100000 (no overlap), but was 99999.99");
  }

  @Test
  @DisplayName("Brackets not starting at zero are refused (docs/rules/commission.md)")
  void from_bracketsNotFromZero_isRefusedWithPath() {
    assertInvalidPlan(oemBrackets("{lower: 1, upper: 100000, rate: \"0.20\"}", "{lower: 100000, rate: \"0.25\"}"),
        "commission.models.OEM.volumeBrackets.brackets[0].lower", "not_from_zero",
        "commission.models.OEM.volumeBrackets.brackets[0].lower must be 0 (a bracket table starts at zero), but was 1");
  }

  @Test
  void from_boundedLastBracket_isRefusedWithPath() {
    assertInvalidPlan(oemBrackets("{lower: 0, upper: 100000, rate: \"0.20\"}"),
        "commission.models.OEM.volumeBrackets.brackets[0].upper", "bounded_last",
        "commission.models.OEM.volumeBrackets.brackets[0].upper must be absent: the last bracket runs to infinity "
            + "(nothing may fall outside the table), but was 100000");
  }

  @Test
  @DisplayName("A bracket rate above 1 is refused, written as text or as a number (docs/rules/conventions.md)")
  void from_bracketRateOutsideRange_isRefusedWithPath() {
    for (String rate : List.of("\"1.5\"", "1.5", "\"-0.1\"")) {
      assertThatThrownBy(() -> CommissionPlan.from(document(oemBrackets("{lower: 0, rate: " + rate + "}"))))
          .isInstanceOf(InvalidProgramException.class)
          .satisfies(e -> assertThat(((InvalidProgramException) e).problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("commission.models.OEM.volumeBrackets.brackets[0].rate");
            assertThat(p.code()).isIn("out_of_range", "invalid_value");
            assertThat(p.message()).startsWith("commission.models.OEM.volumeBrackets.brackets[0].rate must be a");
          }));
    }
  }

  @Test
  void from_customBandInVolumeBrackets_isRefused() {
    assertInvalidPlan(oemBrackets("{lower: 0, upper: 100000, rate: \"0.20\"}", "{lower: 100000, custom: true}"),
        "commission.models.OEM.volumeBrackets.brackets[1].custom", "not_allowed",
        "commission.models.OEM.volumeBrackets.brackets[1].custom must be false: only volume-rebate bands pay a "
            + "partner's own rate, but was true");
  }

  @Test
  @DisplayName("Whole-volume brackets whose rate falls are refused: a deal would lower earned commission")
  void from_wholeVolumeFallingRate_isRefused() {
    assertInvalidPlan("commission:\n  models:\n    OEM:\n      volumeBrackets:\n        mode: WHOLE_VOLUME\n"
            + "        brackets: [{lower: 0, upper: 100000, rate: \"0.30\"}, {lower: 100000, rate: \"0.25\"}]\n",
        "commission.models.OEM.volumeBrackets.brackets[1].rate", "not_monotone",
        "commission.models.OEM.volumeBrackets.brackets[1].rate must be at least the previous bracket's 30 % in "
            + "WHOLE_VOLUME mode (a deal must never lower the commission on the volume before it), but was 25 %");
  }

  @Test
  void from_countBracketNotWhole_isRefused() {
    assertInvalidPlan("commission:\n  models:\n    AFFILIATE:\n      countBrackets:\n        brackets: "
            + "[{lower: 0, upper: 5.5, rate: \"0.20\"}, {lower: 5.5, rate: \"0.25\"}]\n",
        "commission.models.AFFILIATE.countBrackets.brackets[0].upper", "not_whole",
        "commission.models.AFFILIATE.countBrackets.brackets[0].upper must be a whole number of referrals, but was 5.5");
  }

  @Test
  @DisplayName("SPIFF amounts must stay within the ranges of docs/rules/commission.md (500-2,000, 10-20 %, 1,000-5,000)")
  void from_spiffOutsideRange_isRefused() {
    assertInvalidPlan("commission:\n  spiffs: {firstDealAmount: 2500}\n", "commission.spiffs.firstDealAmount",
        "out_of_range", "commission.spiffs.firstDealAmount must be between 500 and 2000, but was 2500");
    assertInvalidPlan("commission:\n  spiffs: {quotaBonusRate: \"0.25\"}\n", "commission.spiffs.quotaBonusRate",
        "out_of_range", "commission.spiffs.quotaBonusRate must be between 0.10 and 0.20, but was 0.25");
    assertInvalidPlan("commission:\n  spiffs: {displacementAmount: 999.99}\n", "commission.spiffs.displacementAmount",
        "out_of_range", "commission.spiffs.displacementAmount must be between 1000 and 5000, but was 999.99");
  }

  @Test
  void from_modelsWithNothingOrBothFees_areRefused() {
    assertInvalidPlan("commission:\n  models:\n    REFERRAL: {spiffs: false}\n", "commission.models.REFERRAL",
        "one_of", "commission.models.REFERRAL must name at least one commission model (referralFee, recurringShare, "
            + "volumeBrackets, countBrackets, tierRate, resaleMargin, volumeRebate), but was none");
    assertInvalidPlan("commission:\n  models:\n    REFERRAL: {referralFee: {rate: \"0.2\", flat: 100}}\n",
        "commission.models.REFERRAL.referralFee.rate", "one_of",
        "commission.models.REFERRAL.referralFee.rate must be given, or flat, but not both, but was both");
  }

  @Test
  void from_negativeCapAndUnknownField_areRefused() {
    assertInvalidPlan("commission:\n  caps: {perPartner: 0}\n", "commission.caps.perPartner", "not_positive",
        "commission.caps.perPartner must be > 0 (leave it out for no cap), but was 0");
    assertThatThrownBy(() -> CommissionPlan.from(document("commission:\n  payout: {holdback: 30}\n")))
        .isInstanceOf(InvalidProgramException.class)
        .satisfies(e -> assertThat(((InvalidProgramException) e).problems()).singleElement()
            .satisfies(p -> {
              assertThat(p.path()).isEqualTo("commission.payout.holdback");
              assertThat(p.code()).isEqualTo("unknown_property");
            }));
  }

  @Test
  @DisplayName("A clawback schedule whose fraction rises, or with a gap, is refused (docs/rules/clawback.md)")
  void clawbackFrom_risingOrGap_isRefusedWithPath() {
    assertThatThrownBy(() -> ClawbackPolicy.from(document("clawback:\n  schedule:\n"
        + "    - {fromDay: 0, untilDay: 30, fraction: \"0.5\"}\n"
        + "    - {fromDay: 30, untilDay: 90, fraction: \"0.75\"}\n"
        + "    - {fromDay: 91, fraction: \"0\"}\n")))
        .isInstanceOf(InvalidProgramException.class)
        .satisfies(e -> assertThat(((InvalidProgramException) e).problems())
            .extracting(Problem::path, Problem::code, Problem::message)
            .containsExactly(
                tuple("clawback.schedule[1].fraction", "not_monotone", "clawback.schedule[1].fraction must be at most 50 %, "
                    + "where the previous band ends (a clawback never rises with days active), but was 75 %"),
                tuple("clawback.schedule[2].fromDay", "gap",
                    "clawback.schedule[2].fromDay must equal the previous band's untilDay 90 (no gap), but was 91")));
    assertThatThrownBy(() -> ClawbackPolicy.from(document("clawback:\n  schedule:\n"
        + "    - {fromDay: 0, untilDay: 90, fraction: \"0.5\", endFraction: \"0.6\"}\n"
        + "    - {fromDay: 90, fraction: \"0\"}\n")))
        .isInstanceOf(InvalidProgramException.class)
        .hasMessageContaining("clawback.schedule[0].endFraction must be at most the band's fraction 50 %");
  }

  @Test
  @DisplayName("Policies round-trip through JSON")
  void policies_roundTripThroughJson() {
    CommissionPlan plan = CommissionPlan.builder().caps(new CommissionCaps.Builder().perDeal(new BigDecimal("100"))
        .build()).build();
    assertThat(PartnerOsJson.read(PartnerOsJson.write(plan), CommissionPlan.class)).isEqualTo(plan);
    assertThat(PartnerOsJson.toTree(PartnerOsJson.read(PartnerOsJson.write(plan), CommissionPlan.class)))
        .isEqualTo(PartnerOsJson.toTree(plan));
    ClawbackPolicy clawback = ClawbackPolicy.standard();
    assertThat(PartnerOsJson.read(PartnerOsJson.write(clawback), ClawbackPolicy.class)).isEqualTo(clawback);
  }
}
