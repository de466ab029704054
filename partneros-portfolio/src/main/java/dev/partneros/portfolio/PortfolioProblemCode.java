package dev.partneros.portfolio;

import dev.partneros.core.ProblemCode;

/**
 * The problem codes only the portfolio evaluation and its program edits produce
 * ({@code docs/problems.md#portfolio}). Codes every module shares are in
 * {@link dev.partneros.core.CoreProblemCode}.
 *
 * <p>Immutable and thread-safe.
 */
public enum PortfolioProblemCode implements ProblemCode {

  /** A program edit changes a tier threshold the program does not write. */
  NO_SUCH_THRESHOLD("no_such_threshold", "a program edit changes a tier threshold the program does not write");

  private final String code;
  private final String meaning;

  PortfolioProblemCode(String code, String meaning) {
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
