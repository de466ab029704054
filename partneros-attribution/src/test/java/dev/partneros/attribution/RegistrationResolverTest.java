package dev.partneros.attribution;

import static dev.partneros.attribution.Fixtures.P1;
import static dev.partneros.attribution.Fixtures.P2;
import static dev.partneros.attribution.Fixtures.P3;
import static dev.partneros.attribution.Fixtures.day;
import static dev.partneros.attribution.Fixtures.wonDeal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.partneros.core.ExplanationStep;
import dev.partneros.core.PartnerOsJson;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Registration conflicts (docs/rules/attribution.md#deal-registration)")
class RegistrationResolverTest {

  final RegistrationResolver resolver = RegistrationResolver.of(AttributionPolicy.standard());

  static Deal deal(Deal.Registration... registrations) {
    return wonDeal(200).addRegistrations(registrations).build();
  }

  static List<RegistrationDecision.Status> statuses(RegistrationDecision decision) {
    return decision.outcomes().stream().map(RegistrationDecision.Outcome::status).collect(java.util.stream.Collectors.toList());
  }

  @Test
  @DisplayName("Regression (found by a property): a partner's two same-day registrations, one with the default "
      + "protection written out, give the same winner in either order")
  void resolve_sameDayDuplicateWithExplicitDefault_doesNotDependOnOrder() {
    Deal.Registration implicit = Deal.Registration.of(P1, day(0));
    Deal.Registration explicit = new Deal.Registration.Builder().partner(P1).date(day(0)).protectionDays(30).build();
    RegistrationDecision forward = resolver.resolve(deal(implicit, explicit), day(10));
    RegistrationDecision backward = resolver.resolve(deal(explicit, implicit), day(10));
    assertThat(forward.winner()).isEqualTo(backward.winner());
    assertThat(forward.winner()).contains(implicit);
  }

  @ParameterizedTest(name = "evaluated on day {0} -> {1}")
  @CsvSource({"0, WON", "29, WON", "30, WON", "31, EXPIRED", "90, EXPIRED"})
  @DisplayName("Protection: day 30 still protected, day 31 expired")
  void resolve_protectionBoundary(int evaluationDay, RegistrationDecision.Status expected) {
    RegistrationDecision decision = resolver.resolve(deal(Deal.Registration.of(P1, day(0))), day(evaluationDay));
    assertThat(statuses(decision)).containsExactly(expected);
    assertThat(decision.winningPartner().isPresent()).isEqualTo(expected == RegistrationDecision.Status.WON);
    assertThat(decision.outcomes().get(0).protectedThrough()).isEqualTo(day(30));
  }

  @Test
  @DisplayName("The earliest registration still protected wins; the later one says why it lost")
  void resolve_earliestProtectedWins() {
    RegistrationDecision decision = resolver.resolve(deal(Deal.Registration.of(P1, day(10)), Deal.Registration.of(P2, day(0))),
        day(20));
    assertThat(decision.winningPartner()).contains(P2);
    assertThat(decision).hasToString("D-1 on 2026-03-21: P-2 (registered 2026-03-01) wins, 1 lost");
    assertThat(decision.outcomes()).extracting(o -> o.registration().partner(), RegistrationDecision.Outcome::status)
        .containsExactly(tuple(P2, RegistrationDecision.Status.WON), tuple(P1, RegistrationDecision.Status.LATER_THAN_WINNER));
    assertThat(decision.explanation().sentences()).containsExactly(
        "P-2 registered 2026-03-01, protected through 2026-03-31: the earliest valid registration still protected "
            + "on 2026-03-21 -> WON",
        "P-1 registered 2026-03-11: loses to the earlier protected registration of P-2 on 2026-03-01 "
            + "-> LATER_THAN_WINNER",
        "deal D-1 on 2026-03-21: 2 of 2 registrations valid and protected; winner P-2 (2026-03-01)");
  }

  @Test
  @DisplayName("An expired registration loses to a later one that is still protected")
  void resolve_expiredLosesToLaterValid() {
    Deal deal = deal(Deal.Registration.of(P2, day(0)), Deal.Registration.of(P1, day(10)));
    RegistrationDecision onDay30 = resolver.resolve(deal, day(30));
    assertThat(onDay30.winningPartner()).contains(P2);
    RegistrationDecision onDay31 = resolver.resolve(deal, day(31));
    assertThat(onDay31.winningPartner()).contains(P1);
    assertThat(onDay31.outcomes()).extracting(o -> o.registration().partner(), RegistrationDecision.Outcome::status)
        .containsExactly(tuple(P2, RegistrationDecision.Status.EXPIRED), tuple(P1, RegistrationDecision.Status.WON));
    assertThat(onDay31.explanation().steps().get(0).render()).isEqualTo(
        "P-2 registered 2026-03-01, protected through 2026-03-31: expired on 2026-04-01 -> EXPIRED");
    RegistrationDecision onDay41 = resolver.resolve(deal, day(41));
    assertThat(onDay41.winner()).isEmpty();
    assertThat(onDay41).hasToString("D-1 on 2026-04-11: no winner, 2 lost");
    assertThat(statuses(onDay41)).containsExactly(RegistrationDecision.Status.EXPIRED, RegistrationDecision.Status.EXPIRED);
    assertThat(onDay41.explanation().steps().get(2).outcome()).isEqualTo("none");
  }

  @Test
  @DisplayName("Ties of equal dates are broken by partner id, and the explanation says so")
  void resolve_tieBrokenByPartnerId_whateverTheInputOrder() {
    RegistrationDecision decision = resolver.resolve(deal(Deal.Registration.of(P2, day(5)), Deal.Registration.of(P1, day(5))),
        day(6));
    assertThat(decision.winningPartner()).contains(P1);
    assertThat(decision.outcomes()).extracting(o -> o.registration().partner(), RegistrationDecision.Outcome::status)
        .containsExactly(tuple(P1, RegistrationDecision.Status.WON), tuple(P2, RegistrationDecision.Status.TIE_BROKEN_BY_PARTNER_ID));
    assertThat(decision.explanation().steps().get(1).render()).isEqualTo(
        "P-2 registered 2026-03-06, the same day as P-1: equal dates are broken by partner id, P-1 sorts first "
            + "-> TIE_BROKEN_BY_PARTNER_ID");
    RegistrationDecision swapped = resolver.resolve(deal(Deal.Registration.of(P1, day(5)), Deal.Registration.of(P2, day(5))),
        day(6));
    assertThat(swapped).isEqualTo(decision);
  }

  @Test
  @DisplayName("A registration after the deal entered the direct pipeline is invalid (the same day is not after)")
  void resolve_directPipeline() {
    Deal deal = wonDeal(200).addRegistrations(Deal.Registration.of(P1, day(4)), Deal.Registration.of(P2, day(3)))
        .addDirectEngagements(Deal.DirectEngagement.on(day(3)), Deal.DirectEngagement.on(day(50))).build();
    RegistrationDecision decision = resolver.resolve(deal, day(10));
    assertThat(decision.outcomes()).extracting(o -> o.registration().partner(), RegistrationDecision.Outcome::status)
        .containsExactly(tuple(P2, RegistrationDecision.Status.WON), tuple(P1, RegistrationDecision.Status.AFTER_DIRECT_PIPELINE));
    assertThat(decision.explanation().steps().get(1).render()).isEqualTo(
        "P-1 registered 2026-03-05, after the deal entered the direct pipeline on 2026-03-04: invalid "
            + "-> AFTER_DIRECT_PIPELINE");
  }

  @Test
  void resolve_afterCloseAndAfterEvaluationDate_andDuplicates() {
    Deal deal = wonDeal(10).addRegistrations(Deal.Registration.of(P3, day(11)), Deal.Registration.of(P1, day(2)),
        Deal.Registration.of(P1, day(2)), Deal.Registration.of(P2, day(9))).build();
    RegistrationDecision decision = resolver.resolve(deal, day(8));
    assertThat(decision.outcomes()).extracting(o -> o.registration().partner(), RegistrationDecision.Outcome::status)
        .containsExactly(tuple(P1, RegistrationDecision.Status.WON), tuple(P1, RegistrationDecision.Status.DUPLICATE_OF_WINNER),
            tuple(P2, RegistrationDecision.Status.AFTER_EVALUATION_DATE), tuple(P3, RegistrationDecision.Status.AFTER_EVALUATION_DATE));
    RegistrationDecision later = resolver.resolve(deal, day(12));
    assertThat(statuses(later)).containsExactly(RegistrationDecision.Status.WON, RegistrationDecision.Status.DUPLICATE_OF_WINNER,
        RegistrationDecision.Status.LATER_THAN_WINNER, RegistrationDecision.Status.AFTER_CLOSE);
    assertThat(later.explanation().sentences()).contains(
        "P-1 registered again on 2026-03-03: a duplicate of its winning registration -> DUPLICATE_OF_WINNER",
        "P-3 registered 2026-03-12, after the deal closed on 2026-03-11: nothing left to protect -> AFTER_CLOSE");
    assertThat(decision.explanation().sentences()).contains(
        "P-2 registered 2026-03-10, after the evaluation date 2026-03-09: not made yet -> AFTER_EVALUATION_DATE");
  }

  @Test
  @DisplayName("Protection is configurable, per policy and per registration")
  void resolve_configuredProtection() {
    RegistrationResolver sixty = RegistrationResolver.of(new AttributionPolicy.Builder().protectionDays(60).build());
    Deal deal = deal(Deal.Registration.of(P1, day(0)),
        new Deal.Registration.Builder().partner(P2).date(day(1)).protectionDays(45).build());
    assertThat(sixty.resolve(deal, day(60)).winningPartner()).contains(P1);
    assertThat(sixty.resolve(deal, day(61)).outcomes()).extracting(RegistrationDecision.Outcome::status)
        .containsExactly(RegistrationDecision.Status.EXPIRED, RegistrationDecision.Status.EXPIRED);
    assertThat(resolver.resolve(deal, day(46)).winningPartner()).contains(P2);
    assertThat(resolver.resolve(deal, day(47)).winner()).isEmpty();
    assertThat(resolver.protectedThrough(deal.registrations().get(1))).isEqualTo(day(46));
    assertThat(sixty).hasToString("RegistrationResolver[protectionDays=60]");
  }

  @Test
  void resolve_noRegistrations_andRoundTrip() {
    RegistrationDecision none = resolver.resolve(deal(), day(1));
    assertThat(none.winner()).isEmpty();
    assertThat(none.outcomes()).isEmpty();
    assertThat(none.explanation().steps()).extracting(ExplanationStep::rule)
        .containsExactly(RegistrationResolver.WINNER_RULE);
    RegistrationDecision decision = resolver.resolve(deal(Deal.Registration.of(P2, day(0)), Deal.Registration.of(P1, day(1)),
        Deal.Registration.of(P3, day(1))), day(31));
    RegistrationDecision back = PartnerOsJson.read(PartnerOsJson.write(decision), RegistrationDecision.class);
    assertThat(back).isEqualTo(decision);
    assertThat(PartnerOsJson.toTree(back)).isEqualTo(PartnerOsJson.toTree(decision));
    assertThat(decision.explanation().asOf()).contains(day(31));
  }

  @ParameterizedTest(name = "registered on day {0}, decided on day {1} -> {2}")
  @CsvSource({"-29, 0, WON", "-30, 0, WON", "-31, 0, EXPIRED", "-31, -31, EXPIRED", "-30, -30, WON",
      "-10, 20, WON", "-10, 21, EXPIRED"})
  @DisplayName("Regression: a registration before the deal was created counts while its protection reaches the "
      + "created date (docs/rules/attribution.md#registration-before-the-deal-was-created)")
  void resolve_registrationBeforeCreated_protectionBoundaries(int registrationDay, int evaluationDay,
      RegistrationDecision.Status expected) {
    RegistrationDecision decision = resolver.resolve(deal(Deal.Registration.of(P1, day(registrationDay))),
        day(evaluationDay));
    assertThat(statuses(decision)).containsExactly(expected);
    assertThat(decision.outcomes().get(0).protectedThrough()).isEqualTo(day(registrationDay + 30));
    assertThat(decision.winningPartner().isPresent()).isEqualTo(expected == RegistrationDecision.Status.WON);
  }

  @Test
  @DisplayName("Regression: a registration that expired before the deal was created says so, whatever the "
      + "evaluation date")
  void resolve_registrationExpiredBeforeCreated_explainsWhy() {
    RegistrationDecision decision = resolver.resolve(deal(Deal.Registration.of(P1, day(-31))), day(-20));
    assertThat(decision.winner()).isEmpty();
    assertThat(decision.explanation().steps().get(0).render()).isEqualTo("P-1 registered 2026-01-29, protected "
        + "through 2026-02-28: expired before the deal was created on 2026-03-01 -> EXPIRED");
    RegistrationDecision later = resolver.resolve(deal(Deal.Registration.of(P1, day(-31))), day(5));
    assertThat(later.explanation().steps().get(0).render()).endsWith(
        "expired before the deal was created on 2026-03-01 -> EXPIRED");
  }

  @Test
  @DisplayName("Regression: before creation, a registration's own protection sets the earliest day accepted")
  void resolve_registrationBeforeCreated_ownProtection() {
    Deal.Registration fifty = new Deal.Registration.Builder().partner(P1).date(day(-50)).protectionDays(50).build();
    Deal.Registration fortyNine = new Deal.Registration.Builder().partner(P2).date(day(-50)).protectionDays(49).build();
    RegistrationDecision decision = resolver.resolve(deal(fortyNine, fifty), day(0));
    assertThat(decision.outcomes()).extracting(o -> o.registration().partner(), RegistrationDecision.Outcome::status)
        .containsExactly(tuple(P1, RegistrationDecision.Status.WON), tuple(P2, RegistrationDecision.Status.EXPIRED));
  }

  @Test
  @DisplayName("Regression: a registration before creation competes with its own date (earlier wins, same day by "
      + "partner id)")
  void resolve_registrationBeforeCreated_conflicts() {
    RegistrationDecision earlier = resolver.resolve(deal(Deal.Registration.of(P1, day(0)), Deal.Registration.of(P2, day(-5))),
        day(1));
    assertThat(earlier.outcomes()).extracting(o -> o.registration().partner(), RegistrationDecision.Outcome::status)
        .containsExactly(tuple(P2, RegistrationDecision.Status.WON), tuple(P1, RegistrationDecision.Status.LATER_THAN_WINNER));
    RegistrationDecision sameDay = resolver.resolve(deal(Deal.Registration.of(P2, day(-5)), Deal.Registration.of(P1, day(-5))),
        day(1));
    assertThat(sameDay.outcomes()).extracting(o -> o.registration().partner(), RegistrationDecision.Outcome::status)
        .containsExactly(tuple(P1, RegistrationDecision.Status.WON), tuple(P2, RegistrationDecision.Status.TIE_BROKEN_BY_PARTNER_ID));
    RegistrationDecision stale = resolver.resolve(deal(Deal.Registration.of(P2, day(-31)), Deal.Registration.of(P1, day(3))),
        day(4));
    assertThat(stale.outcomes()).extracting(o -> o.registration().partner(), RegistrationDecision.Outcome::status)
        .containsExactly(tuple(P2, RegistrationDecision.Status.EXPIRED), tuple(P1, RegistrationDecision.Status.WON));
    Deal direct = wonDeal(200).addRegistrations(Deal.Registration.of(P1, day(-5)))
        .addDirectEngagements(Deal.DirectEngagement.on(day(-6))).build();
    assertThat(statuses(resolver.resolve(direct, day(1)))).containsExactly(RegistrationDecision.Status.AFTER_DIRECT_PIPELINE);
  }
}
