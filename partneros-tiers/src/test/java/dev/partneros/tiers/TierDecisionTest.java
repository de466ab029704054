package dev.partneros.tiers;

import static dev.partneros.tiers.Fixtures.USD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.Money;
import dev.partneros.core.Tier;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * {@link TierQualifier#decide(TierFacts, LocalDate)} at every threshold of the standard program and
 * of a program over the other metrics: at the bound, one minor unit (or one) under it, and over it
 * ({@code docs/rules/tiers.md#deciding-the-tier-only}); each case also agrees with
 * {@code qualify}.
 */
class TierDecisionTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  private static final TierQualifier STANDARD = TierQualifier.of(TierProgram.standard());

  @Test
  void sourcedArrAtEachThreshold() {
    long[] bounds = {25_000_00L, 100_000_00L, 500_000_00L};
    Tier[] tiers = {Tier.SILVER, Tier.GOLD, Tier.PLATINUM};
    Tier[] below = {Tier.REGISTERED, Tier.SILVER, Tier.GOLD};
    for (int i = 0; i < 3; i++) {
      assertDecides(STANDARD, facts(bounds[i], 0, 5), tiers[i]);
      assertDecides(STANDARD, facts(bounds[i] - 1, 0, 5), below[i]);
      assertDecides(STANDARD, facts(bounds[i] + 1, 0, 5), tiers[i]);
    }
  }

  @Test
  void referralsAtEachThreshold() {
    int[] bounds = {5, 20, 50};
    Tier[] tiers = {Tier.SILVER, Tier.GOLD, Tier.PLATINUM};
    Tier[] below = {Tier.REGISTERED, Tier.SILVER, Tier.GOLD};
    for (int i = 0; i < 3; i++) {
      assertDecides(STANDARD, facts(0, bounds[i], 5), tiers[i]);
      assertDecides(STANDARD, facts(0, bounds[i] - 1, 5), below[i]);
      assertDecides(STANDARD, facts(0, bounds[i] + 1, 5), tiers[i]);
    }
  }

  @Test
  void certifiedPeopleAtEachThreshold() {
    int[] bounds = {1, 2, 5};
    Tier[] tiers = {Tier.SILVER, Tier.GOLD, Tier.PLATINUM};
    Tier[] below = {Tier.REGISTERED, Tier.SILVER, Tier.GOLD};
    for (int i = 0; i < 3; i++) {
      assertDecides(STANDARD, facts(500_000_00L, 0, bounds[i]), tiers[i]);
      assertDecides(STANDARD, facts(500_000_00L, 0, bounds[i] - 1), below[i]);
    }
    assertDecides(STANDARD, facts(500_000_00L, 0, 6), Tier.PLATINUM);
  }

  @Test
  void aDealCountsFromTheWindowsFirstDayToTheAsOfDate() {
    LocalDate first = AS_OF.minusMonths(12).plusDays(1);
    TierFacts.Builder base = TierFacts.builder().addCertifications(TierFacts.Certification.of("ann", AS_OF));
    assertDecides(STANDARD, base.build(), Tier.REGISTERED);
    assertDecides(STANDARD, TierFacts.builder().from(base.build()).addDeals(deal(25_000_00L, first)).build(), Tier.SILVER);
    assertDecides(STANDARD, TierFacts.builder().from(base.build()).addDeals(deal(25_000_00L, AS_OF)).build(), Tier.SILVER);
    assertDecides(STANDARD, TierFacts.builder().from(base.build()).addDeals(deal(25_000_00L, first.minusDays(1))).build(),
        Tier.REGISTERED);
  }

  @Test
  void aCertificationCountsUpToItsLastValidDayAndAPersonOnce() {
    TierFacts.Builder facts = TierFacts.builder().addDeals(deal(100_000_00L, AS_OF));
    facts.addCertifications(new TierFacts.Certification.Builder().person("ann").earnedOn(AS_OF.minusYears(2))
        .validUntil(AS_OF).build());
    facts.addCertifications(TierFacts.Certification.of("ann", AS_OF.minusDays(3)));
    facts.addCertifications(new TierFacts.Certification.Builder().person("bob").earnedOn(AS_OF.minusYears(2))
        .validUntil(AS_OF.minusDays(1)).build());
    assertDecides(STANDARD, facts.build(), Tier.SILVER);
    facts.addCertifications(TierFacts.Certification.of("bob", AS_OF));
    assertDecides(STANDARD, facts.build(), Tier.GOLD);
  }

  @Test
  void scoresCustomMetricsAndPlansAtTheirBounds() {
    TierQualifier qualifier = TierQualifier.of(new TierProgram.Builder()
        .addLevels(TierProgram.Level.entry(Tier.REGISTERED))
        .addLevels(TierProgram.Level.of(Tier.SILVER, Criterion.atLeast(Metric.NPS, new BigDecimal("-20.5")), 1))
        .addLevels(TierProgram.Level.of(Tier.GOLD, Criterion.allOf(Criterion.atLeast(Metric.NPS, new BigDecimal("-20.5")),
            Criterion.custom("events", new BigDecimal("2.50"))), 2))
        .addLevels(TierProgram.Level.of(Tier.PLATINUM, Criterion.allOf(Criterion.atLeast(Metric.NPS, new BigDecimal("-20.5")),
            Criterion.custom("events", new BigDecimal("2.50")), Criterion.required(Metric.APPROVED_JOINT_BUSINESS_PLAN)), 3))
        .build());
    assertDecides(qualifier, TierFacts.empty(), Tier.REGISTERED);
    assertDecides(qualifier, nps("-20.6"), Tier.REGISTERED);
    assertDecides(qualifier, nps("-20.5"), Tier.SILVER);
    assertDecides(qualifier, nps("-20.4"), Tier.SILVER);
    assertDecides(qualifier, withEvents(nps("0"), "2.49"), Tier.SILVER);
    assertDecides(qualifier, withEvents(nps("0"), "2.50"), Tier.GOLD);
    assertDecides(qualifier, withEvents(withEvents(nps("0"), "1.25"), "1.25"), Tier.GOLD);
    TierFacts gold = withEvents(nps("0"), "2.51");
    assertDecides(qualifier, gold, Tier.GOLD);
    assertDecides(qualifier, TierFacts.builder().from(gold).addBusinessPlans(new TierFacts.JointBusinessPlan.Builder()
        .approvedOn(AS_OF.minusYears(2)).validUntil(AS_OF.minusDays(1)).build()).build(), Tier.GOLD);
    assertDecides(qualifier, TierFacts.builder().from(gold).addBusinessPlans(new TierFacts.JointBusinessPlan.Builder()
        .approvedOn(AS_OF.minusYears(2)).validUntil(AS_OF).build()).build(), Tier.PLATINUM);
  }

  private static void assertDecides(TierQualifier qualifier, TierFacts facts, Tier expected) {
    assertThat(qualifier.decide(facts, AS_OF)).isEqualTo(expected);
    assertThat(qualifier.qualify(facts, AS_OF).qualifiedTier()).isEqualTo(expected);
  }

  private static TierFacts facts(long sourcedCents, int referrals, int certified) {
    TierFacts.Builder facts = TierFacts.builder().addDeals(deal(sourcedCents, AS_OF.minusDays(10)));
    facts.addDeals(TierFacts.PartnerDeal.closed("influenced", DealRole.INFLUENCED, Money.ofMinor(900_000_00L, USD),
        AS_OF.minusDays(3)));
    for (int i = 0; i < referrals; i++) {
      facts.addReferrals(TierFacts.Referral.qualifiedOn(AS_OF.minusDays(i)));
    }
    for (int i = 0; i < certified; i++) {
      facts.addCertifications(TierFacts.Certification.of("person-" + i, AS_OF.minusDays(i)));
    }
    return facts.build();
  }

  private static TierFacts.PartnerDeal deal(long sourcedCents, LocalDate closedOn) {
    return TierFacts.PartnerDeal.closed("sourced", DealRole.SOURCED, Money.ofMinor(sourcedCents, USD), closedOn);
  }

  private static TierFacts nps(String score) {
    return TierFacts.builder()
        .addSurveys(TierFacts.SurveyScore.of(Metric.NPS, AS_OF.minusDays(30), new BigDecimal("90")))
        .addSurveys(TierFacts.SurveyScore.of(Metric.NPS, AS_OF.minusDays(1), new BigDecimal(score)))
        .addSurveys(TierFacts.SurveyScore.of(Metric.CSAT, AS_OF, new BigDecimal("100"))).build();
  }

  private static TierFacts withEvents(TierFacts facts, String value) {
    return TierFacts.builder().from(facts)
        .addCustomMetrics(TierFacts.CustomMetricEntry.of("events", AS_OF.minusDays(2), new BigDecimal(value))).build();
  }
}
