package dev.partneros.scoring.ipp;

import java.math.BigDecimal;

/**
 * The rating of one ideal-partner-profile attribute ({@code docs/rules/ipp.md#attribute-groups}).
 */
public enum IppLevel {
  /** Counts 0.0. */
  LOW("0"),
  /** Counts 0.5. */
  MEDIUM("0.5"),
  /** Counts 1.0. */
  HIGH("1");

  private final BigDecimal value;

  IppLevel(String value) {
    this.value = new BigDecimal(value);
  }

  /**
   * Returns what the level counts, 0 to 1.
   *
   * @return never null
   */
  public BigDecimal value() {
    return value;
  }
}
