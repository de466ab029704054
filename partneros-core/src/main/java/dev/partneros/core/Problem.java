package dev.partneros.core;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One thing wrong with a program document or a fact set: where it is (a JSON-style path), which
 * rule it breaks (a stable machine-readable code from the catalogue, {@link ProblemCode}), the value rejected when there is one, and a
 * message a partner-operations analyst understands, of the form
 * {@code <path> must <rule>, but was <value>}.
 *
 * <p>Every problem says where and why ({@code docs/problems.md#what-a-problem-carries}): its path is
 * never empty and names the field or the list entry (the root path {@code $} only for what concerns
 * the whole document), and its message is never blank and says why in the words of the file, never
 * with an exception's bare message, a Java class or a parser's name.
 *
 * <p>Problems are collected, never thrown one by one: {@link InvalidProgramException} and
 * {@link InvalidFactsException} carry every problem found. A {@link Severity#WARNING} is reported
 * but does not make a document invalid.
 *
 * <p>Immutable and thread-safe.
 */
@JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"path", "code", "rejectedValue", "message", "severity"})
public final class Problem {

  /** How serious a problem is. */
  public enum Severity {
    /** The input cannot be used. */
    ERROR,
    /** The input can be used, but is probably not what was meant. */
    WARNING
  }

  private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(?:_[a-z0-9]+)*");

  private final String path;
  private final String code;
  private final String rejectedValue;
  private final String message;
  private final Severity severity;

  private Problem(String path, String code, String rejectedValue, String message, Severity severity) {
    this.path = requireNonNull(path, "path");
    this.code = requireNonNull(code, "code");
    this.rejectedValue = rejectedValue;
    this.message = requireNonNull(message, "message");
    this.severity = requireNonNull(severity, "severity");
    if (code.isBlank() || message.isBlank()) {
      throw new IllegalArgumentException("a problem needs a code and a message");
    }
  }

  /**
   * Creates an error whose message reads {@code <path> must <rule>, but was <rejected>}.
   *
   * @param path where the problem is, not null
   * @param code the catalogue entry of the rule broken, such as {@link CoreProblemCode#OUT_OF_RANGE},
   *     not null ({@code docs/problems.md})
   * @param rule what the value must be, completing "must ...", e.g. {@code "be >= 0"}, not null
   * @param rejected the value rejected, rendered with {@link String#valueOf(Object)}; may be null
   *     when there is no value (then the message reads "but was missing")
   * @return never null
   */
  public static Problem error(FieldPath path, ProblemCode code, String rule, Object rejected) {
    return create(path, code, rule, rejected, Severity.ERROR);
  }

  /**
   * Creates a warning whose message reads {@code <path> should <rule>, but was <rejected>}.
   *
   * @param path where the problem is, not null
   * @param code the catalogue entry of the rule broken, not null ({@code docs/problems.md})
   * @param rule what the value should be, completing "should ...", not null
   * @param rejected the value, may be null when there is none
   * @return never null
   */
  public static Problem warning(FieldPath path, ProblemCode code, String rule, Object rejected) {
    return create(path, code, rule, rejected, Severity.WARNING);
  }

  /**
   * Creates a problem with a free-form message (used for parser errors whose text is not a rule).
   * The message is prefixed with the path.
   *
   * @param path where the problem is, not null
   * @param code the catalogue entry of the rule broken, not null ({@code docs/problems.md})
   * @param message what is wrong, not blank
   * @param rejected the rejected value, may be null
   * @return never null
   */
  public static Problem ofMessage(FieldPath path, ProblemCode code, String message, Object rejected) {
    requireNonNull(path, "path");
    requireNonNull(message, "message");
    return new Problem(path.toString(), codeOf(code), render(rejected), path + " " + message, Severity.ERROR);
  }

  @JsonCreator
  static Problem fromJson(
      @JsonProperty("path") String path,
      @JsonProperty("code") String code,
      @JsonProperty("rejectedValue") String rejectedValue,
      @JsonProperty("message") String message,
      @JsonProperty("severity") Severity severity) {
    return new Problem(path, code, rejectedValue, message, severity == null ? Severity.ERROR : severity);
  }

  private static Problem create(FieldPath path, ProblemCode code, String rule, Object rejected, Severity severity) {
    requireNonNull(path, "path");
    String text = codeOf(code);
    requireNonNull(rule, "rule");
    String value = render(rejected);
    String verb = severity == Severity.ERROR ? "must" : "should";
    String message = String.format(Locale.ROOT, "%s %s %s, but was %s", path, verb, rule,
        value == null ? "missing" : value);
    return new Problem(path.toString(), text, value, message, severity);
  }

  /**
   * The code's text, checked to come from a catalogue (an enum) and to be snake_case, so that no
   * free string and no malformed code reaches a problem.
   */
  private static String codeOf(ProblemCode code) {
    if (!(requireNonNull(code, "code") instanceof Enum)) {
      throw new IllegalArgumentException("a problem code must be a constant of a catalogue enum (docs/problems.md), "
          + "but was " + code.getClass().getName());
    }
    String text = requireNonNull(code.code(), "code.code()");
    if (!SNAKE_CASE.matcher(text).matches()) {
      throw new IllegalArgumentException("a problem code must be snake_case, but was \"" + text + "\"");
    }
    return text;
  }

  private static String render(Object rejected) {
    if (rejected == null) {
      return null;
    }
    String text = rejected instanceof Optional
        ? ((Optional<?>) rejected).map(String::valueOf).orElse(null)
        : String.valueOf(rejected);
    if (text != null && text.length() > 200) {
      text = text.substring(0, 200) + "...";
    }
    return text;
  }

  /**
   * Returns where the problem is, such as {@code tiers[2].criteria.anyOf[0].min}.
   *
   * @return never null
   */
  @JsonProperty("path")
  public String path() {
    return path;
  }

  /**
   * Returns the stable machine-readable code of the rule broken, such as {@code out_of_range}.
   *
   * @return never null
   */
  @JsonProperty("code")
  public String code() {
    return code;
  }

  /**
   * Returns the rejected value as text (shortened to 200 characters), if there was one.
   *
   * @return never null
   */
  @JsonProperty("rejectedValue")
  public Optional<String> rejectedValue() {
    return Optional.ofNullable(rejectedValue);
  }

  /**
   * Returns the message, which starts with the path.
   *
   * @return never null, never empty
   */
  @JsonProperty("message")
  public String message() {
    return message;
  }

  /**
   * Returns whether this problem makes the input unusable.
   *
   * @return never null
   */
  @JsonProperty("severity")
  public Severity severity() {
    return severity;
  }

  /**
   * Tells whether this problem is an error (not a warning).
   *
   * @return true for an error
   */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * Returns a copy of this problem whose path is {@code prefix} followed by this path; the message
   * is rewritten to start with the new path.
   *
   * @param prefix the path to put in front, not null
   * @return never null
   */
  public Problem under(FieldPath prefix) {
    requireNonNull(prefix, "prefix");
    FieldPath full = prefix.resolve(FieldPath.of(path));
    String rest = message.startsWith(path) ? message.substring(path.length()) : " " + message;
    return new Problem(full.toString(), code, rejectedValue, full + rest, severity);
  }

  /**
   * Returns a copy of this problem at another path; the message is rewritten to start with it.
   *
   * @param newPath the path, not null
   * @return never null
   */
  public Problem withPath(FieldPath newPath) {
    requireNonNull(newPath, "newPath");
    String rest = message.startsWith(path) ? message.substring(path.length()) : " " + message;
    return new Problem(newPath.toString(), code, rejectedValue, newPath + rest, severity);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Problem)) {
      return false;
    }
    Problem that = (Problem) other;
    return path.equals(that.path) && code.equals(that.code)
        && Objects.equals(rejectedValue, that.rejectedValue)
        && message.equals(that.message) && severity == that.severity;
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, code, rejectedValue, message, severity);
  }

  /**
   * Returns the message, prefixed with {@code warning: } for a warning.
   *
   * @return never null
   */
  @Override
  public String toString() {
    return severity == Severity.WARNING ? "warning: " + message : message;
  }
}
