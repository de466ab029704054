package dev.partneros.attribution;

import static dev.partneros.attribution.Fixtures.AMOUNT;
import static dev.partneros.attribution.Fixtures.DAY_0;
import static dev.partneros.attribution.Fixtures.P1;
import static dev.partneros.attribution.Fixtures.P2;
import static dev.partneros.attribution.Fixtures.channelLead;
import static dev.partneros.attribution.Fixtures.day;
import static dev.partneros.attribution.Fixtures.touch;
import static dev.partneros.attribution.Fixtures.wonDeal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerOsJson;
import dev.partneros.core.Problem;
import dev.partneros.core.Rate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

@DisplayName("Deal facts and their validation (docs/rules/conventions.md#validation-and-problems and docs/rules/attribution.md#limits)")
class DealTest {

  static void assertInvalid(Executable build, String path, String code, String message) {
    assertThatThrownBy(build::execute)
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(e -> assertThat(((InvalidFactsException) e).problems())
            .extracting(Problem::path, Problem::code, Problem::message)
            .containsExactly(tuple(path, code, message)));
  }

  @Test
  @DisplayName("A touch dated before the deal existed is refused with its path")
  void build_touchBeforeCreated() {
    assertInvalid(() -> wonDeal(30)
            .addTouches(touch(P1, 1, TouchKind.MEETING), touch(P1, 2, TouchKind.DEMO), touch(P2, 3, TouchKind.DEMO),
                touch(P2, -1, TouchKind.REFERRAL))
            .build(),
        "touches[3].date", "before_start",
        "touches[3].date must be on or after the deal's created date 2026-03-01 (the deal did not exist yet), "
            + "but was 2026-02-28");
  }

  @Test
  @DisplayName("Regression: a registration dated before the deal was created is a valid fact "
      + "(docs/rules/attribution.md#registration-before-the-deal-was-created)")
  void build_registrationBeforeCreated_isAccepted() {
    Deal deal = wonDeal(30).addRegistrations(Deal.Registration.of(P1, day(-3)), Deal.Registration.of(P2, day(-400))).build();
    assertThat(deal.registrations()).extracting(Deal.Registration::date).containsExactly(day(-3), day(-400));
  }

  @Test
  @DisplayName("A close date before the created date is refused with its path")
  void build_closeBeforeCreated() {
    assertInvalid(() -> wonDeal(-2).firstContact(java.util.Optional.empty()).build(), "closed", "before_start",
        "closed must be on or after the created date 2026-03-01, but was 2026-02-27");
  }

  @Test
  @DisplayName("A negative amount is refused with its path")
  void build_negativeAmount() {
    assertInvalid(() -> wonDeal(30).amount(Money.of("-0.01", "USD")).build(), "amount", "negative",
        "amount must be >= 0, but was -0.01 USD");
  }

  @Test
  @DisplayName("Custom weights that do not add up to exactly 1 are refused with their path")
  void build_customWeightsNotSummingToOne() {
    assertInvalid(() -> wonDeal(30).putCustomWeights(P1, Rate.of("0.6")).putCustomWeights(P2, Rate.of("0.3")).build(),
        "customWeights", "weights_not_one", "customWeights must add up to exactly 1, but was 0.9");
    assertInvalid(() -> wonDeal(30).putCustomWeights(P1, Rate.of("0.7")).putCustomWeights(P2, Rate.of("0.4")).build(),
        "customWeights", "weights_not_one", "customWeights must add up to exactly 1, but was 1.1");
  }

  @Test
  void build_closeDateAndStatusMustAgree() {
    assertInvalid(() -> wonDeal(30).closed(java.util.Optional.empty()).build(), "closed", "missing",
        "closed must be present for a WON deal, but was missing");
    assertInvalid(() -> wonDeal(30).status(CloseStatus.OPEN).build(), "closed", "not_allowed",
        "closed must be absent for an OPEN deal (set status WON or LOST), but was 2026-03-31");
  }

  @Test
  void build_firstContactAfterClose() {
    assertInvalid(() -> wonDeal(10).firstContact(day(11)).build(), "firstContact", "after_as_of",
        "firstContact must be on or before the close date 2026-03-11, but was 2026-03-12");
  }

  @Test
  void build_blankIdAndAccount_andEveryProblemAtOnce() {
    assertThatThrownBy(() -> wonDeal(-1).id(" ").account("").amount(Money.of("-5.00", "USD"))
        .addTouches(touch(P1, -2, TouchKind.DEMO)).build())
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(e -> assertThat(((InvalidFactsException) e).problems())
            .extracting(Problem::path, Problem::code)
            .containsExactly(tuple("id", "blank"), tuple("account", "blank"), tuple("amount", "negative"),
                tuple("closed", "before_start"), tuple("firstContact", "after_as_of"),
                tuple("touches[0].date", "before_start")));
  }

  @Test
  void registration_protectionOutOfRange() {
    assertInvalid(() -> new Deal.Registration.Builder().partner(P1).date(DAY_0).protectionDays(0).build(),
        "protectionDays", "out_of_range", "protectionDays must be between 1 and 3650, but was 0");
  }

  @Test
  @DisplayName("Read from JSON, every problem carries its full path")
  void read_reportsPathsOfNestedFacts() {
    String json = "{\"id\":\"D-9\",\"account\":\"ACME\",\"amount\":{\"amount\":\"10.00\",\"currency\":\"USD\"},"
        + "\"created\":\"2026-03-01\",\"closed\":\"2026-03-20\",\"status\":\"WON\","
        + "\"touches\":[{\"partner\":\"P-1\",\"date\":\"2026-03-02\",\"kind\":\"DEMO\"},"
        + "{\"partner\":\"P-2\",\"date\":\"2026-02-02\",\"kind\":\"DEMO\"}],"
        + "\"customWeights\":{\"P-1\":\"0.5\",\"P-2\":\"0.25\"}}";
    assertThatThrownBy(() -> PartnerOsJson.read(json, Deal.class))
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(e -> assertThat(((InvalidFactsException) e).problems())
            .extracting(Problem::path, Problem::code)
            .containsExactly(tuple("touches[1].date", "before_start"), tuple("customWeights", "weights_not_one")));
    String badRegistration = json.replace("\"customWeights\":{\"P-1\":\"0.5\",\"P-2\":\"0.25\"}",
        "\"registrations\":[{\"partner\":\"P-1\",\"date\":\"2026-03-02\",\"protectionDays\":0}]")
        .replace("2026-02-02", "2026-03-02");
    assertThatThrownBy(() -> PartnerOsJson.read(badRegistration, Deal.class))
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(e -> assertThat(((InvalidFactsException) e).problems())
            .extracting(Problem::path, Problem::code, Problem::message)
            .containsExactly(tuple("registrations[0].protectionDays", "out_of_range",
                "registrations[0].protectionDays must be between 1 and 3650, but was 0")));
    String numericWeight = json.replace("\"0.25\"", "1.5").replace("2026-02-02", "2026-03-02");
    assertThatThrownBy(() -> PartnerOsJson.read(numericWeight, Deal.class))
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(e -> assertThat(((InvalidFactsException) e).problems())
            .extracting(Problem::path, Problem::code)
            .containsExactly(tuple("customWeights.P-2", "out_of_range")));
  }

  @Test
  void deal_roundTripsThroughJson_andDerivesItsDates() {
    Deal deal = wonDeal(30)
        .firstContact(day(2))
        .addTouches(channelLead(P1, 3), touch(P2, 31, TouchKind.POST_SALE))
        .addRegistrations(new Deal.Registration.Builder().partner(P1).date(day(4)).protectionDays(45).build())
        .addDirectEngagements(new Deal.DirectEngagement.Builder().date(day(9)).note("AE call").build(),
            Deal.DirectEngagement.on(day(6)))
        .addDependentOn(P2, P1)
        .putCustomWeights(P2, Rate.of("0.25"))
        .putCustomWeights(P1, Rate.of("0.75"))
        .build();
    String json = PartnerOsJson.write(deal);
    Deal back = PartnerOsJson.read(json, Deal.class);
    assertThat(back).isEqualTo(deal);
    assertThat(PartnerOsJson.toTree(back)).isEqualTo(PartnerOsJson.toTree(deal));
    assertThat(PartnerOsJson.toTree(deal).get("amount").get("amount").asText()).isEqualTo("100000.00");
    assertThat(PartnerOsJson.toTree(deal).has("partners")).isFalse();
    assertThat(deal.dependentOn()).containsExactly(P1, P2);
    assertThat(deal.customWeights().keySet()).containsExactly(P1, P2);
    assertThat(deal.directPipelineSince()).contains(day(6));
    assertThat(deal.firstContactDate()).isEqualTo(day(2));
    assertThat(deal.partners()).containsExactly(P1, P2);
    assertThat(deal.countsOn(day(30))).isTrue();
    assertThat(deal.countsOn(day(31))).isFalse();
    assertThat(wonDeal(5).firstContact(java.util.Optional.empty()).build().firstContactDate()).isEqualTo(DAY_0);
    assertThat(wonDeal(5).amount(AMOUNT).build().directPipelineSince()).isEmpty();
  }
}
