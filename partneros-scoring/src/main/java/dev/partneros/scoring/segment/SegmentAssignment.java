package dev.partneros.scoring.segment;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.Explanation;
import dev.partneros.core.PartnerId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A partner's segment and value quadrant ({@code docs/rules/health.md#segments}), with its revenue
 * rank (1 = highest) and the explanation of the rule that placed it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSegmentAssignment.class)
@JsonDeserialize(as = ImmutableSegmentAssignment.class)
public abstract class SegmentAssignment {

  SegmentAssignment() {}

  /**
   * Returns the partner.
   *
   * @return never null
   */
  public abstract PartnerId partnerId();

  /**
   * Returns the segment.
   *
   * @return never null
   */
  public abstract Segment segment();

  /**
   * Returns the value quadrant.
   *
   * @return the quadrant, or empty when no strategic value was given
   */
  public abstract Optional<ValueQuadrant> quadrant();

  /**
   * Returns the revenue rank in the portfolio, 1 for the highest.
   *
   * @return at least 1
   */
  public abstract int revenueRank();

  /**
   * Returns the explanation.
   *
   * @return never null
   */
  public abstract Explanation explanation();

  /** Builds a {@link SegmentAssignment}. Not thread-safe. */
  static class Builder extends ImmutableSegmentAssignment.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
