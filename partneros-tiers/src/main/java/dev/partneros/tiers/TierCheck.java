package dev.partneros.tiers;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.Tier;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One tier's criteria evaluated against a partner's metrics
 * ({@code docs/rules/tiers.md#qualified-tier}), part of a {@link Qualification}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTierCheck.class)
@JsonDeserialize(as = ImmutableTierCheck.class)
public abstract class TierCheck {

  TierCheck() {}

  /**
   * Returns the tier.
   *
   * @return never null
   */
  public abstract Tier tier();

  /**
   * Tells whether the tier's criteria hold (always for the entry tier).
   *
   * @return true if they hold
   */
  public abstract boolean met();

  /**
   * Returns the evaluated criteria.
   *
   * @return the evaluation, or empty for the entry tier (which has no criteria)
   */
  public abstract Optional<RequirementCheck> requirement();

  /** Builds a {@link TierCheck}. Not thread-safe. */
  static class Builder extends ImmutableTierCheck.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
