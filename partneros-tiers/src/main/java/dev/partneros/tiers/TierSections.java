package dev.partneros.tiers;

import java.util.List;

/**
 * The program-file sections this module reads ({@code docs/rules/tiers.md} and
 * {@code docs/rules/mdf.md}), so tools such as a program linter can tell which module owns which
 * part of a {@link dev.partneros.core.ProgramDocument}.
 */
public final class TierSections {

  /** The section names this module reads, each one of {@code ProgramDocument.SECTION_NAMES}. */
  public static final List<String> NAMES = List.of("tiers", "benefits", "mdf");

  private TierSections() {}
}
