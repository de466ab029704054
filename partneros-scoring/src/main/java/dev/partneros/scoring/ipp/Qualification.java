package dev.partneros.scoring.ipp;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.Explanation;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A prospect's qualification ({@code docs/rules/ipp.md#qualification-scorecard}): raw points,
 * their maximum, the points normalised to 50 ({@code raw / max x 50}, 2 decimals), the band and
 * the outreach priority.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableQualification.class)
@JsonDeserialize(as = ImmutableQualification.class)
public abstract class Qualification {

  /**
   * The band of a prospect's qualification scorecard on its 50-point scale
   * ({@code docs/rules/ipp.md#qualification-scorecard}), lowest first: below 15 not ready, 15-24
   * silver, 25-34 gold, 35+ platinum potential.
   */
  public enum Band {
    /** Below 15 points. */
    NOT_READY,
    /** From 15 points. */
    SILVER_POTENTIAL,
    /** From 25 points. */
    GOLD_POTENTIAL,
    /** From 35 points. */
    PLATINUM_POTENTIAL
  }

  /**
   * The outreach priority of a prospect ({@code docs/rules/ipp.md#outreach-priority}), highest
   * first: P0 = 35+ points with active interest and a shared customer; P1 = 25-34 (and any P0
   * candidate lacking interest or a shared customer); P2 = 15-24; P3 = below 15.
   */
  public enum Priority {
    /** Reach out now. */
    P0,
    /** Reach out this quarter. */
    P1,
    /** Nurture. */
    P2,
    /** Not now. */
    P3
  }

  Qualification() {}

  /**
   * Returns the prospect.
   *
   * @return never null
   */
  public abstract String prospect();

  /**
   * Returns the sum of the ratings.
   *
   * @return at least 0
   */
  public abstract int rawPoints();

  /**
   * Returns the highest possible sum (dimensions x scale maximum).
   *
   * @return above 0
   */
  public abstract int maxPoints();

  /**
   * Returns the points on the 50-point scale, 2 decimals (half-even).
   *
   * @return never null
   */
  public abstract BigDecimal points();

  /**
   * Returns the band.
   *
   * @return never null
   */
  public abstract Band band();

  /**
   * Returns the outreach priority.
   *
   * @return never null
   */
  public abstract Priority priority();

  /**
   * Returns the explanation.
   *
   * @return never null
   */
  public abstract Explanation explanation();

  /** Builds a {@link Qualification}. Not thread-safe. */
  static class Builder extends ImmutableQualification.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
