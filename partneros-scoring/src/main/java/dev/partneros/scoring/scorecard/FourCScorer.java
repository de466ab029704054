package dev.partneros.scoring.scorecard;

import static java.util.Objects.requireNonNull;

import dev.partneros.core.PartnerType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores partners on the 3C/4C/5C framework ({@code docs/rules/scorecards.md#criteria}) with the
 * weights of their partner type. The same scorecard serves recruitment vetting, onboarding plans
 * and QBR reviews ({@link #compare(ScorecardResult, ScorecardResult)}).
 *
 * <p>Stateless; immutable and thread-safe.
 */
public final class FourCScorer {

  private final ScorecardPolicy policy;
  private final ScorecardScorer programScorer;
  private final Map<PartnerType, ScorecardScorer> byType;

  private FourCScorer(ScorecardPolicy policy) {
    this.policy = policy;
    this.programScorer = ScorecardScorer.of(policy.definitionFor(Optional.empty()));
    Map<PartnerType, ScorecardScorer> scorers = new EnumMap<>(PartnerType.class);
    for (PartnerType type : PartnerType.values()) {
      scorers.put(type, ScorecardScorer.of(policy.definitionFor(Optional.of(type))));
    }
    this.byType = java.util.Collections.unmodifiableMap(scorers);
  }

  /**
   * Creates a scorer.
   *
   * @param policy the policy, not null
   * @return never null
   */
  public static FourCScorer of(ScorecardPolicy policy) {
    return new FourCScorer(requireNonNull(policy, "policy"));
  }

  /**
   * Returns the policy.
   *
   * @return never null
   */
  public ScorecardPolicy policy() {
    return policy;
  }

  /**
   * Scores ratings with the program's weights.
   *
   * @param ratings the ratings, not null
   * @return never null
   * @throws dev.partneros.core.InvalidFactsException naming every rating problem
   */
  public ScorecardResult score(List<Rating> ratings) {
    return programScorer.score(ratings);
  }

  /**
   * Scores ratings with a partner type's weights.
   *
   * @param partnerType the partner type, not null
   * @param ratings the ratings, not null
   * @return never null
   * @throws dev.partneros.core.InvalidFactsException naming every rating problem
   */
  public ScorecardResult score(PartnerType partnerType, List<Rating> ratings) {
    return byType.get(requireNonNull(partnerType, "partnerType")).score(ratings);
  }

  /**
   * Compares two scorings, for a QBR.
   *
   * @param before the earlier result, not null
   * @param after the later result, not null
   * @return never null
   */
  public ScorecardComparison compare(ScorecardResult before, ScorecardResult after) {
    return ScorecardComparison.of(before, after);
  }
}
