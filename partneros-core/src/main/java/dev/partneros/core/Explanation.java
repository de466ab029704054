package dev.partneros.core;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
@JsonSerialize(as = ImmutableExplanation.class, converter = ListedExplanation.Json.class)
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
   * Creates an explanation from its parts, as {@link #builder()} would build it, copying the steps
   * only when they are not already an unmodifiable list of {@link List#of}: the engines' fast path.
   *
   * @param subject what was decided, not blank
   * @param asOf the as-of date, or empty
   * @param programVersion the program version, or empty
   * @param steps the steps in order, not null, none null
   * @return never null; equal to, and written to JSON as, the same explanation built by
   *     {@link #builder()}
   * @throws InvalidFactsException if the subject is blank ({@code blank} at {@code subject})
   */
  public static Explanation of(String subject, Optional<LocalDate> asOf, Optional<String> programVersion,
      List<ExplanationStep> steps) {
    requireNonNull(subject, "subject");
    requireNonNull(asOf, "asOf");
    requireNonNull(programVersion, "programVersion");
    List<ExplanationStep> own = List.copyOf(requireNonNull(steps, "steps"));
    if (subject.isBlank()) {
      throw blankSubject(subject);
    }
    return new ListedExplanation(subject, asOf.orElse(null), programVersion.orElse(null), own);
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
      throw blankSubject(subject());
    }
  }

  private static InvalidFactsException blankSubject(String subject) {
    return new InvalidFactsException(List.of(Problem.error(FieldPath.root().field("subject"), CoreProblemCode.BLANK,
        "not be blank", subject)));
  }

  /**
   * Tells whether another object is an explanation with the same subject, steps, as-of date and
   * program version, however either was built.
   *
   * @param another the object, may be null
   * @return true if it is an equal explanation
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) {
      return true;
    }
    if (!(another instanceof Explanation)) {
      return false;
    }
    Explanation that = (Explanation) another;
    return subject().equals(that.subject()) && steps().equals(that.steps()) && asOf().equals(that.asOf())
        && programVersion().equals(that.programVersion());
  }

  /**
   * Returns a hash code of the explanation's parts, the same for equal explanations however they
   * were built.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + subject().hashCode();
    h += (h << 5) + steps().hashCode();
    h += (h << 5) + Objects.hashCode(asOf().orElse(null));
    h += (h << 5) + Objects.hashCode(programVersion().orElse(null));
    return h;
  }

  /**
   * Returns the explanation's parts for debugging; absent parts are left out. Use {@link #render()}
   * for the text.
   *
   * @return never null
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("Explanation{").append("subject=").append(subject());
    out.append(", steps=").append(steps());
    asOf().ifPresent(d -> out.append(", asOf=").append(d));
    programVersion().ifPresent(v -> out.append(", programVersion=").append(v));
    return out.append('}').toString();
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
