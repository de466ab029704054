package dev.partneros.scoring.scorecard;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Problem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Two scorings of the same scorecard compared, for a QBR review
 * ({@code docs/rules/scorecards.md#comparing-scorecards}): the delta of every criterion and of the
 * overall score ({@code after - before}).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScorecardComparison.class)
@JsonDeserialize(as = ImmutableScorecardComparison.class)
public abstract class ScorecardComparison {

  ScorecardComparison() {}

  /**
   * Compares two results of the same scorecard.
   *
   * @param before the earlier result, not null
   * @param after the later result, not null
   * @return never null
   * @throws InvalidFactsException if the two results do not have the same criteria
   */
  public static ScorecardComparison of(ScorecardResult before, ScorecardResult after) {
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    List<String> names = before.criteria().stream().map(ScorecardResult.CriterionScore::criterion)
        .collect(java.util.stream.Collectors.toList());
    List<String> afterNames = after.criteria().stream().map(ScorecardResult.CriterionScore::criterion)
        .collect(java.util.stream.Collectors.toList());
    if (!names.equals(afterNames)) {
      throw new InvalidFactsException(List.of(Problem.error(FieldPath.root().field("after"), CoreProblemCode.INCONSISTENT,
          "have the criteria of before " + names, afterNames)));
    }
    Builder comparison = new Builder().before(before.overall()).after(after.overall())
        .overallDelta(after.overall().subtract(before.overall()));
    for (int i = 0; i < names.size(); i++) {
      comparison.putDeltas(names.get(i), after.criteria().get(i).score().subtract(before.criteria().get(i).score()));
    }
    return comparison.build();
  }

  /**
   * Returns the earlier overall score.
   *
   * @return never null
   */
  public abstract BigDecimal before();

  /**
   * Returns the later overall score.
   *
   * @return never null
   */
  public abstract BigDecimal after();

  /**
   * Returns the change of the overall score.
   *
   * @return never null
   */
  public abstract BigDecimal overallDelta();

  /**
   * Returns the change of each criterion's score, in the scorecard's order.
   *
   * @return never null
   */
  public abstract Map<String, BigDecimal> deltas();

  /** Builds a {@link ScorecardComparison}. Not thread-safe. */
  static class Builder extends ImmutableScorecardComparison.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
