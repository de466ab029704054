package dev.partneros.scoring;

import dev.partneros.core.ProblemCode;

/**
 * The problem codes only the scoring rules produce: scorecards, IPP and prospect selection, maturity, health and KPIs
 * ({@code docs/problems.md#scoring}). Codes every module shares are in
 * {@link dev.partneros.core.CoreProblemCode}.
 *
 * <p>Immutable and thread-safe.
 */
public enum ScoringProblemCode implements ProblemCode {

  /** A scorecard rating carries no evidence note (an error in strict mode, else a warning). */
  NO_EVIDENCE("no_evidence", "a scorecard rating carries no evidence note (an error in strict mode, else a warning)"),
  /** Weights are given to some entries but not to all (give every one a weight, or none for equal weights). */
  PARTIAL_WEIGHTS("partial_weights",
      "weights are given to some entries but not to all (give every one a weight, or none for equal weights)"),
  /** An IPP rating names an attribute the profile does not have. */
  UNKNOWN_ATTRIBUTE("unknown_attribute", "an IPP rating names an attribute the profile does not have"),
  /** A rating or weight names a criterion the scorecard does not have. */
  UNKNOWN_CRITERION("unknown_criterion", "a rating or weight names a criterion the scorecard does not have"),
  /** A rating names a sub-criterion its criterion does not have. */
  UNKNOWN_SUB_CRITERION("unknown_sub_criterion", "a rating names a sub-criterion its criterion does not have"),
  /** A prospect rating names a qualification dimension the selection policy does not have. */
  UNKNOWN_DIMENSION("unknown_dimension",
      "a prospect rating names a qualification dimension the selection policy does not have"),
  /** An IPP answer names a disqualifier the profile does not have. */
  UNKNOWN_DISQUALIFIER("unknown_disqualifier", "an IPP answer names a disqualifier the profile does not have"),
  /** An IPP weight names an attribute group the profile does not have. */
  UNKNOWN_GROUP("unknown_group", "an IPP weight names an attribute group the profile does not have"),
  /** A maturity assessment names an item that is not on the checklist. */
  UNKNOWN_ITEM("unknown_item", "a maturity assessment names an item that is not on the checklist");

  private final String code;
  private final String meaning;

  ScoringProblemCode(String code, String meaning) {
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
