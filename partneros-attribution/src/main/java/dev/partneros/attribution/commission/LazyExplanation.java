package dev.partneros.attribution.commission;

import com.fasterxml.jackson.databind.util.StdConverter;
import dev.partneros.core.Explanation;
import java.util.function.Supplier;

/**
 * The JSON form of an explanation built on request: written as the explanation itself,
 * read back as a source that returns the explanation read. Used by the values whose explanation is
 * computed lazily from what their engine recorded ({@link CommissionLine},
 * {@link ClawbackDecision}), so a value read from JSON explains itself exactly as the one written.
 */
final class LazyExplanation {

  private LazyExplanation() {}

  /** Writes a source as the explanation it builds. */
  static final class Write extends StdConverter<Supplier<Explanation>, Explanation> {
    @Override
    public Explanation convert(Supplier<Explanation> source) {
      return source.get();
    }
  }

  /** Reads an explanation as a source that returns it. */
  static final class Read extends StdConverter<Explanation, Supplier<Explanation>> {
    @Override
    public Supplier<Explanation> convert(Explanation explanation) {
      return () -> explanation;
    }
  }
}
