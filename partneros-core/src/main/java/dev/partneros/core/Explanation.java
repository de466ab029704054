package dev.partneros.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The reasons for a decision, as structured data: the steps taken in order, plus what reproduces
 * the decision (the as-of date and the program version that decided it). Every PartnerOS decision
 * carries one ({@code docs/rules/conventions.md#explanations}). Sentences are rendered only on
 * request ({@link #sentences()}, {@link #render()}), so the hot path never formats text it will
 * not print.
 *
 * <p>JSON-serialisable; immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExplanation.class)
@JsonDeserialize(as = ImmutableExplanation.class)
public abstract class Explanation {

  Explanation() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns what was decided, in a few words, such as {@code tier qualification of P-17}.
   *
   * @return never null, not blank
   */
  public abstract String subject();

  /**
   * Returns the steps, in the order they were taken.
   *
   * @return never null
   */
  public abstract List<ExplanationStep> steps();

  /**
   * Returns the as-of date of the decision.
   *
   * @return the date, or empty when the decision does not depend on one
   */
  public abstract Optional<LocalDate> asOf();

  /**
   * Returns the program version that decided it.
   *
   * @return the version, or empty when no program document was involved
   */
  public abstract Optional<String> programVersion();

  @Value.Check
  void check() {
    if (subject().isBlank()) {
      throw new InvalidFactsException(List.of(Problem.error(FieldPath.root().field("subject"), CoreProblemCode.BLANK,
          "not be blank", subject())));
    }
  }

  /**
   * Renders every step as one sentence each, in order.
   *
   * @return never null
   */
  public List<String> sentences() {
    List<String> sentences = new ArrayList<>(steps().size());
    for (ExplanationStep step : steps()) {
      sentences.add(step.render());
    }
    return List.copyOf(sentences);
  }

  /**
   * Renders the whole explanation: a heading line (subject, as-of date, program version) and one
   * indented line per step.
   *
   * @return never null
   */
  public String render() {
    StringBuilder out = new StringBuilder(256 + 160 * steps().size()).append(subject());
    asOf().ifPresent(d -> out.append(" as of ").append(d));
    programVersion().ifPresent(v -> out.append(" (program ").append(v).append(')'));
    String lineSeparator = System.lineSeparator();
    for (ExplanationStep step : steps()) {
      step.renderTo(out.append(lineSeparator).append("  - "));
    }
    return out.toString();
  }

  /** Builds an {@link Explanation}; {@code subject} is mandatory. Not thread-safe. */
  public static class Builder extends ImmutableExplanation.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
