package dev.partneros.attribution.commission;

import dev.partneros.attribution.commission.internal.StateTransitions;
import dev.partneros.core.PartnerId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The per-deal state transitions ({@code docs/rules/commission.md#per-deal-commission}) without a
 * builder: a state after a deal is the state before with the changed attributes replaced, and the
 * maps a deal does not change (the caps' counts, a deal that earns nothing) are the same immutable
 * maps, not copies. Stateless.
 */
final class CommissionStates implements StateTransitions {

  /** The one instance. */
  static final StateTransitions INSTANCE = new CommissionStates();

  /** An empty state, whose partner every {@link #empty} replaces: its maps are shared by every empty state. */
  private static final ImmutableCommissionState EMPTY = (ImmutableCommissionState) new CommissionState.Builder()
      .partner(PartnerId.of("empty")).build();

  private CommissionStates() {}

  /**
   * Returns the state of a partner with no deal and no line yet, sharing its empty maps.
   *
   * @param partner the partner, not null
   * @return never null
   */
  static CommissionState empty(PartnerId partner) {
    return EMPTY.withPartner(partner);
  }

  @Override
  public CommissionState afterDeal(CommissionState before, int year, BigDecimal volume, LocalDate signed,
      String dealId) {
    SortedMap<Integer, BigDecimal> volumes = before.yearVolumes();
    Map<Integer, BigDecimal> next;
    if (volumes.isEmpty()) {
      next = Map.of(year, volume);
    } else {
      TreeMap<Integer, BigDecimal> copy = new TreeMap<>(volumes);
      copy.put(year, volume);
      next = copy;
    }
    return immutable(before).withYearVolumes(next).withCreditedDeals(before.creditedDeals() + 1)
        .withLastDate(signed).withLastDealId(dealId);
  }

  @Override
  public CommissionState afterNothing(CommissionState before, LocalDate signed, String dealId) {
    return immutable(before).withLastDate(signed).withLastDealId(dealId);
  }

  /** The generated form of a state: every state is one (the class's constructor is not public). */
  private static ImmutableCommissionState immutable(CommissionState state) {
    return (ImmutableCommissionState) ImmutableCommissionState.copyOf(state);
  }
}
