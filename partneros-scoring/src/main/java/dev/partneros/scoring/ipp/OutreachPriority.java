package dev.partneros.scoring.ipp;

/**
 * The outreach priority of a prospect ({@code docs/rules/ipp.md#outreach-priority}), highest
 * first: P0 = 35+ points with active interest and a shared customer; P1 = 25-34 (and any P0
 * candidate lacking interest or a shared customer); P2 = 15-24; P3 = below 15.
 */
public enum OutreachPriority {
  /** Reach out now. */
  P0,
  /** Reach out this quarter. */
  P1,
  /** Nurture. */
  P2,
  /** Not now. */
  P3
}
