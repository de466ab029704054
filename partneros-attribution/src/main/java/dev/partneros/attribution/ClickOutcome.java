package dev.partneros.attribution;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * One click of an affiliate conversion and what became of it
 * ({@code docs/rules/attribution.md#affiliate-referral-window}).
 *
 * <p>JSON-serialisable; immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableClickOutcome.class)
@JsonDeserialize(as = ImmutableClickOutcome.class)
public abstract class ClickOutcome {

  ClickOutcome() {}

  /**
   * Returns the click.
   *
   * @return never null
   */
  public abstract AffiliateClick click();

  /**
   * Returns whether it was credited, or why not.
   *
   * @return never null
   */
  public abstract ClickStatus status();

  /**
   * Returns the days from the click to the conversion (negative for a click after it).
   *
   * @return the day count
   */
  public abstract long daysBeforeConversion();

  /** Builds a {@link ClickOutcome}; used by {@link AffiliateAttributor}. Not thread-safe. */
  static class Builder extends ImmutableClickOutcome.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
