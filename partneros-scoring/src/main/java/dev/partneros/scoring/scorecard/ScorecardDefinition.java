package dev.partneros.scoring.scorecard;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.internal.ProblemCollector;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A generic weighted scorecard ({@code docs/rules/scorecards.md#generic-scorecards}): criteria
 * (each with sub-criteria or rated itself), weights that are either all absent (equal) or sum to
 * exactly 1, ratings on a declared closed scale, whether every rating needs evidence, and the
 * target below which a rating becomes a gap in the action plan. Adding a criterion is data, not
 * code: the 3C/4C/5C, selection and qualification scorecards are all definitions of this one type.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScorecardDefinition.class)
@JsonDeserialize(as = ImmutableScorecardDefinition.class)
public abstract class ScorecardDefinition {

  ScorecardDefinition() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the scorecard's name, such as {@code 4C}.
   *
   * @return never null
   */
  public abstract String name();

  /**
   * Returns the lowest rating, inclusive.
   *
   * @return 0 by default
   */
  @Value.Default
  public BigDecimal scaleMin() {
    return BigDecimal.ZERO;
  }

  /**
   * Returns the highest rating, inclusive; the overall score is the weighted score divided by it,
   * times 100.
   *
   * @return 5 by default
   */
  @Value.Default
  public BigDecimal scaleMax() {
    return new BigDecimal("5");
  }

  /**
   * Returns the criteria, in order.
   *
   * @return never null, not empty
   */
  public abstract List<CriterionDefinition> criteria();

  /**
   * Tells whether a rating without evidence is an error (true) or a warning (false).
   *
   * @return true by default (strict mode)
   */
  @Value.Default
  public boolean strictEvidence() {
    return true;
  }

  /**
   * Returns the target below which a rating is listed as a gap.
   *
   * @return 3 by default
   */
  @Value.Default
  public BigDecimal gapTarget() {
    return new BigDecimal("3");
  }

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    FieldPath root = FieldPath.root();
    problems.requireNotBlank(root.field("name"), name());
    problems.check(scaleMax().compareTo(scaleMin()) > 0, root.field("scaleMax"), CoreProblemCode.NOT_ABOVE_MIN,
        "be above scaleMin " + scaleMin().toPlainString(), scaleMax().toPlainString());
    problems.check(scaleMin().signum() >= 0, root.field("scaleMin"), CoreProblemCode.NEGATIVE, "be >= 0", scaleMin().toPlainString());
    problems.check(!criteria().isEmpty(), root.field("criteria"), CoreProblemCode.EMPTY, "have at least one criterion", "[]");
    problems.requireInRange(root.field("gapTarget"), gapTarget(), scaleMin(), scaleMax());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < criteria().size(); i++) {
      problems.check(seen.add(criteria().get(i).name()), root.field("criteria").index(i).field("name"), CoreProblemCode.DUPLICATE,
          "be unique", criteria().get(i).name());
    }
    Weights.check(problems, root.field("criteria"),
        criteria().stream().map(CriterionDefinition::weight).collect(java.util.stream.Collectors.toList()));
    problems.throwIfErrors(InvalidProgramException::new);
  }

  /**
   * Returns the criterion of a name.
   *
   * @param name the name, not null
   * @return the criterion, or empty when there is none
   */
  public java.util.Optional<CriterionDefinition> criterion(String name) {
    return criteria().stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** Builds a {@link ScorecardDefinition}. Not thread-safe. */
  public static class Builder extends ImmutableScorecardDefinition.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
