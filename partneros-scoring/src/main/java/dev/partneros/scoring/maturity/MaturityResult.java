package dev.partneros.scoring.maturity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.Explanation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A program's maturity ({@code docs/rules/maturity.md#next-steps-and-progress}): its stage, the
 * completion of every stage, the level of every capability area, the weakest areas, the next steps
 * (unchecked items with their templates) and the progress to the next stage.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMaturityResult.class)
@JsonDeserialize(as = ImmutableMaturityResult.class)
public abstract class MaturityResult {

  MaturityResult() {}

  /**
   * Returns the program's stage.
   *
   * @return never null, at least {@link MaturityStage#FOUNDATIONAL}
   */
  public abstract MaturityStage stage();

  /**
   * Returns the next stage.
   *
   * @return the next stage, or empty at {@link MaturityStage#OPTIMIZED}
   */
  public abstract Optional<MaturityStage> nextStage();

  /**
   * Returns the completed share of each stage's checklist, 0 to 1 (4 decimals).
   *
   * @return never null, every stage
   */
  public abstract Map<MaturityStage, BigDecimal> completion();

  /**
   * Returns each capability area's level, by the same cumulative rule over its own items.
   *
   * @return never null, every area
   */
  public abstract Map<CapabilityArea, MaturityStage> areaLevels();

  /**
   * Returns the weakest areas: those at the lowest level, the least advanced on their next stage
   * first.
   *
   * @return never null
   */
  public abstract List<CapabilityArea> weakestAreas();

  /**
   * Returns the next steps: the unchecked items of every stage up to the next one, lowest stage
   * first, each with its templates.
   *
   * @return never null
   */
  public abstract List<ChecklistItem> nextSteps();

  /**
   * Returns the progress to the next stage, 0 to 100 (2 decimals): the minimum over the stages up
   * to the next one of {@code min(1, completion / threshold)}; 100 at the top.
   *
   * @return never null
   */
  public abstract BigDecimal progressToNext();

  /**
   * Returns the explanation.
   *
   * @return never null
   */
  public abstract Explanation explanation();

  /** Builds a {@link MaturityResult}. Not thread-safe. */
  static class Builder extends ImmutableMaturityResult.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
