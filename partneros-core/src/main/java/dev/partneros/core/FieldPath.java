package dev.partneros.core;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * A JSON-style path to a field of a program document or of a fact set, such as
 * {@code tiers[2].criteria.anyOf[0].min}. The root path renders as {@code $}.
 *
 * <p>Immutable and thread-safe.
 */
public final class FieldPath {

  private static final FieldPath ROOT = new FieldPath("");
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  private final String text;

  private FieldPath(String text) {
    this.text = text;
  }

  /**
   * Returns the root path, rendered {@code $}.
   *
   * @return never null
   */
  public static FieldPath root() {
    return ROOT;
  }

  /**
   * Parses a path written as {@link #toString()} renders it, or starts a path at one field name.
   *
   * @param path a path such as {@code tiers[2].min} or {@code $}, not null
   * @return never null
   */
  public static FieldPath of(String path) {
    requireNonNull(path, "path");
    return path.isEmpty() || path.equals("$") ? ROOT : new FieldPath(path);
  }

  /**
   * Returns this path extended by a field name: {@code tiers} then {@code min} gives
   * {@code tiers.min}. A name that is not a plain identifier is quoted: {@code ["a b"]}.
   *
   * @param name the field name, not null
   * @return never null
   */
  public FieldPath field(String name) {
    requireNonNull(name, "name");
    if (!PLAIN_NAME.matcher(name).matches()) {
      return key(name);
    }
    return new FieldPath(text.isEmpty() ? name : text + "." + name);
  }

  /**
   * Returns this path extended by a list index: {@code tiers} then 2 gives {@code tiers[2]}.
   *
   * @param index the zero-based index, not negative
   * @return never null
   * @throws IllegalArgumentException if the index is negative
   */
  public FieldPath index(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("index must be >= 0, but was " + index);
    }
    return new FieldPath(text + "[" + index + "]");
  }

  /**
   * Returns this path extended by a map key, quoted: {@code metrics["Custom KPI"]}.
   *
   * @param key the key, not null
   * @return never null
   */
  public FieldPath key(String key) {
    requireNonNull(key, "key");
    String escaped = key.replace("\\", "\\\\").replace("\"", "\\\"");
    return new FieldPath(text + "[\"" + escaped + "\"]");
  }

  /**
   * Returns this path followed by another one.
   *
   * @param relative a path relative to this one, not null
   * @return never null
   */
  public FieldPath resolve(FieldPath relative) {
    requireNonNull(relative, "relative");
    if (relative.isRoot()) {
      return this;
    }
    if (isRoot()) {
      return relative;
    }
    return new FieldPath(relative.text.startsWith("[") ? text + relative.text : text + "." + relative.text);
  }

  /**
   * Tells whether this is the root path.
   *
   * @return true for the root path
   */
  public boolean isRoot() {
    return text.isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FieldPath && ((FieldPath) other).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /**
   * Renders the path: {@code tiers[2].criteria.anyOf[0].min}, or {@code $} for the root.
   *
   * @return never null
   */
  @Override
  public String toString() {
    return text.isEmpty() ? "$" : text;
  }
}
