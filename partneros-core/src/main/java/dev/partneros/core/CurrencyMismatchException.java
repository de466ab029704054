package dev.partneros.core;

import static java.util.Objects.requireNonNull;

import java.util.Currency;
import java.util.List;

/**
 * Two amounts of different currencies met in one operation. PartnerOS never adds, compares or
 * splits amounts of different currencies silently ({@code docs/rules/conventions.md#money}):
 * convert one of them first with an explicit {@link FxRate}.
 *
 * <p>Immutable and thread-safe.
 */
public final class CurrencyMismatchException extends PartnerOsException {

  private static final long serialVersionUID = 1L;

  /** The currency the operation works in. */
  private final Currency expected;
  /** The other currency that was met. */
  private final Currency actual;

  /**
   * Creates the exception.
   *
   * @param expected the currency the operation works in, not null
   * @param actual the other currency met, not null
   */
  public CurrencyMismatchException(Currency expected, Currency actual) {
    super("currency mismatch", List.of(Problem.error(FieldPath.root().field("currency"),
        CoreProblemCode.CURRENCY_MISMATCH, "be " + requireNonNull(expected, "expected").getCurrencyCode()
            + " (convert with an explicit FX rate first)",
        requireNonNull(actual, "actual").getCurrencyCode())));
    this.expected = expected;
    this.actual = actual;
  }

  /**
   * Returns the currency the operation works in.
   *
   * @return never null
   */
  public Currency expected() {
    return expected;
  }

  /**
   * Returns the other currency that was met.
   *
   * @return never null
   */
  public Currency actual() {
    return actual;
  }
}
