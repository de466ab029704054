package dev.partneros.tiers.mdf;

/** Where an {@link MdfObligation} stands on an as-of date. */
public enum ObligationStatus {
  /** Not done yet, and the due date is today or later. */
  OPEN,
  /** Not done, and the due date has passed (the as-of date is after it). */
  OVERDUE,
  /** Done, on or before the as-of date (possibly late: see {@link MdfObligation#isLate()}). */
  DONE
}
