package dev.partneros.attribution.commission;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.PartnerType;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.internal.ProblemCollector;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The commission plan, the program file's {@code commission} section
 * ({@code docs/rules/commission.md#models-per-partner-type}): the {@link Models} of each
 * partner type, the {@link SpiffTerms}, optional {@link CommissionCaps} and the
 * {@link PayoutTerms}. Amounts are plain numbers in the program's currency (the document header's
 * {@code currency}); rates are fractions ({@code "0.20"} = 20 %).
 *
 * <p>Every attribute has the standard program's default, so a section names only what it changes;
 * {@code models}, when given, replaces the whole map (a partner type it leaves out earns no
 * commission).
 *
 * <p>Decisions (the blueprint lists the models a program may combine, not which type gets which):
 * the standard plan gives
 * <ul>
 *   <li>{@code REFERRAL}: a referral fee of 20 % of first-year value;</li>
 *   <li>{@code AFFILIATE}: count brackets 1-5 20 %, 6-20 25 %, 21-50 30 %, 51+ 35 % plus 500 a
 *       month;</li>
 *   <li>{@code RESELLER_VAR}: the tier's resale margin (+5 points registered) and volume rebates;</li>
 *   <li>{@code TECHNOLOGY_ISV}: a recurring share of 15 % for 24 months;</li>
 *   <li>{@code OEM}: marginal volume brackets {@code [0, 100K) 20 %, [100K, 250K) 25 %,
 *       [250K, inf) 30 %};</li>
 *   <li>{@code SYSTEM_INTEGRATOR}, {@code MANAGED_SERVICE_PROVIDER}, {@code STRATEGIC_ALLIANCE}: the
 *       tier's commission rate from the benefits matrix (10 / 15 / 20 / 25 %).</li>
 * </ul>
 *
 * <p>Validated when built or read ({@link InvalidProgramException}), every problem with its path
 * ({@code commission.models.OEM.volumeBrackets.brackets[1].lower} when read through
 * {@link ProgramDocument#readSection(String, Class)}).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCommissionPlan.class)
@JsonDeserialize(as = ImmutableCommissionPlan.class)
public abstract class CommissionPlan {

  /** The program-file section this plan is read from. */
  public static final String SECTION = "commission";

  private static final CommissionPlan STANDARD = new Builder().build();

  CommissionPlan() {}

  /**
   * Returns the standard program's plan, every default of
   * {@code docs/rules/commission.md#models-per-partner-type}.
   *
   * @return never null
   */
  public static CommissionPlan standard() {
    return STANDARD;
  }

  /**
   * Returns a new builder holding the standard plan.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads the plan from a program document's {@code commission} section, or returns
   * {@link #standard()} when the section is absent.
   *
   * @param document the program document, not null
   * @return never null
   * @throws InvalidProgramException naming every problem of the section, with its path
   */
  public static CommissionPlan from(ProgramDocument document) {
    requireNonNull(document, "document");
    return document.readSection(SECTION, CommissionPlan.class, CommissionPlan::standard);
  }

  /**
   * Returns the standard models of every partner type (see the class documentation).
   *
   * @return never null, a new modifiable map
   */
  public static Map<PartnerType, Models> standardModels() {
    Map<PartnerType, Models> models = new EnumMap<>(PartnerType.class);
    models.put(PartnerType.TECHNOLOGY_ISV, Models.builder().recurringShare(RecurringShare.standard()).build());
    models.put(PartnerType.REFERRAL, Models.builder().referralFee(ReferralFee.standard()).build());
    models.put(PartnerType.RESELLER_VAR, Models.builder().resaleMargin(ResaleMargin.standard())
        .volumeRebate(VolumeRebate.standard()).build());
    models.put(PartnerType.AFFILIATE, Models.builder().countBrackets(CountBrackets.standard()).build());
    Models tierRate = Models.builder().tierRate(true).build();
    models.put(PartnerType.SYSTEM_INTEGRATOR, tierRate);
    models.put(PartnerType.MANAGED_SERVICE_PROVIDER, tierRate);
    models.put(PartnerType.STRATEGIC_ALLIANCE, tierRate);
    models.put(PartnerType.OEM, Models.builder().volumeBrackets(VolumeBrackets.standard()).build());
    return models;
  }

  /**
   * Returns the models of each partner type.
   *
   * @return never null; see the class documentation for the standard map
   */
  @Value.Default
  public Map<PartnerType, Models> models() {
    return standardModels();
  }

  /**
   * Returns the SPIFF amounts.
   *
   * @return the standard terms by default
   */
  @Value.Default
  public SpiffTerms spiffs() {
    return SpiffTerms.standard();
  }

  /**
   * Returns the optional caps.
   *
   * @return no caps by default
   */
  @Value.Default
  public CommissionCaps caps() {
    return CommissionCaps.none();
  }

  /**
   * Returns the payout timing.
   *
   * @return the standard terms by default
   */
  @Value.Default
  public PayoutTerms payout() {
    return PayoutTerms.standard();
  }

  /**
   * Returns the models of a partner type.
   *
   * @param type the partner type, not null
   * @return the models, or empty when the type earns no commission under this plan
   */
  public Optional<Models> modelsFor(PartnerType type) {
    return Optional.ofNullable(models().get(requireNonNull(type, "type")));
  }

  /** Builds a {@link CommissionPlan}; every attribute has its default. Not thread-safe. */
  public static class Builder extends ImmutableCommissionPlan.Builder {
    /** Creates a builder holding the standard plan. */
    Builder() {}
  }

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
  @JsonSerialize(as = ImmutableModels.class)
  @JsonDeserialize(as = ImmutableModels.class)
  public abstract static class Models {

    Models() {}

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
     * Tells whether the partner type takes part in the SPIFFs that run ({@link CommissionFacts.SpiffWindow}).
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

    /** Builds {@link Models}; at least one model is needed. Not thread-safe. */
    public static class Builder extends ImmutableModels.Builder {
      /** Creates an empty builder. */
      Builder() {}
    }
  }
}
