package dev.partneros.tiers.mdf;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.internal.ProblemCollector;
import org.immutables.value.Value;

/**
 * A program-level MDF pool to split across partners ({@code docs/rules/mdf.md#pool-allocation}):
 * its amount, the period it covers (which fixes each partner's cap) and whether it is split by
 * segment first ({@link MdfPolicy#poolSegments()}).
 *
 * <p>Checked when built: the amount is not negative.
 *
 * <p>JSON-serialisable; immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMdfPool.class)
@JsonDeserialize(as = ImmutableMdfPool.class)
public abstract class MdfPool {

  MdfPool() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a fiscal year's pool split across all partners at once.
   *
   * @param amount the pool, not null, not negative
   * @return never null
   * @throws InvalidFactsException if the amount is negative
   */
  public static MdfPool of(Money amount) {
    return new Builder().amount(amount).build();
  }

  /**
   * Returns a fiscal year's pool split by segment first.
   *
   * @param amount the pool, not null, not negative
   * @return never null
   * @throws InvalidFactsException if the amount is negative
   */
  public static MdfPool bySegment(Money amount) {
    return new Builder().amount(amount).bySegment(true).build();
  }

  /**
   * Returns the amount of the pool.
   *
   * @return never null, not negative
   */
  public abstract Money amount();

  /**
   * Returns the period the pool covers.
   *
   * @return never null; {@link Period#FISCAL_YEAR} by default
   */
  @Value.Default
  public Period period() {
    return Period.FISCAL_YEAR;
  }

  /**
   * Tells whether the pool is split by segment first.
   *
   * @return true to split by segment; false by default
   */
  @Value.Default
  public boolean bySegment() {
    return false;
  }

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    problems.requireNonNegative(FieldPath.root().field("amount"), amount());
    problems.throwIfErrors(InvalidFactsException::new);
  }

  /** Builds an {@link MdfPool}. Not thread-safe. */
  public static class Builder extends ImmutableMdfPool.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }

  /**
   * The period an MDF pool covers, which fixes each partner's cap
   * ({@code docs/rules/mdf.md#pool-allocation}).
   */
  public enum Period {
    /** A fiscal year's pool: a partner's cap is its annual entitlement. */
    FISCAL_YEAR,
    /** A fiscal quarter's pool: a partner's cap is also at most its tier's quarterly cap. */
    FISCAL_QUARTER
  }
}
