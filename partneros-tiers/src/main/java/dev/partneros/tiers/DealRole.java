package dev.partneros.tiers;

/** The part a partner played in a deal (RULES.md section 5 metrics; section 6 attribution). */
public enum DealRole {
  /** The partner brought the deal: it counts in sourced ARR. */
  SOURCED,
  /** The partner helped close a deal it did not bring: it counts in influenced ARR. */
  INFLUENCED
}
