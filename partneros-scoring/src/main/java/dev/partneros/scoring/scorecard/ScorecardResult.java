package dev.partneros.scoring.scorecard;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.Explanation;
import dev.partneros.core.Problem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A scored scorecard ({@code docs/rules/scorecards.md#overall-score}): each criterion's score and
 * coverage, the weighted score on the scorecard's scale, the overall score 0-100, the gaps
 * (weakest first) and the warnings (a rating without evidence in lenient mode).
 *
 * <p>Criterion and weighted scores keep 4 decimals, the overall 2 (half-even, rounded once from
 * the exact value).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScorecardResult.class)
@JsonDeserialize(as = ImmutableScorecardResult.class)
public abstract class ScorecardResult {

  ScorecardResult() {}

  /**
   * Returns the scorecard's name.
   *
   * @return never null
   */
  public abstract String name();

  /**
   * Returns each criterion's score, in the definition's order.
   *
   * @return never null
   */
  public abstract List<CriterionScore> criteria();

  /**
   * Returns the weighted score on the scorecard's scale: {@code sum(w_c x score_c)}.
   *
   * @return never null
   */
  public abstract BigDecimal weightedScore();

  /**
   * Returns the overall score, {@code weightedScore / scaleMax x 100}.
   *
   * @return never null, 0 to 100
   */
  public abstract BigDecimal overall();

  /**
   * Returns the ratings below the gap target, weakest first, as action-plan items.
   *
   * @return never null
   */
  public abstract List<Gap> gaps();

  /**
   * Returns the warnings (ratings without evidence in lenient mode).
   *
   * @return never null
   */
  public abstract List<Problem> warnings();

  /**
   * Returns the explanation: one step per criterion, then the overall.
   *
   * @return never null
   */
  public abstract Explanation explanation();

  /**
   * Returns the score of a criterion.
   *
   * @param name the criterion's name, not null
   * @return the score, or empty when the scorecard has no such criterion
   */
  public Optional<CriterionScore> criterion(String name) {
    return criteria().stream().filter(c -> c.criterion().equals(name)).findFirst();
  }

  /**
   * One criterion's score: the weighted mean of its rated sub-criteria, with the weights
   * renormalised over what was rated, and its coverage. Immutable and thread-safe.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutableCriterionScore.class)
  @JsonDeserialize(as = ImmutableCriterionScore.class)
  public abstract static class CriterionScore {
    CriterionScore() {}

    /**
     * Returns the criterion's name.
     *
     * @return never null
     */
    public abstract String criterion();

    /**
     * Returns the criterion's weight in the scorecard (equal weights made explicit).
     *
     * @return never null
     */
    public abstract BigDecimal weight();

    /**
     * Returns the score on the scorecard's scale.
     *
     * @return never null
     */
    public abstract BigDecimal score();

    /**
     * Returns how many of its sub-criteria were rated (1 for a criterion rated itself).
     *
     * @return at least 1
     */
    public abstract int rated();

    /**
     * Returns how many sub-criteria it has (1 for a criterion rated itself).
     *
     * @return at least 1
     */
    public abstract int total();

    /**
     * Returns the share of sub-criteria rated, {@code rated / total}.
     *
     * @return never null, above 0 and at most 1
     */
    public BigDecimal coverage() {
      return BigDecimal.valueOf(rated()).divide(BigDecimal.valueOf(total()), 4, java.math.RoundingMode.HALF_EVEN);
    }

    /** Builds a {@link CriterionScore}. Not thread-safe. */
    static class Builder extends ImmutableCriterionScore.Builder {
      /** Creates an empty builder. */
      Builder() {}
    }
  }

  /**
   * A rating below the target: an action-plan item. Immutable and thread-safe.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutableGap.class)
  @JsonDeserialize(as = ImmutableGap.class)
  public abstract static class Gap {
    Gap() {}

    /**
     * Returns the criterion.
     *
     * @return never null
     */
    public abstract String criterion();

    /**
     * Returns the sub-criterion.
     *
     * @return the name, or empty for a criterion rated itself
     */
    public abstract Optional<String> subCriterion();

    /**
     * Returns the rating.
     *
     * @return never null
     */
    public abstract BigDecimal rating();

    /**
     * Returns the target it falls short of.
     *
     * @return never null
     */
    public abstract BigDecimal target();

    /** Builds a {@link Gap}. Not thread-safe. */
    public static class Builder extends ImmutableGap.Builder {
      /** Creates an empty builder. */
      Builder() {}
    }
  }

  /** Builds a {@link ScorecardResult}. Not thread-safe. */
  public static class Builder extends ImmutableScorecardResult.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
