package dev.partneros.attribution.commission;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.internal.ProblemCollector;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The commission models one partner type combines
 * ({@code docs/rules/commission.md#models-per-partner-type}: "a program may combine them per
 * partner type"). Each model present produces its own lines; all of them apply the deal's
 * attribution factor ({@code docs/rules/attribution.md#credit-factors}) except resale margins and
 * rebates, which are not shares of a partner rate.
 *
 * <pre>
 * REFERRAL:
 *   referralFee: {rate: "0.20"}          # or {flat: 1000}
 *   recurringShare: {rate: "0.15", months: 24}
 *   volumeBrackets: {mode: MARGINAL, brackets: [...]}
 *   countBrackets: {brackets: [...]}
 *   tierRate: true                        # the tier's commission rate from the benefits matrix
 *   resaleMargin: {registeredDealBonus: "0.05"}
 *   volumeRebate: {bands: [...]}
 *   spiffs: true                          # eligible for the SPIFFs running (default true)
 * </pre>
 *
 * <p>Checked when built ({@link InvalidProgramException}): at least one model ({@code one_of}).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCommissionModels.class)
@JsonDeserialize(as = ImmutableCommissionModels.class)
public abstract class CommissionModels {

  CommissionModels() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the one-time referral fee.
   *
   * @return the fee, or empty
   */
  public abstract Optional<ReferralFee> referralFee();

  /**
   * Returns the recurring revenue share.
   *
   * @return the share, or empty
   */
  public abstract Optional<RecurringShare> recurringShare();

  /**
   * Returns the volume brackets over the partner's annual volume.
   *
   * @return the brackets, or empty
   */
  public abstract Optional<VolumeBrackets> volumeBrackets();

  /**
   * Returns the count brackets over the month's referrals.
   *
   * @return the brackets, or empty
   */
  public abstract Optional<CountBrackets> countBrackets();

  /**
   * Tells whether the tier's commission rate (benefits matrix) applies to the deal's amount.
   *
   * @return false by default
   */
  @Value.Default
  public boolean tierRate() {
    return false;
  }

  /**
   * Returns the resale margin terms.
   *
   * @return the terms, or empty
   */
  public abstract Optional<ResaleMargin> resaleMargin();

  /**
   * Returns the volume rebate on annual resale volume.
   *
   * @return the rebate, or empty
   */
  public abstract Optional<VolumeRebate> volumeRebate();

  /**
   * Tells whether the partner type takes part in the SPIFFs that run ({@link SpiffWindow}).
   *
   * @return true by default
   */
  @Value.Default
  public boolean spiffs() {
    return true;
  }

  /**
   * Tells whether a model needs the partner's tier at the deal date.
   *
   * @return true with the tier rate or resale margin
   */
  public boolean needsTier() {
    return tierRate() || resaleMargin().isPresent();
  }

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    boolean any = referralFee().isPresent() || recurringShare().isPresent() || volumeBrackets().isPresent()
        || countBrackets().isPresent() || tierRate() || resaleMargin().isPresent() || volumeRebate().isPresent();
    problems.check(any, FieldPath.root(), CoreProblemCode.ONE_OF, "name at least one commission model (referralFee, "
        + "recurringShare, volumeBrackets, countBrackets, tierRate, resaleMargin, volumeRebate)", "none");
    problems.throwIfErrors(InvalidProgramException::new);
  }

  /** Builds {@link CommissionModels}; at least one model is needed. Not thread-safe. */
  public static class Builder extends ImmutableCommissionModels.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
