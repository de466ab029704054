package dev.partneros.tiers;

/** How a tier is listed in the partner directory ({@code docs/rules/tiers.md#benefits-matrix}). */
public enum DirectoryListing {
  /** Not listed (standard: Registered). */
  NONE,
  /** A basic listing (standard: Silver). */
  BASIC,
  /** A featured listing (standard: Gold). */
  FEATURED,
  /** A spotlight listing (standard: Platinum). */
  SPOTLIGHT
}
