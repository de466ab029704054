package dev.partneros.scoring.maturity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.Explanation;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A partner's maturity level ({@code docs/rules/maturity.md#partner-maturity}): the 0-100
 * composite of its sub-scores and the level it falls in.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePartnerMaturity.class)
@JsonDeserialize(as = ImmutablePartnerMaturity.class)
public abstract class PartnerMaturity {

  PartnerMaturity() {}

  /**
   * Returns the composite, 0 to 100 (2 decimals).
   *
   * @return never null
   */
  public abstract BigDecimal composite();

  /**
   * Returns the level's name, such as {@code STRATEGIC}.
   *
   * @return never null
   */
  public abstract String level();

  /**
   * Returns the explanation.
   *
   * @return never null
   */
  public abstract Explanation explanation();

  /** Builds a {@link PartnerMaturity}. Not thread-safe. */
  static class Builder extends ImmutablePartnerMaturity.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
