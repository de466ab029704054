package dev.partneros.attribution;

import dev.partneros.core.ProblemCode;

/**
 * The problem codes only the attribution, commission and clawback rules produce
 * ({@code docs/problems.md#attribution-commission-and-clawback}). Codes every module shares are in
 * {@link dev.partneros.core.CoreProblemCode}.
 *
 * <p>Immutable and thread-safe.
 */
public enum AttributionProblemCode implements ProblemCode {

  /** A bracket or band does not start where the previous one ends, leaving a gap. */
  GAP("gap", "a bracket or band does not start where the previous one ends, leaving a gap"),
  /** A bracket or band starts before the previous one ends. */
  OVERLAP("overlap", "a bracket or band starts before the previous one ends"),
  /** A bracket or band other than the last has no upper end. */
  UNBOUNDED_BEFORE_LAST("unbounded_before_last", "a bracket or band other than the last has no upper end"),
  /** The last bracket or band has an upper end (nothing may fall outside the table). */
  BOUNDED_LAST("bounded_last", "the last bracket or band has an upper end (nothing may fall outside the table)"),
  /** Amounts that must add up to a total do not. */
  NOT_RECONCILED("not_reconciled", "amounts that must add up to a total do not"),
  /** A payment or cancellation names a deal that is not in the facts. */
  UNKNOWN_DEAL("unknown_deal", "a payment or cancellation names a deal that is not in the facts"),
  /** A deal row, quota, cancellation or lookup names a partner that is not in the facts (or not on the deal). */
  UNKNOWN_PARTNER("unknown_partner",
      "a deal row, quota, cancellation or lookup names a partner that is not in the facts (or not on the deal)");

  private final String code;
  private final String meaning;

  AttributionProblemCode(String code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String meaning() {
    return meaning;
  }
}
