package dev.partneros.tiers.mdf;

import static dev.partneros.tiers.mdf.MdfFixtures.BENEFITS;
import static dev.partneros.tiers.mdf.MdfFixtures.assertProblem;
import static dev.partneros.tiers.mdf.MdfFixtures.date;
import static dev.partneros.tiers.mdf.MdfFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.Rate;
import dev.partneros.core.Tier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("MDF pool allocation (docs/rules/mdf.md#pool-allocation)")
class MdfPoolAllocatorTest {

  final MdfPoolAllocator allocator = MdfPoolAllocator.of(MdfPolicy.standard(), BENEFITS);
  final LocalDate asOf = date("2026-05-10");

  private static PoolCandidate candidate(String id, Tier tier) {
    return PoolCandidate.of(PartnerId.of(id), tier);
  }

  final List<PoolCandidate> five = List.of(candidate("A", Tier.PLATINUM), candidate("B", Tier.GOLD),
      candidate("C", Tier.GOLD), candidate("D", Tier.SILVER), candidate("E", Tier.REGISTERED));

  private static Money allocation(PoolAllocation result, String id) {
    return result.allocation(PartnerId.of(id)).orElseThrow().allocation();
  }

  @Test
  @DisplayName("a pool at least the sum of entitlements gives every partner its entitlement")
  void largePool_givesEveryEntitlement() {
    PoolAllocation result = allocator.allocate(MdfPool.of(usd(310_000)), five, asOf);
    assertThat(result.allocations()).extracting(a -> a.partnerId().value(), PoolAllocation.PartnerAllocation::allocation,
        PoolAllocation.PartnerAllocation::limitedBy).containsExactly(
        tuple("A", usd(100_000), PoolAllocation.Limit.ENTITLEMENT), tuple("B", usd(25_000), PoolAllocation.Limit.ENTITLEMENT),
        tuple("C", usd(25_000), PoolAllocation.Limit.ENTITLEMENT), tuple("D", usd(5_000), PoolAllocation.Limit.ENTITLEMENT),
        tuple("E", usd(0), PoolAllocation.Limit.NO_ENTITLEMENT));
    assertThat(result.totalEntitlement()).isEqualTo(usd(155_000));
    assertThat(result.allocated()).isEqualTo(usd(155_000));
    assertThat(result.unallocated()).isEqualTo(usd(155_000));
  }

  @Test
  @DisplayName("a smaller pool is split in proportion to the budgets, limited by the pool")
  void smallPool_isProportional() {
    PoolAllocation result = allocator.allocate(MdfPool.of(usd(77_500)), five, asOf);
    assertThat(result.allocations()).extracting(PoolAllocation.PartnerAllocation::allocation).containsExactly(usd(50_000),
        usd(12_500), usd(12_500), usd(2_500), usd(0));
    assertThat(result.allocation(PartnerId.of("A")).orElseThrow().limitedBy()).isEqualTo(PoolAllocation.Limit.POOL);
    assertThat(result.allocation(PartnerId.of("Z"))).isEmpty();
    assertThat(result.explanation().sentences()).containsExactly("pool 77,500.00 USD (FISCAL_YEAR) over 5 partners"
        + " entitled to 155,000.00 USD -> allocated 77,500.00 USD, unallocated 0.00 USD");
  }

  @Test
  @DisplayName("a budget above the entitlement is capped and what the cap frees is redistributed, penny-exact")
  void cap_freesForTheOthers() {
    List<PoolCandidate> candidates = new ArrayList<>(five);
    candidates.set(1, PoolCandidate.of(PartnerId.of("B"), Tier.GOLD, new BigDecimal("2.0"), new BigDecimal("1.5")));
    PoolAllocation result = allocator.allocate(MdfPool.of(usd(100_000)), candidates, asOf);
    PoolAllocation.PartnerAllocation b = result.allocation(PartnerId.of("B")).orElseThrow();
    assertThat(b.budget()).isEqualTo(usd(75_000));
    assertThat(b.allocation()).isEqualTo(usd(25_000));
    assertThat(b.limitedBy()).isEqualTo(PoolAllocation.Limit.ENTITLEMENT);
    // the 75,000 left over A, C and D by budgets 100,000 : 25,000 : 5,000; remainders .769, .692, .538 cents
    assertThat(allocation(result, "A")).isEqualTo(usd("57692.31"));
    assertThat(allocation(result, "C")).isEqualTo(usd("14423.08"));
    assertThat(allocation(result, "D")).isEqualTo(usd("2884.61"));
    assertThat(result.allocated()).isEqualTo(usd(100_000));
    assertThat(b.explanation().sentences()).containsExactly(
        "GOLD budget x pipeline potential 2.0 x strategic value 1.5 -> 75,000.00 USD",
        "share by budget 75,000.00 USD (segment none, new no), entitlement 25,000.00 USD, cap 25,000.00 USD"
            + " -> 25,000.00 USD (limited by ENTITLEMENT)");
  }

  @Test
  @DisplayName("by segment: 60 % Gold and Platinum, 30 % Silver, 10 % new partners; what a segment cannot place goes"
      + " to the others by their shares")
  void bySegment_redistributesWhatASegmentCannotPlace() {
    List<PoolCandidate> candidates = List.of(candidate("A", Tier.PLATINUM), candidate("B", Tier.GOLD),
        candidate("D", Tier.SILVER),
        new PoolCandidate.Builder().partnerId(PartnerId.of("N")).tier(Tier.GOLD).joinedOn(date("2026-03-01")).build(),
        candidate("E", Tier.REGISTERED));
    PoolAllocation result = allocator.allocate(MdfPool.bySegment(usd(100_000)), candidates, asOf);
    assertThat(result.segments()).extracting(PoolAllocation.SegmentAllocation::name, PoolAllocation.SegmentAllocation::nominal,
        PoolAllocation.SegmentAllocation::capacity, PoolAllocation.SegmentAllocation::allocated).containsExactly(
        tuple("GOLD_AND_PLATINUM", usd(60_000), usd(125_000), usd("81428.57")),
        tuple("SILVER", usd(30_000), usd(5_000), usd(5_000)),
        tuple("NEW_PARTNERS", usd(10_000), usd(25_000), usd("13571.43")));
    assertThat(result.allocations()).extracting(a -> a.partnerId().value(), PoolAllocation.PartnerAllocation::allocation,
        PoolAllocation.PartnerAllocation::limitedBy, a -> a.segment().orElse("-")).containsExactly(
        tuple("A", usd("65142.86"), PoolAllocation.Limit.SEGMENT, "GOLD_AND_PLATINUM"),
        tuple("B", usd("16285.71"), PoolAllocation.Limit.SEGMENT, "GOLD_AND_PLATINUM"),
        tuple("D", usd(5_000), PoolAllocation.Limit.ENTITLEMENT, "SILVER"),
        tuple("E", usd(0), PoolAllocation.Limit.NO_ENTITLEMENT, "-"),
        tuple("N", usd("13571.43"), PoolAllocation.Limit.SEGMENT, "NEW_PARTNERS"));
    assertThat(result.allocated()).isEqualTo(usd(100_000));
    assertThat(result.explanation().sentences()).contains("segment SILVER: share 30 % = 30,000.00 USD, 1 partners"
        + " able to take 5,000.00 USD -> 5,000.00 USD");
  }

  @Test
  @DisplayName("a new partner joined within the 12 months ending on the as-of date, both ends included")
  void newPartner_boundary() {
    PoolCandidate justNew = new PoolCandidate.Builder().partnerId(PartnerId.of("N1")).tier(Tier.SILVER)
        .joinedOn(date("2025-05-11")).build();
    PoolCandidate justOld = new PoolCandidate.Builder().partnerId(PartnerId.of("N2")).tier(Tier.SILVER)
        .joinedOn(date("2025-05-10")).build();
    PoolAllocation result = allocator.allocate(MdfPool.bySegment(usd(1_000)), List.of(justNew, justOld), asOf);
    assertThat(result.allocations()).extracting(PoolAllocation.PartnerAllocation::newPartner, a -> a.segment().orElseThrow())
        .containsExactly(tuple(true, "NEW_PARTNERS"), tuple(false, "SILVER"));
  }

  @Test
  void partnerInNoSegment_getsNothing() {
    MdfPoolAllocator goldOnly = MdfPoolAllocator.of(new MdfPolicy.Builder().poolSegments(List.of(
        MdfPolicy.PoolSegment.ofTiers("TOP", Rate.ONE, Tier.GOLD, Tier.PLATINUM))).build(), BENEFITS);
    PoolAllocation result = goldOnly.allocate(MdfPool.bySegment(usd(10_000)), five, asOf);
    assertThat(result.allocation(PartnerId.of("D")).orElseThrow().limitedBy()).isEqualTo(PoolAllocation.Limit.NOT_IN_SEGMENT);
    assertThat(allocation(result, "D")).isEqualTo(usd(0));
    assertThat(result.allocated()).isEqualTo(usd(10_000));
  }

  @Test
  @DisplayName("a quarter's pool caps every partner at its tier's quarterly cap")
  void quarterPool_capsAtTheQuarterlyCap() {
    MdfPool pool = new MdfPool.Builder().amount(usd(60_000)).period(MdfPool.Period.FISCAL_QUARTER).build();
    PoolAllocation result = allocator.allocate(pool, five, asOf);
    assertThat(result.allocations()).extracting(PoolAllocation.PartnerAllocation::allocation, PoolAllocation.PartnerAllocation::limitedBy)
        .containsExactly(tuple(usd(35_000), PoolAllocation.Limit.QUARTERLY_CAP), tuple(usd(10_000), PoolAllocation.Limit.QUARTERLY_CAP),
            tuple(usd(10_000), PoolAllocation.Limit.QUARTERLY_CAP), tuple(usd(2_000), PoolAllocation.Limit.QUARTERLY_CAP),
            tuple(usd(0), PoolAllocation.Limit.NO_ENTITLEMENT));
    assertThat(result.unallocated()).isEqualTo(usd(3_000));
  }

  @Test
  void ownEntitlement_replacesTheTiers() {
    PoolCandidate left = new PoolCandidate.Builder().partnerId(PartnerId.of("B")).tier(Tier.GOLD)
        .entitlement(usd(4_000)).build();
    PoolAllocation result = allocator.allocate(MdfPool.of(usd(10_000)), List.of(left), asOf);
    assertThat(allocation(result, "B")).isEqualTo(usd(4_000));
    PoolCandidate noBudget = new PoolCandidate.Builder().partnerId(PartnerId.of("R")).tier(Tier.REGISTERED)
        .entitlement(usd(4_000)).build();
    assertThat(allocator.allocate(MdfPool.of(usd(10_000)), List.of(noBudget), asOf).allocations().get(0).limitedBy())
        .isEqualTo(PoolAllocation.Limit.NO_BUDGET);
  }

  @Test
  @DisplayName("the order the partners are given in does not matter")
  void order_doesNotMatter() {
    List<PoolCandidate> reversed = new ArrayList<>(five);
    Collections.reverse(reversed);
    assertThat(allocator.allocate(MdfPool.of(usd("33333.33")), reversed, asOf))
        .isEqualTo(allocator.allocate(MdfPool.of(usd("33333.33")), five, asOf));
    assertThat(allocator.allocate(MdfPool.of(usd(1)), List.of(), asOf).unallocated()).isEqualTo(usd(1));
  }

  @Test
  @DisplayName("bad input: multipliers out of range, duplicates, other currencies, future dates, with their path")
  void badInput_isRefusedWithItsPath() {
    List<PoolCandidate> outOfRange = List.of(candidate("A", Tier.GOLD),
        PoolCandidate.of(PartnerId.of("B"), Tier.GOLD, new BigDecimal("2.01"), BigDecimal.ONE));
    assertProblem(() -> allocator.allocate(MdfPool.of(usd(1)), outOfRange, asOf), InvalidFactsException.class,
        "candidates[1].pipelinePotential", "out_of_range",
        "candidates[1].pipelinePotential must be between 0.5 and 2.0, but was 2.01");
    List<PoolCandidate> strategic = List.of(PoolCandidate.of(PartnerId.of("B"), Tier.GOLD, BigDecimal.ONE,
        new BigDecimal("0.79")));
    assertProblem(() -> allocator.allocate(MdfPool.of(usd(1)), strategic, asOf), InvalidFactsException.class,
        "candidates[0].strategicValue", "out_of_range",
        "candidates[0].strategicValue must be between 0.8 and 1.5, but was 0.79");
    assertProblem(() -> allocator.allocate(MdfPool.of(usd(1)), List.of(candidate("A", Tier.GOLD),
        candidate("A", Tier.SILVER)), asOf), InvalidFactsException.class, "candidates[1].partnerId", "duplicate",
        "candidates[1].partnerId must be given once (already candidates[0]), but was A");
    assertProblem(() -> allocator.allocate(MdfPool.of(Money.of("5.00", "EUR")), five, asOf),
        InvalidFactsException.class, "pool.amount", "currency_mismatch",
        "pool.amount must be in the fund's currency USD, but was 5.00 EUR");
    assertProblem(() -> MdfPool.of(usd(-1)), InvalidFactsException.class, "amount", "negative",
        "amount must be >= 0, but was -1.00 USD");
    PoolCandidate future = new PoolCandidate.Builder().partnerId(PartnerId.of("F")).tier(Tier.GOLD)
        .joinedOn(date("2026-05-11")).build();
    assertProblem(() -> allocator.allocate(MdfPool.of(usd(1)), List.of(future), asOf), InvalidFactsException.class,
        "candidates[0].joinedOn", "after_as_of",
        "candidates[0].joinedOn must not be after the as-of date 2026-05-10, but was 2026-05-11");
    MdfPoolAllocator unsegmented = MdfPoolAllocator.of(new MdfPolicy.Builder().poolSegments(List.of()).build(),
        BENEFITS);
    assertProblem(() -> unsegmented.allocate(MdfPool.bySegment(usd(1)), five, asOf), InvalidFactsException.class,
        "pool.bySegment", "not_allowed", "pool.bySegment must be false: the policy has no poolSegments, but was true");
    assertProblem(() -> new PoolCandidate.Builder().partnerId(PartnerId.of("X")).tier(Tier.GOLD)
        .entitlement(usd(-1)).build(), InvalidFactsException.class, "entitlement", "negative",
        "entitlement must be >= 0, but was -1.00 USD");
  }
}
