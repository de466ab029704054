package dev.partneros.attribution.commission;

/** How a volume bracket table pays ({@code docs/rules/commission.md#volume-brackets}). */
public enum BracketMode {
  /** Each bracket's rate on the slice of volume inside it (the default). */
  MARGINAL,
  /** The rate of the bracket reached on the whole volume. */
  WHOLE_VOLUME
}
