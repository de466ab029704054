package dev.partneros.tiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partneros.core.DateRange;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Measuring through the date index ({@link TierFacts#index()}) gives exactly what scanning every
 * fact gives, whatever order the facts are given in and wherever the window falls in the history.
 */
class FactIndexProperties {

  private static final Currency USD = Currency.getInstance("USD");
  private static final LocalDate START = LocalDate.of(2020, 1, 1);
  private static final TierQualifier QUALIFIER = TierQualifier.of(TierProgram.standard());

  @Property(tries = 1000)
  void measuringThroughTheIndexEqualsScanningEveryFact(@ForAll Random random,
      @ForAll @IntRange(min = 0, max = 2000) int asOfDay) {
    LocalDate asOf = START.plusDays(asOfDay);
    TierFacts known = history(random).knownOn(asOf);
    TierMetrics measured = QUALIFIER.measure(known, asOf);
    assertThat(measured).isEqualTo(scanEveryFact(known, asOf));
    assertThat(measured.custom().keySet()).containsExactlyElementsOf(scanEveryFact(known, asOf).custom().keySet());
    Statistics.label("window").collect(measured.dealsClosed() > 0 ? "deals in the window" : "no deal in the window");
    Statistics.label("window").coverage(coverage -> {
      coverage.check("deals in the window").percentage(p -> p > 5);
      coverage.check("no deal in the window").percentage(p -> p > 1);
    });
  }

  @Property(tries = 1000)
  void aFactAfterTheAsOfDateIsRefusedAsBefore(@ForAll Random random,
      @ForAll @IntRange(min = 0, max = 2000) int asOfDay) {
    LocalDate asOf = START.plusDays(asOfDay);
    TierFacts facts = history(random);
    TierFacts late = TierFacts.builder().from(facts).addReferrals(TierFacts.Referral.qualifiedOn(asOf.plusDays(1))).build();
    QUALIFIER.measure(facts.knownOn(asOf), asOf);
    assertThatThrownBy(() -> QUALIFIER.measure(late, asOf)).isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("referrals[" + facts.referrals().size() + "].qualifiedOn");
  }

  /** Up to five years of facts of every kind, in no particular order, many on the same days. */
  static TierFacts history(Random random) {
    TierFacts.Builder facts = TierFacts.builder();
    for (int i = random.nextInt(30); i > 0; i--) {
      TierFacts.PartnerDeal.Builder deal = TierFacts.PartnerDeal.builder().id("D-" + i)
          .role(random.nextBoolean() ? DealRole.SOURCED : DealRole.INFLUENCED)
          .arr(Money.ofMinor(random.nextInt(10_000_000), USD));
      LocalDate registered = day(random);
      if (random.nextInt(4) > 0) {
        deal.registeredOn(registered);
      }
      if (random.nextInt(4) > 0) {
        deal.closedOn(registered.plusDays(random.nextInt(120)));
      }
      facts.addDeals(deal.build());
    }
    for (int i = random.nextInt(20); i > 0; i--) {
      facts.addReferrals(TierFacts.Referral.qualifiedOn(day(random)));
    }
    for (int i = random.nextInt(10); i > 0; i--) {
      LocalDate earned = day(random);
      TierFacts.Certification.Builder certification = new TierFacts.Certification.Builder().person("person-" + random.nextInt(6))
          .earnedOn(earned);
      if (random.nextBoolean()) {
        certification.validUntil(earned.plusDays(random.nextInt(900)));
      }
      facts.addCertifications(certification.build());
    }
    for (int i = random.nextInt(8); i > 0; i--) {
      facts.addSurveys(TierFacts.SurveyScore.of(random.nextBoolean() ? Metric.NPS : Metric.CSAT, day(random),
          BigDecimal.valueOf(random.nextInt(101))));
    }
    for (int i = random.nextInt(5); i > 0; i--) {
      facts.addCaseStudies(new TierFacts.CaseStudy.Builder().publishedOn(day(random)).build());
    }
    for (int i = random.nextInt(4); i > 0; i--) {
      LocalDate approved = day(random);
      TierFacts.JointBusinessPlan.Builder plan = new TierFacts.JointBusinessPlan.Builder().approvedOn(approved);
      if (random.nextBoolean()) {
        plan.validUntil(approved.plusDays(random.nextInt(700)));
      }
      facts.addBusinessPlans(plan.build());
    }
    for (int i = random.nextInt(10); i > 0; i--) {
      facts.addRevenue(TierFacts.RevenueEntry.of(day(random), Money.ofMinor(random.nextInt(1_000_000), USD)));
    }
    for (int i = random.nextInt(10); i > 0; i--) {
      facts.addCustomMetrics(TierFacts.CustomMetricEntry.of("metric-" + random.nextInt(3), day(random),
          BigDecimal.valueOf(random.nextInt(1000), random.nextInt(3))));
    }
    return facts.build();
  }

  /** A day in the history, often a month end so that facts share days. */
  private static LocalDate day(Random random) {
    LocalDate day = START.plusDays(random.nextInt(1900));
    return random.nextInt(3) == 0 ? day.withDayOfMonth(day.lengthOfMonth()) : day;
  }

  /** The obvious measurement: every fact looked at, in the order given. */
  private static TierMetrics scanEveryFact(TierFacts facts, LocalDate asOf) {
    DateRange window = DateRange.monthsEndingOn(12, asOf);
    BigDecimal sourced = BigDecimal.ZERO;
    BigDecimal influenced = BigDecimal.ZERO;
    BigDecimal total = BigDecimal.ZERO;
    long registered = 0;
    long closed = 0;
    for (TierFacts.PartnerDeal deal : facts.deals()) {
      registered += deal.registeredOn().filter(window::contains).isPresent() ? 1 : 0;
      if (deal.closedOn().filter(window::contains).isPresent()) {
        closed++;
        total = total.add(deal.arr().amount());
        if (deal.role() == DealRole.SOURCED) {
          sourced = sourced.add(deal.arr().amount());
        } else {
          influenced = influenced.add(deal.arr().amount());
        }
      }
    }
    for (TierFacts.RevenueEntry entry : facts.revenue()) {
      total = window.contains(entry.bookedOn()) ? total.add(entry.amount().amount()) : total;
    }
    Set<String> people = new HashSet<>();
    facts.certifications().stream().filter(c -> c.isValidOn(asOf)).forEach(c -> people.add(c.person()));
    Map<String, BigDecimal> custom = new LinkedHashMap<>();
    facts.customMetrics().stream().filter(c -> window.contains(c.date()))
        .forEach(c -> custom.merge(c.name(), c.value(), BigDecimal::add));
    return TierMetrics.builder().currency(USD).window(window)
        .sourcedArr(Money.of(sourced, USD)).influencedArr(Money.of(influenced, USD))
        .totalPartnerRevenue(Money.of(total, USD))
        .dealsRegistered(registered).dealsClosed(closed)
        .qualifiedReferrals(facts.referrals().stream().filter(r -> window.contains(r.qualifiedOn())).count())
        .certifiedPeople(people.size())
        .nps(latestScore(facts, Metric.NPS, window)).csat(latestScore(facts, Metric.CSAT, window))
        .jointCaseStudies(facts.caseStudies().stream().filter(c -> window.contains(c.publishedOn())).count())
        .approvedJointBusinessPlan(facts.businessPlans().stream().anyMatch(p -> p.isInForce(asOf, window)))
        .custom(custom)
        .build();
  }

  private static Optional<BigDecimal> latestScore(TierFacts facts, Metric metric, DateRange window) {
    TierFacts.SurveyScore latest = null;
    for (TierFacts.SurveyScore survey : facts.surveys()) {
      if (survey.metric() == metric && window.contains(survey.date())
          && (latest == null || !survey.date().isBefore(latest.date()))) {
        latest = survey;
      }
    }
    return Optional.ofNullable(latest).map(TierFacts.SurveyScore::score);
  }
}
