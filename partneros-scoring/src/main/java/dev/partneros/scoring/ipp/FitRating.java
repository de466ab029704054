package dev.partneros.scoring.ipp;

/**
 * The IPP fit rating of a prospect ({@code docs/rules/ipp.md#fit-ratings}), lowest first: below 40
 * {@code POOR_FIT}, 40-59 {@code MODERATE_CONCERN}, 60-79 {@code GOOD_POTENTIAL}, 80+
 * {@code EXCELLENT_FIT}. Any absolute disqualifier forces {@code POOR_FIT}.
 */
public enum FitRating {
  /** Below the moderate threshold, or disqualified. */
  POOR_FIT,
  /** From the moderate threshold (40). */
  MODERATE_CONCERN,
  /** From the good threshold (60). */
  GOOD_POTENTIAL,
  /** From the excellent threshold (80). */
  EXCELLENT_FIT
}
