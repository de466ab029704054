package dev.partneros.tiers;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Problem;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The support response time a tier gets ({@code docs/rules/tiers.md#benefits-matrix}):
 * {@code STANDARD} (no guaranteed response time, standard: Registered) or a number of hours
 * (standard: Silver 24 h, Gold 4 h, Platinum 1 h). Ordered from slowest (standard) to fastest.
 *
 * <p>Program-file and JSON form: {@code STANDARD} or {@code 24h} ({@link #toString()}), read back by
 * {@link #parse(String)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class SupportSla implements Comparable<SupportSla> {

  /** The most hours an SLA may promise (30 days). */
  public static final int MAX_HOURS = 720;

  private static final SupportSla STANDARD = new SupportSla(0);
  private static final Pattern HOURS = Pattern.compile("([0-9]{1,4})\\s*h");

  /** 0 for standard, else the hours. */
  private final int hours;

  private SupportSla(int hours) {
    this.hours = hours;
  }

  /**
   * Returns standard support, without a guaranteed response time.
   *
   * @return never null
   */
  public static SupportSla standard() {
    return STANDARD;
  }

  /**
   * Returns a response time in hours.
   *
   * @param hours 1 to 720
   * @return never null
   * @throws InvalidFactsException if the hours are out of range
   */
  public static SupportSla hours(int hours) {
    if (hours < 1 || hours > MAX_HOURS) {
      throw invalid("have between 1 and " + MAX_HOURS + " hours", hours + "h");
    }
    return new SupportSla(hours);
  }

  /**
   * Parses {@code STANDARD} (any case) or {@code <n>h} ({@code 24h}, {@code 4 h}).
   *
   * @param text the text, not null
   * @return never null
   * @throws InvalidFactsException if the text is neither form or the hours are out of range
   */
  @JsonCreator
  public static SupportSla parse(String text) {
    if (text == null) {
      throw invalid("be STANDARD or a number of hours such as 24h", null);
    }
    String trimmed = text.strip().toLowerCase(Locale.ROOT);
    if (trimmed.equals("standard")) {
      return STANDARD;
    }
    Matcher matcher = HOURS.matcher(trimmed);
    if (!matcher.matches()) {
      throw invalid("be STANDARD or a number of hours such as 24h", text);
    }
    return hours(Integer.parseInt(matcher.group(1)));
  }

  private static InvalidFactsException invalid(String rule, Object value) {
    return new InvalidFactsException(List.of(Problem.error(FieldPath.root().field("supportSla"), CoreProblemCode.INVALID_VALUE,
        rule, value)));
  }

  /**
   * Returns the guaranteed response time.
   *
   * @return the time, or empty for standard support
   */
  public Optional<Duration> responseTime() {
    return hours == 0 ? Optional.empty() : Optional.of(Duration.ofHours(hours));
  }

  /**
   * Tells whether this is standard support (no guaranteed response time).
   *
   * @return true for standard support
   */
  public boolean isStandard() {
    return hours == 0;
  }

  /**
   * Compares by speed: standard support first, then from the most hours to the fewest.
   *
   * @param other the other SLA, not null
   * @return negative if this one is slower
   */
  @Override
  public int compareTo(SupportSla other) {
    requireNonNull(other, "other");
    if (hours == other.hours) {
      return 0;
    }
    if (hours == 0 || other.hours == 0) {
      return hours == 0 ? -1 : 1;
    }
    return Integer.compare(other.hours, hours);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SupportSla && ((SupportSla) other).hours == hours;
  }

  @Override
  public int hashCode() {
    return hours;
  }

  /**
   * Renders {@code STANDARD} or {@code 24h}.
   *
   * @return never null
   */
  @JsonValue
  @Override
  public String toString() {
    return hours == 0 ? "STANDARD" : hours + "h";
  }
}
