package dev.partneros.tiers.mdf;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.Money;
import dev.partneros.core.Rate;
import org.immutables.value.Value;

/**
 * One segment's part of a pool split by segment ({@code docs/rules/mdf.md#pool-allocation}): its
 * share, its nominal part ({@code share x pool}, penny-exact), what its members can take (the sum
 * of their caps), and what it received once what full segments could not place was redistributed
 * to the others.
 *
 * <p>JSON-serialisable; immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSegmentAllocation.class)
@JsonDeserialize(as = ImmutableSegmentAllocation.class)
public abstract class SegmentAllocation {

  SegmentAllocation() {}

  /**
   * Returns the segment's name.
   *
   * @return never null
   */
  public abstract String name();

  /**
   * Returns the segment's share of the pool.
   *
   * @return never null
   */
  public abstract Rate share();

  /**
   * Returns how many partners are in the segment.
   *
   * @return not negative
   */
  public abstract int partners();

  /**
   * Returns the segment's nominal part of the pool, {@code share x pool}.
   *
   * @return never null
   */
  public abstract Money nominal();

  /**
   * Returns the most the segment's partners can take: the sum of their caps (partners with a budget).
   *
   * @return never null
   */
  public abstract Money capacity();

  /**
   * Returns what the segment received and split among its partners.
   *
   * @return never null, at most {@link #capacity()}
   */
  public abstract Money allocated();

  /** Builds a {@link SegmentAllocation}. Not thread-safe. */
  static class Builder extends ImmutableSegmentAllocation.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
