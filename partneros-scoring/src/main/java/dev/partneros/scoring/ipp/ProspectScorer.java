package dev.partneros.scoring.ipp;

import static java.util.Objects.requireNonNull;

import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.Explanation;
import dev.partneros.core.ExplanationStep;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.internal.ProblemCollector;
import dev.partneros.scoring.ScoringProblemCode;
import dev.partneros.scoring.scorecard.Rating;
import dev.partneros.scoring.scorecard.ScorecardResult;
import dev.partneros.scoring.scorecard.ScorecardScorer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * Scores prospects ({@code docs/rules/ipp.md#qualification-scorecard}): the partner selection
 * scorecard and the qualification scorecard with its outreach priority.
 *
 * <p>Decision ({@code docs/rules/ipp.md#qualification-scorecard}): the qualification points are
 * normalised to a 50-point scale, {@code raw / max x 50}, so the bands (35+, 25-34, 15-24, below
 * 15) work for any number of dimensions. Bands are compared on the exact normalised value
 * ({@code raw x 50 >= threshold x max}), never on a rounded one
 * ({@code docs/rules/conventions.md#decisions-compare-the-exact-value}); the reported points are
 * rounded to 2 decimals. A P0 candidate (35+) that lacks active interest or a shared customer falls to P1.
 *
 * <p>Stateless; immutable and thread-safe.
 */
public final class ProspectScorer {

  private static final BigDecimal FIFTY = new BigDecimal("50");

  private final SelectionPolicy policy;
  private final ScorecardScorer selection;

  private ProspectScorer(SelectionPolicy policy) {
    this.policy = policy;
    this.selection = ScorecardScorer.of(policy.scorecard());
  }

  /**
   * Creates a scorer.
   *
   * @param policy the selection policy, not null
   * @return never null
   */
  public static ProspectScorer of(SelectionPolicy policy) {
    return new ProspectScorer(requireNonNull(policy, "policy"));
  }

  /**
   * Scores the partner selection scorecard.
   *
   * @param ratings one rating per criterion (1-5), not null
   * @return never null
   * @throws InvalidFactsException naming every rating problem
   */
  public ScorecardResult select(List<Rating> ratings) {
    return selection.score(ratings);
  }

  /**
   * Scores the qualification scorecard and sets the outreach priority.
   *
   * @param facts the ratings and signals, not null
   * @return never null
   * @throws InvalidFactsException naming every unknown, missing or out-of-scale dimension
   */
  public Qualification qualify(QualificationFacts facts) {
    requireNonNull(facts, "facts");
    ProblemCollector problems = new ProblemCollector();
    FieldPath ratings = FieldPath.root().field("ratings");
    for (String name : facts.ratings().keySet()) {
      problems.check(policy.qualificationDimensions().contains(name), ratings.field(name), ScoringProblemCode.UNKNOWN_DIMENSION,
          "be one of " + policy.qualificationDimensions(), name);
    }
    int raw = 0;
    for (String dimension : policy.qualificationDimensions()) {
      Integer value = facts.ratings().get(dimension);
      if (problems.check(value != null, ratings.field(dimension), CoreProblemCode.MISSING, "be rated", null)) {
        problems.requireInRange(ratings.field(dimension), value, policy.qualificationScaleMin(),
            policy.qualificationScaleMax());
        raw += value;
      }
    }
    problems.throwIfErrors(InvalidFactsException::new);
    int max = policy.qualificationDimensions().size() * policy.qualificationScaleMax();
    BigDecimal scaled = BigDecimal.valueOf(raw).multiply(FIFTY);
    BigDecimal maxPoints = BigDecimal.valueOf(max);
    Qualification.Band band;
    if (scaled.compareTo(policy.platinumFrom().multiply(maxPoints)) >= 0) {
      band = Qualification.Band.PLATINUM_POTENTIAL;
    } else if (scaled.compareTo(policy.goldFrom().multiply(maxPoints)) >= 0) {
      band = Qualification.Band.GOLD_POTENTIAL;
    } else if (scaled.compareTo(policy.silverFrom().multiply(maxPoints)) >= 0) {
      band = Qualification.Band.SILVER_POTENTIAL;
    } else {
      band = Qualification.Band.NOT_READY;
    }
    Qualification.Priority priority;
    String why;
    switch (band) {
      case PLATINUM_POTENTIAL:
        boolean ready = facts.activeInterest() && facts.sharedCustomer();
        priority = ready ? Qualification.Priority.P0 : Qualification.Priority.P1;
        why = ready ? "35+ with active interest and a shared customer"
            : "35+ but " + (facts.activeInterest() ? "no shared customer" : "no active interest");
        break;
      case GOLD_POTENTIAL:
        priority = Qualification.Priority.P1;
        why = "25-34";
        break;
      case SILVER_POTENTIAL:
        priority = Qualification.Priority.P2;
        why = "15-24";
        break;
      default:
        priority = Qualification.Priority.P3;
        why = "below 15";
    }
    BigDecimal points = scaled.divide(maxPoints, MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_EVEN);
    Explanation explanation = Explanation.builder().subject("qualification of " + facts.prospect())
        .addSteps(ExplanationStep.builder().rule("selection.qualification").section("2")
            .putInputs("raw", Integer.toString(raw)).putInputs("max", Integer.toString(max))
            .putInputs("points", points.toPlainString()).outcome(band.name())
            .template("Qualification: {raw} of {max} raw points = {points} of 50 -> {outcome}").build())
        .addSteps(ExplanationStep.builder().rule("selection.priority").section("2").putInputs("why", why)
            .outcome(priority.name()).template("Outreach: {why} -> {outcome}").build())
        .build();
    return new Qualification.Builder().prospect(facts.prospect()).rawPoints(raw).maxPoints(max).points(points)
        .band(band).priority(priority).explanation(explanation).build();
  }
}
