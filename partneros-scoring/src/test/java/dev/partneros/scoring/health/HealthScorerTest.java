package dev.partneros.scoring.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.Problem;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.ProgramLoader;
import dev.partneros.core.YearQuarter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Partner health score (docs/rules/health.md#health-score)")
public class HealthScorerTest {

  static final HealthScorer STANDARD = HealthScorer.of(HealthPolicy.standard());

  static HealthFacts.Builder facts() {
    return HealthFacts.builder().partnerId(PartnerId.of("P-1")).quarter(YearQuarter.of(2026, 2))
        .revenue(Money.of("120000.00", "USD")).priorYearRevenue(Money.of("100000.00", "USD"))
        .dealsRegistered(5).engagement(HealthFacts.Cadence.WEEKLY).nps(50).strategicFit(HealthFacts.StrategicFit.STRONG);
  }

  static BigDecimal points(HealthScore score, HealthScore.Dimension dimension) {
    return score.component(dimension).points();
  }

  @Test
  @DisplayName("docs/rules/health.md#health-score: every dimension at its top gives 100, CHAMPION")
  void score_topOfEveryTableIs100() {
    HealthScore score = STANDARD.score(facts().build());
    assertThat(score.score()).isEqualByComparingTo("100");
    assertThat(score.band()).isEqualTo(HealthScore.Band.CHAMPION);
    assertThat(score.components()).extracting(HealthScore.Component::dimension).containsExactly(HealthScore.Dimension.values());
    assertThat(score.flags()).isEmpty();
    assertThat(score.explanation().sentences()).containsExactly(
        "Revenue: 120,000.00 USD vs 100,000.00 USD a year earlier, growth 20.0 % -> 30 of 30 points (growth >= 20 %)",
        "Activity: 5 deals registered -> 25 of 25 points (5+ deals)",
        "Engagement: cadence weekly -> 20 of 20 points (weekly)",
        "Satisfaction: NPS 50 -> 15 of 15 points (NPS 50+)",
        "Strategic fit: strong -> 10 of 10 points",
        "Health 100.00 -> CHAMPION");
  }

  @ParameterizedTest(name = "docs/rules/health.md#revenue-growth: revenue {0} vs 100,000.00 -> {1} points")
  @CsvSource({
      "120000.00, 30", "119999.99, 20", "102000.00, 10", "102000.01, 20", "100000.00, 10",
      "98000.00, 10", "97999.99, 0", "0.00, 0"})
  void revenue_growthBoundaries(String revenue, String expected) {
    HealthScore score = STANDARD.score(facts().revenue(Money.of(revenue, "USD")).build());
    assertThat(points(score, HealthScore.Dimension.REVENUE)).isEqualByComparingTo(expected);
  }

  @Test
  @DisplayName("docs/rules/health.md#revenue-growth: growth from a prior year of zero counts as >= 20 %; both zero is flat")
  void revenue_fromZero() {
    HealthScore fromZero = STANDARD.score(facts().priorYearRevenue(Money.of("0.00", "USD"))
        .revenue(Money.of("0.01", "USD")).build());
    assertThat(points(fromZero, HealthScore.Dimension.REVENUE)).isEqualByComparingTo("30");
    assertThat(fromZero.flags()).containsExactly(HealthScore.GROWTH_FROM_ZERO);
    HealthScore bothZero = STANDARD.score(facts().priorYearRevenue(Money.of("0.00", "USD"))
        .revenue(Money.of("0.00", "USD")).build());
    assertThat(points(bothZero, HealthScore.Dimension.REVENUE)).isEqualByComparingTo("10");
    assertThat(bothZero.component(HealthScore.Dimension.REVENUE).band()).isEqualTo("flat");
  }

  @Test
  @DisplayName("docs/rules/health.md#revenue-growth: a band edge is decided exactly, even for revenues near 10^15")
  void revenue_bandEdgeExactForLargeRevenues() {
    // growth = 159,999,999,999,999.99 / 800,000,000,000,000 = 0.19999999999999999998...: to 16 digits 0.2000
    HealthScore under = STANDARD.score(facts().priorYearRevenue(Money.of("800000000000000.00", "USD"))
        .revenue(Money.of("959999999999999.99", "USD")).build());
    assertThat(under.component(HealthScore.Dimension.REVENUE).band()).isEqualTo("growing");
    assertThat(points(under, HealthScore.Dimension.REVENUE)).isEqualByComparingTo("20");
    HealthScore at = STANDARD.score(facts().priorYearRevenue(Money.of("800000000000000.00", "USD"))
        .revenue(Money.of("960000000000000.00", "USD")).build());
    assertThat(at.component(HealthScore.Dimension.REVENUE).band()).isEqualTo("growth >= 20 %");
    assertThat(points(at, HealthScore.Dimension.REVENUE)).isEqualByComparingTo("30");
    // the flat tolerance (2 %, growing strictly above it): 816,000,000,000,000.00 is flat, a cent more growing
    HealthScore flat = STANDARD.score(facts().priorYearRevenue(Money.of("800000000000000.00", "USD"))
        .revenue(Money.of("816000000000000.00", "USD")).build());
    assertThat(flat.component(HealthScore.Dimension.REVENUE).band()).isEqualTo("flat");
    HealthScore growing = STANDARD.score(facts().priorYearRevenue(Money.of("800000000000000.00", "USD"))
        .revenue(Money.of("816000000000000.01", "USD")).build());
    assertThat(growing.component(HealthScore.Dimension.REVENUE).band()).isEqualTo("growing");
  }

  @Test
  @DisplayName("docs/rules/health.md#revenue-growth: a flat tolerance of 0 means exactly zero growth is flat")
  void revenue_zeroTolerance() {
    HealthScorer exact = HealthScorer.of(new HealthPolicy.Builder().flatTolerance(BigDecimal.ZERO).build());
    assertThat(points(exact.score(facts().revenue(Money.of("100000.00", "USD")).build()), HealthScore.Dimension.REVENUE))
        .isEqualByComparingTo("10");
    assertThat(points(exact.score(facts().revenue(Money.of("100000.01", "USD")).build()), HealthScore.Dimension.REVENUE))
        .isEqualByComparingTo("20");
    assertThat(points(exact.score(facts().revenue(Money.of("99999.99", "USD")).build()), HealthScore.Dimension.REVENUE))
        .isEqualByComparingTo("0");
  }

  @ParameterizedTest(name = "docs/rules/health.md#activity: {0} deals -> {1} points")
  @CsvSource({"0, 0", "1, 10", "2, 10", "3, 20", "4, 20", "5, 25", "50, 25"})
  void activity_boundaries(int deals, String expected) {
    assertThat(points(STANDARD.score(facts().dealsRegistered(deals).build()), HealthScore.Dimension.ACTIVITY))
        .isEqualByComparingTo(expected);
  }

  @ParameterizedTest(name = "docs/rules/health.md#satisfaction: NPS {0} -> {1} points")
  @CsvSource({"100, 15", "50, 15", "49, 10", "25, 10", "24, 5", "0, 5", "-1, 0", "-100, 0"})
  void satisfaction_boundaries(int nps, String expected) {
    assertThat(points(STANDARD.score(facts().nps(nps).build()), HealthScore.Dimension.SATISFACTION))
        .isEqualByComparingTo(expected);
  }

  @Test
  @DisplayName("docs/rules/health.md#satisfaction: a missing NPS scores 0 and is flagged")
  void satisfaction_missingNps() {
    HealthScore score = STANDARD.score(HealthFacts.builder().from(facts().build()).nps(java.util.Optional.empty()).build());
    assertThat(points(score, HealthScore.Dimension.SATISFACTION)).isEqualByComparingTo("0");
    assertThat(score.flags()).containsExactly(HealthScore.NPS_MISSING);
    assertThat(score.explanation().sentences().get(3)).isEqualTo(
        "Satisfaction: NPS missing -> 0 of 15 points (NPS missing (flagged))");
  }

  @ParameterizedTest(name = "docs/rules/health.md#engagement: {0} portal-active days -> {1} points")
  @CsvSource({"0, 0", "1, 10", "2, 10", "3, 15", "11, 15", "12, 20", "92, 20"})
  void engagement_fromActiveDays(int days, String expected) {
    HealthFacts f = HealthFacts.builder().from(facts().build()).engagement(java.util.Optional.empty())
        .portalActiveDays(days).build();
    assertThat(points(STANDARD.score(f), HealthScore.Dimension.ENGAGEMENT)).isEqualByComparingTo(expected);
  }

  @ParameterizedTest(name = "docs/rules/health.md#engagement: cadence {0} -> {1} points")
  @CsvSource({"WEEKLY, 20", "MONTHLY, 15", "QUARTERLY, 10", "INACTIVE, 0"})
  void engagement_cadence(HealthFacts.Cadence cadence, String expected) {
    assertThat(points(STANDARD.score(facts().engagement(cadence).build()), HealthScore.Dimension.ENGAGEMENT))
        .isEqualByComparingTo(expected);
  }

  @ParameterizedTest(name = "docs/rules/health.md#strategic-fit: fit {0} -> {1} points")
  @CsvSource({"STRONG, 10", "MODERATE, 5", "WEAK, 0"})
  void strategicFit(HealthFacts.StrategicFit fit, String expected) {
    assertThat(points(STANDARD.score(facts().strategicFit(fit).build()), HealthScore.Dimension.STRATEGIC_FIT))
        .isEqualByComparingTo(expected);
  }

  @ParameterizedTest(name = "docs/rules/health.md#health-bands: score {0} -> {1}")
  @CsvSource({"100, CHAMPION", "80, CHAMPION", "79.99, HEALTHY", "60, HEALTHY", "59.99, AT_RISK", "40, AT_RISK",
      "39.99, CRITICAL", "20, CRITICAL", "19.99, CHURNING", "0, CHURNING"})
  void bands_boundaries(String score, HealthScore.Band band) {
    assertThat(HealthPolicy.standard().bands().bandOf(new BigDecimal(score))).isEqualTo(band);
  }

  @Test
  @DisplayName("docs/rules/health.md#health-bands: scores of exactly 80, 60, 40 and 20 from real facts")
  void bands_fromFacts() {
    // 30 + 25 + 15 + 10 + 0 = 80
    assertThat(STANDARD.score(facts().engagement(HealthFacts.Cadence.MONTHLY).nps(25).strategicFit(HealthFacts.StrategicFit.WEAK)
        .build()).band()).isEqualTo(HealthScore.Band.CHAMPION);
    // 20 + 20 + 10 + 10 + 0 = 60
    HealthScore sixty = STANDARD.score(facts().revenue(Money.of("110000.00", "USD")).dealsRegistered(3)
        .engagement(HealthFacts.Cadence.QUARTERLY).nps(25).strategicFit(HealthFacts.StrategicFit.WEAK).build());
    assertThat(sixty.score()).isEqualByComparingTo("60");
    assertThat(sixty.band()).isEqualTo(HealthScore.Band.HEALTHY);
    // 10 + 10 + 10 + 5 + 5 = 40
    HealthScore forty = STANDARD.score(facts().revenue(Money.of("100000.00", "USD")).dealsRegistered(1)
        .engagement(HealthFacts.Cadence.QUARTERLY).nps(0).strategicFit(HealthFacts.StrategicFit.MODERATE).build());
    assertThat(forty.score()).isEqualByComparingTo("40");
    assertThat(forty.band()).isEqualTo(HealthScore.Band.AT_RISK);
    // 0 + 10 + 10 + 0 + 0 = 20
    HealthScore twenty = STANDARD.score(facts().revenue(Money.of("50000.00", "USD")).dealsRegistered(1)
        .engagement(HealthFacts.Cadence.QUARTERLY).nps(-5).strategicFit(HealthFacts.StrategicFit.WEAK).build());
    assertThat(twenty.score()).isEqualByComparingTo("20");
    assertThat(twenty.band()).isEqualTo(HealthScore.Band.CRITICAL);
  }

  @Test
  @DisplayName("docs/rules/health.md#curves: the blueprint's 87 (Champion) needs the LINEAR curve")
  void linear_canProduce87() {
    HealthScorer linear = HealthScorer.of(new HealthPolicy.Builder().curve(PointTable.Curve.LINEAR).build());
    // revenue growth 20 % -> 30; 4 deals -> 22.5; 7 active days -> 15 + 4/9 x 5 = 17.22;
    // NPS 37 -> 10 + 12/25 x 5 = 12.4; moderate -> 5: 87.12
    HealthFacts f = HealthFacts.builder().from(facts().build()).dealsRegistered(4)
        .engagement(java.util.Optional.empty()).portalActiveDays(7).nps(37).strategicFit(HealthFacts.StrategicFit.MODERATE).build();
    HealthScore score = linear.score(f);
    assertThat(score.components()).extracting(HealthScore.Component::points).map(BigDecimal::toPlainString)
        .containsExactly("30.00", "22.50", "17.22", "12.40", "5.00");
    assertThat(score.score()).isEqualByComparingTo("87.12");
    assertThat(score.band()).isEqualTo(HealthScore.Band.CHAMPION);
    assertThat(STANDARD.score(f).score()).isEqualByComparingTo("80");
  }

  @Test
  @DisplayName("docs/rules/health.md#change-since-last-period: the change and band movement since the previous period")
  void change_andBandMovement() {
    HealthScore before = STANDARD.score(facts().build());
    HealthScore after = STANDARD.score(facts().quarter(YearQuarter.of(2026, 3)).dealsRegistered(0).nps(-1)
        .engagement(HealthFacts.Cadence.INACTIVE).build(), before);
    assertThat(after.score()).isEqualByComparingTo("40");
    assertThat(after.change()).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("-60"));
    assertThat(after.bandMovement()).contains("CHAMPION -> AT_RISK");
    assertThat(after.explanation().sentences()).last().isEqualTo("Health 40.00 -> AT_RISK (previous 100.00 CHAMPION)");
    assertThat(STANDARD.score(facts().build(), before).bandMovement()).isEmpty();
    assertThat(before.change()).isEmpty();
  }

  @Test
  void scoreAll_keepsInputOrderAndMatchesPrevious() {
    HealthFacts a = facts().partnerId(PartnerId.of("B")).build();
    HealthFacts b = facts().partnerId(PartnerId.of("A")).dealsRegistered(0).build();
    List<HealthScore> first = STANDARD.scoreAll(List.of(a, b));
    assertThat(first).extracting(HealthScore::partnerId).containsExactly(PartnerId.of("B"), PartnerId.of("A"));
    List<HealthScore> second = STANDARD.scoreAll(List.of(b, a), Map.of(PartnerId.of("B"), first.get(0)));
    assertThat(second.get(0).previousScore()).isEmpty();
    assertThat(second.get(1).previousScore()).isPresent();
  }

  @Test
  @DisplayName("Bad facts: every problem with its path")
  void facts_badInput() {
    assertThatThrownBy(() -> facts().revenue(Money.of("-1.00", "USD")).nps(101).dealsRegistered(-1)
        .priorYearRevenue(Money.of("5.00", "EUR")).build())
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(e -> assertThat(((InvalidFactsException) e).problems())
            .extracting(Problem::path, Problem::code)
            .containsExactly(tuple("revenue", "negative"), tuple("priorYearRevenue", "currency_mismatch"),
                tuple("dealsRegistered", "negative"), tuple("nps", "out_of_range")));
    assertThatThrownBy(() -> facts().nps(-101).build())
        .hasMessageContaining("nps must be between -100 and 100, but was -101");
    assertThatThrownBy(() -> facts().portalActiveDays(3).build())
        .hasMessageContaining("engagement must be given either as a cadence or as portalActiveDays (exactly one), but was both");
    assertThatThrownBy(() -> HealthFacts.builder().from(facts().build()).engagement(java.util.Optional.empty())
        .portalActiveDays(93).build())
        .hasMessageContaining("portalActiveDays must be between 0 and 92, but was 93");
  }

  public static final String HEADER = "program: P\nversion: v\neffectiveFrom: 2026-01-01\ncurrency: USD\n";

  static HealthPolicy read(String section) {
    ProgramDocument doc = ProgramLoader.strict().loadYaml(HEADER + "health:\n" + section);
    return doc.readSection("health", HealthPolicy.class).orElseThrow();
  }

  @Test
  @DisplayName("The health section: defaults, overrides and bad values with their paths")
  void policy_fromProgramFile() {
    assertThat(read("  curve: STEP\n")).isEqualTo(HealthPolicy.standard());
    HealthPolicy linear = read("  curve: LINEAR\n  flatTolerance: 0.05\n");
    assertThat(linear.curve()).isEqualTo(PointTable.Curve.LINEAR);
    assertThat(linear.flatTolerance()).isEqualByComparingTo("0.05");
    assertThatThrownBy(() -> read("  revenue:\n    maxPoints: 40\n"))
        .isInstanceOf(InvalidProgramException.class)
        .hasMessageContaining("health must have dimension maxPoints (revenue, activity, engagement, satisfaction, "
            + "strategicFit) adding up to 100, but was 110");
    assertProblem(() -> read("  activity:\n    maxPoints: 25\n    steps: [{min: 3, points: 20}, {min: 1, points: 25}]\n"),
        "health.activity.steps[1].min", "not_increasing");
    assertProblem(() -> read("  activity:\n    maxPoints: 25\n    steps: [{min: 1, points: 20}, {min: 3, points: 10}]\n"),
        "health.activity.steps[1].points", "not_monotone");
    assertProblem(() -> read("  activity:\n    maxPoints: 25\n    steps: [{min: 1, points: 30}]\n"),
        "health.activity.steps[0].points", "out_of_range");
    assertProblem(() -> read("  bands: {healthy: 85}\n"), "health.bands.champion", "not_increasing");
    assertProblem(() -> read("  engagement: {monthlyDays: 20}\n"), "health.engagement.weeklyDays", "not_increasing");
    assertProblem(() -> read("  flatTolerance: -0.01\n"), "health.flatTolerance", "out_of_range");
    assertProblem(() -> read("  strategicFit: {moderate: 11}\n"), "health.strategicFit.moderate", "out_of_range");
    assertProblem(() -> read("  revenue: {growing: 5}\n"), "health.revenue.growing", "not_monotone");
    assertProblem(() -> read("  satisfaction:\n    maxPoints: 15\n    steps: [{min: 0, points: 5}, {min: 101, points: 15}]\n"),
        "health.satisfaction.steps[1].min", "out_of_range");
    assertProblem(() -> read("  satisfaction:\n    maxPoints: 15\n    steps: [{min: -101, points: 5}, {min: 50, points: 15}]\n"),
        "health.satisfaction.steps[0].min", "out_of_range");
    HealthPolicy edges = read("  satisfaction:\n    maxPoints: 15\n    steps: [{min: -100, points: 5}, {min: 100, points: 15}]\n");
    assertThat(edges.satisfaction().steps()).extracting(PointTable.Step::min).map(BigDecimal::intValue).containsExactly(-100, 100);
    assertProblem(() -> read("  curve: CUBIC\n"), "health.curve", "invalid_value");
    assertProblem(() -> read("  dimensions: 5\n"), "health.dimensions", "unknown_property");
  }

  public static void assertProblem(Runnable read, String path, String code) {
    assertThatThrownBy(read::run)
        .isInstanceOf(InvalidProgramException.class)
        .satisfies(e -> assertThat(((InvalidProgramException) e).problems())
            .extracting(Problem::path, Problem::code).contains(tuple(path, code)));
  }
}
