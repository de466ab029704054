package dev.partneros.portfolio;

import static java.util.Objects.requireNonNull;

/**
 * A result together with the program version that decided it
 * ({@code docs/rules/program-changes.md#no-retroactive-change}: the evaluator reports which
 * version decided each result).
 *
 * <p>Immutable and thread-safe when the result is.
 *
 * @param <T> the result's type
 * @param result the result
 * @param version the label of the program version that decided it
 */
public record Assessed<T>(T result, String version) {

  /**
   * Checks for nulls.
   *
   * @param result not null
   * @param version not null
   */
  public Assessed {
    requireNonNull(result, "result");
    requireNonNull(version, "version");
  }
}
