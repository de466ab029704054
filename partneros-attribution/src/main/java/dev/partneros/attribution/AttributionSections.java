package dev.partneros.attribution;

import java.util.List;

/**
 * The program-file sections this module reads ({@code docs/rules/attribution.md},
 * {@code docs/rules/commission.md} and {@code docs/rules/clawback.md}), so tools such as a program
 * linter can tell which module owns which part of a {@link dev.partneros.core.ProgramDocument}.
 */
public final class AttributionSections {

  /** The section names this module reads, each one of {@code ProgramDocument.SECTION_NAMES}. */
  public static final List<String> NAMES = List.of("attribution", "commission", "clawback");

  private AttributionSections() {}
}
