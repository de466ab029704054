package dev.partneros.scoring.health;

/**
 * How a scored dimension turns its input into points ({@code docs/rules/health.md#curves}).
 *
 * <p>The blueprint's own example ("health score 87, Champion") cannot come from its step table,
 * whose every step is a multiple of 5; so each numeric dimension offers both curves.
 */
public enum Curve {
  /** The step table as written: the points of the highest step whose lower bound is met. */
  STEP,
  /**
   * Linear interpolation between consecutive anchors (each step's lower bound and points): at an
   * inclusive anchor it equals {@link #STEP}; below the lowest anchor it gives the floor points, above
   * the highest the top points.
   */
  LINEAR
}
