package dev.partneros.scoring.health;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * The points one dimension contributed to a health score, with the band of its table that
 * produced them ({@code docs/rules/health.md#health-score}).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHealthComponent.class)
@JsonDeserialize(as = ImmutableHealthComponent.class)
public abstract class HealthComponent {

  HealthComponent() {}

  /**
   * Returns the dimension.
   *
   * @return never null
   */
  public abstract HealthDimension dimension();

  /**
   * Returns the input as read, rendered (such as {@code 4 deals registered}).
   *
   * @return never null
   */
  public abstract String input();

  /**
   * Returns the band of the table the input fell in (such as {@code 3-4 deals}).
   *
   * @return never null
   */
  public abstract String band();

  /**
   * Returns the points earned.
   *
   * @return never null, 0 to {@link #maxPoints()}
   */
  public abstract BigDecimal points();

  /**
   * Returns the dimension's weight.
   *
   * @return never null
   */
  public abstract BigDecimal maxPoints();

  /** Builds a {@link HealthComponent}. Not thread-safe. */
  static class Builder extends ImmutableHealthComponent.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
