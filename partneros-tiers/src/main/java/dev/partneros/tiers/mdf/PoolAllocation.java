package dev.partneros.tiers.mdf;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.Explanation;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.Rate;
import dev.partneros.core.Tier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The split of an MDF pool across partners ({@code docs/rules/mdf.md#pool-allocation}): one
 * {@link PartnerAllocation} per partner, in partner-id order (whatever order they were given in),
 * and, for a split by segment, one {@link SegmentAllocation} per segment in the policy's order.
 * What the partners' caps cannot take stays {@link #unallocated()}.
 *
 * <p>The {@link #explanation()} (the pool and each segment; each partner's share has its own) is
 * built on first request.
 *
 * <p>JSON-serialisable (derived totals and the explanation are written, and rebuilt when read);
 * immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePoolAllocation.class)
@JsonDeserialize(as = ImmutablePoolAllocation.class)
@JsonIgnoreProperties(value = {"allocated", "unallocated", "totalEntitlement", "explanation"}, allowGetters = true)
public abstract class PoolAllocation {

  PoolAllocation() {}

  /**
   * Returns the pool.
   *
   * @return never null
   */
  public abstract MdfPool pool();

  /**
   * Returns the as-of date (which decides who is a new partner).
   *
   * @return never null
   */
  public abstract LocalDate asOf();

  /**
   * Returns each partner's share, in partner-id order.
   *
   * @return never null
   */
  public abstract List<PartnerAllocation> allocations();

  /**
   * Returns each segment's part, in the policy's order.
   *
   * @return never null; empty when the pool was not split by segment
   */
  public abstract List<SegmentAllocation> segments();

  /**
   * Returns the share of one partner.
   *
   * @param partnerId the partner, not null
   * @return the share, or empty when the partner was not a candidate
   */
  public Optional<PartnerAllocation> allocation(PartnerId partnerId) {
    requireNonNull(partnerId, "partnerId");
    List<PartnerAllocation> all = allocations();
    int low = 0;
    int high = all.size() - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      int order = all.get(middle).partnerId().compareTo(partnerId);
      if (order == 0) {
        return Optional.of(all.get(middle));
      } else if (order < 0) {
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the sum of the partners' allocations.
   *
   * @return never null
   */
  @JsonProperty("allocated")
  public Money allocated() {
    List<Money> parts = new ArrayList<>(allocations().size());
    allocations().forEach(a -> parts.add(a.allocation()));
    return Money.total(parts, pool().amount().currency());
  }

  /**
   * Returns what is left of the pool.
   *
   * @return never null, not negative
   */
  @JsonProperty("unallocated")
  public Money unallocated() {
    return pool().amount().minus(allocated());
  }

  /**
   * Returns the sum of the partners' entitlements.
   *
   * @return never null
   */
  @JsonProperty("totalEntitlement")
  public Money totalEntitlement() {
    List<Money> parts = new ArrayList<>(allocations().size());
    allocations().forEach(a -> parts.add(a.entitlement()));
    return Money.total(parts, pool().amount().currency());
  }

  /**
   * Returns the reasons: the pool against the entitlements, and each segment's part.
   *
   * @return never null
   */
  @Value.Lazy
  @JsonProperty("explanation")
  public Explanation explanation() {
    return Explanation.builder().subject("MDF pool allocation").asOf(asOf())
        .addAllSteps(MdfTexts.poolSteps(this)).build();
  }

  /** Builds a {@link PoolAllocation}. Not thread-safe. */
  static class Builder extends ImmutablePoolAllocation.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }

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
  public abstract static class PartnerAllocation {

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
    public abstract Limit limitedBy();

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

  /**
   * One segment's part of a pool split by segment ({@code docs/rules/mdf.md#pool-allocation}): its
   * share, its nominal part ({@code share x pool}, penny-exact), what its members can take (the sum
   * of their caps), and what it received once what full segments could not place was redistributed
   * to the others.
   *
   * <p>JSON-serialisable; immutable and thread-safe.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutableSegmentAllocation.class)
  @JsonDeserialize(as = ImmutableSegmentAllocation.class)
  public abstract static class SegmentAllocation {

    SegmentAllocation() {}

    /**
     * Returns the segment's name.
     *
     * @return never null
     */
    public abstract String name();

    /**
     * Returns the segment's share of the pool.
     *
     * @return never null
     */
    public abstract Rate share();

    /**
     * Returns how many partners are in the segment.
     *
     * @return not negative
     */
    public abstract int partners();

    /**
     * Returns the segment's nominal part of the pool, {@code share x pool}.
     *
     * @return never null
     */
    public abstract Money nominal();

    /**
     * Returns the most the segment's partners can take: the sum of their caps (partners with a budget).
     *
     * @return never null
     */
    public abstract Money capacity();

    /**
     * Returns what the segment received and split among its partners.
     *
     * @return never null, at most {@link #capacity()}
     */
    public abstract Money allocated();

    /** Builds a {@link SegmentAllocation}. Not thread-safe. */
    static class Builder extends ImmutableSegmentAllocation.Builder {
      /** Creates an empty builder. */
      Builder() {}
    }
  }

  /** What limited a partner's share of an MDF pool ({@code docs/rules/mdf.md#pool-allocation}). */
  public enum Limit {
    /** The partner received its whole entitlement. */
    ENTITLEMENT,
    /** The partner received its tier's quarterly cap (a quarter's pool). */
    QUARTERLY_CAP,
    /** The pool ran out: the partner received its proportional share, below its entitlement. */
    POOL,
    /** Its segment's share (after what other segments freed) ran out: below its entitlement. */
    SEGMENT,
    /** The partner is in no segment of the policy, so a split by segment gives it nothing. */
    NOT_IN_SEGMENT,
    /** The partner has no entitlement (a tier without MDF): nothing to allocate. */
    NO_ENTITLEMENT,
    /**
     * The partner's co-marketing budget, the weight of its share, is zero (a tier without MDF given
     * an entitlement of its own): a zero weight receives nothing.
     */
    NO_BUDGET
  }
}
