package dev.partneros.attribution.commission;

/**
 * The SPIFFs of {@code docs/rules/commission.md#spiffs}, each time-boxed by a {@link SpiffWindow}.
 */
public enum SpiffKind {
  /** A flat amount on a new partner's first deal within 90 days of joining (500 to 2,000). */
  FIRST_DEAL,
  /** Twice the commission on a launched product's deals during the launch (30 to 60 days). */
  PRODUCT_LAUNCH,
  /** A bonus of 10 % to 20 % on the quarter's commission when the quarter's quota is met. */
  QUARTERLY_QUOTA,
  /** A flat amount on a deal that displaces a competitor (1,000 to 5,000). */
  COMPETITIVE_DISPLACEMENT,
  /** Five more points of rate on a multi-product deal. */
  BUNDLE
}
