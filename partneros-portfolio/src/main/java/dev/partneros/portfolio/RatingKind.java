package dev.partneros.portfolio;

/** Which assessment a row of {@code ratings} belongs to. */
public enum RatingKind {
  /**
   * A 3C/4C/5C scorecard rating ({@code docs/rules/scorecards.md#ratings-and-evidence}):
   * {@code value} 0-5 with evidence.
   */
  FOUR_C,
  /**
   * An ideal-partner-profile attribute ({@code docs/rules/ipp.md#attribute-groups}): {@code value}
   * HIGH, MEDIUM or LOW.
   */
  IPP,
  /**
   * An IPP absolute disqualifier ({@code docs/rules/ipp.md#disqualifiers}): {@code value} true or
   * false.
   */
  IPP_DISQUALIFIER
}
