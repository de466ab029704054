package dev.partneros.portfolio;

import static java.util.Objects.requireNonNull;

import dev.partneros.tiers.TierDecision;
import java.time.LocalDate;

/**
 * One quarter end of a partner's tier timeline: the decision of the tier state machine and the
 * program version in force on that quarter end, which decided it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param quarterEnd the quarter end evaluated
 * @param version the label of the program version in force on it
 * @param decision the decision
 */
public record TimelineEntry(LocalDate quarterEnd, String version, TierDecision decision) {

  /**
   * Checks for nulls.
   *
   * @param quarterEnd not null
   * @param version not null
   * @param decision not null
   */
  public TimelineEntry {
    requireNonNull(quarterEnd, "quarterEnd");
    requireNonNull(version, "version");
    requireNonNull(decision, "decision");
  }

  /**
   * Renders the decision's summary with its version, such as
   * {@code 2026-09-30 GOLD GOOD_STANDING (UPGRADED), qualified GOLD [2026.2]}.
   *
   * @return never null
   */
  @Override
  public String toString() {
    return decision.summary() + " [" + version + "]";
  }
}
