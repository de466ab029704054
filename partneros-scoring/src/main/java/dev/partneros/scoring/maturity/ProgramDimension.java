package dev.partneros.scoring.maturity;

import java.util.List;

/**
 * The seven dimensions of the program assessment, each rated at level 1 to 4
 * ({@code docs/rules/maturity.md#program-assessment}), with what each level looks like.
 */
public enum ProgramDimension {
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

  ProgramDimension(String... levels) {
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
