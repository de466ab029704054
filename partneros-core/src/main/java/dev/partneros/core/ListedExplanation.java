package dev.partneros.core;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.util.StdConverter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An explanation made by {@link Explanation#of}: its parts as given, the steps an unmodifiable
 * list. It equals, hashes and renders as {@link Explanation} defines for every explanation, and is
 * written to JSON as the same explanation built by {@link Explanation#builder()}.
 *
 * <p>Immutable and thread-safe.
 */
@JsonSerialize(converter = ListedExplanation.Json.class) // this class is not the inherited serialisation type
final class ListedExplanation extends Explanation {

  private final String subject;
  private final LocalDate asOf;
  private final String programVersion;
  private final List<ExplanationStep> steps;

  /**
   * Creates an explanation from parts already checked.
   *
   * @param subject the subject, not blank
   * @param asOf the as-of date, or null
   * @param programVersion the program version, or null
   * @param steps the steps, unmodifiable, not null
   */
  ListedExplanation(String subject, LocalDate asOf, String programVersion, List<ExplanationStep> steps) {
    this.subject = subject;
    this.asOf = asOf;
    this.programVersion = programVersion;
    this.steps = steps;
  }

  @Override
  public String subject() {
    return subject;
  }

  @Override
  public List<ExplanationStep> steps() {
    return steps;
  }

  @Override
  public Optional<LocalDate> asOf() {
    return Optional.ofNullable(asOf);
  }

  @Override
  public Optional<String> programVersion() {
    return Optional.ofNullable(programVersion);
  }

  /**
   * Writes any explanation to JSON as the generated class writes it: one of the generated class as it
   * is, any other as its copy. {@link Explanation} declares it beside the generated class as its
   * serialisation type, so it applies where a explanation is typed as {@link Explanation} too.
   */
  static final class Json extends StdConverter<Explanation, ImmutableExplanation> {
    @Override
    public ImmutableExplanation convert(Explanation explanation) {
      return (ImmutableExplanation) ImmutableExplanation.copyOf(explanation);
    }
  }
}
