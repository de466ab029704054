package dev.partneros.scoring;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.Explanation;
import dev.partneros.core.PartnerId;
import dev.partneros.core.YearQuarter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A partner's health score for a quarter (RULES.md section 4): 0 to 100, the exact sum of its
 * {@link #components()}, its band, the flags raised (such as {@code NPS_MISSING}), and, when the
 * previous period's score was given, the change and the band movement ({@code HEALTHY -> AT_RISK}).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHealthScore.class)
@JsonDeserialize(as = ImmutableHealthScore.class)
public abstract class HealthScore {

  /** The flag raised when NPS is missing. */
  public static final String NPS_MISSING = "NPS_MISSING";
  /** The flag raised when the prior year's revenue was zero and this quarter's is not. */
  public static final String GROWTH_FROM_ZERO = "GROWTH_FROM_ZERO";

  HealthScore() {}

  /**
   * Returns the partner.
   *
   * @return never null
   */
  public abstract PartnerId partnerId();

  /**
   * Returns the quarter scored.
   *
   * @return never null
   */
  public abstract YearQuarter quarter();

  /**
   * Returns the score, the sum of the components' points.
   *
   * @return never null, 0 to 100
   */
  public abstract BigDecimal score();

  /**
   * Returns the band of the score.
   *
   * @return never null
   */
  public abstract HealthBand band();

  /**
   * Returns the five components, in the order of {@link HealthDimension}.
   *
   * @return never null
   */
  public abstract List<HealthComponent> components();

  /**
   * Returns the flags raised while scoring, such as {@link #NPS_MISSING}.
   *
   * @return never null
   */
  public abstract List<String> flags();

  /**
   * Returns the previous period's score, when it was given.
   *
   * @return the score, or empty
   */
  public abstract Optional<BigDecimal> previousScore();

  /**
   * Returns the previous period's band, when it was given.
   *
   * @return the band, or empty
   */
  public abstract Optional<HealthBand> previousBand();

  /**
   * Returns the explanation: one step per dimension, then the band.
   *
   * @return never null
   */
  public abstract Explanation explanation();

  /**
   * Returns the change since the previous period.
   *
   * @return {@code score - previousScore}, or empty when there is no previous score
   */
  public Optional<BigDecimal> change() {
    return previousScore().map(score()::subtract);
  }

  /**
   * Returns the band movement, such as {@code HEALTHY -> AT_RISK}, when the band changed.
   *
   * @return the movement, or empty when there was no previous band or it did not change
   */
  public Optional<String> bandMovement() {
    return previousBand().filter(b -> b != band()).map(b -> b + " -> " + band());
  }

  /**
   * Returns the component of a dimension.
   *
   * @param dimension the dimension, not null
   * @return never null
   */
  public HealthComponent component(HealthDimension dimension) {
    return components().get(dimension.ordinal());
  }

  /** Builds a {@link HealthScore}. Not thread-safe. */
  public static class Builder extends ImmutableHealthScore.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
