package dev.partneros.attribution;

import static dev.partneros.attribution.Fixtures.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.partneros.core.PartnerId;
import dev.partneros.core.PartnerOsJson;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Affiliate referral window (docs/rules/attribution.md#affiliate-referral-window)")
class AffiliateAttributorTest {

  static final PartnerId A1 = PartnerId.of("AFF-1");
  static final PartnerId A2 = PartnerId.of("AFF-2");
  static final PartnerId A3 = PartnerId.of("AFF-3");

  final AffiliateAttributor attributor = AffiliateAttributor.of(AttributionPolicy.standard());

  /** A conversion on day 100. */
  static AffiliateConversion.Builder conversion() {
    return AffiliateConversion.builder().id("C-1").customer("ACME").date(day(100));
  }

  static AffiliateConversion.Click click(PartnerId affiliate, int day) {
    return AffiliateConversion.Click.of(affiliate, day(day));
  }

  @ParameterizedTest(name = "click {0} days before the conversion -> {1}")
  @CsvSource({"0, CREDITED", "29, CREDITED", "30, CREDITED", "31, OUTSIDE_WINDOW", "-1, AFTER_CONVERSION"})
  @DisplayName("Window boundary: a click on day 30 earns, day 31 earns nothing")
  void attribute_windowBoundary(int daysBefore, AffiliateAttribution.ClickStatus expected) {
    AffiliateAttribution result = attributor.attribute(conversion().addClicks(click(A1, 100 - daysBefore)).build());
    assertThat(result.clicks()).extracting(AffiliateAttribution.ClickOutcome::status).containsExactly(expected);
    assertThat(result.affiliate().isPresent()).isEqualTo(expected == AffiliateAttribution.ClickStatus.CREDITED);
    assertThat(result.clicks().get(0).daysBeforeConversion()).isEqualTo(daysBefore);
  }

  @Test
  @DisplayName("The last click within the window wins; earlier ones are superseded")
  void attribute_lastClickWins() {
    AffiliateAttribution result = attributor.attribute(conversion()
        .addClicks(click(A2, 90), click(A1, 95), click(A3, 60), click(A2, 101)).build());
    assertThat(result.affiliate()).contains(A1);
    assertThat(result.creditedClick()).contains(click(A1, 95));
    assertThat(result).hasToString("C-1: AFF-1 (click 2026-06-04)");
    assertThat(result.selfReferral()).isFalse();
    assertThat(result.clicks()).extracting(o -> o.click().affiliate(), AffiliateAttribution.ClickOutcome::status).containsExactly(
        tuple(A3, AffiliateAttribution.ClickStatus.OUTSIDE_WINDOW), tuple(A2, AffiliateAttribution.ClickStatus.SUPERSEDED),
        tuple(A1, AffiliateAttribution.ClickStatus.CREDITED), tuple(A2, AffiliateAttribution.ClickStatus.AFTER_CONVERSION));
    assertThat(result.explanation().sentences()).containsExactly(
        "AFF-3 clicked 2026-04-30, 40 days before the conversion: outside the window <= 30 days -> OUTSIDE_WINDOW",
        "AFF-2 clicked 2026-05-30: superseded by the click of AFF-1 on 2026-06-04 -> SUPERSEDED",
        "AFF-1 clicked 2026-06-04, 5 days before the conversion (window <= 30 days): the last click in the window "
            + "-> CREDITED",
        "AFF-2 clicked 2026-06-10, after the conversion -> AFTER_CONVERSION",
        "conversion C-1 on 2026-06-09: 2 clicks in the window <= 30 days, self-referral no; credited AFF-1 "
            + "(2026-06-04)");
  }

  @Test
  void attribute_sameDayClicksAreBrokenByAffiliateId_duplicatesSuperseded() {
    AffiliateAttribution result = attributor.attribute(conversion()
        .addClicks(click(A2, 99), click(A1, 99), click(A1, 99)).build());
    assertThat(result.affiliate()).contains(A1);
    assertThat(result.clicks()).extracting(o -> o.click().affiliate(), AffiliateAttribution.ClickOutcome::status).containsExactly(
        tuple(A1, AffiliateAttribution.ClickStatus.CREDITED), tuple(A1, AffiliateAttribution.ClickStatus.SUPERSEDED),
        tuple(A2, AffiliateAttribution.ClickStatus.TIE_BROKEN_BY_PARTNER_ID));
    assertThat(result.explanation().steps().get(2).render()).isEqualTo(
        "AFF-2 clicked 2026-06-08, the same day as AFF-1: equal dates are broken by affiliate id, AFF-1 sorts first "
            + "-> TIE_BROKEN_BY_PARTNER_ID");
  }

  @Test
  @DisplayName("Self-referral earns nothing and is flagged; the last other click in the window is credited")
  void attribute_selfReferral() {
    AffiliateAttribution alone = attributor.attribute(conversion().customerAffiliateId(A1)
        .addClicks(click(A1, 99)).build());
    assertThat(alone.affiliate()).isEmpty();
    assertThat(alone.selfReferral()).isTrue();
    assertThat(alone).hasToString("C-1: nobody, self-referral flagged");
    assertThat(alone.clicks()).extracting(AffiliateAttribution.ClickOutcome::status)
        .containsExactly(AffiliateAttribution.ClickStatus.SELF_REFERRAL);
    assertThat(alone.explanation().steps().get(1).render()).isEqualTo(
        "conversion C-1 on 2026-06-09: 0 clicks in the window <= 30 days, self-referral flagged; credited nobody");

    AffiliateAttribution withOther = attributor.attribute(conversion().customerAffiliateId(A1)
        .addClicks(click(A1, 99), click(A2, 80)).build());
    assertThat(withOther.affiliate()).contains(A2);
    assertThat(withOther.selfReferral()).isTrue();
    assertThat(withOther.explanation().steps().get(1).render()).isEqualTo(
        "AFF-1 clicked 2026-06-08: the customer's own affiliate link, self-referral earns nothing and is flagged "
            + "-> SELF_REFERRAL");

    AffiliateAttribution outside = attributor.attribute(conversion().customerAffiliateId(A1)
        .addClicks(click(A1, 10)).build());
    assertThat(outside.selfReferral()).isFalse();
  }

  @ParameterizedTest(name = "{0}-day window: day {0} in, day {0}+1 out")
  @CsvSource({"60", "90"})
  @DisplayName("The window is configurable (60 and 90 days are common)")
  void attribute_configuredWindow(int window) {
    AffiliateAttributor longer = AffiliateAttributor.of(new AttributionPolicy.Builder().affiliateWindowDays(window)
        .build());
    assertThat(longer.attribute(conversion().addClicks(click(A1, 100 - window)).build()).affiliate()).contains(A1);
    assertThat(longer.attribute(conversion().addClicks(click(A1, 99 - window)).build()).affiliate()).isEmpty();
  }

  @Test
  void attribute_noClicks_independentOfOrder_andRoundTrips() {
    AffiliateAttribution none = attributor.attribute(conversion().build());
    assertThat(none.affiliate()).isEmpty();
    assertThat(none.clicks()).isEmpty();
    AffiliateAttribution a = attributor.attribute(conversion().addClicks(click(A1, 80), click(A2, 80), click(A3, 90))
        .build());
    AffiliateAttribution b = attributor.attribute(conversion().addClicks(click(A3, 90), click(A2, 80), click(A1, 80))
        .build());
    assertThat(a).isEqualTo(b);
    AffiliateAttribution back = PartnerOsJson.read(PartnerOsJson.write(a), AffiliateAttribution.class);
    assertThat(back).isEqualTo(a);
    assertThat(PartnerOsJson.toTree(back)).isEqualTo(PartnerOsJson.toTree(a));
    AffiliateConversion facts = conversion().customerAffiliateId(A2).addClicks(click(A1, 1)).build();
    assertThat(PartnerOsJson.read(PartnerOsJson.write(facts), AffiliateConversion.class)).isEqualTo(facts);
  }

  @Test
  void conversion_blankIdIsRefusedWithPath() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> conversion().id("").build())
        .isInstanceOf(dev.partneros.core.InvalidFactsException.class)
        .hasMessageContaining("id must not be blank, but was \"\"")
        .satisfies(e -> assertThat(((dev.partneros.core.InvalidFactsException) e).problems())
            .extracting(dev.partneros.core.Problem::path).containsExactly("id"));
  }
}
