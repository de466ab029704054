package dev.partneros.portfolio;

import static java.util.Objects.requireNonNull;

import dev.partneros.core.YearQuarter;
import dev.partneros.scoring.health.HealthScore;

/**
 * One quarter of a partner's health ({@code docs/rules/health.md#health-score}), with the program
 * version in force on the quarter's last day, which scored it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param quarter the calendar quarter
 * @param version the label of the program version that scored it
 * @param score the score, with the change and band movement since the previous quarter
 */
public record HealthEntry(YearQuarter quarter, String version, HealthScore score) {

  /**
   * Checks for nulls.
   *
   * @param quarter not null
   * @param version not null
   * @param score not null
   */
  public HealthEntry {
    requireNonNull(quarter, "quarter");
    requireNonNull(version, "version");
    requireNonNull(score, "score");
  }
}
