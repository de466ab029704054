package dev.partneros.attribution.commission;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.Money;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A cap that bit on a commission line ({@code docs/rules/commission.md#caps}: "the explanation
 * says when it bit"): which cap, its limit, and the line's exact amount (program currency) before
 * and after it.
 *
 * <p>JSON-serialisable; immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCapHit.class)
@JsonDeserialize(as = ImmutableCapHit.class)
public abstract class CapHit {

  CapHit() {}

  /**
   * Returns the cap that bit (the tightest when several did).
   *
   * @return never null
   */
  public abstract CapKind cap();

  /**
   * Returns the cap's limit, in the program's currency.
   *
   * @return never null
   */
  public abstract Money limit();

  /**
   * Returns the line's exact amount before the cap, in the program's currency.
   *
   * @return never null
   */
  public abstract BigDecimal uncapped();

  /**
   * Returns the line's exact amount after the cap, in the program's currency.
   *
   * @return never null, below {@link #uncapped()}
   */
  public abstract BigDecimal capped();

  /** Builds a {@link CapHit}. Not thread-safe. */
  public static class Builder extends ImmutableCapHit.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
