package dev.partneros.scoring.ipp;

import static java.util.Objects.requireNonNull;

import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.Explanation;
import dev.partneros.core.ExplanationStep;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.internal.ProblemCollector;
import dev.partneros.scoring.ScoringProblemCode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rates a prospect's fit with the ideal partner profile ({@code docs/rules/ipp.md#fit-score}).
 *
 * <p>A group's score is the mean of its rated attributes (HIGH 1, MEDIUM 0.5, LOW 0); unrated
 * attributes are excluded and listed as missing. Decision: a group with no rated attribute is left
 * out and the other groups' weights renormalised (it is reported in the explanation); when no
 * attribute at all is rated the prospect cannot be scored (error). The score is the weighted mean
 * of the group scores, times 100; any disqualifier forces {@link IppFit.Rating#POOR_FIT} whatever the
 * score, and every disqualifier found is listed.
 *
 * <p>The rating compares the exact score with its thresholds ({@code score >= threshold} is
 * {@code weighted x 100 >= threshold x weights}, the group means kept as fractions), so a score a
 * few thousandths under a threshold stays in the rating below it even though it is shown rounded
 * onto the threshold ({@code docs/rules/conventions.md#decisions-compare-the-exact-value}). Only the reported score
 * is rounded, once, to 2 decimals.
 *
 * <p>Stateless; immutable and thread-safe.
 */
public final class IppScorer {

  private static final MathContext MATH = MathContext.DECIMAL64;
  private static final BigDecimal HUNDRED = new BigDecimal("100");

  private final IppPolicy policy;
  private final Set<String> attributes;

  private IppScorer(IppPolicy policy) {
    this.policy = policy;
    Set<String> all = new HashSet<>();
    policy.groups().forEach(g -> all.addAll(g.attributes()));
    this.attributes = Set.copyOf(all);
  }

  /**
   * Creates a scorer.
   *
   * @param policy the profile, not null
   * @return never null
   */
  public static IppScorer of(IppPolicy policy) {
    return new IppScorer(requireNonNull(policy, "policy"));
  }

  /**
   * Scores an assessment.
   *
   * @param assessment the assessment, not null
   * @return never null
   * @throws InvalidFactsException naming every unknown attribute or disqualifier, or when nothing
   *     is rated
   */
  public IppFit assess(IppAssessment assessment) {
    requireNonNull(assessment, "assessment");
    ProblemCollector problems = new ProblemCollector();
    for (String name : assessment.ratings().keySet()) {
      problems.check(attributes.contains(name), FieldPath.root().field("ratings").field(name), ScoringProblemCode.UNKNOWN_ATTRIBUTE,
          "be an attribute of the profile", name);
    }
    for (String name : assessment.disqualifiers().keySet()) {
      problems.check(policy.disqualifiers().contains(name), FieldPath.root().field("disqualifiers").field(name),
          ScoringProblemCode.UNKNOWN_DISQUALIFIER, "be one of " + policy.disqualifiers(), name);
    }
    problems.check(!assessment.ratings().isEmpty(), FieldPath.root().field("ratings"), CoreProblemCode.EMPTY,
        "rate at least one attribute", "nothing rated");
    problems.throwIfErrors(InvalidFactsException::new);

    IppFit.Builder fit = new IppFit.Builder().prospect(assessment.prospect());
    Explanation.Builder explanation = Explanation.builder().subject("IPP fit of " + assessment.prospect());
    // the weighted sum of the group means as an exact fraction, weighted / denominator: a mean such as
    // 1/3 has no finite decimal, so the rating compares cross-multiplied values, never a rounded score
    BigDecimal weighted = BigDecimal.ZERO;
    BigDecimal denominator = BigDecimal.ONE;
    BigDecimal weights = BigDecimal.ZERO;
    for (IppPolicy.Group group : policy.groups()) {
      BigDecimal sum = BigDecimal.ZERO;
      int rated = 0;
      for (String attribute : group.attributes()) {
        IppAssessment.Level level = assessment.ratings().get(attribute);
        if (level == null) {
          fit.addMissing(attribute);
        } else {
          sum = sum.add(level.value());
          rated++;
        }
      }
      BigDecimal weight = policy.weightOf(group, assessment.partnerType());
      if (rated == 0) {
        explanation.addSteps(ExplanationStep.builder().rule("ipp.group").section("2").putInputs("group", group.name())
            .outcome("not rated: left out, weights renormalised").template("{group}: {outcome}").build());
        continue;
      }
      BigDecimal mean = sum.divide(BigDecimal.valueOf(rated), MATH);
      fit.putGroupScores(group.name(), mean.multiply(HUNDRED).setScale(2, RoundingMode.HALF_EVEN));
      BigDecimal count = BigDecimal.valueOf(rated);
      weighted = weighted.multiply(count).add(weight.multiply(sum).multiply(denominator));
      denominator = denominator.multiply(count);
      weights = weights.add(weight);
      explanation.addSteps(ExplanationStep.builder().rule("ipp.group").section("2").putInputs("group", group.name())
          .putInputs("rated", rated + " of " + group.attributes().size())
          .putInputs("weight", weight.stripTrailingZeros().toPlainString())
          .outcome(mean.multiply(HUNDRED).setScale(2, RoundingMode.HALF_EVEN).toPlainString())
          .template("{group}: {rated} attributes rated -> {outcome} (weight {weight})").build());
    }
    // exact score = weighted x 100 / (denominator x weights); shown rounded once to 2 decimals
    BigDecimal scaled = weighted.multiply(HUNDRED);
    BigDecimal divisor = denominator.multiply(weights);
    BigDecimal score = weights.signum() == 0 ? BigDecimal.ZERO.setScale(2)
        : scaled.divide(divisor, 2, RoundingMode.HALF_EVEN);
    List<String> found = assessment.disqualifiers().entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue()))
        .map(java.util.Map.Entry::getKey).sorted(java.util.Comparator.comparingInt(policy.disqualifiers()::indexOf))
        .collect(java.util.stream.Collectors.toList());
    IppFit.Rating rating;
    if (!found.isEmpty()) {
      rating = IppFit.Rating.POOR_FIT;
    } else if (weights.signum() > 0 && scaled.compareTo(policy.excellentFrom().multiply(divisor)) >= 0) {
      rating = IppFit.Rating.EXCELLENT_FIT;
    } else if (weights.signum() > 0 && scaled.compareTo(policy.goodFrom().multiply(divisor)) >= 0) {
      rating = IppFit.Rating.GOOD_POTENTIAL;
    } else if (weights.signum() > 0 && scaled.compareTo(policy.moderateFrom().multiply(divisor)) >= 0) {
      rating = IppFit.Rating.MODERATE_CONCERN;
    } else {
      rating = IppFit.Rating.POOR_FIT;
    }
    ExplanationStep.Builder verdict = ExplanationStep.builder().rule("ipp.rating").section("2")
        .putInputs("score", score.toPlainString()).outcome(rating.name());
    if (found.isEmpty()) {
      verdict.template("IPP score {score} -> {outcome}");
    } else {
      verdict.putInputs("disqualifiers", String.join(", ", found))
          .template("IPP score {score}, disqualified by {disqualifiers} -> {outcome}");
    }
    return fit.score(score).rating(rating).disqualifiersFound(found)
        .explanation(explanation.addSteps(verdict.build()).build()).build();
  }
}
