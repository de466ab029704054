package dev.partneros.portfolio;

/** Which assessment a row of {@code ratings} belongs to. */
public enum RatingKind {
  /** A 3C/4C/5C scorecard rating (RULES.md section 3): {@code value} 0-5 with evidence. */
  FOUR_C,
  /** An ideal-partner-profile attribute (RULES.md section 2): {@code value} HIGH, MEDIUM or LOW. */
  IPP,
  /** An IPP absolute disqualifier (RULES.md section 2): {@code value} true or false. */
  IPP_DISQUALIFIER
}
