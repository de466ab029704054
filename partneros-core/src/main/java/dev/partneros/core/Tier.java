package dev.partneros.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The name of a tier of a partner program, such as {@code GOLD}. Names are upper-case identifiers
 * ({@code [A-Z][A-Z0-9_]*}, at most 40 characters); {@link #of(String)} upper-cases what it is
 * given, so {@code "Gold"} and {@code "GOLD"} are the same tier. Where a tier ranks is the
 * {@link TierLadder}'s business.
 *
 * <p>JSON form: the name as a string.
 *
 * <p>Immutable and thread-safe.
 */
public final class Tier {

  /** The lowest tier of the standard ladder. */
  public static final Tier REGISTERED = new Tier("REGISTERED");
  /** The second tier of the standard ladder. */
  public static final Tier SILVER = new Tier("SILVER");
  /** The third tier of the standard ladder. */
  public static final Tier GOLD = new Tier("GOLD");
  /** The highest tier of the standard ladder. */
  public static final Tier PLATINUM = new Tier("PLATINUM");

  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

  private final String name;

  private Tier(String name) {
    this.name = name;
  }

  /**
   * Returns the tier of a name, upper-cased ({@code "Gold"} gives {@code GOLD}).
   *
   * @param name the name, not null
   * @return never null
   * @throws InvalidFactsException if the upper-cased name is not {@code [A-Z][A-Z0-9_]*} of at most
   *     40 characters
   */
  @JsonCreator
  public static Tier of(String name) {
    String upper = name == null ? null : name.strip().toUpperCase(Locale.ROOT);
    if (upper == null || !NAME.matcher(upper).matches()) {
      throw new InvalidFactsException(List.of(Problem.error(FieldPath.root().field("tier"), CoreProblemCode.INVALID_NAME,
          "be a name of letters, digits and underscores starting with a letter (at most 40)", name)));
    }
    return new Tier(upper);
  }

  /**
   * Returns the tier's name.
   *
   * @return never null
   */
  @JsonValue
  public String name() {
    return name;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Tier && ((Tier) other).name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /**
   * Returns the tier's name.
   *
   * @return never null
   */
  @Override
  public String toString() {
    return name;
  }
}
