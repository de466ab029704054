package dev.partneros.tiers.mdf;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.Explanation;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.Tier;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One partner's share of an MDF pool ({@code docs/rules/mdf.md#pool-allocation}): its entitlement,
 * the cap the pool respected (the entitlement, or for a quarter's pool at most the tier's
 * quarterly cap), its co-marketing budget (the weight of its share), what it was allocated and
 * what limited that.
 *
 * <p>The {@link #explanation()} is built on first request.
 *
 * <p>JSON-serialisable (the explanation is written, and rebuilt when read); immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePartnerAllocation.class)
@JsonDeserialize(as = ImmutablePartnerAllocation.class)
@JsonIgnoreProperties(value = {"explanation"}, allowGetters = true)
public abstract class PartnerAllocation {

  PartnerAllocation() {}

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
   * Tells whether the partner counted as new.
   *
   * @return true if it joined within the policy's new-partner months
   */
  public abstract boolean newPartner();

  /**
   * Returns the segment the partner was allocated in.
   *
   * @return the segment's name, or empty when the pool was not split by segment or the partner is
   *     in none
   */
  public abstract Optional<String> segment();

  /**
   * Returns the partner's entitlement.
   *
   * @return never null, not negative
   */
  public abstract Money entitlement();

  /**
   * Returns the most the pool could give the partner.
   *
   * @return never null, not negative, at most {@link #entitlement()}
   */
  public abstract Money cap();

  /**
   * Returns the partner's co-marketing budget, the weight of its share.
   *
   * @return never null, not negative
   */
  public abstract Money budget();

  /**
   * Returns the pipeline-potential multiplier of the budget.
   *
   * @return never null
   */
  public abstract BigDecimal pipelinePotential();

  /**
   * Returns the strategic-value multiplier of the budget.
   *
   * @return never null
   */
  public abstract BigDecimal strategicValue();

  /**
   * Returns what the partner was allocated.
   *
   * @return never null, not negative, at most {@link #cap()}
   */
  public abstract Money allocation();

  /**
   * Returns what limited the allocation.
   *
   * @return never null
   */
  public abstract PoolLimit limitedBy();

  /**
   * Returns the reasons: the budget and the share.
   *
   * @return never null
   */
  @Value.Lazy
  @JsonProperty("explanation")
  public Explanation explanation() {
    return Explanation.builder().subject("MDF pool share of " + partnerId())
        .addAllSteps(MdfTexts.partnerAllocationSteps(this)).build();
  }

  /** Builds a {@link PartnerAllocation}. Not thread-safe. */
  static class Builder extends ImmutablePartnerAllocation.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
