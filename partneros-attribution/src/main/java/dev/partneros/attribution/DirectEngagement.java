package dev.partneros.attribution;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An engagement of our own (direct) sales team with the deal's customer, on a day
 * ({@code docs/rules/attribution.md#touches}). The earliest one is the day the deal entered the
 * direct pipeline: a partner registration dated after it is not sourced and is invalid in a
 * registration conflict. An engagement on the same day as a registration is <em>not</em> before it
 * (dates have no time of day; the partner keeps the benefit of the doubt).
 *
 * <p>JSON form: {@code {"date": "2026-03-02", "note": "AE discovery call"}}, the note optional.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDirectEngagement.class)
@JsonDeserialize(as = ImmutableDirectEngagement.class)
public abstract class DirectEngagement {

  DirectEngagement() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates an engagement without a note.
   *
   * @param date the day of the engagement, not null
   * @return never null
   */
  public static DirectEngagement on(LocalDate date) {
    return new Builder().date(date).build();
  }

  /**
   * Returns the day of the engagement.
   *
   * @return never null
   */
  public abstract LocalDate date();

  /**
   * Returns a free-text note (who engaged, how).
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /** Builds a {@link DirectEngagement}; the date is mandatory. Not thread-safe. */
  public static class Builder extends ImmutableDirectEngagement.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
