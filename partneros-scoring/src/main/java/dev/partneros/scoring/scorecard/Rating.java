package dev.partneros.scoring.scorecard;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One rating on a scorecard ({@code docs/rules/scorecards.md#ratings-and-evidence}): which
 * criterion (and sub-criterion, unless the criterion is rated itself), the value on the
 * scorecard's scale, and the evidence behind it. The scorecard checks the names, the scale and the
 * evidence; see {@link ScorecardScorer}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRating.class)
@JsonDeserialize(as = ImmutableRating.class)
public abstract class Rating {

  Rating() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Rates a sub-criterion.
   *
   * @param criterion the criterion's name
   * @param subCriterion the sub-criterion's name
   * @param value the rating
   * @param evidence the evidence, such as "3 certified SEs, named in the QBR deck"
   * @return never null
   */
  public static Rating of(String criterion, String subCriterion, int value, String evidence) {
    return new Builder().criterion(criterion).subCriterion(subCriterion).value(BigDecimal.valueOf(value))
        .evidence(evidence).build();
  }

  /**
   * Rates a criterion that has no sub-criteria.
   *
   * @param criterion the criterion's name
   * @param value the rating
   * @param evidence the evidence
   * @return never null
   */
  public static Rating of(String criterion, int value, String evidence) {
    return new Builder().criterion(criterion).value(BigDecimal.valueOf(value)).evidence(evidence).build();
  }

  /**
   * Returns the criterion's name.
   *
   * @return never null
   */
  public abstract String criterion();

  /**
   * Returns the sub-criterion's name.
   *
   * @return the name, or empty when the criterion is rated itself
   */
  public abstract Optional<String> subCriterion();

  /**
   * Returns the rating.
   *
   * @return never null
   */
  public abstract BigDecimal value();

  /**
   * Returns the evidence behind the rating.
   *
   * @return the evidence, or empty (an error in strict mode, a warning otherwise)
   */
  public abstract Optional<String> evidence();

  /** Builds a {@link Rating}. Not thread-safe. */
  public static class Builder extends ImmutableRating.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
