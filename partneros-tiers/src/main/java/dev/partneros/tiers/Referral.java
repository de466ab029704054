package dev.partneros.tiers;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A qualified referral, as a tier fact ({@code docs/rules/tiers.md#metrics}): it counts in
 * qualified referrals in the window of the day it was qualified.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReferral.class)
@JsonDeserialize(as = ImmutableReferral.class)
public abstract class Referral {

  Referral() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a referral qualified on a day.
   *
   * @param qualifiedOn the day, not null
   * @return never null
   */
  public static Referral qualifiedOn(LocalDate qualifiedOn) {
    return new Builder().qualifiedOn(qualifiedOn).build();
  }

  /**
   * Returns the day the referral was qualified.
   *
   * @return never null
   */
  public abstract LocalDate qualifiedOn();

  /**
   * Returns the referral's id in the caller's CRM.
   *
   * @return the id, or empty
   */
  public abstract Optional<String> id();

  /** Builds a {@link Referral}; {@code qualifiedOn} is mandatory. Not thread-safe. */
  public static class Builder extends ImmutableReferral.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
