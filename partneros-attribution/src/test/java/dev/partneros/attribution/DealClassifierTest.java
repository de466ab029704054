package dev.partneros.attribution;

import static dev.partneros.attribution.DealAttribution.Criterion.DOCUMENTED_PARTNER_ACTIVITY;
import static dev.partneros.attribution.DealAttribution.Criterion.LEAD_THROUGH_PARTNER_CHANNEL;
import static dev.partneros.attribution.DealAttribution.Criterion.MARKED_DEPENDENT_ON_PARTNER;
import static dev.partneros.attribution.DealAttribution.Criterion.NO_DIRECT_ENGAGEMENT_BEFORE_REGISTRATION;
import static dev.partneros.attribution.DealAttribution.Criterion.REGISTERED_WITHIN_WINDOW;
import static dev.partneros.attribution.DealAttribution.Criterion.TOOK_PART_BEFORE_CLOSE;
import static dev.partneros.attribution.Fixtures.P1;
import static dev.partneros.attribution.Fixtures.P2;
import static dev.partneros.attribution.Fixtures.P3;
import static dev.partneros.attribution.Fixtures.channelLead;
import static dev.partneros.attribution.Fixtures.day;
import static dev.partneros.attribution.Fixtures.documented;
import static dev.partneros.attribution.Fixtures.touch;
import static dev.partneros.attribution.Fixtures.wonDeal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.ExplanationStep;
import dev.partneros.core.PartnerOsJson;
import dev.partneros.core.Rate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Deal classification: sourced, influenced, not attributed (docs/rules/attribution.md#classification)")
class DealClassifierTest {

  final DealClassifier classifier = DealClassifier.of(AttributionPolicy.standard());

  /** A lead through P-1's channel on day 1, registered by P-1 on {@code registrationDay}, closed on day 60. */
  static Deal.Builder sourcedCandidate(int registrationDay) {
    return wonDeal(60).addTouches(channelLead(P1, 1)).addRegistrations(Deal.Registration.of(P1, day(registrationDay)));
  }

  /** Documented co-sell by P-1 on {@code touchDay}, deal marked dependent on P-1, closed on day 30. */
  static Deal.Builder influencedCandidate(int touchDay) {
    return wonDeal(30).addTouches(documented(P1, touchDay, TouchKind.CO_SELL)).addDependentOn(P1);
  }

  @Test
  @DisplayName("Sourced: channel lead, registered within 7 days, no direct engagement: 100 %")
  void classify_sourced() {
    DealAttribution result = classifier.classify(sourcedCandidate(7).build(), P1);
    assertThat(result.type()).isEqualTo(AttributionType.PARTNER_SOURCED);
    assertThat(result.creditFactor()).isEqualTo(Rate.ONE);
    assertThat(result.notAttributedReason()).isEmpty();
    assertThat(result.isAttributed()).isTrue();
    assertThat(result.criteriaMet()).containsExactly(LEAD_THROUGH_PARTNER_CHANNEL, REGISTERED_WITHIN_WINDOW,
        NO_DIRECT_ENGAGEMENT_BEFORE_REGISTRATION, DOCUMENTED_PARTNER_ACTIVITY, TOOK_PART_BEFORE_CLOSE);
    assertThat(result.criteriaMissed()).containsExactly(MARKED_DEPENDENT_ON_PARTNER);
    assertThat(result.provisional()).isFalse();
    assertThat(result).hasToString("D-1 / P-1: PARTNER_SOURCED, credit factor 100 %");
  }

  @Test
  @DisplayName("The explanation names every criterion, met or missed, with rule, section, inputs and threshold")
  void classify_explainsEveryCriterion() {
    DealAttribution result = classifier.classify(sourcedCandidate(7).build(), P1);
    List<ExplanationStep> steps = result.explanation().steps();
    assertThat(steps).extracting(ExplanationStep::rule).containsExactly(
        DealClassifier.AFTER_CLOSE_RULE,
        "attribution.sourced.lead_through_partner_channel",
        "attribution.sourced.registered_within_window",
        "attribution.sourced.no_direct_engagement_before_registration",
        "attribution.influenced.documented_partner_activity",
        "attribution.influenced.took_part_before_close",
        "attribution.influenced.marked_dependent_on_partner",
        "attribution.classification");
    assertThat(steps).allSatisfy(step -> assertThat(step.section()).contains("6"));
    assertThat(steps).extracting(ExplanationStep::outcome)
        .containsExactly("0 ignored", "met", "met", "met", "met", "met", "missed", "PARTNER_SOURCED");
    ExplanationStep window = steps.get(2);
    assertThat(window.inputs()).containsEntry("firstContact", "2026-03-01").containsEntry("registered", "2026-03-08")
        .containsEntry("daysAfterFirstContact", "7");
    assertThat(window.threshold()).contains("<= 7 days");
    assertThat(result.explanation().sentences()).containsExactly(
        "P-1: touches and registrations after the close date 2026-04-30 never count -> 0 ignored",
        "P-1: lead through the partner channel (first channel-lead touch: 2026-03-02) -> met",
        "P-1: registered 2026-03-08, 7 days after first contact 2026-03-01; window <= 7 days -> met",
        "P-1: registered 2026-03-08; direct pipeline since never; needs a registration and no direct engagement "
            + "before its day (the same day is not before) -> met",
        "P-1: 1 documented partner activities up to close; needs >= 1 documented touch that is not a mention -> met",
        "P-1: 2 sales-process touches or registrations up to close; needs >= 1 on or before the close date -> met",
        "P-1: deal marked as dependent on the partner: no -> missed",
        "P-1 on deal D-1: PARTNER_SOURCED (sourced criteria 3/3 met, influenced criteria 2/3 met), credit factor 100 %");
    assertThat(result.explanation().asOf()).contains(day(60));
    assertThat(result.explanation().subject()).isEqualTo("attribution of deal D-1 to P-1");
  }

  @ParameterizedTest(name = "registered on day {0} after first contact -> {1}")
  @CsvSource({"0, PARTNER_SOURCED", "6, PARTNER_SOURCED", "7, PARTNER_SOURCED", "8, NOT_ATTRIBUTED",
      "30, NOT_ATTRIBUTED"})
  @DisplayName("Registration window boundary: day 7 in, day 8 out (docs/rules/attribution.md#partner-sourced)")
  void classify_registrationWindowBoundary(int registrationDay, AttributionType expected) {
    DealAttribution result = classifier.classify(sourcedCandidate(registrationDay).build(), P1);
    assertThat(result.type()).isEqualTo(expected);
    assertThat(result.criteria()).containsEntry(REGISTERED_WITHIN_WINDOW, expected == AttributionType.PARTNER_SOURCED);
  }

  @Test
  @DisplayName("Registered on day 8 but documented, took part and marked dependent: influenced, 50 %")
  void classify_day8RegistrationFallsBackToInfluenced() {
    DealAttribution result = classifier.classify(sourcedCandidate(8).addDependentOn(P1).build(), P1);
    assertThat(result.type()).isEqualTo(AttributionType.PARTNER_INFLUENCED);
    assertThat(result.creditFactor()).isEqualTo(Rate.ofPercent(50));
    assertThat(result.criteriaMissed()).containsExactly(REGISTERED_WITHIN_WINDOW);
  }

  @ParameterizedTest(name = "direct engagement on day {0}, registration on day 5 -> {1}")
  @CsvSource({"3, NOT_ATTRIBUTED", "4, NOT_ATTRIBUTED", "5, PARTNER_SOURCED", "6, PARTNER_SOURCED"})
  @DisplayName("Direct engagement the day before the registration: not sourced; the same day or after: sourced")
  void classify_directEngagementBoundary(int engagementDay, AttributionType expected) {
    Deal deal = sourcedCandidate(5).addDirectEngagements(Deal.DirectEngagement.on(day(engagementDay))).build();
    DealAttribution result = classifier.classify(deal, P1);
    assertThat(result.type()).isEqualTo(expected);
    assertThat(result.criteria()).containsEntry(NO_DIRECT_ENGAGEMENT_BEFORE_REGISTRATION,
        expected == AttributionType.PARTNER_SOURCED);
  }

  @Test
  void classify_directEngagementTheDayBefore_isAlreadyInTheDirectPipeline() {
    Deal deal = wonDeal(60).addTouches(channelLead(P1, 5)).addRegistrations(Deal.Registration.of(P1, day(5)))
        .addDirectEngagements(Deal.DirectEngagement.on(day(4))).build();
    DealAttribution result = classifier.classify(deal, P1);
    assertThat(result.type()).isEqualTo(AttributionType.NOT_ATTRIBUTED);
    assertThat(result.notAttributedReason()).contains(DealAttribution.NotAttributedReason.ALREADY_IN_DIRECT_PIPELINE);
    assertThat(result.explanation().steps().get(3).inputs()).containsEntry("directPipelineSince", "2026-03-05");
  }

  @Test
  @DisplayName("A touch on the close date counts; the day after it does not")
  void classify_touchOnAndAfterCloseDate() {
    DealAttribution onClose = classifier.classify(influencedCandidate(30).build(), P1);
    assertThat(onClose.type()).isEqualTo(AttributionType.PARTNER_INFLUENCED);
    assertThat(onClose.ignoredAfterClose()).isZero();

    DealAttribution dayAfter = classifier.classify(influencedCandidate(31).build(), P1);
    assertThat(dayAfter.type()).isEqualTo(AttributionType.NOT_ATTRIBUTED);
    assertThat(dayAfter.notAttributedReason()).contains(DealAttribution.NotAttributedReason.ONLY_AFTER_CLOSE);
    assertThat(dayAfter.ignoredAfterClose()).isEqualTo(1);
    assertThat(dayAfter.criteriaMissed()).contains(DOCUMENTED_PARTNER_ACTIVITY, TOOK_PART_BEFORE_CLOSE);
    assertThat(dayAfter.explanation().steps().get(0).outcome()).isEqualTo("1 ignored");
  }

  @Test
  @DisplayName("Influenced needs all three: documented activity, taking part before close, marked dependent")
  void classify_influencedCriteriaEachNeeded() {
    assertThat(classifier.classify(influencedCandidate(10).build(), P1).type())
        .isEqualTo(AttributionType.PARTNER_INFLUENCED);
    DealAttribution undocumented = classifier.classify(
        wonDeal(30).addTouches(touch(P1, 10, TouchKind.CO_SELL)).addDependentOn(P1).build(), P1);
    assertThat(undocumented.type()).isEqualTo(AttributionType.NOT_ATTRIBUTED);
    assertThat(undocumented.criteriaMissed()).containsExactly(LEAD_THROUGH_PARTNER_CHANNEL, REGISTERED_WITHIN_WINDOW,
        NO_DIRECT_ENGAGEMENT_BEFORE_REGISTRATION, DOCUMENTED_PARTNER_ACTIVITY);
    assertThat(undocumented.notAttributedReason()).contains(DealAttribution.NotAttributedReason.CRITERIA_NOT_MET);
    DealAttribution notDependent = classifier.classify(
        wonDeal(30).addTouches(documented(P1, 10, TouchKind.CO_SELL)).build(), P1);
    assertThat(notDependent.criteriaMissed()).contains(MARKED_DEPENDENT_ON_PARTNER)
        .doesNotContain(DOCUMENTED_PARTNER_ACTIVITY, TOOK_PART_BEFORE_CLOSE);
    assertThat(notDependent.type()).isEqualTo(AttributionType.NOT_ATTRIBUTED);
    DealAttribution postSaleOnly = classifier.classify(
        wonDeal(30).addTouches(documented(P1, 10, TouchKind.POST_SALE)).addDependentOn(P1).build(), P1);
    assertThat(postSaleOnly.criteriaMet()).containsExactly(DOCUMENTED_PARTNER_ACTIVITY, MARKED_DEPENDENT_ON_PARTNER);
    assertThat(postSaleOnly.type()).isEqualTo(AttributionType.NOT_ATTRIBUTED);
  }

  @Test
  @DisplayName("A partner only mentioned is not attributed, even when documented and marked dependent")
  void classify_onlyMentioned() {
    DealAttribution result = classifier.classify(
        wonDeal(30).addTouches(documented(P1, 3, TouchKind.MENTION)).addDependentOn(P1).build(), P1);
    assertThat(result.type()).isEqualTo(AttributionType.NOT_ATTRIBUTED);
    assertThat(result.notAttributedReason()).contains(DealAttribution.NotAttributedReason.ONLY_MENTIONED);
    assertThat(result).hasToString("D-1 / P-1: NOT_ATTRIBUTED (ONLY_MENTIONED), credit factor 0 %");
    assertThat(result.criteriaMissed()).contains(DOCUMENTED_PARTNER_ACTIVITY, TOOK_PART_BEFORE_CLOSE);
    assertThat(result.creditFactor()).isEqualTo(Rate.ZERO);
    assertThat(result.explanation().steps().get(7).render())
        .isEqualTo("P-1 on deal D-1: NOT_ATTRIBUTED, ONLY_MENTIONED (sourced criteria 0/3 met, influenced criteria "
            + "1/3 met), credit factor 0 %");
  }

  @Test
  void classify_partnerAbsentFromTheDeal() {
    DealAttribution result = classifier.classify(influencedCandidate(3).build(), P3);
    assertThat(result.notAttributedReason()).contains(DealAttribution.NotAttributedReason.NO_PARTNER_ACTIVITY);
    assertThat(result.criteriaMet()).isEmpty();
  }

  @Test
  @DisplayName("Sourced is checked first: a deal meeting both sets of criteria is sourced")
  void classify_sourcedTakesPrecedence() {
    DealAttribution result = classifier.classify(sourcedCandidate(2).addDependentOn(P1).build(), P1);
    assertThat(result.type()).isEqualTo(AttributionType.PARTNER_SOURCED);
    assertThat(result.criteriaMissed()).isEmpty();
  }

  @Test
  void classify_registrationBeforeFirstContactIsWithinTheWindow_andAfterCloseDoesNotCount() {
    Deal early = sourcedCandidate(1).firstContact(day(4)).build();
    DealAttribution result = classifier.classify(early, P1);
    assertThat(result.type()).isEqualTo(AttributionType.PARTNER_SOURCED);
    assertThat(result.explanation().steps().get(2).inputs()).containsEntry("daysAfterFirstContact", "-3");

    Deal late = wonDeal(5).addTouches(channelLead(P1, 1)).addRegistrations(Deal.Registration.of(P1, day(6))).build();
    DealAttribution lateResult = classifier.classify(late, P1);
    assertThat(lateResult.criteria()).containsEntry(REGISTERED_WITHIN_WINDOW, false);
    assertThat(lateResult.ignoredAfterClose()).isEqualTo(1);
  }

  @Test
  void classify_usesTheEarliestRegistrationOfThePartner_andOnlyItsOwn() {
    Deal deal = wonDeal(60).addTouches(channelLead(P1, 1))
        .addRegistrations(Deal.Registration.of(P1, day(9)), Deal.Registration.of(P2, day(1)), Deal.Registration.of(P1, day(6)))
        .build();
    assertThat(classifier.classify(deal, P1).type()).isEqualTo(AttributionType.PARTNER_SOURCED);
    DealAttribution p2 = classifier.classify(deal, P2);
    assertThat(p2.criteriaMet()).containsExactly(REGISTERED_WITHIN_WINDOW, NO_DIRECT_ENGAGEMENT_BEFORE_REGISTRATION,
        TOOK_PART_BEFORE_CLOSE);
    assertThat(p2.type()).isEqualTo(AttributionType.NOT_ATTRIBUTED);
  }

  @Test
  @DisplayName("The window and the influenced factor are configurable (25 % is a common alternative)")
  void classify_withConfiguredPolicy() {
    DealClassifier custom = DealClassifier.of(new AttributionPolicy.Builder().registrationWindowDays(10)
        .influencedCreditFactor(Rate.ofPercent(25)).sourcedCreditFactor(Rate.ofPercent(90)).build());
    assertThat(custom.classify(sourcedCandidate(10).build(), P1).type()).isEqualTo(AttributionType.PARTNER_SOURCED);
    assertThat(custom.classify(sourcedCandidate(10).build(), P1).creditFactor()).isEqualTo(Rate.ofPercent(90));
    assertThat(custom.classify(sourcedCandidate(11).build(), P1).type()).isEqualTo(AttributionType.NOT_ATTRIBUTED);
    assertThat(custom.classify(influencedCandidate(3).build(), P1).creditFactor()).isEqualTo(Rate.ofPercent(25));
    DealClassifier sameDay = DealClassifier.of(new AttributionPolicy.Builder().registrationWindowDays(0).build());
    assertThat(sameDay.classify(sourcedCandidate(0).build(), P1).type()).isEqualTo(AttributionType.PARTNER_SOURCED);
    assertThat(sameDay.classify(sourcedCandidate(1).build(), P1).type()).isEqualTo(AttributionType.NOT_ATTRIBUTED);
    assertThat(custom).hasToString("DealClassifier[registrationWindowDays=10, sourced=90 %, influenced=25 %]");
  }

  @Test
  @DisplayName("An open deal: nothing is cut off, and the classification is provisional")
  void classify_openDeal() {
    Deal open = Deal.builder().id("D-2").account("ACME").amount(Fixtures.AMOUNT).created(day(0))
        .status(CloseStatus.OPEN).addTouches(documented(P1, 400, TouchKind.DEMO)).addDependentOn(P1).build();
    DealAttribution result = classifier.classify(open, P1);
    assertThat(result.provisional()).isTrue();
    assertThat(result).hasToString("D-2 / P-1: PARTNER_INFLUENCED, credit factor 50 %, provisional");
    assertThat(result.type()).isEqualTo(AttributionType.PARTNER_INFLUENCED);
    assertThat(result.explanation().asOf()).isEmpty();
    assertThat(result.explanation().steps().get(0).render())
        .isEqualTo("P-1: the deal is open (open), nothing is cut off and the classification is provisional "
            + "-> provisional");
  }

  @Test
  void classifyAll_coversEveryPartnerInIdOrder_andResultsRoundTrip() {
    Deal deal = sourcedCandidate(3).addTouches(documented(P3, 10, TouchKind.DEMO), touch(P2, 70, TouchKind.POST_SALE))
        .addDependentOn(P3).build();
    List<DealAttribution> all = classifier.classifyAll(deal);
    assertThat(all).extracting(DealAttribution::partner).containsExactly(P1, P2, P3);
    assertThat(all).extracting(DealAttribution::type).containsExactly(AttributionType.PARTNER_SOURCED,
        AttributionType.NOT_ATTRIBUTED, AttributionType.PARTNER_INFLUENCED);
    assertThat(all.get(1).notAttributedReason()).contains(DealAttribution.NotAttributedReason.ONLY_AFTER_CLOSE);
    for (DealAttribution result : all) {
      DealAttribution back = PartnerOsJson.read(PartnerOsJson.write(result), DealAttribution.class);
      assertThat(back).isEqualTo(result);
      assertThat(PartnerOsJson.toTree(back)).isEqualTo(PartnerOsJson.toTree(result));
    }
    assertThat(PartnerOsJson.toTree(all.get(0)).has("criteriaMet")).isFalse();
    assertThat(PartnerOsJson.toTree(all.get(0)).has("attributed")).isFalse();
  }

  @Test
  @DisplayName("A plain referral (flags at their defaults) registered in the window is sourced (docs/rules/attribution.md#touches)")
  void classify_plainReferralRegisteredInWindow_isSourced() {
    Deal.PartnerTouch referral = touch(P1, 1, TouchKind.REFERRAL);
    assertThat(referral.channelLead()).isTrue();
    assertThat(referral.documented()).isTrue();
    Deal deal = wonDeal(60).addTouches(referral).addRegistrations(Deal.Registration.of(P1, day(7))).build();
    DealAttribution result = classifier.classify(deal, P1);
    assertThat(result.type()).isEqualTo(AttributionType.PARTNER_SOURCED);
    assertThat(result.criteria()).containsEntry(LEAD_THROUGH_PARTNER_CHANNEL, true)
        .containsEntry(DOCUMENTED_PARTNER_ACTIVITY, true);
  }

  @Test
  @DisplayName("A plain referral on a deal marked dependent, registered too late, is influenced")
  void classify_plainReferralDependentOutsideWindow_isInfluenced() {
    Deal deal = wonDeal(60).addTouches(touch(P1, 1, TouchKind.REFERRAL)).addRegistrations(Deal.Registration.of(P1, day(8)))
        .addDependentOn(P1).build();
    assertThat(classifier.classify(deal, P1).type()).isEqualTo(AttributionType.PARTNER_INFLUENCED);
  }

  @Test
  @DisplayName("A referral's flags given explicitly win over the defaults; other kinds default both to false")
  void classify_explicitFlagsOverrideTheReferralDefaults() {
    Deal.PartnerTouch marketingLead = new Deal.PartnerTouch.Builder().partner(P1).date(day(1)).kind(TouchKind.REFERRAL)
        .channelLead(false).documented(false).build();
    Deal deal = wonDeal(60).addTouches(marketingLead).addRegistrations(Deal.Registration.of(P1, day(7)))
        .addDependentOn(P1).build();
    DealAttribution result = classifier.classify(deal, P1);
    assertThat(result.type()).isEqualTo(AttributionType.NOT_ATTRIBUTED);
    assertThat(result.criteriaMissed()).contains(LEAD_THROUGH_PARTNER_CHANNEL, DOCUMENTED_PARTNER_ACTIVITY);
    for (TouchKind kind : TouchKind.values()) {
      Deal.PartnerTouch plain = touch(P1, 1, kind);
      assertThat(plain.channelLead()).as(kind.name()).isEqualTo(kind == TouchKind.REFERRAL);
      assertThat(plain.documented()).as(kind.name()).isEqualTo(kind == TouchKind.REFERRAL);
    }
  }

  @Test
  @DisplayName("A referral read from JSON without flags takes the defaults; explicit false stays false")
  void classify_referralFlagsFromJson() {
    Deal.PartnerTouch plain = PartnerOsJson.read("{\"partner\": \"P-1\", \"date\": \"2026-03-02\", \"kind\": \"REFERRAL\"}",
        Deal.PartnerTouch.class);
    assertThat(plain.channelLead()).isTrue();
    assertThat(plain.documented()).isTrue();
    Deal.PartnerTouch off = PartnerOsJson.read("{\"partner\": \"P-1\", \"date\": \"2026-03-02\", \"kind\": \"REFERRAL\", "
        + "\"channelLead\": false}", Deal.PartnerTouch.class);
    assertThat(off.channelLead()).isFalse();
    assertThat(off.documented()).isTrue();
  }

  @Test
  void classify_doesNotDependOnTheOrderOfFacts() {
    Deal deal = sourcedCandidate(3).addTouches(documented(P1, 10, TouchKind.DEMO), touch(P1, 2, TouchKind.MENTION))
        .addRegistrations(Deal.Registration.of(P1, day(2))).addDirectEngagements(Deal.DirectEngagement.on(day(9)),
            Deal.DirectEngagement.on(day(2))).build();
    Deal reversed = Deal.builder().from(deal)
        .touches(reverse(deal.touches()))
        .registrations(reverse(deal.registrations()))
        .directEngagements(reverse(deal.directEngagements()))
        .build();
    assertThat(classifier.classify(reversed, P1)).isEqualTo(classifier.classify(deal, P1));
  }

  static <T> List<T> reverse(List<T> list) {
    List<T> copy = list.stream().collect(Collectors.toList());
    java.util.Collections.reverse(copy);
    return copy;
  }

  @ParameterizedTest(name = "registered on day {0} -> {1}")
  @CsvSource({"-29, PARTNER_SOURCED", "-30, PARTNER_SOURCED", "-31, NOT_ATTRIBUTED"})
  @DisplayName("Regression: a registration before the deal was created counts while its protection reaches the "
      + "created date; an older one is set aside (docs/rules/attribution.md#registration-before-the-deal-was-created)")
  void classify_registrationBeforeCreated(int registrationDay, AttributionType expected) {
    DealAttribution result = classifier.classify(sourcedCandidate(registrationDay).build(), P1);
    assertThat(result.type()).isEqualTo(expected);
    ExplanationStep cutOff = result.explanation().steps().get(0);
    if (expected == AttributionType.NOT_ATTRIBUTED) {
      assertThat(result.criteriaMissed()).contains(REGISTERED_WITHIN_WINDOW, NO_DIRECT_ENGAGEMENT_BEFORE_REGISTRATION);
      assertThat(cutOff.render()).isEqualTo("P-1: touches and registrations after the close date 2026-04-30 never "
          + "count (1 registrations expired before the deal was created on 2026-03-01 and never count) -> 0 ignored");
    } else {
      assertThat(cutOff.inputs()).doesNotContainKey("expiredBeforeCreated");
    }
  }
}
