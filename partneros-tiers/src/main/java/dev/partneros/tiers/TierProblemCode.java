package dev.partneros.tiers;

import dev.partneros.core.ProblemCode;

/**
 * The problem codes only the tier and MDF rules produce
 * ({@code docs/problems.md#tiers-and-mdf}). Codes every module shares are in
 * {@link dev.partneros.core.CoreProblemCode}.
 *
 * <p>Immutable and thread-safe.
 */
public enum TierProblemCode implements ProblemCode {

  /** A tier evaluation date is not the last day of a fiscal quarter. */
  NOT_QUARTER_END("not_quarter_end", "a tier evaluation date is not the last day of a fiscal quarter"),
  /** A tier's criteria expand to too many alternatives to compare with the tier below. */
  TOO_COMPLEX("too_complex", "a tier's criteria expand to too many alternatives to compare with the tier below"),
  /** A threshold amount has more decimals than its currency allows. */
  TOO_MANY_DECIMALS("too_many_decimals", "a threshold amount has more decimals than its currency allows"),
  /** An MDF claim replaces a claim that is not on the ledger. */
  UNKNOWN_CLAIM("unknown_claim", "an MDF claim replaces a claim that is not on the ledger"),
  /** An MDF claim names a grant that is not on the ledger. */
  UNKNOWN_GRANT("unknown_grant", "an MDF claim names a grant that is not on the ledger"),
  /** A multiplier names a quadrant that is not one of the partner value matrix. */
  UNKNOWN_QUADRANT("unknown_quadrant", "a multiplier names a quadrant that is not one of the partner value matrix");

  private final String code;
  private final String meaning;

  TierProblemCode(String code, String meaning) {
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
