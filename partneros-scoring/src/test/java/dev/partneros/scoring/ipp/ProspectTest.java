package dev.partneros.scoring.ipp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.PartnerOsJson;
import dev.partneros.core.PartnerType;
import dev.partneros.core.Problem;
import dev.partneros.scoring.health.HealthScorerTest;
import dev.partneros.scoring.ipp.IppAssessment.Level;
import dev.partneros.scoring.scorecard.Rating;
import dev.partneros.scoring.scorecard.ScorecardResult;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("IPP fit, selection and qualification scorecards, outreach priority (docs/rules/ipp.md)")
class ProspectTest {

  static final IppScorer IPP = IppScorer.of(IppPolicy.standard());
  static final ProspectScorer PROSPECTS = ProspectScorer.of(SelectionPolicy.standard());

  static Map<String, Level> group(String name, Level level) {
    Map<String, Level> ratings = new HashMap<>();
    IppPolicy.standard().groups().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow()
        .attributes().forEach(a -> ratings.put(a, level));
    return ratings;
  }

  static IppAssessment.Builder assessment(Map<String, Level> f, Map<String, Level> b, Map<String, Level> c,
      Map<String, Level> d) {
    return IppAssessment.builder().prospect("Acme").putAllRatings(f).putAllRatings(b).putAllRatings(c).putAllRatings(d);
  }

  @Test
  @DisplayName("docs/rules/ipp.md#attribute-groups: A 30 %, B 25 %, C 25 %, D 20 %; 80 is EXCELLENT_FIT")
  void ipp_weightedGroups_at80() {
    IppFit fit = IPP.assess(assessment(group("FOUNDATIONAL", Level.HIGH), group("CAPABILITY", Level.HIGH),
        group("COMMITMENT_CULTURE", Level.HIGH), group("ECONOMICS", Level.LOW)).build());
    assertThat(fit.score()).isEqualByComparingTo("80");
    assertThat(fit.rating()).isEqualTo(IppFit.Rating.EXCELLENT_FIT);
    assertThat(fit.groupScores()).containsEntry("ECONOMICS", new BigDecimal("0.00"));
    assertThat(fit.missing()).isEmpty();
    assertThat(fit.explanation().sentences()).last().isEqualTo("IPP score 80.00 -> EXCELLENT_FIT");
  }

  @Test
  @DisplayName("docs/rules/ipp.md#fit-ratings: bands at and either side of 80, 60 and 40")
  void ipp_bandBoundaries() {
    Map<String, Level> commitmentAlmost = group("COMMITMENT_CULTURE", Level.HIGH);
    commitmentAlmost.put("longTermIntent", Level.MEDIUM);
    IppFit below80 = IPP.assess(assessment(group("FOUNDATIONAL", Level.HIGH), group("CAPABILITY", Level.HIGH),
        commitmentAlmost, group("ECONOMICS", Level.LOW)).build());
    assertThat(below80.score()).isEqualByComparingTo("78.61");
    assertThat(below80.rating()).isEqualTo(IppFit.Rating.GOOD_POTENTIAL);
    // 0.3 + 0 + 0.25 + 0.2 x 0.25 = 0.60
    Map<String, Level> economicsQuarter = Map.of("dealSizePotential", Level.MEDIUM, "attachRate", Level.LOW);
    IppFit at60 = IPP.assess(assessment(group("FOUNDATIONAL", Level.HIGH), group("CAPABILITY", Level.LOW),
        group("COMMITMENT_CULTURE", Level.HIGH), economicsQuarter).build());
    assertThat(at60.score()).isEqualByComparingTo("60");
    assertThat(at60.rating()).isEqualTo(IppFit.Rating.GOOD_POTENTIAL);
    assertThat(at60.missing()).contains("marginAttractiveness", "revenueGrowthTrajectory");
    IppFit below60 = IPP.assess(assessment(group("FOUNDATIONAL", Level.HIGH), group("CAPABILITY", Level.LOW),
        group("COMMITMENT_CULTURE", Level.HIGH), group("ECONOMICS", Level.LOW)).build());
    assertThat(below60.score()).isEqualByComparingTo("55");
    assertThat(below60.rating()).isEqualTo(IppFit.Rating.MODERATE_CONCERN);
    // 0.3 + 0.2 x 0.5 = 0.40
    IppFit at40 = IPP.assess(assessment(group("FOUNDATIONAL", Level.HIGH), group("CAPABILITY", Level.LOW),
        group("COMMITMENT_CULTURE", Level.LOW), group("ECONOMICS", Level.MEDIUM)).build());
    assertThat(at40.score()).isEqualByComparingTo("40");
    assertThat(at40.rating()).isEqualTo(IppFit.Rating.MODERATE_CONCERN);
    IppFit below40 = IPP.assess(assessment(group("FOUNDATIONAL", Level.HIGH), group("CAPABILITY", Level.LOW),
        group("COMMITMENT_CULTURE", Level.LOW), group("ECONOMICS", Level.LOW)).build());
    assertThat(below40.score()).isEqualByComparingTo("30");
    assertThat(below40.rating()).isEqualTo(IppFit.Rating.POOR_FIT);
  }

  @Test
  @DisplayName("docs/rules/ipp.md#disqualifiers: any disqualifier forces POOR_FIT and every one is listed")
  void ipp_disqualifiers() {
    IppFit fit = IPP.assess(assessment(group("FOUNDATIONAL", Level.HIGH), group("CAPABILITY", Level.HIGH),
        group("COMMITMENT_CULTURE", Level.HIGH), group("ECONOMICS", Level.HIGH))
        .putDisqualifiers("financialInstability", true).putDisqualifiers("directCompetitiveOffering", true)
        .putDisqualifiers("reputationalOrCsrMisalignment", false).build());
    assertThat(fit.score()).isEqualByComparingTo("100");
    assertThat(fit.rating()).isEqualTo(IppFit.Rating.POOR_FIT);
    assertThat(fit.disqualifiersFound()).containsExactly("directCompetitiveOffering", "financialInstability");
    assertThat(fit.explanation().sentences()).last()
        .isEqualTo("IPP score 100.00, disqualified by directCompetitiveOffering, financialInstability -> POOR_FIT");
  }

  @Test
  @DisplayName("docs/rules/ipp.md#fit-score: unrated groups are left out and the weights renormalised; profiles per partner type")
  void ipp_unratedGroupsAndProfiles() {
    IppFit fit = IPP.assess(IppAssessment.builder().prospect("Acme").putAllRatings(group("FOUNDATIONAL", Level.HIGH))
        .putAllRatings(group("ECONOMICS", Level.LOW)).build());
    // 0.3 x 1 / (0.3 + 0.2) = 60
    assertThat(fit.score()).isEqualByComparingTo("60");
    assertThat(fit.groupScores()).containsOnlyKeys("FOUNDATIONAL", "ECONOMICS");
    IppScorer siProfile = IppScorer.of(new IppPolicy.Builder().putProfiles(PartnerType.SYSTEM_INTEGRATOR,
        Map.of("FOUNDATIONAL", new BigDecimal("0.1"), "CAPABILITY", new BigDecimal("0.5"),
            "COMMITMENT_CULTURE", new BigDecimal("0.2"), "ECONOMICS", new BigDecimal("0.2"))).build());
    IppAssessment capable = assessment(group("FOUNDATIONAL", Level.LOW), group("CAPABILITY", Level.HIGH),
        group("COMMITMENT_CULTURE", Level.LOW), group("ECONOMICS", Level.LOW)).build();
    assertThat(siProfile.assess(capable).score()).isEqualByComparingTo("25");
    assertThat(siProfile.assess(IppAssessment.builder().from(capable).partnerType(PartnerType.SYSTEM_INTEGRATOR).build())
        .score()).isEqualByComparingTo("50");
  }

  @Test
  @DisplayName("Bad IPP input: unknown attribute or disqualifier, nothing rated, bad profile weights")
  void ipp_badInput() {
    assertThatThrownBy(() -> IPP.assess(IppAssessment.builder().prospect("x").putRatings("charisma", Level.HIGH)
        .putDisqualifiers("badHair", true).build()))
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(e -> assertThat(((InvalidFactsException) e).problems()).extracting(Problem::path, Problem::code)
            .containsExactly(tuple("ratings.charisma", "unknown_attribute"),
                tuple("disqualifiers.badHair", "unknown_disqualifier")));
    assertThatThrownBy(() -> IPP.assess(IppAssessment.builder().prospect("x").build()))
        .hasMessageContaining("ratings must rate at least one attribute, but was nothing rated");
    assertThatThrownBy(() -> new IppPolicy.Builder().putProfiles(PartnerType.OEM, Map.of("FOUNDATIONAL",
        new BigDecimal("0.5"), "MAGIC", new BigDecimal("0.4"))).build())
        .satisfies(e -> assertThat(((dev.partneros.core.InvalidProgramException) e).problems())
            .extracting(Problem::path).containsExactly("profiles.OEM.MAGIC", "profiles.OEM"));
    HealthScorerTest.assertProblem(() -> dev.partneros.core.ProgramLoader.strict().loadYaml(HealthScorerTest.HEADER
        + "ipp:\n  groups: [{name: A, weight: 0.5, attributes: [x]}, {name: B, weight: 0.4, attributes: [y]}]\n")
        .readSection("ipp", IppPolicy.class), "ipp.groups", "weights_not_one");
  }

  @Test
  @DisplayName("docs/rules/ipp.md#selection-scorecard: selection scorecard 25/20/20/20/15 on 1-5")
  void selection_scorecard() {
    ScorecardResult result = PROSPECTS.select(List.of(Rating.of("STRATEGIC_FIT", 5, "roadmap overlap"),
        Rating.of("MARKET_POSITION", 4, "top 3 in DACH"), Rating.of("TECHNICAL_CAPABILITY", 3, "2 SEs"),
        Rating.of("GTM_ALIGNMENT", 4, "same ICP"), Rating.of("CULTURAL_FIT", 2, "slow to respond")));
    // 1.25 + 0.8 + 0.6 + 0.8 + 0.3 = 3.75 -> 75
    assertThat(result.weightedScore()).isEqualByComparingTo("3.75");
    assertThat(result.overall()).isEqualByComparingTo("75");
    assertThatThrownBy(() -> PROSPECTS.select(List.of(Rating.of("STRATEGIC_FIT", 0, "x"))))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("ratings[0].value must be between 1 and 5, but was 0");
  }

  static QualificationFacts qualification(int[] ratings, boolean interest, boolean shared) {
    QualificationFacts.Builder facts = QualificationFacts.builder().prospect("Acme").activeInterest(interest)
        .sharedCustomer(shared);
    List<String> dims = SelectionPolicy.standard().qualificationDimensions();
    for (int i = 0; i < dims.size(); i++) {
      facts.putRatings(dims.get(i), ratings[i]);
    }
    return facts.build();
  }

  @ParameterizedTest(name = "docs/rules/ipp.md#qualification-scorecard: raw {0} of 35 -> {1} of 50, {2}, {3}")
  @CsvSource({
      "35, 50.00, PLATINUM_POTENTIAL, P0", "30, 42.86, PLATINUM_POTENTIAL, P0", "25, 35.71, PLATINUM_POTENTIAL, P0",
      "24, 34.29, GOLD_POTENTIAL, P1", "18, 25.71, GOLD_POTENTIAL, P1", "17, 24.29, SILVER_POTENTIAL, P2",
      "11, 15.71, SILVER_POTENTIAL, P2", "10, 14.29, NOT_READY, P3", "7, 10.00, NOT_READY, P3"})
  void qualification_normalisedTo50(int raw, String points, Qualification.Band band, Qualification.Priority priority) {
    int[] ratings = new int[7];
    int left = raw;
    for (int i = 0; i < 7; i++) {
      ratings[i] = Math.min(5, left - (6 - i));
      left -= ratings[i];
    }
    Qualification q = PROSPECTS.qualify(qualification(ratings, true, true));
    assertThat(q.rawPoints()).isEqualTo(raw);
    assertThat(q.points().toPlainString()).isEqualTo(points);
    assertThat(q.band()).isEqualTo(band);
    assertThat(q.priority()).isEqualTo(priority);
  }

  @Test
  @DisplayName("docs/rules/ipp.md#qualification-scorecard: the exact thresholds 35, 25 and 15 on 50 (10 dimensions, max 50)")
  void qualification_exactThresholds() {
    List<String> ten = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
    ProspectScorer tenDims = ProspectScorer.of(new SelectionPolicy.Builder().qualificationDimensions(ten).build());
    for (int[] expect : new int[][] {{35, 0}, {34, 1}, {25, 1}, {24, 2}, {15, 2}, {14, 3}}) {
      QualificationFacts.Builder facts = QualificationFacts.builder().prospect("x").activeInterest(true).sharedCustomer(true);
      int left = expect[0];
      for (int i = 0; i < 10; i++) {
        int r = Math.min(5, left - (9 - i));
        facts.putRatings(ten.get(i), r);
        left -= r;
      }
      assertThat(tenDims.qualify(facts.build()).priority().ordinal()).as("points " + expect[0]).isEqualTo(expect[1]);
    }
  }

  @Test
  @DisplayName("docs/rules/ipp.md#outreach-priority: a P0 candidate lacking interest or a shared customer falls to P1")
  void outreach_p0NeedsInterestAndSharedCustomer() {
    int[] top = {5, 5, 5, 5, 5, 5, 5};
    assertThat(PROSPECTS.qualify(qualification(top, true, true)).priority()).isEqualTo(Qualification.Priority.P0);
    Qualification noInterest = PROSPECTS.qualify(qualification(top, false, true));
    assertThat(noInterest.priority()).isEqualTo(Qualification.Priority.P1);
    assertThat(noInterest.explanation().sentences().get(1)).isEqualTo("Outreach: 35+ but no active interest -> P1");
    assertThat(PROSPECTS.qualify(qualification(top, true, false)).priority()).isEqualTo(Qualification.Priority.P1);
  }

  @Test
  @DisplayName("Bad qualification input: unknown, missing and out-of-scale dimensions with paths")
  void qualification_badInput() {
    assertThatThrownBy(() -> PROSPECTS.qualify(QualificationFacts.builder().prospect("x").activeInterest(true)
        .sharedCustomer(true).putRatings("customerOverlap", 6).putRatings("vibes", 3).build()))
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(e -> assertThat(((InvalidFactsException) e).problems()).extracting(Problem::path)
            .startsWith("ratings.vibes", "ratings.customerOverlap", "ratings.productSynergy"))
        .hasMessageContaining("ratings.customerOverlap must be between 1 and 5, but was 6");
  }

  @Test
  void valuesRoundTripThroughJson() {
    Qualification q = PROSPECTS.qualify(qualification(new int[] {5, 4, 3, 5, 4, 5, 4}, true, false));
    assertThat(PartnerOsJson.read(PartnerOsJson.write(q), Qualification.class)).isEqualTo(q);
    IppFit fit = IPP.assess(assessment(group("FOUNDATIONAL", Level.HIGH), Map.of(), Map.of(), Map.of()).build());
    assertThat(PartnerOsJson.read(PartnerOsJson.write(fit), IppFit.class)).isEqualTo(fit);
    assertThat(PartnerOsJson.read(PartnerOsJson.write(IppPolicy.standard()), IppPolicy.class)).isEqualTo(IppPolicy.standard());
    assertThat(PartnerOsJson.read(PartnerOsJson.write(SelectionPolicy.standard()), SelectionPolicy.class))
        .isEqualTo(SelectionPolicy.standard());
  }
}
