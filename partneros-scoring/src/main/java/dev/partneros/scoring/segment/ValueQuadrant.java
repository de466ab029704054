package dev.partneros.scoring.segment;

/**
 * The partner value matrix ({@code docs/rules/health.md#value-matrix}): strategic value against
 * partner revenue, each split at a threshold (values at the threshold count as high). It feeds the
 * MDF strategic-value multiplier.
 */
public enum ValueQuadrant {
  /** High value, high revenue. */
  STRATEGIC_ALLIANCE,
  /** High value, low revenue. */
  TECHNOLOGY_PARTNER,
  /** Low value, high revenue. */
  CHANNEL_PARTNER,
  /** Low value, low revenue. */
  AFFILIATE
}
