package dev.partneros.attribution;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One registration of a conflict and what became of it
 * ({@code docs/rules/attribution.md#deal-registration}): won, or lost and why, with the last day
 * of its protection.
 *
 * <p>JSON-serialisable; immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRegistrationOutcome.class)
@JsonDeserialize(as = ImmutableRegistrationOutcome.class)
public abstract class RegistrationOutcome {

  RegistrationOutcome() {}

  /**
   * Returns the registration.
   *
   * @return never null
   */
  public abstract Registration registration();

  /**
   * Returns whether it won, or why it lost.
   *
   * @return never null
   */
  public abstract RegistrationStatus status();

  /**
   * Returns the last protected day: the registration day plus its protection days.
   *
   * @return never null
   */
  public abstract LocalDate protectedThrough();

  /** Builds a {@link RegistrationOutcome}; used by {@link RegistrationResolver}. Not thread-safe. */
  static class Builder extends ImmutableRegistrationOutcome.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
