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

  /**
   * A portfolio segment ({@code docs/rules/health.md#segments}), checked in this order: strategic
   * (top 10 % by revenue and growing), growth (growing and health >= 60), at risk (declining or
   * health &lt; 40), long tail (bottom 50 % by revenue and &lt;= 1 deal a quarter), stable (the
   * rest).
   */
  public enum Segment {
    /** Top revenue and growing. */
    STRATEGIC,
    /** Growing and healthy. */
    GROWTH,
    /** Declining or unhealthy. */
    AT_RISK,
    /** Small and inactive. */
    LONG_TAIL,
    /** Everyone else. */
    STABLE
  }

  /**
   * The partner value matrix ({@code docs/rules/health.md#value-matrix}): strategic value against
   * partner revenue, each split at a threshold (values at the threshold count as high). It feeds the
   * MDF strategic-value multiplier.
   */
  public enum Quadrant {
    /** High value, high revenue. */
    STRATEGIC_ALLIANCE,
    /** High value, low revenue. */
    TECHNOLOGY_PARTNER,
    /** Low value, high revenue. */
    CHANNEL_PARTNER,
    /** Low value, low revenue. */
    AFFILIATE
  }

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
  public abstract Optional<Quadrant> quadrant();

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
