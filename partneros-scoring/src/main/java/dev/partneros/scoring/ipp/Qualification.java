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
  public abstract QualificationBand band();

  /**
   * Returns the outreach priority.
   *
   * @return never null
   */
  public abstract OutreachPriority priority();

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
