package dev.partneros.scoring;

import java.util.List;

/**
 * The program-file sections this module reads ({@code docs/rules/maturity.md},
 * {@code docs/rules/ipp.md}, {@code docs/rules/scorecards.md} and {@code docs/rules/health.md}),
 * so tools such as a program linter can tell which module owns which part of a
 * {@link dev.partneros.core.ProgramDocument}.
 */
public final class ScoringSections {

  /** The section names this module reads, each one of {@code ProgramDocument.SECTION_NAMES}. */
  public static final List<String> NAMES = List.of("maturity", "ipp", "selection", "scorecard", "health", "segments", "kpis");

  private ScoringSections() {}
}
