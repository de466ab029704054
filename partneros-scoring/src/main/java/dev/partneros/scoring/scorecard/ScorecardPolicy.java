package dev.partneros.scoring.scorecard;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.PartnerType;
import dev.partneros.core.internal.ProblemCollector;
import dev.partneros.scoring.ScoringProblemCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The 3C/4C/5C scorecard policy, the program file's {@code scorecard} section
 * ({@code docs/rules/scorecards.md#configuration}):
 *
 * <pre>
 * scorecard:
 *   model: FOUR_C                  # THREE_C, FOUR_C (default) or FIVE_C
 *   strictEvidence: true           # a rating without evidence is an error (false: a warning)
 *   gapTarget: 3                   # ratings below it become action-plan items
 *   weights: {}                    # empty: equal weights (1/3, 1/4 or 1/5)
 *   weightsByPartnerType:
 *     RESELLER_VAR: {CAPACITY: 0.3, CAPABILITY: 0.3, COMMITMENT: 0.2, CUSTOMERS: 0.2}
 *   criteria: [...]                # optional: replaces the model's criteria and sub-criteria
 * </pre>
 *
 * Weights name criteria and sum to exactly 1 (error otherwise, at the path of the weights).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScorecardPolicy.class)
@JsonDeserialize(as = ImmutableScorecardPolicy.class)
public abstract class ScorecardPolicy {

  /** The three variants of the framework. */
  public enum Model {
    /** Capacity, capability, commitment. */
    THREE_C,
    /** The 3C plus customers (the default). */
    FOUR_C,
    /** The 4C plus culture. */
    FIVE_C
  }

  ScorecardPolicy() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the standard program's policy: 4C, equal weights, strict evidence, gap target 3.
   *
   * @return never null
   */
  public static ScorecardPolicy standard() {
    return new Builder().build();
  }

  /**
   * Returns the variant.
   *
   * @return {@link Model#FOUR_C} by default
   */
  @Value.Default
  public Model model() {
    return Model.FOUR_C;
  }

  /**
   * Returns the criteria replacing the model's, when the program defines its own.
   *
   * @return the criteria, or empty for the model's defaults
   */
  public abstract Optional<List<CriterionDefinition>> criteria();

  /**
   * Tells whether a rating without evidence is an error.
   *
   * @return true by default
   */
  @Value.Default
  public boolean strictEvidence() {
    return true;
  }

  /**
   * Returns the target below which a rating is a gap.
   *
   * @return 3 by default
   */
  @Value.Default
  public BigDecimal gapTarget() {
    return new BigDecimal("3");
  }

  /**
   * Returns the program's criterion weights.
   *
   * @return never null; empty for equal weights
   */
  public abstract Map<String, BigDecimal> weights();

  /**
   * Returns criterion weights per partner type, overriding {@link #weights()} for that type.
   *
   * @return never null
   */
  public abstract Map<PartnerType, Map<String, BigDecimal>> weightsByPartnerType();

  /**
   * Returns the criteria in force (the model's, or the program's own), unweighted.
   *
   * @return never null
   */
  @Value.Lazy
  @com.fasterxml.jackson.annotation.JsonIgnore
  public List<CriterionDefinition> effectiveCriteria() {
    if (criteria().isPresent()) {
      return criteria().get();
    }
    List<CriterionDefinition> list = new ArrayList<>();
    int count = model() == Model.THREE_C ? 3 : model() == Model.FOUR_C ? 4 : 5;
    for (int i = 0; i < count; i++) {
      list.add(FourC.values()[i].definition());
    }
    return List.copyOf(list);
  }

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    List<String> names = new ArrayList<>();
    List<CriterionDefinition> criteria = criteria().orElse(null);
    if (criteria == null) {
      int count = model() == Model.THREE_C ? 3 : model() == Model.FOUR_C ? 4 : 5;
      for (int i = 0; i < count; i++) {
        names.add(FourC.values()[i].name());
      }
    } else {
      criteria.forEach(c -> names.add(c.name()));
      Weights.check(problems, FieldPath.root().field("criteria"),
          criteria.stream().map(CriterionDefinition::weight).collect(java.util.stream.Collectors.toList()));
      for (int i = 0; i < criteria.size(); i++) {
        problems.check(names.indexOf(criteria.get(i).name()) == i, FieldPath.root().field("criteria").index(i)
            .field("name"), CoreProblemCode.DUPLICATE, "be unique", criteria.get(i).name());
      }
      problems.check(!criteria.isEmpty(), FieldPath.root().field("criteria"), CoreProblemCode.EMPTY, "have at least one criterion",
          "[]");
    }
    problems.requireInRange(FieldPath.root().field("gapTarget"), gapTarget(), BigDecimal.ZERO, new BigDecimal("5"));
    checkWeights(problems, FieldPath.root().field("weights"), weights(), names);
    weightsByPartnerType().forEach((type, weights) -> checkWeights(problems,
        FieldPath.root().field("weightsByPartnerType").field(type.name()), weights, names));
    problems.throwIfErrors(InvalidProgramException::new);
  }

  private static void checkWeights(ProblemCollector problems, FieldPath path, Map<String, BigDecimal> weights,
      List<String> names) {
    if (weights.isEmpty()) {
      return;
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (Map.Entry<String, BigDecimal> weight : weights.entrySet()) {
      problems.check(names.contains(weight.getKey()), path.field(weight.getKey()), ScoringProblemCode.UNKNOWN_CRITERION,
          "be one of " + names, weight.getKey());
      problems.requireInRange(path.field(weight.getKey()), weight.getValue(), BigDecimal.ZERO, BigDecimal.ONE);
      sum = sum.add(weight.getValue());
    }
    for (String name : names) {
      problems.check(weights.containsKey(name), path.field(name), CoreProblemCode.MISSING, "be given (weights name every criterion)",
          null);
    }
    problems.check(sum.compareTo(BigDecimal.ONE) == 0, path, CoreProblemCode.WEIGHTS_NOT_ONE, "sum to exactly 1", sum.toPlainString());
  }

  /**
   * Returns the scorecard definition for a partner type: its own weights if the program has them,
   * else the program's weights, else equal weights.
   *
   * @param partnerType the partner type, or empty for the program's weights
   * @return never null
   */
  public ScorecardDefinition definitionFor(Optional<PartnerType> partnerType) {
    Map<String, BigDecimal> weights = partnerType.map(weightsByPartnerType()::get).orElse(null);
    if (weights == null) {
      weights = weights();
    }
    ScorecardDefinition.Builder definition = ScorecardDefinition.builder()
        .name(criteria().isPresent() ? "scorecard" : model().name().replace("_", "").replace("THREEC", "3C")
            .replace("FOURC", "4C").replace("FIVEC", "5C"))
        .strictEvidence(strictEvidence()).gapTarget(gapTarget());
    for (CriterionDefinition criterion : effectiveCriteria()) {
      BigDecimal weight = weights.get(criterion.name());
      definition.addCriteria(weight == null ? criterion : criterion.withWeightOf(weight));
    }
    return definition.build();
  }

  /** Builds a {@link ScorecardPolicy}. Not thread-safe. */
  public static class Builder extends ImmutableScorecardPolicy.Builder {
    /** Creates a builder with every default. */
    Builder() {}
  }
}
