package dev.partneros.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partneros.core.PartnerId;
import dev.partneros.core.PartnerOsJson;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.statistics.Statistics;

/**
 * The laws of classification, registration conflicts and the affiliate window
 * ({@code docs/rules/attribution.md}).
 */
@Domain(AttributionDomain.class)
@Domain(DomainContext.Global.class)
class AttributionProperties {

  static <T> void roundTrips(T value, Class<T> type) {
    String json = PartnerOsJson.write(value);
    T back = PartnerOsJson.read(json, type);
    assertThat(back).isEqualTo(value);
    JsonNode tree = PartnerOsJson.toTree(value);
    assertThat(PartnerOsJson.toTree(back)).isEqualTo(tree);
  }

  @Property(tries = 1000)
  void policiesAndFactsRoundTripThroughJson(@ForAll AttributionPolicy policy, @ForAll Deal deal,
      @ForAll AffiliateConversion conversion) {
    roundTrips(policy, AttributionPolicy.class);
    roundTrips(deal, Deal.class);
    roundTrips(conversion, AffiliateConversion.class);
  }

  @Property(tries = 1000)
  void decisionsRoundTripThroughJson(@ForAll Deal deal, @ForAll AttributionPolicy policy,
      @ForAll AffiliateConversion conversion) {
    DealClassifier.of(policy).classifyAll(deal).forEach(a -> roundTrips(a, DealAttribution.class));
    roundTrips(RegistrationResolver.of(policy).resolve(deal, deal.closed().orElseThrow()), RegistrationDecision.class);
    roundTrips(CreditSplitter.of(policy).split(deal, CreditSplitProperties.usable(deal, policy.multiTouchModel())),
        CreditSplit.class);
    roundTrips(AffiliateAttributor.of(policy).attribute(conversion), AffiliateAttribution.class);
  }

  @Property
  void classificationFollowsItsCriteria_inTheDocumentedOrder(@ForAll Deal deal,
      @ForAll @IntRange(min = 0, max = 5) int index, @ForAll AttributionPolicy policy) {
    PartnerId partner = pick(deal, index);
    DealAttribution result = DealClassifier.of(policy).classify(deal, partner);
    boolean sourced = result.criteria().get(DealAttribution.Criterion.LEAD_THROUGH_PARTNER_CHANNEL)
        && result.criteria().get(DealAttribution.Criterion.REGISTERED_WITHIN_WINDOW)
        && result.criteria().get(DealAttribution.Criterion.NO_DIRECT_ENGAGEMENT_BEFORE_REGISTRATION);
    boolean influenced = result.criteria().get(DealAttribution.Criterion.DOCUMENTED_PARTNER_ACTIVITY)
        && result.criteria().get(DealAttribution.Criterion.TOOK_PART_BEFORE_CLOSE)
        && result.criteria().get(DealAttribution.Criterion.MARKED_DEPENDENT_ON_PARTNER);
    AttributionType expected = sourced ? AttributionType.PARTNER_SOURCED
        : influenced ? AttributionType.PARTNER_INFLUENCED : AttributionType.NOT_ATTRIBUTED;
    assertThat(result.type()).isEqualTo(expected);
    assertThat(result.creditFactor()).isEqualTo(policy.creditFactor(expected));
    assertThat(result.explanation().steps()).hasSize(8);
    assertThat(result.explanation().sentences()).hasSize(8);
    Statistics.label("type").collect(result.type());
    Statistics.label("type").coverage(c -> {
      c.check(AttributionType.PARTNER_SOURCED).percentage(p -> p > 1);
      c.check(AttributionType.PARTNER_INFLUENCED).percentage(p -> p > 1);
      c.check(AttributionType.NOT_ATTRIBUTED).percentage(p -> p > 20);
    });
  }

  /** One of the deal's partners (most of the time), so that the classification has something to weigh. */
  static PartnerId pick(Deal deal, int index) {
    java.util.List<PartnerId> partners = new java.util.ArrayList<>(deal.partners());
    return index < partners.size() ? partners.get(index) : AttributionDomain.PARTNERS.get(index % 5);
  }

  @Property
  void classificationDoesNotDependOnTheOrderOfFacts(@ForAll Deal deal, @ForAll PartnerId partner, @ForAll long seed) {
    Deal shuffled = Deal.builder().from(deal)
        .touches(CreditSplitProperties.shuffle(deal.touches(), seed))
        .registrations(CreditSplitProperties.shuffle(deal.registrations(), seed))
        .directEngagements(CreditSplitProperties.shuffle(deal.directEngagements(), seed))
        .build();
    DealClassifier classifier = DealClassifier.of(AttributionPolicy.standard());
    assertThat(classifier.classify(shuffled, partner)).isEqualTo(classifier.classify(deal, partner));
  }

  @Property
  void theRegistrationWinnerIsTheEarliestValidProtectedOne(@ForAll Deal deal, @ForAll AttributionPolicy policy,
      @ForAll @IntRange(min = 0, max = 70) int evaluationDay, @ForAll long seed) {
    LocalDate evaluation = AttributionDomain.START.plusDays(evaluationDay);
    RegistrationResolver resolver = RegistrationResolver.of(policy);
    RegistrationDecision decision = resolver.resolve(deal, evaluation);
    Deal shuffled = Deal.builder().from(deal)
        .registrations(CreditSplitProperties.shuffle(deal.registrations(), seed)).build();
    assertThat(resolver.resolve(shuffled, evaluation)).isEqualTo(decision);
    assertThat(decision.outcomes()).hasSameSizeAs(deal.registrations());
    for (Deal.Registration registration : deal.registrations()) {
      boolean candidate = !registration.date().isAfter(evaluation)
          && !registration.date().isAfter(deal.closed().orElseThrow())
          && deal.directPipelineSince().map(d -> !d.isBefore(registration.date())).orElse(true)
          && !evaluation.isAfter(resolver.protectedThrough(registration));
      if (candidate) {
        Deal.Registration winner = decision.winner().orElseThrow();
        assertThat(winner.date()).isBeforeOrEqualTo(registration.date());
        if (winner.date().equals(registration.date())) {
          assertThat(winner.partner()).isLessThanOrEqualTo(registration.partner());
        }
      }
    }
    decision.winner().ifPresent(w -> assertThat(evaluation).isBeforeOrEqualTo(resolver.protectedThrough(w)));
    Statistics.label("winner").collect(decision.winner().isPresent() ? "a winner"
        : deal.registrations().isEmpty() ? "no registration" : "all lost");
    Statistics.label("winner").coverage(c -> {
      c.check("a winner").percentage(p -> p > 10);
      c.check("all lost").percentage(p -> p > 5);
    });
  }

  @Property
  void theAffiliateCreditGoesToTheLastEligibleClick(@ForAll AffiliateConversion conversion,
      @ForAll AttributionPolicy policy, @ForAll long seed) {
    AffiliateAttributor attributor = AffiliateAttributor.of(policy);
    AffiliateAttribution result = attributor.attribute(conversion);
    AffiliateConversion shuffled = AffiliateConversion.builder().from(conversion)
        .clicks(CreditSplitProperties.shuffle(conversion.clicks(), seed)).build();
    assertThat(attributor.attribute(shuffled)).isEqualTo(result);
    int window = policy.affiliateWindowDays();
    for (AffiliateConversion.Click click : conversion.clicks()) {
      long days = ChronoUnit.DAYS.between(click.date(), conversion.date());
      boolean self = conversion.customerAffiliateId().map(click.affiliate()::equals).orElse(false);
      if (days >= 0 && days <= window && !self) {
        AffiliateConversion.Click credited = result.creditedClick().orElseThrow();
        assertThat(credited.date()).isAfterOrEqualTo(click.date());
      }
    }
    result.creditedClick().ifPresent(c -> {
      long days = ChronoUnit.DAYS.between(c.date(), conversion.date());
      assertThat(days).isBetween(0L, (long) window);
      assertThat(conversion.customerAffiliateId()).isNotEqualTo(java.util.Optional.of(c.affiliate()));
    });
    Statistics.label("outcome").collect(result.selfReferral() ? "self-referral flagged"
        : result.creditedClick().isPresent() ? "credited" : "nobody");
    Statistics.label("outcome").coverage(c -> {
      c.check("self-referral flagged").percentage(p -> p > 2);
      c.check("credited").percentage(p -> p > 10);
      c.check("nobody").percentage(p -> p > 2);
    });
  }

  static String boundary(long offset) {
    return offset == 0 ? "on the last day" : offset == 1 ? "one day past" : offset < 0 ? "inside" : "outside";
  }

  static void coversBoundary(String label) {
    Statistics.label(label).coverage(c -> {
      c.check("on the last day").percentage(p -> p > 10);
      c.check("one day past").percentage(p -> p > 10);
    });
  }

  @Property
  void theRegistrationWindowIncludesItsLastDay(@ForAll @IntRange(min = 0, max = 30) int window,
      @ForAll @IntRange(min = -2, max = 2) int offset) {
    int day = Math.max(0, window + offset);
    Deal deal = Fixtures.wonDeal(90).addTouches(Fixtures.channelLead(Fixtures.P1, 0))
        .addRegistrations(Deal.Registration.of(Fixtures.P1, Fixtures.day(day))).build();
    DealAttribution result = DealClassifier.of(new AttributionPolicy.Builder().registrationWindowDays(window).build())
        .classify(deal, Fixtures.P1);
    assertThat(result.criteria().get(DealAttribution.Criterion.REGISTERED_WITHIN_WINDOW)).isEqualTo(day <= window);
    assertThat(result.type() == AttributionType.PARTNER_SOURCED).isEqualTo(day <= window);
    Statistics.label("registration").collect(boundary(day - window));
    coversBoundary("registration");
  }

  @Property
  void aRegistrationIsProtectedThroughItsLastDay(@ForAll @IntRange(min = 1, max = 90) int protection,
      @ForAll @IntRange(min = -2, max = 2) int offset) {
    int evaluationDay = Math.max(0, protection + offset);
    Deal deal = Fixtures.wonDeal(200).addRegistrations(Deal.Registration.of(Fixtures.P1, Fixtures.day(0))).build();
    RegistrationDecision decision = RegistrationResolver.of(new AttributionPolicy.Builder().protectionDays(protection)
        .build()).resolve(deal, Fixtures.day(evaluationDay));
    assertThat(decision.outcomes().get(0).status())
        .isEqualTo(evaluationDay <= protection ? RegistrationDecision.Status.WON : RegistrationDecision.Status.EXPIRED);
    Statistics.label("protection").collect(boundary(evaluationDay - protection));
    coversBoundary("protection");
  }

  @Property
  void theAffiliateWindowIncludesItsLastDay(@ForAll("windows") int window,
      @ForAll @IntRange(min = -2, max = 2) int offset) {
    int daysBefore = Math.max(0, window + offset);
    AffiliateConversion conversion = AffiliateConversion.builder().id("C").customer("ACME").date(Fixtures.day(400))
        .addClicks(AffiliateConversion.Click.of(Fixtures.P1, Fixtures.day(400 - daysBefore))).build();
    AffiliateAttribution result = AffiliateAttributor.of(new AttributionPolicy.Builder().affiliateWindowDays(window)
        .build()).attribute(conversion);
    assertThat(result.affiliate().isPresent()).isEqualTo(daysBefore <= window);
    Statistics.label("click").collect(boundary(daysBefore - window));
    coversBoundary("click");
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Integer> windows() {
    return net.jqwik.api.Arbitraries.of(1, 30, 60, 90);
  }
}
