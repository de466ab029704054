package dev.partneros.scoring;

import static dev.partneros.core.EngineFuzz.facts;
import static dev.partneros.core.EngineFuzz.typedOutcome;

import dev.partneros.core.EngineFuzz;
import dev.partneros.core.Explanation;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.PartnerType;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.ProgramLoader;
import dev.partneros.scoring.health.HealthFacts;
import dev.partneros.scoring.health.HealthScore;
import dev.partneros.scoring.health.HealthScorer;
import dev.partneros.scoring.ipp.IppAssessment;
import dev.partneros.scoring.ipp.IppPolicy;
import dev.partneros.scoring.ipp.IppScorer;
import dev.partneros.scoring.ipp.ProspectScorer;
import dev.partneros.scoring.ipp.QualificationFacts;
import dev.partneros.scoring.kpi.KpiCalculator;
import dev.partneros.scoring.kpi.KpiFacts;
import dev.partneros.scoring.maturity.MaturityAssessor;
import dev.partneros.scoring.maturity.MaturityPolicy;
import dev.partneros.scoring.scorecard.FourC;
import dev.partneros.scoring.scorecard.FourCScorer;
import dev.partneros.scoring.scorecard.Rating;
import dev.partneros.scoring.scorecard.ScorecardResult;
import dev.partneros.scoring.scorecard.ScorecardScorer;
import dev.partneros.scoring.segment.PortfolioSegmenter;
import dev.partneros.scoring.segment.SegmentFacts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Fuzzes every public engine method of the scoring module with hostile facts: money at
 * zero, one cent, next to the 10^15 limit and negative, mixed currencies, empty and large lists,
 * duplicated ids, junk names, out-of-range ratings, and programs with odd but valid sections. Facts
 * may be refused with a {@code PartnerOsException}; every engine call must end in a result or such
 * an exception, in bounded time, and its explanation must render.
 *
 * <p>Each property runs 10,000 tries in the exhaustive campaign and 300 in the fast build. For a longer run, multiply them with the system property
 * {@code partneros.fuzz.scale}, e.g. {@code mvn verify -pl partneros-scoring -Dpartneros.fuzz.scale=20
 * -Dtest=EngineFuzzProperties}.
 */
@AddLifecycleHook(EngineFuzz.class)
class EngineFuzzProperties {

  static final Currency USD = Currency.getInstance("USD");

  /** The standard program and programs with odd but valid scoring sections. */
  static final List<ScoringProgram> PROGRAMS = programs();

  static List<ScoringProgram> programs() {
    List<ScoringProgram> programs = new ArrayList<>(List.of(ScoringProgram.standard()));
    Random random = new Random(10);
    for (int i = 0; programs.size() < 12 && i < 500; i++) {
      facts(() -> ScoringProgram.from(oddProgram(random))).ifPresent(programs::add);
    }
    return List.copyOf(programs);
  }

  /** A program document whose scoring sections have settings at their edges; most, not all, are valid. */
  static ProgramDocument oddProgram(Random r) {
    String[] fractions = {"0", "0.0001", "0.5", "0.9999", "1"};
    String[] scores = {"0", "0.01", "40", "60", "99.99", "100"};
    String excellent = pick(r, scores);
    String json = "{\"program\": \"Fuzz\", \"version\": \"1\", \"effectiveFrom\": \"2026-01-01\", \"currency\": \"USD\","
        + "\"ipp\": {\"excellentFrom\": " + excellent + ", \"goodFrom\": " + min(pick(r, scores), excellent)
        + ", \"moderateFrom\": 0},"
        + "\"scorecard\": {\"model\": \"" + pick(r, "THREE_C", "FOUR_C", "FIVE_C") + "\", \"strictEvidence\": "
        + r.nextBoolean() + ", \"gapTarget\": " + pick(r, "0", "1", "3", "5") + "},"
        + "\"health\": {\"curve\": \"" + pick(r, "STEP", "LINEAR") + "\", \"flatTolerance\": " + pick(r, fractions)
        + ", \"missingNpsPoints\": " + pick(r, "0", "15") + ", \"revenue\": {\"maxPoints\": 30, \"strongGrowthMin\": "
        + pick(r, "0.0001", "0.20", "10") + ", \"strongGrowth\": 30, \"growing\": " + pick(r, "0", "1", "30", "100")
        + ", \"flat\": 0, \"declining\": 0}},"
        + "\"segments\": {\"strategicTopShare\": " + pick(r, fractions) + ", \"longTailBottomShare\": "
        + pick(r, fractions) + ", \"longTailMaxDealsPerQuarter\": " + pick(r, "0", "1", "1000000")
        + ", \"growthMinHealth\": " + pick(r, scores) + ", \"atRiskBelowHealth\": " + pick(r, scores)
        + ", \"growthTolerance\": " + pick(r, fractions) + ", \"valueThreshold\": " + pick(r, scores)
        + ", \"revenueThreshold\": " + pick(r, "0", "0.01", "999999999999999.99") + "}}";
    return ProgramLoader.strict().loadJson(json);
  }

  private static String pick(Random r, String... values) {
    return values[r.nextInt(values.length)];
  }

  private static String min(String a, String b) {
    return new BigDecimal(a).compareTo(new BigDecimal(b)) <= 0 ? a : b;
  }

  static void render(Explanation explanation) {
    explanation.render();
    explanation.sentences();
  }

  static final String[] NAMES = {"", " ", "CAPACITY", "CAPABILITY", "COMMITMENT", "CUSTOMERS", "CULTURE",
      "STRATEGIC_FIT", "customerOverlap", "icpMatch", "directCompetitiveOffering", "foundational.ipp", "scaled.mdf",
      "x".repeat(300), "\u0000", "\u00e9", "capacity"};

  static String name(Random r) {
    return r.nextInt(4) > 0 ? NAMES[r.nextInt(NAMES.length)] : Long.toString(r.nextLong(), 36);
  }

  static List<String> names(Random r) {
    List<String> names = new ArrayList<>();
    for (int i = r.nextInt(6); i > 0; i--) {
      names.add(name(r));
    }
    return names;
  }

  static Optional<PartnerType> partnerType(Random r) {
    return r.nextBoolean() ? Optional.empty() : Optional.of(PartnerType.values()[r.nextInt(PartnerType.values().length)]);
  }

  // ---------------------------------------------------------------- program sections

  @Property(tries = 10_000)
  void programFromOddSections(@ForAll long seed) {
    typedOutcome(() -> {
      ScoringProgram program = ScoringProgram.from(oddProgram(new Random(seed)));
      HealthScorer.of(program.health()).score(healthFacts(new Random(seed)).orElseGet(EngineFuzzProperties::plainFacts))
          .explanation().render();
    });
  }

  // ---------------------------------------------------------------- maturity

  @Property(tries = 10_000)
  void maturity(@ForAll long seed) {
    Random r = new Random(seed);
    ScoringProgram program = PROGRAMS.get(r.nextInt(PROGRAMS.size()));
    Set<String> ids = new LinkedHashSet<>(names(r));
    Map<MaturityPolicy.PartnerInput, BigDecimal> scores = new HashMap<>();
    for (MaturityPolicy.PartnerInput input : MaturityPolicy.PartnerInput.values()) {
      if (r.nextInt(4) > 0) {
        scores.put(input, EngineFuzz.decimal(r));
      }
    }
    if (r.nextBoolean()) {
      program.maturity().items().forEach(item -> ids.add(item.id()));
    }
    MaturityAssessor assessor = MaturityAssessor.of(program.maturity());
    typedOutcome(() -> render(assessor.stage(ids).explanation()));
    typedOutcome(() -> render(assessor.partnerLevel(scores).explanation()));
  }

  // ---------------------------------------------------------------- ideal partner profile

  @Property(tries = 10_000)
  void ipp(@ForAll long seed) {
    Random r = new Random(seed);
    ScoringProgram program = PROGRAMS.get(r.nextInt(PROGRAMS.size()));
    String prospect = name(r);
    Optional<PartnerType> type = partnerType(r);
    List<String> junk = names(r);
    Map<String, IppAssessment.Level> ratings = new HashMap<>();
    Map<String, Boolean> disqualifiers = new HashMap<>();
    for (IppPolicy.Group group : program.ipp().groups()) {
      for (String attribute : group.attributes()) {
        if (r.nextInt(4) > 0) {
          ratings.put(attribute, IppAssessment.Level.values()[r.nextInt(3)]);
        }
      }
    }
    for (String name : junk) {
      ratings.put(name, IppAssessment.Level.HIGH);
      disqualifiers.put(name, r.nextBoolean());
    }
    program.ipp().disqualifiers().forEach(d -> disqualifiers.put(d, r.nextInt(8) == 0));
    IppScorer scorer = IppScorer.of(program.ipp());
    facts(() -> IppAssessment.builder().prospect(prospect).partnerType(type).putAllRatings(ratings)
        .putAllDisqualifiers(disqualifiers).build())
        .ifPresent(assessment -> typedOutcome(() -> render(scorer.assess(assessment).explanation())));
  }

  // ---------------------------------------------------------------- selection, qualification, 3C/4C

  static List<Rating> ratings(Random r) {
    List<Rating> ratings = new ArrayList<>();
    for (int i = r.nextInt(17); i > 0; i--) {
      FourC c = FourC.values()[r.nextInt(FourC.values().length)];
      int sub = r.nextInt(c.subCriteria().size() + 2);
      if (r.nextInt(3) == 0) {
        facts(() -> Rating.builder().criterion(name(r)).subCriterion(r.nextBoolean() ? Optional.of(name(r))
            : Optional.empty()).value(EngineFuzz.decimal(r)).evidence(r.nextBoolean() ? Optional.of("") : Optional.empty())
            .build()).ifPresent(ratings::add);
      } else if (sub >= c.subCriteria().size()) {
        ratings.add(Rating.of(c.name(), r.nextInt(8) - 1, "evidence"));
      } else {
        ratings.add(Rating.of(c.name(), c.subCriteria().get(sub), r.nextInt(8) - 1, "e"));
      }
    }
    return ratings;
  }

  @Property(tries = 10_000)
  void scorecards(@ForAll long seed) {
    Random r = new Random(seed);
    ScoringProgram program = PROGRAMS.get(r.nextInt(PROGRAMS.size()));
    List<Rating> ratings = ratings(r);
    List<Rating> later = ratings(r);
    Optional<PartnerType> type = partnerType(r);
    FourCScorer fourC = FourCScorer.of(program.scorecard());
    ProspectScorer prospects = ProspectScorer.of(program.selection());
    typedOutcome(() -> render(prospects.select(ratings).explanation()));
    typedOutcome(() -> render(ScorecardScorer.of(program.selection().scorecard()).score(later).explanation()));
    typedOutcome(() -> {
      ScorecardResult before = type.isPresent() ? fourC.score(type.get(), ratings) : fourC.score(ratings);
      render(before.explanation());
      ScorecardResult after = fourC.score(later);
      render(after.explanation());
      fourC.compare(before, after).deltas();
    });
  }

  @Property(tries = 10_000)
  void qualification(@ForAll long seed) {
    Random r = new Random(seed);
    ScoringProgram program = PROGRAMS.get(r.nextInt(PROGRAMS.size()));
    String prospect = name(r);
    List<String> junk = names(r);
    boolean interest = r.nextBoolean();
    boolean shared = r.nextBoolean();
    Map<String, Integer> ratings = new HashMap<>();
    for (String dimension : program.selection().qualificationDimensions()) {
      if (r.nextInt(5) > 0) {
        ratings.put(dimension, r.nextInt(9) - 2);
      }
    }
    junk.forEach(name -> ratings.put(name, r.nextBoolean() ? Integer.MAX_VALUE : Integer.MIN_VALUE));
    ProspectScorer scorer = ProspectScorer.of(program.selection());
    facts(() -> QualificationFacts.builder().prospect(prospect).putAllRatings(ratings).activeInterest(interest)
        .sharedCustomer(shared).build())
        .ifPresent(facts -> typedOutcome(() -> render(scorer.qualify(facts).explanation())));
  }

  // ---------------------------------------------------------------- health

  static HealthFacts plainFacts() {
    return HealthFacts.builder().partnerId(PartnerId.of("p")).quarter(dev.partneros.core.YearQuarter.of(2026, 1))
        .revenue(Money.zero(USD)).priorYearRevenue(Money.zero(USD)).dealsRegistered(0)
        .engagement(HealthFacts.Cadence.values()[0]).strategicFit(HealthFacts.StrategicFit.values()[0]).build();
  }

  static Optional<HealthFacts> healthFacts(Random r) {
    Currency currency = r.nextInt(20) == 0 ? Currency.getInstance("JPY") : USD;
    Currency prior = r.nextInt(20) == 0 ? Currency.getInstance("EUR") : currency;
    String[] ids = {"a", "b", "a", "partner-" + r.nextInt(3)};
    return facts(() -> {
      HealthFacts.Builder b = HealthFacts.builder().partnerId(PartnerId.of(ids[r.nextInt(ids.length)]))
          .quarter(dev.partneros.core.YearQuarter.from(EngineFuzz.date(r)))
          .revenue(EngineFuzz.money(r, currency))
          .priorYearRevenue(EngineFuzz.money(r, prior))
          .dealsRegistered(r.nextInt(10) == 0 ? Integer.MAX_VALUE : r.nextInt(12) - 1)
          .strategicFit(HealthFacts.StrategicFit.values()[r.nextInt(HealthFacts.StrategicFit.values().length)]);
      if (r.nextBoolean()) {
        b.portalActiveDays(r.nextInt(96) - 2);
      } else {
        b.engagement(HealthFacts.Cadence.values()[r.nextInt(HealthFacts.Cadence.values().length)]);
      }
      if (r.nextInt(5) > 0) {
        b.nps(r.nextInt(205) - 102);
      }
      return b.build();
    });
  }

  @Property(tries = 10_000)
  void health(@ForAll long seed) {
    Random r = new Random(seed);
    ScoringProgram program = PROGRAMS.get(r.nextInt(PROGRAMS.size()));
    int size = r.nextInt(500) == 0 ? 1_000 : r.nextInt(5);
    List<HealthFacts> portfolio = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      healthFacts(r).ifPresent(portfolio::add);
    }
    HealthScorer scorer = HealthScorer.of(program.health());
    Map<PartnerId, HealthScore> previous = new HashMap<>();
    typedOutcome(() -> {
      for (HealthFacts facts : portfolio) {
        HealthScore score = previous.containsKey(facts.partnerId())
            ? scorer.score(facts, previous.get(facts.partnerId())) : scorer.score(facts);
        render(score.explanation());
        previous.put(facts.partnerId(), score);
      }
    });
    typedOutcome(() -> (r.nextBoolean() ? scorer.scoreAll(portfolio) : scorer.scoreAll(portfolio, previous))
        .forEach(s -> render(s.explanation())));
  }

  // ---------------------------------------------------------------- segments and KPIs

  @Property(tries = 10_000)
  void segments(@ForAll long seed) {
    Random r = new Random(seed);
    ScoringProgram program = PROGRAMS.get(r.nextInt(PROGRAMS.size()));
    int size = r.nextInt(500) == 0 ? 1_000 : r.nextInt(8);
    List<SegmentFacts> portfolio = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      Currency currency = r.nextInt(30) == 0 ? Currency.getInstance("EUR") : USD;
      facts(() -> SegmentFacts.builder().partnerId(PartnerId.of("p" + r.nextInt(Math.max(1, size))))
          .revenue(EngineFuzz.money(r.nextInt(4) == 0 ? EngineFuzz.MAX_CENTS : r.nextInt(3) - 1L, currency))
          .priorRevenue(EngineFuzz.money(r.nextInt(3) == 0 ? 0 : r.nextLong() % EngineFuzz.MAX_CENTS, currency))
          .health(r.nextBoolean() ? EngineFuzz.decimal(r) : BigDecimal.valueOf(r.nextInt(101)))
          .dealsPerQuarter(r.nextBoolean() ? EngineFuzz.decimal(r) : BigDecimal.valueOf(r.nextInt(5)))
          .strategicValue(r.nextBoolean() ? Optional.of(EngineFuzz.decimal(r)) : Optional.empty())
          .build()).ifPresent(portfolio::add);
    }
    PortfolioSegmenter segmenter = PortfolioSegmenter.of(program.segments());
    typedOutcome(() -> segmenter.segment(portfolio).forEach(a -> render(a.explanation())));
  }

  @Property(tries = 10_000)
  void kpis(@ForAll long seed) {
    Random r = new Random(seed);
    ScoringProgram program = PROGRAMS.get(r.nextInt(PROGRAMS.size()));
    int[] counts = {0, 1, 2, 3, Integer.MAX_VALUE, Integer.MAX_VALUE - 1, -1, 1000};
    Currency mdf = r.nextInt(20) == 0 ? Currency.getInstance("JPY") : USD;
    facts(() -> KpiFacts.builder()
        .totalRevenue(EngineFuzz.nonNegativeMoney(r, USD))
        .partnerSourcedRevenue(EngineFuzz.nonNegativeMoney(r, USD))
        .partnerInfluencedRevenue(EngineFuzz.money(r, USD))
        .partners(counts[r.nextInt(counts.length)]).partnersWithClosedDeal(counts[r.nextInt(4)])
        .activeLastYear(counts[r.nextInt(counts.length)]).activeBothYears(counts[r.nextInt(4)])
        .activePartners(counts[r.nextInt(4)])
        .daysToFirstDeal(r.nextInt(30) == 0 ? java.util.Collections.nCopies(1_000, Integer.MAX_VALUE)
            : List.of(0, r.nextInt(400), Integer.MAX_VALUE).subList(0, r.nextInt(4)))
        .qbrsPlanned(counts[r.nextInt(counts.length)]).qbrsHeld(counts[r.nextInt(counts.length)])
        .mdfAllocated(EngineFuzz.nonNegativeMoney(r, mdf)).mdfSpent(EngineFuzz.nonNegativeMoney(r, mdf))
        .trainingsAssigned(counts[r.nextInt(counts.length)]).trainingsCompleted(counts[r.nextInt(4)])
        .certifiedPartners(counts[r.nextInt(4)]).build())
        .ifPresent(facts -> typedOutcome(() -> KpiCalculator.of(program.kpis()).compute(facts)
            .forEach(value -> value.status())));
  }
}
