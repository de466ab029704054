package dev.partneros.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.partneros.core.internal.ProblemCollector;
import java.util.List;

/**
 * The identifier of a partner, as the caller's PRM or CRM knows it: 1 to 128 characters, no
 * control characters, not blank, no leading or trailing white space. Ordered by its text, which is
 * the deterministic tie-break of every allocation ({@code docs/rules/conventions.md#allocation}).
 *
 * <p>JSON form: the plain string.
 *
 * <p>Immutable and thread-safe.
 */
public final class PartnerId implements Comparable<PartnerId> {

  private final String value;

  private PartnerId(String value) {
    this.value = value;
  }

  /**
   * Creates a partner id.
   *
   * @param value the id, not null
   * @return never null
   * @throws InvalidFactsException if the id is blank, longer than 128 characters, has leading or
   *     trailing white space, or contains a control character
   */
  @JsonCreator
  public static PartnerId of(String value) {
    FieldPath path = FieldPath.root().field("partnerId");
    ProblemCollector problems = new ProblemCollector();
    if (problems.requireNotBlank(path, value)) {
      problems.check(value.length() <= 128, path, CoreProblemCode.TOO_LARGE, "have at most 128 characters",
          value.length() + " characters");
      problems.check(value.strip().equals(value), path, CoreProblemCode.WHITESPACE,
          "not start or end with white space", "\"" + value + "\"");
      problems.check(value.chars().noneMatch(Character::isISOControl), path, CoreProblemCode.CONTROL_CHARACTER,
          "not contain control characters", value.replaceAll("\\p{Cntrl}", "?"));
    }
    problems.throwIfErrors(InvalidFactsException::new);
    return new PartnerId(value);
  }

  /**
   * Returns the id's text.
   *
   * @return never null
   */
  @JsonValue
  public String value() {
    return value;
  }

  @Override
  public int compareTo(PartnerId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PartnerId && ((PartnerId) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the id's text.
   *
   * @return never null
   */
  @Override
  public String toString() {
    return value;
  }
}
