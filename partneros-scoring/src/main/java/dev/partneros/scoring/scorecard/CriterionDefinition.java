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
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A criterion of a weighted scorecard ({@code docs/rules/scorecards.md#criterion-scores}), with
 * its optional weight and its sub-criteria. A criterion without sub-criteria is rated itself (the
 * selection scorecard's criteria are). Sub-criterion weights follow the same rule as criterion
 * weights: all absent (equal weights) or all present and summing to exactly 1.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCriterionDefinition.class)
@JsonDeserialize(as = ImmutableCriterionDefinition.class)
public abstract class CriterionDefinition {

  CriterionDefinition() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates an unweighted criterion with unweighted sub-criteria.
   *
   * @param name the criterion's name
   * @param subCriteria the sub-criteria's names
   * @return never null
   */
  public static CriterionDefinition of(String name, String... subCriteria) {
    Builder builder = new Builder().name(name);
    for (String sub : subCriteria) {
      builder.addSubCriteria(SubCriterion.of(sub));
    }
    return builder.build();
  }

  /**
   * Returns the name, unique within the scorecard, such as {@code CAPACITY}.
   *
   * @return never null, not blank
   */
  public abstract String name();

  /**
   * Returns the weight within the scorecard.
   *
   * @return the weight, or empty for equal weights
   */
  public abstract Optional<BigDecimal> weight();

  /**
   * Returns the sub-criteria.
   *
   * @return never null; empty when the criterion is rated itself
   */
  public abstract List<SubCriterion> subCriteria();

  /**
   * Returns this criterion with another weight.
   *
   * @param weight the weight, not null
   * @return never null
   */
  public CriterionDefinition withWeightOf(BigDecimal weight) {
    return new Builder().from(this).weight(weight).build();
  }

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    problems.requireNotBlank(FieldPath.root().field("name"), name());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < subCriteria().size(); i++) {
      String sub = subCriteria().get(i).name();
      problems.check(seen.add(sub), FieldPath.root().field("subCriteria").index(i).field("name"), CoreProblemCode.DUPLICATE,
          "be unique within " + name(), sub);
    }
    Weights.check(problems, FieldPath.root().field("subCriteria"),
        subCriteria().stream().map(SubCriterion::weight).collect(java.util.stream.Collectors.toList()));
    problems.throwIfErrors(InvalidProgramException::new);
  }

  /**
   * A sub-criterion: a name, an optional weight and a description. Immutable and thread-safe.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutableSubCriterion.class)
  @JsonDeserialize(as = ImmutableSubCriterion.class)
  public abstract static class SubCriterion {
    SubCriterion() {}

    /**
     * Creates an unweighted sub-criterion.
     *
     * @param name the name
     * @return never null
     */
    public static SubCriterion of(String name) {
      return new Builder().name(name).build();
    }

    /**
     * Returns the name, unique within its criterion.
     *
     * @return never null, not blank
     */
    public abstract String name();

    /**
     * Returns the weight within its criterion.
     *
     * @return the weight, or empty for equal weights
     */
    public abstract Optional<BigDecimal> weight();

    /**
     * Returns what the sub-criterion looks at.
     *
     * @return the description, or empty
     */
    public abstract Optional<String> description();

    @Value.Check
    void check() {
      ProblemCollector problems = new ProblemCollector();
      problems.requireNotBlank(FieldPath.root().field("name"), name());
      problems.throwIfErrors(InvalidProgramException::new);
    }

    /** Builds a {@link SubCriterion}. Not thread-safe. */
    public static class Builder extends ImmutableSubCriterion.Builder {
      /** Creates an empty builder. */
      Builder() {}
    }
  }

  /** Builds a {@link CriterionDefinition}. Not thread-safe. */
  public static class Builder extends ImmutableCriterionDefinition.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
