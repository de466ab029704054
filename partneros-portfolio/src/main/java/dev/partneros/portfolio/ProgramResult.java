package dev.partneros.portfolio;

import static java.util.Objects.requireNonNull;

import dev.partneros.core.Money;
import dev.partneros.scoring.kpi.KpiFacts;
import dev.partneros.scoring.kpi.KpiValue;
import dev.partneros.scoring.maturity.MaturityResult;
import dev.partneros.scoring.segment.SegmentAssignment;
import java.util.List;
import java.util.Optional;

/**
 * What the evaluator decided about the program as a whole as of the evaluation date, under the
 * version in force on it: the maturity stage with its next steps (when a checklist is given), the
 * segments of the portfolio, and the program KPIs with the figures they were computed from.
 *
 * <p>Immutable and thread-safe.
 *
 * @param version the label of the program version in force on the evaluation date
 * @param maturity the maturity stage, when the portfolio has a checklist
 * @param segments one assignment per active partner with health, in partner-id order
 * @param kpiFacts the portfolio figures the KPIs were computed from
 * @param kpis the program KPIs, in the order of {@link dev.partneros.scoring.kpi.ProgramKpi}
 * @param mdfPool the program-level MDF pool allocated across the book, when one was given
 */
public record ProgramResult(String version, Optional<MaturityResult> maturity, List<SegmentAssignment> segments,
    KpiFacts kpiFacts, List<KpiValue> kpis, Optional<Money> mdfPool) {

  /**
   * Checks for nulls and copies the lists.
   *
   * @param version not null
   * @param maturity not null
   * @param segments not null
   * @param kpiFacts not null
   * @param kpis not null
   * @param mdfPool not null
   */
  public ProgramResult {
    requireNonNull(version, "version");
    requireNonNull(maturity, "maturity");
    segments = List.copyOf(segments);
    requireNonNull(kpiFacts, "kpiFacts");
    kpis = List.copyOf(kpis);
    requireNonNull(mdfPool, "mdfPool");
  }

  /**
   * The result of a program without an MDF pool.
   *
   * @param version not null
   * @param maturity not null
   * @param segments not null
   * @param kpiFacts not null
   * @param kpis not null
   */
  public ProgramResult(String version, Optional<MaturityResult> maturity, List<SegmentAssignment> segments,
      KpiFacts kpiFacts, List<KpiValue> kpis) {
    this(version, maturity, segments, kpiFacts, kpis, Optional.empty());
  }
}
