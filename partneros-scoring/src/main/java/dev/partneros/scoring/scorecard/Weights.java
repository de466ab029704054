package dev.partneros.scoring.scorecard;

import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.internal.ProblemCollector;
import dev.partneros.scoring.ScoringProblemCode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The weight rule shared by every weighted list ({@code docs/rules/scorecards.md#weights}). */
final class Weights {

  private Weights() {}

  /**
   * Checks a list of optional weights: all absent (equal weights), or all present, each between 0
   * and 1, summing to exactly 1.
   */
  static void check(ProblemCollector problems, FieldPath path, List<Optional<BigDecimal>> weights) {
    long given = weights.stream().filter(Optional::isPresent).count();
    if (given == 0) {
      return;
    }
    if (!problems.check(given == weights.size(), path, ScoringProblemCode.PARTIAL_WEIGHTS,
        "give a weight to every entry or to none (equal weights)", given + " of " + weights.size())) {
      return;
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < weights.size(); i++) {
      BigDecimal weight = weights.get(i).get();
      problems.requireInRange(path.index(i).field("weight"), weight, BigDecimal.ZERO, BigDecimal.ONE);
      sum = sum.add(weight);
    }
    problems.check(sum.compareTo(BigDecimal.ONE) == 0, path, CoreProblemCode.WEIGHTS_NOT_ONE, "have weights summing to exactly 1",
        sum.toPlainString());
  }
}
