package dev.partneros.scoring.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The weighted score and the overall are the exact value rounded once: criterion means of six
 * ratings (sixths) are not rounded to 16 digits on the way, which put an exact weighted score of
 * 0.78575 at 0.78574999... and showed it as 0.7857 (overall 15.71 for 15.715).
 */
@DisplayName("scorecard scores are rounded once from the exact value (docs/rules/scorecards.md#overall-score)")
class ScorecardRoundingTest {

  /** Ratings whose criterion means are 3.859/6, 6.071/6, 2.795/4 and (3.156 + last)/4. */
  static List<Rating> ratings(String last) {
    String[][] values = {
        {"CAPACITY", "practiceLead", "0.013"}, {"CAPACITY", "financialHealth", "0.172"},
        {"CAPACITY", "willingnessToInvest", "0.545"}, {"CAPACITY", "scalabilityAndReach", "0.019"},
        {"CAPACITY", "marketPenetration", "2.059"}, {"CAPACITY", "operationalInfrastructure", "1.051"},
        {"CAPABILITY", "certifications", "0.036"}, {"CAPABILITY", "similarDeployments", "4.515"},
        {"CAPABILITY", "labEnvironment", "0.345"}, {"CAPABILITY", "integrationsOrIp", "0.037"},
        {"CAPABILITY", "industryKnowledge", "0.005"}, {"CAPABILITY", "deliverySatisfaction", "1.133"},
        {"COMMITMENT", "jointInvestment", "0.031"}, {"COMMITMENT", "proactivePipelineEngagement", "0.074"},
        {"COMMITMENT", "collaborationTrackRecord", "1.394"}, {"COMMITMENT", "opennessToShare", "1.296"},
        {"CUSTOMERS", "decisionMakerRelationships", "0.51"}, {"CUSTOMERS", "referenceableAccounts", "0.082"},
        {"CUSTOMERS", "customerRetentionAndSatisfaction", "0.176"}, {"CUSTOMERS", "purchasingInfluence", last}};
    List<Rating> ratings = new ArrayList<>();
    for (String[] v : values) {
      ratings.add(Rating.builder().criterion(v[0]).subCriterion(v[1]).value(new BigDecimal(v[2])).evidence("seen")
          .build());
    }
    return ratings;
  }

  @ParameterizedTest(name = "last rating {0}: weighted {1}, overall {2}")
  @CsvSource({"2.388, 0.7857, 15.71", "2.389, 0.7858, 15.72", "2.390, 0.7858, 15.72"})
  void weightedAndOverall_areTheExactValuesRoundedOnce(String last, String weighted, String overall) {
    // exact: (0.643166.. + 1.011833.. + 0.69875 + (3.156 + last) / 4) / 4 = 0.7856875, 0.78575, 0.7858125
    ScorecardResult result = FourCScorer.of(ScorecardPolicy.standard()).score(ratings(last));
    assertThat(result.weightedScore()).isEqualByComparingTo(weighted);
    assertThat(result.overall()).isEqualByComparingTo(overall);
  }
}
