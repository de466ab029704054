package dev.partneros.tiers.mdf;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.Tier;
import dev.partneros.core.internal.ProblemCollector;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A partner taking part in an MDF pool allocation ({@code docs/rules/mdf.md#pool-allocation}): its
 * tier, its co-marketing multipliers (pipeline potential, strategic value: both 1 when not
 * assessed), when it joined (for the new-partner segment) and, optionally, an entitlement other
 * than its tier's annual allocation (what is left of it, or an accrual).
 *
 * <p>The multipliers are checked against the policy's ranges when allocating
 * ({@link MdfPoolAllocator}), with their path ({@code candidates[3].pipelinePotential}).
 *
 * <p>Checked when built: the entitlement, when given, is not negative.
 *
 * <p>JSON-serialisable; immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePoolCandidate.class)
@JsonDeserialize(as = ImmutablePoolCandidate.class)
public abstract class PoolCandidate {

  PoolCandidate() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a candidate with neutral multipliers (1 and 1).
   *
   * @param partnerId the partner, not null
   * @param tier its tier, not null
   * @return never null
   */
  public static PoolCandidate of(PartnerId partnerId, Tier tier) {
    return new Builder().partnerId(partnerId).tier(tier).build();
  }

  /**
   * Returns a candidate.
   *
   * @param partnerId the partner, not null
   * @param tier its tier, not null
   * @param pipelinePotential its pipeline-potential multiplier, not null
   * @param strategicValue its strategic-value multiplier, not null
   * @return never null
   */
  public static PoolCandidate of(PartnerId partnerId, Tier tier, BigDecimal pipelinePotential,
      BigDecimal strategicValue) {
    return new Builder().partnerId(partnerId).tier(tier).pipelinePotential(pipelinePotential)
        .strategicValue(strategicValue).build();
  }

  /**
   * Returns the partner.
   *
   * @return never null
   */
  public abstract PartnerId partnerId();

  /**
   * Returns the partner's tier.
   *
   * @return never null
   */
  public abstract Tier tier();

  /**
   * Returns the pipeline-potential multiplier.
   *
   * @return never null; 1 by default
   */
  @Value.Default
  public BigDecimal pipelinePotential() {
    return BigDecimal.ONE;
  }

  /**
   * Returns the strategic-value multiplier (see {@link MdfPolicy#strategicValueOf(ValueMatrixQuadrant)}).
   *
   * @return never null; 1 by default
   */
  @Value.Default
  public BigDecimal strategicValue() {
    return BigDecimal.ONE;
  }

  /**
   * Returns the day the partner joined the program.
   *
   * @return the day, or empty when unknown (then it is never counted as new)
   */
  public abstract Optional<LocalDate> joinedOn();

  /**
   * Returns the partner's entitlement for this pool, when it is not its tier's annual allocation.
   *
   * @return the entitlement, or empty for the tier's annual allocation
   */
  public abstract Optional<Money> entitlement();

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    entitlement().ifPresent(e -> problems.requireNonNegative(FieldPath.root().field("entitlement"), e));
    problems.throwIfErrors(InvalidFactsException::new);
  }

  /** Builds a {@link PoolCandidate}. Not thread-safe. */
  public static class Builder extends ImmutablePoolCandidate.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
