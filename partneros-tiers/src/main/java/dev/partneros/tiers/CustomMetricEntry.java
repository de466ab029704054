package dev.partneros.tiers;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.internal.ProblemCollector;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A dated value of a custom named metric, as a tier fact ({@code docs/rules/tiers.md#metrics}).
 *
 * <p>Decision: a custom metric's value is the sum of its entries dated within the window; with no
 * entry in the window it is not measured and meets no threshold. A metric that is a level rather
 * than a flow (say, live marketplace listings) is given as one entry dated on the as-of date.
 *
 * <p>Checked when built ({@link InvalidFactsException}): the name is a letter followed by letters,
 * digits, spaces, underscores or hyphens.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCustomMetricEntry.class)
@JsonDeserialize(as = ImmutableCustomMetricEntry.class)
public abstract class CustomMetricEntry {

  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_ -]{0,59}");

  CustomMetricEntry() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an entry.
   *
   * @param name the metric's name, as in the criteria, not null
   * @param date the day of the value, not null
   * @param value the value, not null
   * @return never null
   * @throws InvalidFactsException if the name is not of the required form
   */
  public static CustomMetricEntry of(String name, LocalDate date, BigDecimal value) {
    return new Builder().name(name).date(date).value(value).build();
  }

  /**
   * Returns the metric's name.
   *
   * @return never null
   */
  public abstract String name();

  /**
   * Returns the day of the value.
   *
   * @return never null
   */
  public abstract LocalDate date();

  /**
   * Returns the value.
   *
   * @return never null
   */
  public abstract BigDecimal value();

  @Value.Check
  void check() {
    if (NAME.matcher(name()).matches()) {
      return;
    }
    ProblemCollector problems = new ProblemCollector();
    problems.check(NAME.matcher(name()).matches(), FieldPath.root().field("name"), CoreProblemCode.INVALID_NAME,
        "be a letter followed by letters, digits, spaces, underscores or hyphens (at most 60)", name());
    problems.throwIfErrors(InvalidFactsException::new);
  }

  /** Builds a {@link CustomMetricEntry}; every attribute is mandatory. Not thread-safe. */
  public static class Builder extends ImmutableCustomMetricEntry.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
