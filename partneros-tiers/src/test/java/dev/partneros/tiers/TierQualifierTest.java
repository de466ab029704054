package dev.partneros.tiers;

import static dev.partneros.tiers.Fixtures.USD;
import static dev.partneros.tiers.Fixtures.assertProblem;
import static dev.partneros.tiers.Fixtures.date;
import static dev.partneros.tiers.Fixtures.metrics;
import static dev.partneros.tiers.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partneros.core.DateRange;
import dev.partneros.core.ExplanationStep;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerOsJson;
import dev.partneros.core.Problem;
import dev.partneros.core.Rate;
import dev.partneros.core.Tier;
import dev.partneros.core.TierLadder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Tier qualification, metrics and progress (docs/rules/tiers.md#qualified-tier)")
class TierQualifierTest {

  static final LocalDate AS_OF = date("2026-06-30");
  final TierQualifier qualifier = TierQualifier.of(TierProgram.standard());

  Tier qualified(TierMetrics metrics) {
    Tier tier = qualifier.qualify(metrics, AS_OF).qualifiedTier();
    assertThat(qualifier.qualifiedTier(metrics)).as("the fast path agrees").isEqualTo(tier);
    return tier;
  }

  @ParameterizedTest(name = "sourced ARR {0}, referrals {1}, certified {2} -> {3}")
  @DisplayName("thresholds are inclusive lower bounds, at and either side (docs/rules/conventions.md#thresholds-and-brackets and docs/rules/tiers.md#criteria)")
  @CsvSource({
      "24999.99, 0, 1, REGISTERED",
      "25000.00, 0, 1, SILVER",
      "25000.01, 0, 1, SILVER",
      "0.00, 4, 1, REGISTERED",
      "0.00, 5, 1, SILVER",
      "0.00, 6, 1, SILVER",
      "25000.00, 5, 0, REGISTERED",
      "25000.00, 5, 1, SILVER",
      "99999.99, 19, 2, SILVER",
      "100000.00, 19, 2, GOLD",
      "0.00, 20, 2, GOLD",
      "100000.00, 20, 1, SILVER",
      "499999.99, 49, 5, GOLD",
      "500000.00, 0, 5, PLATINUM",
      "0.00, 50, 5, PLATINUM",
      "500000.00, 50, 4, GOLD",
      "0.00, 0, 0, REGISTERED"})
  void qualify_atAndAroundEveryThreshold(String sourcedArr, long referrals, long certified, String tier) {
    assertThat(qualified(metrics(sourcedArr, referrals, certified))).isEqualTo(Tier.of(tier));
  }

  @Test
  @DisplayName("metrics that jump qualify straight for the highest tier they meet")
  void qualify_skipsTiersWhenMetricsJump() {
    assertThat(qualified(metrics("750000.00", 0, 9))).isEqualTo(Tier.PLATINUM);
  }

  @Test
  @DisplayName("the explanation has a step per tier, e.g. 'Gold: sourced ARR 120,000.00 USD >= 100,000.00 USD; certified people 1 < 2 -> not met'")
  void explanation_statesEveryRequirementMetOrMissed() {
    Qualification qualification = qualifier.qualify(metrics("120000.00", 3, 1), AS_OF);
    assertThat(qualification.qualifiedTier()).isEqualTo(Tier.SILVER);
    assertThat(qualification.explanation().sentences()).containsExactly(
        "Registered: signed agreement (entry tier) -> met",
        "Silver: sourced ARR 120,000.00 USD >= 25,000.00 USD; certified people 1 >= 1 -> met",
        "Gold: sourced ARR 120,000.00 USD >= 100,000.00 USD; certified people 1 < 2 -> not met",
        "Platinum: (sourced ARR 120,000.00 USD < 500,000.00 USD or qualified referrals 3 < 50); certified people 1 < 5"
            + " -> not met",
        "qualified tier: SILVER (the highest tier whose criteria hold)");
    ExplanationStep gold = qualification.explanation().steps().get(2);
    assertThat(gold.rule()).isEqualTo("tiers.qualify.gold");
    assertThat(gold.section()).contains("5");
    assertThat(gold.outcome()).isEqualTo("not met");
    assertThat(gold.inputs()).containsExactly(java.util.Map.entry("sourced ARR", "120,000.00 USD"),
        java.util.Map.entry("qualified referrals", "3"), java.util.Map.entry("certified people", "1"));
    assertThat(gold.threshold())
        .contains("(sourced ARR >= 100,000.00 USD or qualified referrals >= 20) and certified people >= 2");
    assertThat(qualification.explanation().asOf()).contains(AS_OF);
  }

  @Test
  void checks_recordCurrentRequiredAndGap() {
    Qualification qualification = qualifier.qualify(metrics("70000.00", 15, 1), AS_OF);
    RequirementCheck gold = qualification.check(Tier.GOLD).get().requirement().get();
    assertThat(gold.met()).isFalse();
    RequirementCheck arr = gold.children().get(0).children().get(0);
    assertThat(arr.metric()).contains(Metric.SOURCED_ARR);
    assertThat(arr.current()).contains(new BigDecimal("70000.00"));
    assertThat(arr.required()).contains(new BigDecimal("100000"));
    assertThat(arr.gap()).hasValueSatisfying(g -> assertThat(g).isEqualByComparingTo("30000"));
    assertThat(arr.fraction()).isEqualTo(Rate.of("0.7"));
    assertThat(gold.children().get(0).fraction()).isEqualTo(Rate.of("0.75"));
    assertThat(gold.fraction()).isEqualTo(Rate.of("0.5"));
    assertThat(qualification.holds(Tier.SILVER)).isTrue();
    assertThat(qualification.holds(Tier.of("DIAMOND"))).isFalse();
  }

  @Test
  @DisplayName("progress: '70 % to Gold' and the gap of every requirement")
  void progress_isMinOverAllOfOfMaxOverAnyOf() {
    Qualification qualification = qualifier.qualify(metrics("70000.00", 5, 2), AS_OF);
    Progress progress = qualifier.progress(qualification, Tier.SILVER);
    assertThat(progress.target()).contains(Tier.GOLD);
    assertThat(progress.fraction()).isEqualTo(Rate.of("0.7"));
    assertThat(progress.gaps()).containsExactly("30,000.00 USD more sourced ARR or 15 more referrals");
    assertThat(progress.render()).isEqualTo("70 % to Gold: 30,000.00 USD more sourced ARR or 15 more referrals");
    Progress twoGaps = qualifier.progress(qualifier.qualify(metrics("70000.00", 15, 0), AS_OF), Tier.SILVER);
    assertThat(twoGaps.render())
        .isEqualTo("0 % to Gold: 30,000.00 USD more sourced ARR or 5 more referrals; 2 more certified people");
    Progress onePerson = qualifier.progress(qualifier.qualify(metrics("100000.00", 0, 1), AS_OF), Tier.SILVER);
    assertThat(onePerson.render()).isEqualTo("50 % to Gold: 1 more certified person");
  }

  @Test
  void progress_neverReadsOneHundredPercentUnlessMet_andStopsAtTheTop() {
    Progress almost = qualifier.progress(qualifier.qualify(metrics("99999.99", 0, 2), AS_OF), Tier.SILVER);
    assertThat(almost.fraction()).isEqualTo(Rate.of("0.9999"));
    assertThat(almost.render()).isEqualTo("99 % to Gold: 0.01 USD more sourced ARR or 20 more referrals");
    Progress met = qualifier.progress(qualifier.qualify(metrics("100000.00", 0, 2), AS_OF), Tier.SILVER);
    assertThat(met.met()).isTrue();
    assertThat(met.render()).isEqualTo("100 % to Gold: every requirement met");
    Progress top = qualifier.progress(qualifier.qualify(metrics("0.00", 0, 0), AS_OF), Tier.PLATINUM);
    assertThat(top.target()).isEmpty();
    assertThat(top.fraction()).isEqualTo(Rate.ONE);
    assertThat(top.render()).isEqualTo("Platinum is the highest tier");
  }

  @Test
  void progress_rendersEveryKindOfMetric() {
    Criterion gold = Criterion.allOf(Criterion.atLeast(Metric.SOURCED_ARR, 100_000),
        Criterion.atLeast(Metric.NPS, 30), Criterion.required(Metric.APPROVED_JOINT_BUSINESS_PLAN),
        Criterion.custom("marketplace apps", BigDecimal.valueOf(3)), Criterion.atLeast(Metric.CSAT, 80),
        Criterion.anyOf(Criterion.allOf(Criterion.atLeast(Metric.DEALS_CLOSED, 4),
            Criterion.atLeast(Metric.JOINT_CASE_STUDIES, 1)), Criterion.atLeast(Metric.INFLUENCED_ARR, 50_000)));
    TierProgram program = new TierProgram.Builder().ladder(TierLadder.of("REGISTERED", "GOLD"))
        .addLevels(TierProgram.Level.entry(Tier.REGISTERED), TierProgram.Level.of(Tier.GOLD, gold, 1)).build();
    TierQualifier custom = TierQualifier.of(program);
    TierMetrics metrics = TierMetrics.builder().currency(USD).sourcedArr(usd(100_000)).nps(BigDecimal.valueOf(18))
        .dealsClosed(3).putCustom("marketplace apps", BigDecimal.ONE).build();
    Progress progress = custom.progress(custom.qualify(metrics, AS_OF), Tier.REGISTERED);
    assertThat(progress.gaps()).containsExactly("12 more NPS points", "an approved joint business plan",
        "2 more marketplace apps", "a CSAT of at least 80 (none measured)",
        "(1 more closed deal and 1 more joint case study) or 50,000.00 USD more influenced ARR");
    assertThat(progress.fraction()).isEqualTo(Rate.ZERO);
  }

  @Test
  void progressTowards_aTierBelowOrAbove() {
    Qualification qualification = qualifier.qualify(metrics("30000.00", 0, 1), AS_OF);
    Progress keepGold = qualifier.progressTowards(qualification, Tier.GOLD);
    assertThat(keepGold.tier()).isEqualTo(Tier.SILVER);
    assertThat(keepGold.render()).isEqualTo("30 % to Gold: 70,000.00 USD more sourced ARR or 20 more referrals;"
        + " 1 more certified person");
    assertThat(qualifier.progressTowards(qualification, Tier.REGISTERED).met()).isTrue();
  }

  @Test
  void qualify_refusesMetricsInAnotherCurrency() {
    TierMetrics euros = TierMetrics.zero(Currency.getInstance("EUR"));
    assertProblem(() -> qualifier.qualify(euros, AS_OF), InvalidFactsException.class, "currency",
        "currency_mismatch", "currency must be USD (the program's currency), but was EUR");
  }

  @Test
  void metrics_areCheckedWhenBuilt() {
    assertProblem(() -> TierMetrics.builder().currency(USD).certifiedPeople(-1).build(), InvalidFactsException.class,
        "certifiedPeople", "negative", "certifiedPeople must be >= 0, but was -1");
    assertProblem(() -> TierMetrics.builder().currency(USD).sourcedArr(Money.of(5, Currency.getInstance("EUR")))
            .build(), InvalidFactsException.class, "sourcedArr", "currency_mismatch",
        "sourcedArr must be in USD (the program's currency), but was 5.00 EUR");
    assertProblem(() -> TierMetrics.builder().currency(USD).nps(BigDecimal.valueOf(101)).build(),
        InvalidFactsException.class, "nps", "out_of_range", "nps must be between -100 and 100, but was 101");
    assertProblem(() -> TierMetrics.builder().currency(USD).sourcedArr(usd(-1)).build(), InvalidFactsException.class,
        "sourcedArr", "negative", "sourcedArr must be >= 0, but was -1.00 USD");
    assertProblem(() -> TierMetrics.builder().currency(USD).csat(BigDecimal.valueOf(-1)).build(),
        InvalidFactsException.class, "csat", "out_of_range", "csat must be between 0 and 100, but was -1");
    assertProblem(() -> TierMetrics.builder().currency(USD).putCustom("{x}", BigDecimal.ONE).build(),
        InvalidFactsException.class, "custom[\"{x}\"]", "invalid_name", "custom[\"{x}\"] must be a letter followed by"
            + " letters, digits, spaces, underscores or hyphens (at most 60), but was {x}");
  }

  // ---- measuring dated facts over the rolling window ----

  @Test
  @DisplayName("the window is the 12 months ending on the as-of date: a fact on its first day counts, the day before does not")
  void measure_windowStartIncluded_dayBeforeExcluded() {
    DateRange window = DateRange.monthsEndingOn(12, AS_OF);
    assertThat(window.startInclusive()).isEqualTo(date("2025-07-01"));
    TierFacts onStart = TierFacts.builder()
        .addDeals(TierFacts.PartnerDeal.closed("D-1", DealRole.SOURCED, usd(25_000), date("2025-07-01")))
        .addReferrals(TierFacts.Referral.qualifiedOn(date("2025-07-01")))
        .addCertifications(TierFacts.Certification.of("ana", date("2020-01-01")))
        .build();
    TierFacts dayBefore = TierFacts.builder()
        .addDeals(TierFacts.PartnerDeal.closed("D-1", DealRole.SOURCED, usd(25_000), date("2025-06-30")))
        .addReferrals(TierFacts.Referral.qualifiedOn(date("2025-06-30")))
        .addCertifications(TierFacts.Certification.of("ana", date("2020-01-01")))
        .build();
    TierMetrics counted = qualifier.measure(onStart, AS_OF);
    assertThat(counted.sourcedArr()).isEqualTo(usd(25_000));
    assertThat(counted.qualifiedReferrals()).isEqualTo(1);
    assertThat(counted.window()).contains(window);
    assertThat(qualifier.qualify(onStart, AS_OF).qualifiedTier()).isEqualTo(Tier.SILVER);
    TierMetrics missed = qualifier.measure(dayBefore, AS_OF);
    assertThat(missed.sourcedArr()).isEqualTo(usd(0));
    assertThat(missed.qualifiedReferrals()).isZero();
    assertThat(qualifier.qualify(dayBefore, AS_OF).qualifiedTier()).isEqualTo(Tier.REGISTERED);
  }

  @Test
  void measure_aFactOnTheAsOfDateCounts() {
    TierFacts facts = TierFacts.builder().addReferrals(TierFacts.Referral.qualifiedOn(AS_OF)).build();
    assertThat(qualifier.measure(facts, AS_OF).qualifiedReferrals()).isEqualTo(1);
  }

  @Test
  void measure_computesEveryMetric() {
    TierFacts facts = TierFacts.builder()
        .addDeals(TierFacts.PartnerDeal.builder().id("D-1").role(DealRole.SOURCED).arr(usd(60_000))
            .registeredOn(date("2025-09-01")).closedOn(date("2025-12-15")).product("Core").build())
        .addDeals(TierFacts.PartnerDeal.builder().id("D-2").role(DealRole.SOURCED).arr(usd(50_000))
            .closedOn(date("2026-03-01")).product("Add-on").build())
        .addDeals(TierFacts.PartnerDeal.builder().id("D-3").role(DealRole.INFLUENCED).arr(usd(40_000))
            .registeredOn(date("2026-01-10")).closedOn(date("2026-06-30")).build())
        .addDeals(TierFacts.PartnerDeal.builder().id("D-4").role(DealRole.SOURCED).arr(usd(90_000))
            .registeredOn(date("2026-05-01")).build())
        .addDeals(TierFacts.PartnerDeal.builder().id("D-5").role(DealRole.SOURCED).arr(usd(1_000))
            .registeredOn(date("2024-01-01")).closedOn(date("2025-01-01")).build())
        .addRevenue(TierFacts.RevenueEntry.of(date("2026-02-01"), usd("1234.56")))
        .addRevenue(TierFacts.RevenueEntry.of(date("2025-02-01"), usd(999)))
        .addCertifications(TierFacts.Certification.of("ana", date("2024-01-01")))
        .addCertifications(new TierFacts.Certification.Builder().person("ana").earnedOn(date("2025-01-01"))
            .credential("Advanced").build())
        .addCertifications(new TierFacts.Certification.Builder().person("bo").earnedOn(date("2024-01-01"))
            .validUntil(AS_OF).build())
        .addCertifications(new TierFacts.Certification.Builder().person("cy").earnedOn(date("2024-01-01"))
            .validUntil(date("2026-06-29")).build())
        .addSurveys(TierFacts.SurveyScore.of(Metric.NPS, date("2025-10-01"), BigDecimal.valueOf(40)))
        .addSurveys(TierFacts.SurveyScore.of(Metric.NPS, date("2026-04-01"), BigDecimal.valueOf(-5)))
        .addSurveys(TierFacts.SurveyScore.of(Metric.NPS, date("2025-01-01"), BigDecimal.valueOf(90)))
        .addSurveys(TierFacts.SurveyScore.of(Metric.CSAT, date("2025-01-01"), BigDecimal.valueOf(90)))
        .addCaseStudies(TierFacts.CaseStudy.publishedOn(date("2026-01-01")))
        .addBusinessPlans(TierFacts.JointBusinessPlan.approvedOn(date("2025-08-01")))
        .addCustomMetrics(TierFacts.CustomMetricEntry.of("marketplace apps", date("2026-01-01"), BigDecimal.valueOf(2)))
        .addCustomMetrics(TierFacts.CustomMetricEntry.of("marketplace apps", date("2026-05-01"), BigDecimal.ONE))
        .addCustomMetrics(TierFacts.CustomMetricEntry.of("marketplace apps", date("2025-01-01"), BigDecimal.TEN))
        .build();
    TierMetrics metrics = qualifier.measure(facts, AS_OF);
    assertThat(metrics.sourcedArr()).isEqualTo(usd(110_000));
    assertThat(metrics.influencedArr()).isEqualTo(usd(40_000));
    assertThat(metrics.totalPartnerRevenue()).isEqualTo(usd("151234.56"));
    assertThat(metrics.dealsRegistered()).isEqualTo(3);
    assertThat(metrics.dealsClosed()).isEqualTo(3);
    assertThat(metrics.certifiedPeople()).as("ana once, bo on the last valid day, not cy").isEqualTo(2);
    assertThat(metrics.nps()).contains(BigDecimal.valueOf(-5));
    assertThat(metrics.csat()).as("the only CSAT is outside the window").isEmpty();
    assertThat(metrics.jointCaseStudies()).isEqualTo(1);
    assertThat(metrics.approvedJointBusinessPlan()).isTrue();
    assertThat(metrics.custom()).containsEntry("marketplace apps", BigDecimal.valueOf(3));
    assertThat(metrics.value(Metric.CUSTOM, Optional.of("other"))).isEmpty();
    assertThat(metrics.value(Metric.APPROVED_JOINT_BUSINESS_PLAN, Optional.empty())).contains(BigDecimal.ONE);
    assertThat(qualifier.qualify(facts, AS_OF).qualifiedTier()).isEqualTo(Tier.GOLD);
    Qualification qualification = qualifier.qualify(facts, AS_OF);
    assertThat(qualification.explanation().sentences().get(0)).isEqualTo("metrics over [2025-07-01, 2026-06-30],"
        + " across all products: sourced ARR 110,000.00 USD, influenced ARR 40,000.00 USD, total partner revenue"
        + " 151,234.56 USD, qualified referrals 0, deals registered 3, deals closed 3, certified people 2, NPS -5,"
        + " CSAT none, joint case studies 1, approved joint business plan yes, marketplace apps 3");
  }

  @Test
  void measure_businessPlanWithAndWithoutEndDate() {
    TierFacts old = TierFacts.builder().addBusinessPlans(TierFacts.JointBusinessPlan.approvedOn(date("2025-06-30"))).build();
    assertThat(qualifier.measure(old, AS_OF).approvedJointBusinessPlan()).isFalse();
    TierFacts extended = TierFacts.builder().addBusinessPlans(new TierFacts.JointBusinessPlan.Builder()
        .approvedOn(date("2024-01-01")).validUntil(date("2026-12-31")).build()).build();
    assertThat(qualifier.measure(extended, AS_OF).approvedJointBusinessPlan()).isTrue();
    TierFacts lapsed = TierFacts.builder().addBusinessPlans(new TierFacts.JointBusinessPlan.Builder()
        .approvedOn(date("2026-01-01")).validUntil(date("2026-06-29")).build()).build();
    assertThat(qualifier.measure(lapsed, AS_OF).approvedJointBusinessPlan()).isFalse();
  }

  @Test
  @DisplayName("facts dated after the as-of date are refused, each with its path")
  void measure_refusesFactsAfterTheAsOfDate_withPaths() {
    LocalDate after = AS_OF.plusDays(1);
    TierFacts facts = TierFacts.builder()
        .addDeals(TierFacts.PartnerDeal.closed("D-1", DealRole.SOURCED, usd(1), AS_OF))
        .addDeals(TierFacts.PartnerDeal.builder().id("D-2").role(DealRole.SOURCED).arr(usd(1)).registeredOn(after).build())
        .addDeals(TierFacts.PartnerDeal.closed("D-3", DealRole.SOURCED, usd(1), after))
        .addReferrals(TierFacts.Referral.qualifiedOn(after))
        .addCertifications(TierFacts.Certification.of("ana", after))
        .addSurveys(TierFacts.SurveyScore.of(Metric.NPS, after, BigDecimal.ONE))
        .addCaseStudies(TierFacts.CaseStudy.publishedOn(after))
        .addBusinessPlans(TierFacts.JointBusinessPlan.approvedOn(after))
        .addRevenue(TierFacts.RevenueEntry.of(after, usd(1)))
        .addCustomMetrics(TierFacts.CustomMetricEntry.of("apps", after, BigDecimal.ONE))
        .build();
    assertThatThrownBy(() -> qualifier.measure(facts, AS_OF))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("deals[2].closedOn must be on or before the as-of date 2026-06-30, but was 2026-07-01")
        .satisfies(e -> assertThat(((InvalidFactsException) e).problems())
            .allSatisfy(p -> assertThat(p.code()).isEqualTo("after_as_of"))
            .extracting(Problem::path)
            .containsExactly("deals[1].registeredOn", "deals[2].closedOn", "referrals[0].qualifiedOn",
                "certifications[0].earnedOn", "surveys[0].date", "caseStudies[0].publishedOn",
                "businessPlans[0].approvedOn", "revenue[0].bookedOn", "customMetrics[0].date"));
  }

  @Test
  void measure_refusesAmountsInAnotherCurrency() {
    TierFacts facts = TierFacts.builder()
        .addDeals(TierFacts.PartnerDeal.closed("D-1", DealRole.SOURCED, Money.of(1, Currency.getInstance("EUR")), AS_OF))
        .build();
    assertProblem(() -> qualifier.measure(facts, AS_OF), InvalidFactsException.class, "deals[0].arr",
        "currency_mismatch",
        "deals[0].arr must be in USD (the program's currency; convert it explicitly), but was 1.00 EUR");
  }

  @Test
  void measure_refusesRevenueInAnotherCurrency() {
    TierFacts facts = TierFacts.builder()
        .addRevenue(TierFacts.RevenueEntry.of(AS_OF, Money.of(1, Currency.getInstance("EUR")))).build();
    assertProblem(() -> qualifier.measure(facts, AS_OF), InvalidFactsException.class, "revenue[0].amount",
        "currency_mismatch",
        "revenue[0].amount must be in USD (the program's currency; convert it explicitly), but was 1.00 EUR");
  }

  @Test
  void facts_areCheckedWhenBuilt() {
    assertProblem(() -> new TierFacts.JointBusinessPlan.Builder().approvedOn(AS_OF).validUntil(AS_OF.minusDays(1)).build(),
        InvalidFactsException.class, "validUntil", "before_start",
        "validUntil must not be before the approval 2026-06-30, but was 2026-06-29");
    assertProblem(() -> TierFacts.PartnerDeal.builder().id("D").role(DealRole.SOURCED).arr(usd(1))
            .registeredOn(date("2026-02-01")).closedOn(date("2026-01-01")).build(), InvalidFactsException.class,
        "closedOn", "before_start", "closedOn must not be before the registration date 2026-02-01,"
            + " but was 2026-01-01");
    assertProblem(() -> TierFacts.PartnerDeal.closed(" ", DealRole.SOURCED, usd(1), AS_OF), InvalidFactsException.class, "id",
        "blank", "id must not be blank, but was \" \"");
    assertProblem(() -> TierFacts.PartnerDeal.closed("D", DealRole.SOURCED, usd(-1), AS_OF), InvalidFactsException.class, "arr",
        "negative", "arr must be >= 0, but was -1.00 USD");
    assertProblem(() -> TierFacts.SurveyScore.of(Metric.CSAT, AS_OF, BigDecimal.valueOf(-1)), InvalidFactsException.class,
        "score", "out_of_range", "score must be between 0 and 100, but was -1");
    assertProblem(() -> TierFacts.SurveyScore.of(Metric.SOURCED_ARR, AS_OF, BigDecimal.ONE), InvalidFactsException.class,
        "metric", "invalid_value", "metric must be NPS or CSAT, but was SOURCED_ARR");
    assertProblem(() -> new TierFacts.Certification.Builder().person("a").earnedOn(AS_OF).validUntil(AS_OF.minusDays(1))
            .build(), InvalidFactsException.class, "validUntil", "before_start",
        "validUntil must not be before the day it was earned 2026-06-30, but was 2026-06-29");
    assertProblem(() -> TierFacts.RevenueEntry.of(AS_OF, usd(-3)), InvalidFactsException.class, "amount", "negative",
        "amount must be >= 0, but was -3.00 USD");
    assertProblem(() -> TierFacts.CustomMetricEntry.of("9 lives", AS_OF, BigDecimal.ONE), InvalidFactsException.class, "name",
        "invalid_name", "name must be a letter followed by letters, digits, spaces, underscores or hyphens"
            + " (at most 60), but was 9 lives");
  }

  @Test
  void knownOn_leavesOutWhatWasNotKnownYet() {
    TierFacts facts = TierFacts.builder()
        .addDeals(TierFacts.PartnerDeal.builder().id("D-1").role(DealRole.SOURCED).arr(usd(1)).registeredOn(date("2026-05-01"))
            .closedOn(date("2026-08-01")).build())
        .addDeals(TierFacts.PartnerDeal.closed("D-2", DealRole.SOURCED, usd(1), date("2026-08-01")))
        .addReferrals(TierFacts.Referral.qualifiedOn(date("2026-07-01")), TierFacts.Referral.qualifiedOn(AS_OF))
        .build();
    TierFacts known = facts.knownOn(AS_OF);
    assertThat(known.deals()).hasSize(1);
    assertThat(known.deals().get(0).closedOn()).isEmpty();
    assertThat(known.referrals()).containsExactly(TierFacts.Referral.qualifiedOn(AS_OF));
    assertThat(qualifier.measure(known, AS_OF).dealsRegistered()).isEqualTo(1);
  }

  @Test
  void qualificationAndFacts_roundTripThroughJson() {
    Qualification qualification = qualifier.qualify(metrics("70000.00", 15, 1), AS_OF);
    Qualification back = PartnerOsJson.read(PartnerOsJson.write(qualification), Qualification.class);
    assertThat(back).isEqualTo(qualification);
    assertThat(PartnerOsJson.toTree(back)).isEqualTo(PartnerOsJson.toTree(qualification));
    assertThat(PartnerOsJson.toTree(qualification).get("explanation").get("steps")).hasSize(5);
    TierFacts facts = TierFacts.builder()
        .addDeals(TierFacts.PartnerDeal.closed("D-1", DealRole.INFLUENCED, usd("10.50"), AS_OF))
        .addSurveys(TierFacts.SurveyScore.of(Metric.NPS, AS_OF, BigDecimal.TEN)).build();
    assertThat(PartnerOsJson.read(PartnerOsJson.write(facts), TierFacts.class)).isEqualTo(facts);
    assertThat(PartnerOsJson.toTree(facts).get("deals").get(0).get("arr").get("amount").isTextual()).isTrue();
  }

  @Test
  void qualifierOfACustomLadder_usesItsOwnTiers() {
    TierProgram program = new TierProgram.Builder().ladder(TierLadder.of("BASIC", "PREMIER"))
        .addLevels(TierProgram.Level.entry(Tier.of("BASIC")),
            TierProgram.Level.of(Tier.of("PREMIER"), Criterion.atLeast(Metric.DEALS_CLOSED, 3), 1))
        .build();
    TierQualifier custom = TierQualifier.of(program);
    TierMetrics three = TierMetrics.builder().currency(USD).dealsClosed(3).build();
    assertThat(custom.qualify(three, AS_OF).qualifiedTier()).isEqualTo(Tier.of("PREMIER"));
    assertThat(custom.qualify(three, AS_OF).explanation().sentences()).contains("Premier: deals closed 3 >= 3 -> met");
    assertThat(custom.qualifiedTier(TierMetrics.zero(USD))).isEqualTo(Tier.of("BASIC"));
    assertThat(List.of(custom.program().overrideTier())).containsExactly(Tier.of("PREMIER"));
  }
}
