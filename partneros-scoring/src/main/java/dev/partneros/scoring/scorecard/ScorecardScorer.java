package dev.partneros.scoring.scorecard;

import static java.util.Objects.requireNonNull;

import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.Explanation;
import dev.partneros.core.ExplanationStep;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Problem;
import dev.partneros.core.internal.ProblemCollector;
import dev.partneros.scoring.ScoringProblemCode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores a {@link ScorecardDefinition} from ratings
 * ({@code docs/rules/scorecards.md#generic-scorecards}).
 *
 * <ul>
 *   <li>A criterion's score is the weighted mean of its rated sub-criteria; unrated ones are
 *       excluded and the weights renormalised; coverage is reported. A criterion with no rating at
 *       all cannot be scored: that is an error naming it.</li>
 *   <li>The weighted score is {@code sum(w_c x score_c)}; the overall is that divided by the scale's
 *       maximum, times 100. Both are kept as one exact fraction (the criterion means are not
 *       rounded on the way) and rounded once, half-even
 *       ({@code docs/rules/scorecards.md#overall-score}).</li>
 *   <li>Gaps are the ratings below the definition's target, weakest first (then in definition
 *       order).</li>
 * </ul>
 *
 * <p>Every rating problem is reported at once, at its path {@code ratings[i]...}: an unknown
 * criterion or sub-criterion, a sub-criterion missing on a criterion that has sub-criteria (or one
 * given on a criterion that has none), a value outside the scale, a second rating of the same
 * item, and, in strict mode, missing or blank evidence (a warning in lenient mode).
 *
 * <p>Stateless; immutable and thread-safe.
 */
public final class ScorecardScorer {

  private static final MathContext MATH = MathContext.DECIMAL64;

  private final ScorecardDefinition definition;
  private final List<BigDecimal> criterionWeights;
  private final boolean equalWeights;
  private final Map<String, Integer> criterionIndex;

  private ScorecardScorer(ScorecardDefinition definition) {
    this.definition = definition;
    List<BigDecimal> weights = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    int n = definition.criteria().size();
    for (int i = 0; i < n; i++) {
      CriterionDefinition criterion = definition.criteria().get(i);
      weights.add(criterion.weight().orElse(BigDecimal.ONE.divide(BigDecimal.valueOf(n), MATH)));
      index.put(criterion.name(), i);
    }
    this.criterionIndex = Map.copyOf(index);
    this.criterionWeights = List.copyOf(weights);
    this.equalWeights = definition.criteria().stream().allMatch(c -> c.weight().isEmpty());
  }

  /**
   * Creates a scorer for a scorecard.
   *
   * @param definition the scorecard, not null
   * @return never null
   */
  public static ScorecardScorer of(ScorecardDefinition definition) {
    return new ScorecardScorer(requireNonNull(definition, "definition"));
  }

  /**
   * Returns the scorecard.
   *
   * @return never null
   */
  public ScorecardDefinition definition() {
    return definition;
  }

  /**
   * Scores ratings.
   *
   * @param ratings the ratings, not null
   * @return never null
   * @throws InvalidFactsException naming every rating problem and every criterion left unrated
   */
  public ScorecardResult score(List<Rating> ratings) {
    requireNonNull(ratings, "ratings");
    ProblemCollector problems = new ProblemCollector();
    int criteria = definition.criteria().size();
    List<Map<String, Rating>> rated = new ArrayList<>(criteria);
    for (int i = 0; i < criteria; i++) {
      rated.add(new HashMap<>());
    }
    for (int i = 0; i < ratings.size(); i++) {
      Rating rating = ratings.get(i);
      FieldPath path = FieldPath.root().field("ratings").index(i);
      if (!problems.requirePresent(path, rating)) {
        continue;
      }
      Integer index = criterionIndex.get(rating.criterion());
      if (!problems.check(index != null, path.field("criterion"), ScoringProblemCode.UNKNOWN_CRITERION,
          "be one of " + criterionIndex.keySet().stream().sorted().collect(java.util.stream.Collectors.toList()),
          rating.criterion())) {
        continue;
      }
      CriterionDefinition criterion = definition.criteria().get(index);
      String key = "";
      if (criterion.subCriteria().isEmpty()) {
        problems.check(rating.subCriterion().isEmpty(), path.field("subCriterion"), CoreProblemCode.NOT_ALLOWED,
            "be absent (" + criterion.name() + " is rated itself)", rating.subCriterion());
      } else {
        if (!problems.check(rating.subCriterion().isPresent(), path.field("subCriterion"), CoreProblemCode.MISSING,
            "name one of " + criterion.name() + "'s sub-criteria", null)) {
          continue;
        }
        key = rating.subCriterion().get();
        boolean known = criterion.subCriteria().stream().anyMatch(s -> s.name().equals(rating.subCriterion().get()));
        if (!problems.check(known, path.field("subCriterion"), ScoringProblemCode.UNKNOWN_SUB_CRITERION,
            "be one of " + criterion.subCriteria().stream().map(CriterionDefinition.SubCriterion::name)
                .collect(java.util.stream.Collectors.toList()), key)) {
          continue;
        }
      }
      boolean inScale = rating.value().compareTo(definition.scaleMin()) >= 0
          && rating.value().compareTo(definition.scaleMax()) <= 0;
      problems.check(inScale, path.field("value"), CoreProblemCode.OUT_OF_RANGE, "be between "
          + definition.scaleMin().toPlainString() + " and " + definition.scaleMax().toPlainString(),
          rating.value().toPlainString());
      boolean hasEvidence = rating.evidence().filter(e -> !e.isBlank()).isPresent();
      if (definition.strictEvidence()) {
        problems.check(hasEvidence, path.field("evidence"), ScoringProblemCode.NO_EVIDENCE,
            "be a non-blank note (strict mode: every rating carries evidence)", rating.evidence());
      } else {
        problems.warnUnless(hasEvidence, path.field("evidence"), ScoringProblemCode.NO_EVIDENCE,
            "be a non-blank note (every rating should carry evidence)", rating.evidence());
      }
      problems.check(rated.get(index).putIfAbsent(key, rating) == null, path, CoreProblemCode.DUPLICATE,
          "rate " + criterion.name() + (key.isEmpty() ? "" : "." + key) + " only once", rating.value().toPlainString());
    }
    for (int i = 0; i < criteria; i++) {
      problems.check(!rated.get(i).isEmpty(), FieldPath.root().field("ratings"), CoreProblemCode.MISSING,
          "rate every criterion at least once", definition.criteria().get(i).name() + " unrated");
    }
    problems.throwIfErrors(InvalidFactsException::new);

    ScorecardResult.Builder result = new ScorecardResult.Builder().name(definition.name());
    Explanation.Builder explanation = Explanation.builder().subject(definition.name() + " scorecard");
    List<ScorecardResult.Gap> gaps = new ArrayList<>();
    // the weighted score kept as an exact fraction, numerator / denominator, and rounded once
    // (docs/rules/scorecards.md#overall-score): a criterion's mean is sum / weight sum, never rounded
    BigDecimal numerator = BigDecimal.ZERO;
    BigDecimal denominator = BigDecimal.ONE;
    for (int i = 0; i < criteria; i++) {
      CriterionDefinition criterion = definition.criteria().get(i);
      Map<String, Rating> byKey = rated.get(i);
      BigDecimal sum;
      BigDecimal weightSum;
      int total;
      if (criterion.subCriteria().isEmpty()) {
        sum = byKey.get("").value();
        weightSum = BigDecimal.ONE;
        total = 1;
        addGap(gaps, criterion.name(), Optional.empty(), sum);
      } else {
        sum = BigDecimal.ZERO;
        weightSum = BigDecimal.ZERO;
        int n = criterion.subCriteria().size();
        for (CriterionDefinition.SubCriterion sub : criterion.subCriteria()) {
          Rating rating = byKey.get(sub.name());
          if (rating == null) {
            continue;
          }
          BigDecimal w = sub.weight().orElse(BigDecimal.ONE);
          sum = sum.add(w.multiply(rating.value()));
          weightSum = weightSum.add(w);
          addGap(gaps, criterion.name(), Optional.of(sub.name()), rating.value());
        }
        total = n;
        if (weightSum.signum() == 0) {
          sum = BigDecimal.ZERO;
          weightSum = BigDecimal.ONE;
        }
      }
      BigDecimal weight = criterionWeights.get(i);
      // numerator / denominator + factor x sum / weightSum, as one fraction
      BigDecimal factor = equalWeights ? BigDecimal.ONE : weight;
      numerator = numerator.multiply(weightSum).add(factor.multiply(sum).multiply(denominator));
      denominator = denominator.multiply(weightSum);
      BigDecimal shown = sum.divide(weightSum, 4, RoundingMode.HALF_EVEN);
      result.addCriteria(new ScorecardResult.CriterionScore.Builder().criterion(criterion.name())
          .weight(weight.setScale(4, RoundingMode.HALF_EVEN)).score(shown).rated(byKey.size()).total(total).build());
      explanation.addSteps(ExplanationStep.builder().rule("scorecard.criterion").section("3")
          .putInputs("criterion", criterion.name())
          .putInputs("rated", byKey.size() + " of " + total)
          .putInputs("weight", weight.setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString())
          .outcome(shown.stripTrailingZeros().toPlainString())
          .template("{criterion}: {rated} rated -> {outcome} (weight {weight})")
          .build());
    }
    if (equalWeights) {
      // equal weights: the exact mean, so 1/3 weights lose nothing
      denominator = denominator.multiply(BigDecimal.valueOf(criteria));
    }
    BigDecimal weighted = numerator.divide(denominator, 4, RoundingMode.HALF_EVEN);
    BigDecimal overall = numerator.multiply(new BigDecimal("100"))
        .divide(denominator.multiply(definition.scaleMax()), 2, RoundingMode.HALF_EVEN);
    gaps.sort(Comparator.comparing(ScorecardResult.Gap::rating));
    explanation.addSteps(ExplanationStep.builder().rule("scorecard.overall").section("3")
        .putInputs("weighted", weighted.stripTrailingZeros().toPlainString())
        .putInputs("max", definition.scaleMax().toPlainString())
        .outcome(overall.toPlainString())
        .template("Overall: {weighted} / {max} x 100 -> {outcome}")
        .build());
    List<Problem> warnings = problems.warnings();
    return result.weightedScore(weighted).overall(overall).gaps(gaps)
        .warnings(warnings).explanation(explanation.build()).build();
  }

  private void addGap(List<ScorecardResult.Gap> gaps, String criterion, Optional<String> sub, BigDecimal rating) {
    if (rating.compareTo(definition.gapTarget()) < 0) {
      gaps.add(new ScorecardResult.Gap.Builder().criterion(criterion).subCriterion(sub).rating(rating)
          .target(definition.gapTarget()).build());
    }
  }
}
