package dev.partneros.scoring.maturity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.internal.ProblemCollector;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The seven-dimension program assessment ({@code docs/rules/maturity.md#program-assessment}): a
 * level 1-4 for every dimension, with its average, the lowest dimensions and the stage the average
 * corresponds to.
 *
 * <p>Decision: the average level maps to a stage by its whole part (1.x Foundational, 2.x
 * Emerging, 3.x Scaled, 4 Optimized); it is a second view beside the checklist staging, not a
 * replacement.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProgramAssessment.class)
@JsonDeserialize(as = ImmutableProgramAssessment.class)
public abstract class ProgramAssessment {

  /**
   * The seven dimensions of the program assessment, each rated at level 1 to 4
   * ({@code docs/rules/maturity.md#program-assessment}), with what each level looks like.
   */
  public enum Dimension {
    /** Strategy. */
    STRATEGY("ad hoc", "documented", "integrated", "optimized"),
    /** Partner types. */
    PARTNER_TYPES("single", "2-3 defined", "specialised tracks", "dynamic"),
    /** Tiers. */
    TIERS("none", "basic", "differentiated", "predictive"),
    /** Economics. */
    ECONOMICS("manual", "standardised", "automated", "optimised"),
    /** Enablement. */
    ENABLEMENT("minimal", "basic curriculum", "certification", "personalised"),
    /** Operations. */
    OPERATIONS("manual", "tooling", "integrated", "automated"),
    /** Metrics. */
    METRICS("lagging only", "leading + lagging", "predictive", "real-time");

    private final List<String> levels;

    Dimension(String... levels) {
      this.levels = List.of(levels);
    }

    /**
     * Returns what a level looks like.
     *
     * @param level 1 to 4
     * @return never null
     * @throws IllegalArgumentException if the level is not 1 to 4
     */
    public String describe(int level) {
      if (level < 1 || level > 4) {
        throw new IllegalArgumentException("level must be 1 to 4, but was " + level);
      }
      return levels.get(level - 1);
    }
  }

  ProgramAssessment() {}

  /**
   * Creates an assessment.
   *
   * @param levels the level of every dimension, 1 to 4, not null
   * @return never null
   * @throws InvalidFactsException naming every missing or out-of-range dimension
   */
  public static ProgramAssessment of(Map<Dimension, Integer> levels) {
    return new Builder().putAllLevels(levels).build();
  }

  /**
   * Returns the level of every dimension.
   *
   * @return never null
   */
  public abstract Map<Dimension, Integer> levels();

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    for (Dimension dimension : Dimension.values()) {
      Integer level = levels().get(dimension);
      FieldPath path = FieldPath.root().field("levels").field(dimension.name());
      if (problems.check(level != null, path, CoreProblemCode.MISSING, "be rated 1 to 4", null)) {
        problems.requireInRange(path, level, 1, 4);
      }
    }
    problems.throwIfErrors(InvalidFactsException::new);
  }

  /**
   * Returns the average level, 2 decimals.
   *
   * @return never null, 1 to 4
   */
  public BigDecimal average() {
    int sum = levels().values().stream().mapToInt(Integer::intValue).sum();
    return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(levels().size()), 2, RoundingMode.HALF_EVEN);
  }

  /**
   * Returns the dimensions at the lowest level, in enum order.
   *
   * @return never null
   */
  public List<Dimension> lowest() {
    int min = levels().values().stream().mapToInt(Integer::intValue).min().orElse(1);
    return levels().entrySet().stream().filter(e -> e.getValue() == min).map(Map.Entry::getKey).sorted()
        .collect(java.util.stream.Collectors.toList());
  }

  /**
   * Returns the stage the average level corresponds to.
   *
   * @return never null
   */
  public MaturityStage stage() {
    int sum = levels().values().stream().mapToInt(Integer::intValue).sum();
    return MaturityStage.values()[sum / levels().size() - 1];
  }

  /**
   * Returns what a dimension's level looks like.
   *
   * @param dimension the dimension, not null
   * @return never null
   */
  public String describe(Dimension dimension) {
    return dimension.describe(levels().get(dimension));
  }

  /** Builds a {@link ProgramAssessment}. Not thread-safe. */
  static class Builder extends ImmutableProgramAssessment.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
