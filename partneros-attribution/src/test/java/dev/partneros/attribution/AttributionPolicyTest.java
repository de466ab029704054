package dev.partneros.attribution;

import dev.partneros.core.TestPrograms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.PartnerOsJson;
import dev.partneros.core.Problem;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.Rate;
import java.util.EnumSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The attribution policy, the program file's attribution section (docs/rules/attribution.md)")
class AttributionPolicyTest {

  static final String HEADER = TestPrograms.HEADER;

  static String standardSection() {
    return TestPrograms.standardSections("attribution");
  }

  static ProgramDocument document(String section) {
    return TestPrograms.document(section);
  }

  static void assertInvalid(String section, String path, String code, String message) {
    assertThatThrownBy(() -> AttributionPolicy.from(document(section)))
        .isInstanceOf(InvalidProgramException.class)
        .satisfies(e -> assertThat(((InvalidProgramException) e).problems())
            .extracting(Problem::path, Problem::code, Problem::message)
            .contains(tuple(path, code, message)));
  }

  @Test
  @DisplayName("standard(): the defaults of docs/rules/attribution.md")
  void standard_holdsTheRulesDefaults() {
    AttributionPolicy policy = AttributionPolicy.standard();
    assertThat(policy.registrationWindowDays()).isEqualTo(7);
    assertThat(policy.sourcedCreditFactor()).isEqualTo(Rate.ONE);
    assertThat(policy.influencedCreditFactor()).isEqualTo(Rate.ofPercent(50));
    assertThat(policy.protectionDays()).isEqualTo(30);
    assertThat(policy.affiliateWindowDays()).isEqualTo(30);
    assertThat(policy.multiTouchModel()).isEqualTo(AttributionPolicy.CreditModel.LINEAR);
    assertThat(policy.halfLifeDays()).isEqualTo(7);
    assertThat(policy.positionWeights()).isEqualTo(AttributionPolicy.PositionWeights.of(Rate.ofPercent(40), Rate.ofPercent(20),
        Rate.ofPercent(40)));
    assertThat(policy.creditedTouchKinds()).containsExactlyInAnyOrder(TouchKind.REFERRAL, TouchKind.REGISTRATION,
        TouchKind.MEETING, TouchKind.DEMO, TouchKind.CO_SELL);
    assertThat(policy.creditFactor(AttributionType.PARTNER_SOURCED)).isEqualTo(Rate.ONE);
    assertThat(policy.creditFactor(AttributionType.PARTNER_INFLUENCED)).isEqualTo(Rate.ofPercent(50));
    assertThat(policy.creditFactor(AttributionType.NOT_ATTRIBUTED)).isEqualTo(Rate.ZERO);
  }

  @Test
  @DisplayName("The standard section's YAML, read through the strict loader, equals standard()")
  void standardSection_readsAsStandard() {
    ProgramDocument doc = document(standardSection());
    assertThat(doc.readSection(AttributionPolicy.SECTION, AttributionPolicy.class)).contains(
        AttributionPolicy.standard());
    assertThat(AttributionPolicy.from(doc)).isEqualTo(AttributionPolicy.standard());
    assertThat(PartnerOsJson.toTree(AttributionPolicy.from(doc)))
        .isEqualTo(PartnerOsJson.toTree(AttributionPolicy.standard()));
  }

  @Test
  void from_absentSectionGivesStandard() {
    assertThat(AttributionPolicy.from(document(""))).isEqualTo(AttributionPolicy.standard());
  }

  @Test
  @DisplayName("A section names only what it changes: the 25 % influenced factor and a 90-day cookie")
  void from_partialSectionKeepsOtherDefaults() {
    AttributionPolicy policy = AttributionPolicy.from(document(String.join("\n",
        "attribution:",
        "  influencedCreditFactor: \"0.25\"",
        "  affiliateWindowDays: 90",
        "  multiTouchModel: TIME_DECAY",
        "  halfLifeDays: 14",
        "")));
    assertThat(policy.influencedCreditFactor()).isEqualTo(Rate.ofPercent(25));
    assertThat(policy.affiliateWindowDays()).isEqualTo(90);
    assertThat(policy.multiTouchModel()).isEqualTo(AttributionPolicy.CreditModel.TIME_DECAY);
    assertThat(policy.halfLifeDays()).isEqualTo(14);
    assertThat(policy.registrationWindowDays()).isEqualTo(7);
    assertThat(policy.positionWeights()).isEqualTo(AttributionPolicy.PositionWeights.standard());
  }

  @Test
  void from_positionWeightsNotSummingToOne_isRefusedWithPath() {
    assertInvalid("attribution:\n  positionWeights: {first: 0.4, middle: 0.3, last: 0.4}\n",
        "attribution.positionWeights", "weights_not_one",
        "attribution.positionWeights must have first + middle + last add up to exactly 1, but was 1.1");
  }

  @Test
  @DisplayName("A rate above 1 is refused with its path, written as text or as a number")
  void from_rateAboveOne_isRefusedWithPath() {
    // Written as text, core's Rate.of refuses it; core's relocation appends Rate's own ".rate" segment.
    assertThatThrownBy(() -> AttributionPolicy.from(document("attribution:\n  influencedCreditFactor: \"1.5\"\n")))
        .isInstanceOf(InvalidProgramException.class)
        .satisfies(e -> assertThat(((InvalidProgramException) e).problems()).singleElement()
            .satisfies(p -> {
              assertThat(p.path()).startsWith("attribution.influencedCreditFactor");
              assertThat(p.code()).isEqualTo("out_of_range");
              assertThat(p.message()).endsWith("must be a fraction between 0 and 1 (0.25 = 25 %), but was 1.5");
            }));
    // A YAML number reaches core's Rate without its range check: the policy checks again.
    assertInvalid("attribution:\n  influencedCreditFactor: 1.5\n", "attribution.influencedCreditFactor",
        "out_of_range",
        "attribution.influencedCreditFactor must be a fraction between 0 and 1 (0.25 = 25 %), but was 1.5");
    assertInvalid("attribution:\n  positionWeights: {first: 1.4, middle: \"0\", last: \"0\"}\n",
        "attribution.positionWeights.first", "out_of_range",
        "attribution.positionWeights.first must be a fraction between 0 and 1 (0.25 = 25 %), but was 1.4");
  }

  @Test
  void from_influencedAboveSourced_isRefusedWithPath() {
    assertInvalid("attribution:\n  sourcedCreditFactor: 0.5\n  influencedCreditFactor: 0.6\n",
        "attribution.influencedCreditFactor", "out_of_range",
        "attribution.influencedCreditFactor must be at most the sourcedCreditFactor 0.5, but was 0.6");
  }

  @Test
  void from_dayCountsOutOfRange_areAllReportedWithTheirPaths() {
    String section = String.join("\n",
        "attribution:",
        "  registrationWindowDays: -1",
        "  protectionDays: 0",
        "  affiliateWindowDays: 3651",
        "  halfLifeDays: 0",
        "");
    assertThatThrownBy(() -> AttributionPolicy.from(document(section)))
        .isInstanceOf(InvalidProgramException.class)
        .satisfies(e -> assertThat(((InvalidProgramException) e).problems())
            .extracting(Problem::path, Problem::code, Problem::message)
            .containsExactly(
                tuple("attribution.registrationWindowDays", "out_of_range",
                    "attribution.registrationWindowDays must be between 0 and 3650, but was -1"),
                tuple("attribution.protectionDays", "out_of_range",
                    "attribution.protectionDays must be between 1 and 3650, but was 0"),
                tuple("attribution.affiliateWindowDays", "out_of_range",
                    "attribution.affiliateWindowDays must be between 1 and 3650, but was 3651"),
                tuple("attribution.halfLifeDays", "out_of_range",
                    "attribution.halfLifeDays must be between 1 and 3650, but was 0")));
  }

  @Test
  void from_noCreditedKinds_isRefusedWithPath() {
    assertInvalid("attribution:\n  creditedTouchKinds: []\n", "attribution.creditedTouchKinds", "empty",
        "attribution.creditedTouchKinds must name at least one touch kind, but was []");
  }

  @Test
  void from_unknownModelOrField_isRefusedWithPath() {
    assertThatThrownBy(() -> AttributionPolicy.from(document("attribution:\n  multiTouchModel: W_SHAPED\n")))
        .isInstanceOf(InvalidProgramException.class)
        .satisfies(e -> assertThat(((InvalidProgramException) e).problems())
            .extracting(Problem::path, Problem::code)
            .containsExactly(tuple("attribution.multiTouchModel", "invalid_value")));
    assertThatThrownBy(() -> AttributionPolicy.from(document("attribution:\n  protectionDay: 30\n")))
        .isInstanceOf(InvalidProgramException.class)
        .satisfies(e -> assertThat(((InvalidProgramException) e).problems())
            .extracting(Problem::path, Problem::code)
            .containsExactly(tuple("attribution.protectionDay", "unknown_property")));
  }

  @Test
  void builder_refusesBadPolicyWithRelativePaths() {
    assertThatThrownBy(() -> new AttributionPolicy.Builder().protectionDays(0).build())
        .isInstanceOf(InvalidProgramException.class)
        .hasMessageContaining("protectionDays must be between 1 and 3650, but was 0")
        .satisfies(e -> assertThat(((InvalidProgramException) e).problems().get(0).path())
            .isEqualTo("protectionDays"));
    assertThatThrownBy(() -> AttributionPolicy.PositionWeights.of(Rate.ofPercent(50), Rate.ofPercent(50), Rate.ofPercent(50)))
        .isInstanceOf(InvalidProgramException.class)
        .hasMessageContaining("$ must have first + middle + last add up to exactly 1, but was 1.5");
  }

  @Test
  void policy_roundTripsThroughJson() {
    AttributionPolicy policy = new AttributionPolicy.Builder()
        .multiTouchModel(AttributionPolicy.CreditModel.POSITION_BASED)
        .positionWeights(AttributionPolicy.PositionWeights.of(Rate.ofPercent(30), Rate.ofPercent(40), Rate.ofPercent(30)))
        .creditedTouchKinds(EnumSet.of(TouchKind.REFERRAL, TouchKind.MENTION))
        .influencedCreditFactor(Rate.ofPercent(25))
        .build();
    String json = PartnerOsJson.write(policy);
    assertThat(PartnerOsJson.read(json, AttributionPolicy.class)).isEqualTo(policy);
    assertThat(PartnerOsJson.toTree(PartnerOsJson.read(json, AttributionPolicy.class)))
        .isEqualTo(PartnerOsJson.toTree(policy));
    assertThat(PartnerOsJson.toTree(policy).get("influencedCreditFactor").asText()).isEqualTo("0.25");
  }
}
