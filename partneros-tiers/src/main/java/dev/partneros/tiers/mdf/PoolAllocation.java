package dev.partneros.tiers.mdf;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.Explanation;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
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
}
