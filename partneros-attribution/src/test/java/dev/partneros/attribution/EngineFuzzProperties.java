package dev.partneros.attribution;

import static dev.partneros.core.EngineFuzz.after;
import static dev.partneros.core.EngineFuzz.date;
import static dev.partneros.core.EngineFuzz.facts;
import static dev.partneros.core.EngineFuzz.pick;
import static dev.partneros.core.EngineFuzz.rarely;
import static dev.partneros.core.EngineFuzz.typedOutcome;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partneros.core.EngineFuzz;
import dev.partneros.core.PartnerId;
import dev.partneros.core.Rate;
import dev.partneros.core.TestPrograms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Fuzzes every public engine method of the attribution package: the deal classifier,
 * the credit splitter under every model, the registration resolver, the affiliate attributor and
 * the policy constructor, with hostile deals (amounts at zero, one cent, next to the 10^15 limit and
 * negative, dates from year 1 to 9999 in any order, no touches or 1,000 of them, duplicated
 * partners, odd custom weights) and policies with odd but valid attribution sections. Facts may be
 * refused with a {@code PartnerOsException}; every engine call must end in a result or such an
 * exception, in bounded time, and its explanation must render.
 *
 * <p>Each property runs 10,000 tries in the exhaustive campaign and 300 in the fast build. For a longer run, multiply them with the system property
 * {@code partneros.fuzz.scale}, e.g. {@code mvn verify -pl partneros-attribution
 * -Dpartneros.fuzz.scale=20 -Dtest=EngineFuzzProperties}.
 */
@AddLifecycleHook(EngineFuzz.class)
class EngineFuzzProperties {

  static final Currency USD = Currency.getInstance("USD");

  static final JsonNode BASE = EngineFuzz.tree(TestPrograms.standardSections("attribution"));

  /** Odd but valid settings of the attribution section. */
  static final String[] EDITS = {"attribution.registrationWindowDays=0", "attribution.registrationWindowDays=36500",
      "attribution.sourcedCreditFactor=\"0\"", "attribution.influencedCreditFactor=\"1\"",
      "attribution.protectionDays=0", "attribution.protectionDays=3650000", "attribution.affiliateWindowDays=0",
      "attribution.affiliateWindowDays=3650000", "attribution.multiTouchModel=\"FIRST_TOUCH\"",
      "attribution.multiTouchModel=\"LAST_TOUCH\"", "attribution.multiTouchModel=\"TIME_DECAY\"",
      "attribution.multiTouchModel=\"POSITION_BASED\"", "attribution.multiTouchModel=\"CUSTOM\"",
      "attribution.halfLifeDays=1", "attribution.halfLifeDays=3650000",
      "attribution.positionWeights={\"first\": \"1\", \"middle\": \"0\", \"last\": \"0\"}",
      "attribution.positionWeights={\"first\": \"0\", \"middle\": \"0.0001\", \"last\": \"0.9999\"}",
      "attribution.creditedTouchKinds=[]", "attribution.creditedTouchKinds=[\"POST_SALE\"]"};

  static final List<AttributionPolicy> POLICIES = policies();

  static List<AttributionPolicy> policies() {
    List<AttributionPolicy> policies = new ArrayList<>(List.of(AttributionPolicy.standard()));
    Random random = new Random(3);
    for (int i = 0; policies.size() < 16 && i < 500; i++) {
      facts(() -> AttributionPolicy.from(EngineFuzz.edited(BASE, random, EDITS))).ifPresent(policies::add);
    }
    return List.copyOf(policies);
  }

  static final List<PartnerId> PARTNERS = List.of(PartnerId.of("P-1"), PartnerId.of("P-2"), PartnerId.of("P-1"),
      PartnerId.of("x".repeat(128)));

  static int size(Random r, int usual) {
    return r.nextInt(100) == 0 ? 1_000 : r.nextInt(usual + 1);
  }

  static Optional<Deal> deal(Random r) {
    LocalDate created = date(r);
    return facts(() -> {
      CloseStatus status = CloseStatus.values()[r.nextInt(CloseStatus.values().length)];
      Deal.Builder deal = Deal.builder().id(rarely(r) ? "" : pick(r, List.of("D-1", "D-2")))
          .account(rarely(r) ? " " : "A").amount(EngineFuzz.money(r, EngineFuzz.currency(r, USD))).created(created)
          .status(status);
      if ((status != CloseStatus.OPEN) != rarely(r)) {
        deal.closed(after(r, created, 400));
      }
      if (r.nextBoolean()) {
        deal.firstContact(rarely(r) ? date(r) : created.minusDays(r.nextInt(30)));
      }
      for (int i = size(r, 5); i > 0; i--) {
        deal.addTouches(Deal.PartnerTouch.of(pick(r, PARTNERS), after(r, created, 400),
            TouchKind.values()[r.nextInt(TouchKind.values().length)]));
      }
      for (int i = size(r, 3); i > 0; i--) {
        Deal.Registration.Builder registration = new Deal.Registration.Builder().partner(pick(r, PARTNERS))
            .date(after(r, created, 60));
        if (r.nextInt(4) == 0) {
          registration.protectionDays(pick(r, List.of(0, 1, 36_500, rarely(r) ? -1 : 30)));
        }
        deal.addRegistrations(registration.build());
      }
      for (int i = r.nextInt(3); i > 0; i--) {
        deal.addDirectEngagements(Deal.DirectEngagement.on(after(r, created, 100)));
      }
      if (r.nextInt(4) == 0) {
        deal.addDependentOn(pick(r, PARTNERS));
      }
      if (r.nextInt(3) == 0) {
        List<String> weights = pick(r, List.of(List.of("1"), List.of("0.5", "0.5"), List.of("0.3333", "0.6667"),
            List.of("0", "1"), List.of("0.5")));
        for (int i = 0; i < weights.size(); i++) {
          deal.putCustomWeights(PARTNERS.get(i == 0 ? 0 : 1 + r.nextInt(2)), Rate.of(new BigDecimal(weights.get(i))));
        }
      }
      return deal.build();
    });
  }

  @Property(tries = 10_000)
  void policyFromOddSections(@ForAll long seed) {
    Random r = new Random(seed);
    typedOutcome(() -> {
      AttributionPolicy policy = AttributionPolicy.from(EngineFuzz.edited(BASE, r, EDITS));
      deal(r).ifPresent(deal -> CreditSplitter.of(policy).split(deal).explanation().render());
    });
  }

  @Property(tries = 10_000)
  void classifierAndResolver(@ForAll long seed) {
    Random r = new Random(seed);
    AttributionPolicy policy = pick(r, POLICIES);
    Optional<Deal> deal = deal(r);
    LocalDate evaluation = date(r);
    PartnerId partner = pick(r, PARTNERS);
    EngineFuzz.reached("deal", deal.isPresent());
    deal.ifPresent(d -> {
      DealClassifier classifier = DealClassifier.of(policy);
      RegistrationResolver resolver = RegistrationResolver.of(policy);
      typedOutcome(() -> classifier.classify(d, partner).explanation().render());
      typedOutcome(() -> classifier.classifyAll(d).forEach(a -> a.explanation().render()));
      typedOutcome(() -> resolver.resolve(d, evaluation).explanation().render());
      typedOutcome(() -> d.registrations().forEach(resolver::protectedThrough));
    });
  }

  @Property(tries = 10_000)
  void creditSplitter(@ForAll long seed) {
    Random r = new Random(seed);
    AttributionPolicy policy = pick(r, POLICIES);
    Optional<Deal> deal = deal(r);
    AttributionPolicy.CreditModel model = AttributionPolicy.CreditModel.values()[r.nextInt(AttributionPolicy.CreditModel.values().length)];
    deal.ifPresent(d -> {
      CreditSplitter splitter = CreditSplitter.of(policy);
      typedOutcome(() -> splitter.split(d).explanation().render());
      typedOutcome(() -> splitter.split(d, model).explanation().render());
    });
  }

  @Property(tries = 10_000)
  void affiliateAttributor(@ForAll long seed) {
    Random r = new Random(seed);
    AttributionPolicy policy = pick(r, POLICIES);
    LocalDate date = date(r);
    Optional<AffiliateConversion> conversion = facts(() -> {
      AffiliateConversion.Builder builder = AffiliateConversion.builder().id(rarely(r) ? "" : "C-1")
          .customer(rarely(r) ? "" : "cust").date(date);
      for (int i = size(r, 5); i > 0; i--) {
        builder.addClicks(AffiliateConversion.Click.of(pick(r, PARTNERS), rarely(r) ? date(r) : date.minusDays(r.nextInt(100))));
      }
      if (r.nextInt(4) == 0) {
        builder.customerAffiliateId(pick(r, PARTNERS));
      }
      return builder.build();
    });
    EngineFuzz.reached("conversion", conversion.isPresent());
    conversion.ifPresent(c -> typedOutcome(() -> AffiliateAttributor.of(policy).attribute(c).explanation().render()));
  }
}
