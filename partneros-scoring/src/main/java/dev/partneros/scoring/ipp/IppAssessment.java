package dev.partneros.scoring.ipp;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.PartnerType;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A prospect's ideal-partner-profile assessment ({@code docs/rules/ipp.md#attribute-groups}): a
 * level per rated attribute (unrated ones are simply absent) and each absolute disqualifier
 * checked ({@code true} = present). Names are checked against the {@link IppPolicy} when scored.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIppAssessment.class)
@JsonDeserialize(as = ImmutableIppAssessment.class)
public abstract class IppAssessment {

  /**
   * The rating of one ideal-partner-profile attribute ({@code docs/rules/ipp.md#attribute-groups}).
   */
  public enum Level {
    /** Counts 0.0. */
    LOW("0"),
    /** Counts 0.5. */
    MEDIUM("0.5"),
    /** Counts 1.0. */
    HIGH("1");

    private final BigDecimal value;

    Level(String value) {
      this.value = new BigDecimal(value);
    }

    /**
     * Returns what the level counts, 0 to 1.
     *
     * @return never null
     */
    public BigDecimal value() {
      return value;
    }
  }

  IppAssessment() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the prospect's name or id, for explanations.
   *
   * @return never null
   */
  public abstract String prospect();

  /**
   * Returns the partner type, which selects a profile's group weights.
   *
   * @return the type, or empty for the program's weights
   */
  public abstract Optional<PartnerType> partnerType();

  /**
   * Returns the level of each rated attribute.
   *
   * @return never null
   */
  public abstract Map<String, Level> ratings();

  /**
   * Returns the disqualifiers checked, {@code true} where present.
   *
   * @return never null
   */
  public abstract Map<String, Boolean> disqualifiers();

  /** Builds an {@link IppAssessment}. Not thread-safe. */
  public static class Builder extends ImmutableIppAssessment.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
