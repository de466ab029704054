package dev.partneros.tiers;

import static dev.partneros.core.EngineFuzz.date;
import static dev.partneros.core.EngineFuzz.decimal;
import static dev.partneros.core.EngineFuzz.facts;
import static dev.partneros.core.EngineFuzz.list;
import static dev.partneros.core.EngineFuzz.pick;
import static dev.partneros.core.EngineFuzz.typedOutcome;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partneros.core.EngineFuzz;
import dev.partneros.core.Tier;
import dev.partneros.core.TestPrograms;
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
 * Fuzzes every public engine method of the tiers module: the qualifier, the state
 * machine's transitions and replays, the benefits matrix and the program constructors, with hostile
 * facts (money at zero, one cent, next to the 10^15 limit and negative, mixed currencies, dates from
 * year 1 to 9999 in any order, empty and large lists, duplicated ids) and programs with odd but
 * valid sections. Facts may be refused with a {@code PartnerOsException}; every engine call must end
 * in a result or such an exception, in bounded time, and its explanation must render.
 *
 * <p>Each property runs 10,000 tries in the exhaustive campaign and 300 in the fast build. For a longer run, multiply them with the system property
 * {@code partneros.fuzz.scale}, e.g. {@code mvn verify -pl partneros-tiers -Dpartneros.fuzz.scale=20
 * -Dtest=EngineFuzzProperties}.
 */
@AddLifecycleHook(EngineFuzz.class)
class EngineFuzzProperties {

  static final Currency USD = Currency.getInstance("USD");

  static final JsonNode BASE = EngineFuzz.tree(TestPrograms.standardSections("tiers", "benefits"));

  /** Odd but valid settings of the tiers and benefits sections. */
  static final String[] EDITS = {"tiers.windowMonths=1", "tiers.windowMonths=120", "tiers.review=\"QUARTERLY\"",
      "tiers.upgrades=\"AT_REVIEW\"", "tiers.downgrade=\"TO_QUALIFIED\"", "tiers.provisionalMonths=0",
      "tiers.provisionalMonths=1200", "tiers.overrideTier=\"REGISTERED\"", "tiers.levels.1.graceQuarters=0",
      "tiers.levels.3.graceQuarters=40", "tiers.levels.1.criteria={\"metric\": \"SOURCED_ARR\", \"min\": 0}",
      "tiers.levels.3.criteria={\"metric\": \"SOURCED_ARR\", \"min\": 999999999999999.99}",
      "tiers.levels.2.criteria={\"anyOf\": [{\"metric\": \"NPS\", \"min\": -100}, {\"metric\": \"DEALS_CLOSED\", \"min\": 1}]}",
      "benefits.REGISTERED.commissionRate=\"0\"", "benefits.PLATINUM.commissionRate=\"1\"",
      "benefits.PLATINUM.mdfAnnual=999999999999999.99", "benefits.SILVER.mdfQuarterlyCap=0.01",
      "currency=\"JPY\"", "fiscalYearStartMonth=12", "fiscalYearStartMonth=2"};

  /** The standard program and programs with odd but valid sections. */
  static final List<TierStateMachine> MACHINES = machines();

  static List<TierStateMachine> machines() {
    List<TierStateMachine> machines = new ArrayList<>(List.of(TierStateMachine.of(TierProgram.standard())));
    Random random = new Random(5);
    for (int i = 0; machines.size() < 16 && i < 500; i++) {
      facts(() -> TierStateMachine.of(TierProgram.from(EngineFuzz.edited(BASE, random, EDITS))))
          .ifPresent(machines::add);
    }
    return List.copyOf(machines);
  }

  static Optional<TierFacts> tierFacts(Random r, Currency currency) {
    List<String> ids = List.of("d1", "d2", "d1", "");
    return facts(() -> TierFacts.builder()
        .deals(list(r, 4, () -> facts(() -> TierFacts.PartnerDeal.builder().id(pick(r, ids))
            .role(DealRole.values()[r.nextInt(2)]).arr(EngineFuzz.money(r, EngineFuzz.currency(r, currency)))
            .registeredOn(r.nextBoolean() ? Optional.of(date(r)) : Optional.empty())
            .closedOn(r.nextInt(4) > 0 ? Optional.of(date(r)) : Optional.empty()).build())))
        .referrals(list(r, 3, () -> facts(() -> TierFacts.Referral.qualifiedOn(date(r)))))
        .certifications(list(r, 3, () -> facts(() -> new TierFacts.Certification.Builder().person(pick(r, ids))
            .earnedOn(date(r)).validUntil(r.nextBoolean() ? Optional.of(date(r)) : Optional.empty()).build())))
        .surveys(list(r, 2, () -> facts(() -> TierFacts.SurveyScore.of(pick(r, List.of(Metric.values())), date(r), decimal(r)))))
        .caseStudies(list(r, 2, () -> facts(() -> TierFacts.CaseStudy.publishedOn(date(r)))))
        .businessPlans(list(r, 2, () -> facts(() -> new TierFacts.JointBusinessPlan.Builder().approvedOn(date(r))
            .validUntil(r.nextBoolean() ? Optional.of(date(r)) : Optional.empty()).build())))
        .revenue(list(r, 3, () -> facts(() -> TierFacts.RevenueEntry.of(date(r), EngineFuzz.money(r, EngineFuzz.currency(r, currency))))))
        .customMetrics(list(r, 2, () -> facts(() -> TierFacts.CustomMetricEntry.of(pick(r, List.of("x", "", "SOURCED_ARR")),
            date(r), decimal(r)))))
        .build());
  }

  static Optional<TierMetrics> metrics(Random r, Currency currency) {
    long[] counts = {0, 1, 5, 50, Long.MAX_VALUE, EngineFuzz.rarely(r) ? -1 : 2};
    return facts(() -> TierMetrics.builder().currency(currency)
        .sourcedArr(EngineFuzz.money(r, EngineFuzz.currency(r, currency)))
        .influencedArr(EngineFuzz.money(r, currency)).totalPartnerRevenue(EngineFuzz.money(r, currency))
        .qualifiedReferrals(counts[r.nextInt(counts.length)]).dealsRegistered(counts[r.nextInt(counts.length)])
        .dealsClosed(counts[r.nextInt(counts.length)]).certifiedPeople(counts[r.nextInt(counts.length)])
        .nps(EngineFuzz.rarely(r) ? Optional.of(decimal(r)) : Optional.of(java.math.BigDecimal.valueOf(r.nextInt(201) - 100)))
        .csat(EngineFuzz.rarely(r) ? Optional.of(decimal(r)) : Optional.empty())
        .jointCaseStudies(counts[r.nextInt(counts.length)]).approvedJointBusinessPlan(r.nextBoolean())
        .putCustom(EngineFuzz.rarely(r) ? "" : "x", decimal(r)).build());
  }

  static Optional<TierState> state(Random r, TierStateMachine machine) {
    List<Tier> tiers = machine.program().ladder().tiers();
    Tier tier = r.nextInt(20) == 0 ? Tier.of("DIAMOND") : pick(r, tiers);
    LocalDate since = date(r);
    switch (r.nextInt(4)) {
      case 0:
        return facts(() -> machine.provisional(tier, since));
      case 1:
        return facts(() -> new TierState.Builder().tier(tier).status(TierState.Status.IN_GRACE).since(since)
            .graceEnds(date(r)).build());
      case 2:
        return facts(() -> machine.override(TierState.of(pick(r, tiers), since), r.nextBoolean()
            ? machine.defaultOverride("strategic", date(r), r.nextBoolean() ? Optional.of(date(r)) : Optional.empty())
            : TierOverride.of(tier, "", date(r))));
      default:
        return facts(() -> TierState.of(tier, since));
    }
  }

  @Property(tries = 10_000)
  void programFromOddSections(@ForAll long seed) {
    Random r = new Random(seed);
    typedOutcome(() -> {
      TierProgram program = TierProgram.from(EngineFuzz.edited(BASE, r, EDITS));
      BenefitsMatrix benefits = BenefitsMatrix.from(EngineFuzz.edited(BASE, r, EDITS));
      for (Tier tier : benefits.ladder().tiers()) {
        benefits.benefits(tier);
        benefits.economics(tier);
      }
      TierQualifier.of(program).qualify(TierMetrics.zero(program.currency()), date(r)).explanation().render();
    });
  }

  @Property(tries = 10_000)
  void qualifier(@ForAll long seed) {
    Random r = new Random(seed);
    TierStateMachine machine = pick(r, MACHINES);
    TierQualifier qualifier = machine.qualifier();
    Currency currency = EngineFuzz.currency(r, machine.program().currency());
    Optional<TierFacts> facts = tierFacts(r, currency);
    Optional<TierMetrics> metrics = metrics(r, currency);
    LocalDate asOf = date(r);
    Tier target = r.nextInt(20) == 0 ? Tier.of("DIAMOND") : pick(r, machine.program().ladder().tiers());
    EngineFuzz.reached("tier facts", facts.isPresent());
    facts.ifPresent(f -> typedOutcome(() -> {
      qualifier.measure(f, asOf);
      Qualification qualification = qualifier.qualify(f, asOf);
      qualification.explanation().render();
      qualifier.progress(qualification, target).render();
    }));
    facts.ifPresent(f -> typedOutcome(() -> {
      Tier decided = qualifier.decide(f, asOf);
      org.assertj.core.api.Assertions.assertThat(decided).isEqualTo(qualifier.qualify(f, asOf).qualifiedTier());
    }));
    EngineFuzz.reached("metrics", metrics.isPresent());
    metrics.ifPresent(m -> typedOutcome(() -> {
      qualifier.qualifiedTier(m);
      Qualification qualification = qualifier.qualify(m, asOf);
      qualification.explanation().render();
      qualifier.progressTowards(qualification, target).render();
    }));
  }

  @Property(tries = 10_000)
  void stateMachine(@ForAll long seed) {
    Random r = new Random(seed);
    TierStateMachine machine = pick(r, MACHINES);
    Currency currency = EngineFuzz.currency(r, machine.program().currency());
    Optional<TierState> state = state(r, machine);
    Optional<TierFacts> facts = tierFacts(r, currency);
    LocalDate quarterEnd = date(r);
    EngineFuzz.reached("state", state.isPresent());
    state.ifPresent(s -> typedOutcome(() -> {
      machine.isReview(s, quarterEnd);
      machine.nextReview(s, date(r));
      facts.ifPresent(f -> machine.next(s, quarterEnd, f).explanation().render());
    }));
    List<QuarterFacts> history = list(r, 6, () -> metrics(r, currency).flatMap(m -> facts(() -> {
      QuarterFacts.Builder b = new QuarterFacts.Builder().quarterEnd(r.nextInt(3) == 0 ? date(r) : quarterEnd)
          .metrics(m);
      if (r.nextInt(6) == 0) {
        b.override(TierOverride.of(pick(r, machine.program().ladder().tiers()), "pinned", date(r)));
      }
      return b.build();
    })));
    state.ifPresent(s -> typedOutcome(() -> {
      if (!history.isEmpty()) {
        machine.next(s, history.get(0)).explanation().render();
      }
      machine.replay(s, history).forEach(d -> d.explanation().render());
    }));
    int quarters = r.nextInt(50) == 0 ? (r.nextBoolean() ? -1 : 400) : r.nextInt(9);
    state.ifPresent(s -> facts.ifPresent(f -> typedOutcome(() ->
        machine.replay(s, f, quarterEnd, quarters).forEach(d -> d.explanation().render()))));
  }
}
