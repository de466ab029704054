package dev.partneros.scoring.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.Money;
import dev.partneros.core.PartnerOsJson;
import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Health scores derive their components, flags and explanation from facts and policy")
class HealthScoreDerivedPartsTest {

  @ParameterizedTest(name = "{0}: {1} deals")
  @CsvSource({"STEP, 0", "LINEAR, 2", "LINEAR, 63", "STEP, 64", "LINEAR, 4", "LINEAR, 1000"})
  void theScoreIsTheSumOfItsComponentsBeyondThePrecomputedDealsToo(PointTable.Curve curve, int deals) {
    HealthScorer scorer = HealthScorer.of(new HealthPolicy.Builder().curve(curve).build());
    HealthScore score = scorer.score(HealthScorerTest.facts().dealsRegistered(deals).portalActiveDays(7)
        .engagement(java.util.Optional.empty()).nps(37).build());
    BigDecimal sum = score.components().stream().map(HealthScore.Component::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(score.score()).isEqualByComparingTo(sum);
    assertThat(score.component(HealthScore.Dimension.ACTIVITY).input()).isEqualTo(deals + " deals registered");
    assertThat(score.policy()).isEqualTo(scorer.policy());
  }

  @ParameterizedTest(name = "revenue {0} from prior {1}")
  @CsvSource({"0.00, 0.00, ''", "5.00, 0.00, GROWTH_FROM_ZERO", "5.00, 4.00, ''"})
  void flagsAreReadFromTheFacts(String revenue, String prior, String flag) {
    HealthScore withNps = HealthScorerTest.STANDARD.score(HealthScorerTest.facts()
        .revenue(Money.of(revenue, "USD")).priorYearRevenue(Money.of(prior, "USD")).build());
    HealthScore withoutNps = HealthScorerTest.STANDARD.score(HealthFacts.builder().from(withNps.facts())
        .nps(java.util.Optional.empty()).build());
    if (flag.isEmpty()) {
      assertThat(withNps.flags()).isEmpty();
      assertThat(withoutNps.flags()).containsExactly(HealthScore.NPS_MISSING);
    } else {
      assertThat(withNps.flags()).containsExactly(flag);
      assertThat(withoutNps.flags()).containsExactly(flag, HealthScore.NPS_MISSING);
    }
  }

  @ParameterizedTest
  @EnumSource(PointTable.Curve.class)
  void jsonCarriesTheDerivedPartsAndRebuildsThem(PointTable.Curve curve) {
    HealthScorer scorer = HealthScorer.of(new HealthPolicy.Builder().curve(curve).build());
    HealthScore before = scorer.score(HealthScorerTest.facts().revenue(Money.of("101000.00", "USD")).build());
    HealthScore score = scorer.score(HealthScorerTest.facts().dealsRegistered(2).nps(java.util.Optional.empty())
        .build(), before);
    String json = PartnerOsJson.write(score);
    assertThat(json).contains("\"partnerId\"", "\"components\"", "\"explanation\"", "\"NPS_MISSING\"",
        "YoY growth 20.0 %");
    HealthScore read = PartnerOsJson.read(json, HealthScore.class);
    assertThat(read).isEqualTo(score);
    assertThat(read.components()).isEqualTo(score.components());
    assertThat(read.explanation().sentences()).isEqualTo(score.explanation().sentences());
    assertThat(read.explanation().sentences()).last().asString().contains("(previous");
  }
}
