package dev.partneros.attribution;

/**
 * How a deal's credit is split across the partners that touched it before close
 * ({@code docs/rules/attribution.md#multi-touch-credit}). Only the touches a
 * {@link CreditSplitter} counts take part: those dated on or before the close date whose kind is
 * one of the policy's {@link AttributionPolicy#creditedTouchKinds()}. Each touch gets a weight; a
 * partner's share is the sum of its touches' weights over the sum of all weights.
 *
 * <p>"First" and "last" are by date. Dates have no time of day, so when several touches share the
 * first (or last) date they share that position's weight equally: no partner wins a same-day tie
 * merely by the spelling of its id.
 */
public enum CreditModel {
  /** All the credit to the touches on the earliest date, shared equally among them. */
  FIRST_TOUCH,
  /** All the credit to the touches on the latest date, shared equally among them. */
  LAST_TOUCH,
  /** Every touch the same weight. */
  LINEAR,
  /**
   * Weight {@code 2^(-age / halfLife)}, age = days from the touch to the close date, half-life
   * {@link AttributionPolicy#halfLifeDays()} (7 days by default): a touch on the close date weighs
   * 1, one a half-life earlier 1/2. See {@link CreditSplitter} for the exact representation.
   */
  TIME_DECAY,
  /**
   * {@link AttributionPolicy#positionWeights()} (40 / 20 / 40 by default) to the first touch, the
   * touches in between and the last touch. One touch (or touches all on one day) gets everything,
   * shared equally; with no touch in between, the middle weight is split between first and last in
   * proportion to their weights (so two touches get 50 / 50 by default).
   */
  POSITION_BASED,
  /**
   * The deal's own agreed weights per partner ({@link Deal#customWeights()}, adding up to exactly
   * 1). A weighted partner without a counted touch gets nothing and the other weights are scaled up
   * to add up to 1 again; a partner with touches but no weight gets nothing.
   */
  CUSTOM
}
