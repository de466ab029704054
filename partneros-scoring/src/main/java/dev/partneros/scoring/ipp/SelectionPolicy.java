package dev.partneros.scoring.ipp;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.internal.ProblemCollector;
import dev.partneros.scoring.scorecard.CriterionDefinition;
import dev.partneros.scoring.scorecard.ScorecardDefinition;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Prospect selection, the program file's {@code selection} section
 * ({@code docs/rules/ipp.md#selection-scorecard}): the partner selection scorecard (strategic fit
 * 25 %, market position 20 %, technical capability 20 %, GTM alignment 20 %, cultural fit 15 %,
 * each rated 1-5) and the qualification scorecard (seven dimensions rated 1-5, normalised to 50
 * points, with its bands and the outreach priority).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSelectionPolicy.class)
@JsonDeserialize(as = ImmutableSelectionPolicy.class)
public abstract class SelectionPolicy {

  SelectionPolicy() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the standard program's policy.
   *
   * @return never null
   */
  public static SelectionPolicy standard() {
    return new Builder().build();
  }

  /**
   * Returns the partner selection scorecard: criteria rated themselves on 1-5, evidence
   * recommended (a warning when missing).
   *
   * @return never null
   */
  @Value.Default
  public ScorecardDefinition scorecard() {
    return ScorecardDefinition.builder().name("selection").scaleMin(BigDecimal.ONE).scaleMax(new BigDecimal("5"))
        .strictEvidence(false).gapTarget(new BigDecimal("3"))
        .addCriteria(weighted("STRATEGIC_FIT", "0.25"), weighted("MARKET_POSITION", "0.20"),
            weighted("TECHNICAL_CAPABILITY", "0.20"), weighted("GTM_ALIGNMENT", "0.20"), weighted("CULTURAL_FIT", "0.15"))
        .build();
  }

  private static CriterionDefinition weighted(String name, String weight) {
    return CriterionDefinition.builder().name(name).weight(new BigDecimal(weight)).build();
  }

  /**
   * Returns the qualification scorecard's dimensions.
   *
   * @return the blueprint's seven by default
   */
  @Value.Default
  public List<String> qualificationDimensions() {
    return List.of("customerOverlap", "productSynergy", "salesCapacity", "marketingCapability", "technicalDepth",
        "brandAlignment", "commitmentLevel");
  }

  /**
   * Returns the lowest rating of a qualification dimension.
   *
   * @return 1 by default
   */
  @Value.Default
  public int qualificationScaleMin() {
    return 1;
  }

  /**
   * Returns the highest rating of a qualification dimension.
   *
   * @return 5 by default
   */
  @Value.Default
  public int qualificationScaleMax() {
    return 5;
  }

  /**
   * Returns the lowest normalised points of {@link Qualification.Band#PLATINUM_POTENTIAL} (and of
   * a P0 candidate).
   *
   * @return 35 by default
   */
  @Value.Default
  public BigDecimal platinumFrom() {
    return new BigDecimal("35");
  }

  /**
   * Returns the lowest normalised points of {@link Qualification.Band#GOLD_POTENTIAL} (P1).
   *
   * @return 25 by default
   */
  @Value.Default
  public BigDecimal goldFrom() {
    return new BigDecimal("25");
  }

  /**
   * Returns the lowest normalised points of {@link Qualification.Band#SILVER_POTENTIAL} (P2).
   *
   * @return 15 by default
   */
  @Value.Default
  public BigDecimal silverFrom() {
    return new BigDecimal("15");
  }

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    FieldPath root = FieldPath.root();
    problems.check(!qualificationDimensions().isEmpty(), root.field("qualificationDimensions"), CoreProblemCode.EMPTY,
        "have at least one dimension", "[]");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < qualificationDimensions().size(); i++) {
      problems.check(seen.add(qualificationDimensions().get(i)), root.field("qualificationDimensions").index(i),
          CoreProblemCode.DUPLICATE, "be unique", qualificationDimensions().get(i));
    }
    problems.check(qualificationScaleMin() >= 0, root.field("qualificationScaleMin"), CoreProblemCode.NEGATIVE, "be >= 0",
        qualificationScaleMin());
    problems.check(qualificationScaleMax() > qualificationScaleMin(), root.field("qualificationScaleMax"),
        CoreProblemCode.NOT_ABOVE_MIN, "be above qualificationScaleMin " + qualificationScaleMin(), qualificationScaleMax());
    problems.check(silverFrom().signum() > 0, root.field("silverFrom"), CoreProblemCode.NOT_POSITIVE, "be > 0", silverFrom());
    problems.check(goldFrom().compareTo(silverFrom()) > 0, root.field("goldFrom"), CoreProblemCode.NOT_INCREASING,
        "be above silverFrom " + silverFrom(), goldFrom());
    problems.check(platinumFrom().compareTo(goldFrom()) > 0 && platinumFrom().compareTo(new BigDecimal("50")) <= 0,
        root.field("platinumFrom"), CoreProblemCode.NOT_INCREASING, "be above goldFrom " + goldFrom() + " and at most 50",
        platinumFrom());
    problems.throwIfErrors(InvalidProgramException::new);
  }

  /** Builds a {@link SelectionPolicy}; every attribute defaults to the standard program. Not thread-safe. */
  public static class Builder extends ImmutableSelectionPolicy.Builder {
    /** Creates a builder with every default. */
    Builder() {}
  }
}
