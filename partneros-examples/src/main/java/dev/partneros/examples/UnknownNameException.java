package dev.partneros.examples;

import dev.partneros.core.internal.Suggestions;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A name typed in the analyst's session that names nothing (a partner id, a tier, a metric), with
 * the nearest valid name when one is near enough to be a misspelling (the did-you-mean of
 * {@code docs/program-file.md#did-you-mean}), else the valid names: {@code no partner P-06 in this
 * book; did you mean P-006?}.
 */
public final class UnknownNameException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** At most this many valid names are listed when none is near. */
  private static final int LISTED = 8;

  /** The kind of name, such as {@code partner}. */
  private final String kind;

  /** The name written. */
  private final String name;

  /** The nearest valid name, or null. */
  private final String suggestion;

  private UnknownNameException(String kind, String name, String suggestion, String message) {
    super(message);
    this.kind = kind;
    this.name = name;
    this.suggestion = suggestion;
  }

  /**
   * Creates the exception for a name, finding the nearest valid one: the nearest by edit distance
   * (case ignored), else, for a name with digits, a valid name with the same number ({@code P-6} for
   * {@code P-006}).
   *
   * @param kind the kind of name, such as {@code partner}, {@code tier} or {@code metric}
   * @param name the name written, not null
   * @param known the valid names, not null
   * @return never null
   */
  static UnknownNameException of(String kind, String name, Collection<String> known) {
    Optional<String> near = Suggestions.nearest(name.strip(), known).or(() -> sameNumber(name, known));
    String message = "no " + kind + " " + name + (kind.equals("partner") ? " in this book" : "") + "; "
        + near.map(n -> "did you mean " + n + "?").orElseGet(() -> "valid: " + list(known));
    return new UnknownNameException(kind, name, near.orElse(null), message);
  }

  /**
   * Returns the kind of name.
   *
   * @return {@code partner}, {@code tier} or {@code metric}; never null
   */
  public String kind() {
    return kind;
  }

  /**
   * Returns the name written.
   *
   * @return never null
   */
  public String name() {
    return name;
  }

  /**
   * Returns the nearest valid name.
   *
   * @return the suggestion, or empty when none is near enough
   */
  public Optional<String> suggestion() {
    return Optional.ofNullable(suggestion);
  }

  private static Optional<String> sameNumber(String name, Collection<String> known) {
    String digits = name.replaceAll("\\D", "");
    if (digits.isEmpty()) {
      return Optional.empty();
    }
    List<String> same = known.stream().filter(k -> {
      String d = k.replaceAll("\\D", "");
      return !d.isEmpty() && d.replaceFirst("^0+(?=.)", "").equals(digits.replaceFirst("^0+(?=.)", ""));
    }).toList();
    return same.size() == 1 ? Optional.of(same.get(0)) : Optional.empty();
  }

  private static String list(Collection<String> known) {
    List<String> names = List.copyOf(known);
    return names.size() <= LISTED ? String.join(", ", names)
        : String.join(", ", names.subList(0, LISTED)) + "... (" + names.size() + " in all)";
  }
}
