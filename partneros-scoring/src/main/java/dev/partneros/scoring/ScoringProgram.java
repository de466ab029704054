package dev.partneros.scoring;

import static java.util.Objects.requireNonNull;

import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.Problem;
import dev.partneros.core.ProgramDocument;
import dev.partneros.scoring.health.HealthPolicy;
import dev.partneros.scoring.ipp.IppPolicy;
import dev.partneros.scoring.ipp.SelectionPolicy;
import dev.partneros.scoring.kpi.KpiPolicy;
import dev.partneros.scoring.maturity.MaturityPolicy;
import dev.partneros.scoring.scorecard.ScorecardPolicy;
import dev.partneros.scoring.segment.SegmentPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.immutables.value.Value;

/**
 * Every scoring policy of one program version, read from its document's sections ({@code maturity},
 * {@code ipp}, {@code selection}, {@code scorecard}, {@code health}, {@code segments},
 * {@code kpis}); an absent section is the standard program's default
 * ({@code docs/rules/maturity.md}, {@code docs/rules/ipp.md}, {@code docs/rules/scorecards.md} and
 * {@code docs/rules/health.md}).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScoringProgram {

  ScoringProgram() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the standard program's policies.
   *
   * @return never null
   */
  public static ScoringProgram standard() {
    return new Builder().maturity(MaturityPolicy.standard()).ipp(IppPolicy.standard())
        .selection(SelectionPolicy.standard()).scorecard(ScorecardPolicy.standard()).health(HealthPolicy.standard())
        .segments(SegmentPolicy.standard()).kpis(KpiPolicy.standard()).build();
  }

  /**
   * Reads every scoring section of a program document, reporting the problems of all sections at
   * once.
   *
   * @param document the program version, not null
   * @return never null
   * @throws InvalidProgramException naming every problem of every scoring section
   */
  public static ScoringProgram from(ProgramDocument document) {
    requireNonNull(document, "document");
    List<Problem> problems = new ArrayList<>();
    Builder builder = new Builder();
    builder.maturity(read(document, "maturity", MaturityPolicy.class, MaturityPolicy::standard, problems));
    builder.ipp(read(document, "ipp", IppPolicy.class, IppPolicy::standard, problems));
    builder.selection(read(document, "selection", SelectionPolicy.class, SelectionPolicy::standard, problems));
    builder.scorecard(read(document, "scorecard", ScorecardPolicy.class, ScorecardPolicy::standard, problems));
    builder.health(read(document, "health", HealthPolicy.class, HealthPolicy::standard, problems));
    builder.segments(read(document, "segments", SegmentPolicy.class, SegmentPolicy::standard, problems));
    builder.kpis(read(document, "kpis", KpiPolicy.class, KpiPolicy::standard, problems));
    if (!problems.isEmpty()) {
      throw new InvalidProgramException(problems);
    }
    return builder.build();
  }

  private static <T> T read(ProgramDocument document, String section, Class<T> type, Supplier<T> defaults,
      List<Problem> problems) {
    try {
      return document.readSection(section, type, defaults);
    } catch (InvalidProgramException e) {
      problems.addAll(e.problems());
      return defaults.get();
    }
  }

  /**
   * Returns the maturity model.
   *
   * @return never null
   */
  public abstract MaturityPolicy maturity();

  /**
   * Returns the ideal partner profile.
   *
   * @return never null
   */
  public abstract IppPolicy ipp();

  /**
   * Returns the selection and qualification scorecards.
   *
   * @return never null
   */
  public abstract SelectionPolicy selection();

  /**
   * Returns the 3C/4C/5C scorecard.
   *
   * @return never null
   */
  public abstract ScorecardPolicy scorecard();

  /**
   * Returns the health score policy.
   *
   * @return never null
   */
  public abstract HealthPolicy health();

  /**
   * Returns the segmentation policy.
   *
   * @return never null
   */
  public abstract SegmentPolicy segments();

  /**
   * Returns the KPI targets.
   *
   * @return never null
   */
  public abstract KpiPolicy kpis();

  /** Builds a {@link ScoringProgram}. Not thread-safe. */
  public static class Builder extends ImmutableScoringProgram.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
