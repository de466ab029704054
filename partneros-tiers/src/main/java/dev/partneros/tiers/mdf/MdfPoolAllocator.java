package dev.partneros.tiers.mdf;

import static java.util.Objects.requireNonNull;

import dev.partneros.core.Allocations;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.DateRange;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.Tier;
import dev.partneros.core.internal.ProblemCollector;
import dev.partneros.tiers.BenefitsMatrix;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Splits a program-level MDF pool across partners ({@code docs/rules/mdf.md#pool-allocation}).
 *
 * <p>Each partner has an <b>entitlement</b> (its tier's annual allocation, or the candidate's own
 * {@link PoolCandidate#entitlement()}), a <b>cap</b> (the entitlement; for a
 * {@link MdfPool.Period#FISCAL_QUARTER} pool also at most the tier's quarterly cap) and a
 * <b>budget</b>, its co-marketing budget ({@link CoMarketingBudgeter}), which is the weight of its
 * share. The pool is split in proportion to the budgets, never above a cap; what a cap frees goes to
 * the others in proportion to their budgets (water-filling), penny-exact with the remainders by
 * largest remainder and ties by partner id ({@link Allocations#splitCapped(Money, java.util.Map,
 * java.util.Map)}), so the result depends neither on the order the candidates are given in nor on
 * anything but the inputs. The allocations sum exactly to min(pool, sum of the caps of partners with
 * a budget); what is left stays unallocated. When the pool is at least the sum of the caps, every
 * partner simply gets its cap.
 *
 * <p><b>By segment</b> ({@link MdfPool#bySegment()}): the pool is first split between the policy's
 * {@link MdfPolicy#poolSegments()} (standard: 60 % Gold and Platinum, 30 % Silver, 10 % new
 * partners), then each segment's part between its partners as above. Decisions:
 * <ul>
 *   <li>a <b>new partner</b> is one whose {@link PoolCandidate#joinedOn()} lies within the
 *       {@link MdfPolicy#newPartnerMonths()} (12) months ending on the as-of date, both ends
 *       included; it belongs to the new-partner segment whatever its tier; any other partner belongs
 *       to the first segment listing its tier, or to none (then it gets nothing:
 *       {@link PoolAllocation.Limit#NOT_IN_SEGMENT}; standard: an established Registered partner, which has no
 *       entitlement anyway);</li>
 *   <li>what a segment <b>cannot place</b> (its partners' caps add up to less than its share) goes to
 *       the other segments in proportion to their shares, up to their own capacity (water-filling
 *       across segments, penny-exact, ties by the policy's order); what no segment can place stays
 *       unallocated. So a split by segment also sums to min(pool, sum of the caps).</li>
 * </ul>
 *
 * <p>Built once per program with {@link #of(MdfPolicy, BenefitsMatrix)}; its methods are pure
 * functions of their arguments. Cost: O(n log n) in the number of partners. Immutable and
 * thread-safe.
 */
public final class MdfPoolAllocator {

  private final Funds funds;

  private MdfPoolAllocator(Funds funds) {
    this.funds = funds;
  }

  /**
   * Returns the allocator of a program.
   *
   * @param policy the MDF policy, not null
   * @param benefits the benefits matrix (entitlements, caps, tier budgets), not null
   * @return never null
   * @throws InvalidProgramException if the benefits are for another ladder or currency than the
   *     policy
   */
  public static MdfPoolAllocator of(MdfPolicy policy, BenefitsMatrix benefits) {
    return new MdfPoolAllocator(Funds.of(policy, benefits));
  }

  /**
   * Returns the policy.
   *
   * @return never null
   */
  public MdfPolicy policy() {
    return funds.policy();
  }

  /** One candidate's numbers, before the split. */
  private static final class Share {
    final PoolCandidate candidate;
    final Money entitlement;
    final Money cap;
    final Money budget;
    final boolean quarterCapped;
    final boolean newPartner;
    int segment = -1;
    Money allocation;

    Share(PoolCandidate candidate, Money entitlement, Money cap, Money budget, boolean quarterCapped,
        boolean newPartner) {
      this.candidate = candidate;
      this.entitlement = entitlement;
      this.cap = cap;
      this.budget = budget;
      this.quarterCapped = quarterCapped;
      this.newPartner = newPartner;
    }
  }

  /**
   * Splits a pool.
   *
   * @param pool the pool, not null, in the fund's currency
   * @param candidates the partners, not null, each partner once, in any order
   * @param asOf the as-of date (who is a new partner), not null
   * @return never null
   * @throws InvalidFactsException naming every problem with its path: the pool in another currency
   *     ({@code pool.amount}), a split by segment without segments in the policy
   *     ({@code pool.bySegment}), a partner given twice ({@code candidates[3].partnerId}), a tier off
   *     the ladder ({@code candidates[3].tier}), a multiplier out of its range
   *     ({@code candidates[3].pipelinePotential}), an entitlement in another currency
   *     ({@code candidates[3].entitlement}) or a joining date after the as-of date
   *     ({@code candidates[3].joinedOn})
   */
  public PoolAllocation allocate(MdfPool pool, List<PoolCandidate> candidates, LocalDate asOf) {
    requireNonNull(pool, "pool");
    requireNonNull(candidates, "candidates");
    requireNonNull(asOf, "asOf");
    MdfPolicy policy = funds.policy();
    BenefitsMatrix benefits = funds.benefits();
    ProblemCollector problems = new ProblemCollector();
    funds.checkCurrency(problems, FieldPath.root().field("pool").field("amount"), pool.amount());
    if (pool.bySegment()) {
      problems.check(!policy.poolSegments().isEmpty(), FieldPath.root().field("pool").field("bySegment"),
          CoreProblemCode.NOT_ALLOWED, "be false: the policy has no poolSegments", true);
    }
    Map<PartnerId, Integer> seen = new HashMap<>(candidates.size() * 2);
    for (int i = 0; i < candidates.size(); i++) {
      PoolCandidate candidate = requireNonNull(candidates.get(i), "candidates");
      Integer before = seen.putIfAbsent(candidate.partnerId(), i);
      if (before == null && policy.ladder().contains(candidate.tier())
          && policy.pipelinePotential().contains(candidate.pipelinePotential())
          && policy.strategicValue().contains(candidate.strategicValue())
          && candidate.entitlement().map(e -> e.currency().equals(funds.currency())).orElse(true)
          && !candidate.joinedOn().map(d -> d.isAfter(asOf)).orElse(false)) {
        continue; // valid: no path is built
      }
      FieldPath at = FieldPath.root().field("candidates").index(i);
      if (before != null) {
        problems.check(false, at.field("partnerId"), CoreProblemCode.DUPLICATE,
            "be given once (already candidates[" + before + "])", candidate.partnerId());
      }
      funds.checkTier(problems, at.field("tier"), candidate.tier());
      CoMarketingBudgeter.checkMultipliers(policy, problems, at, candidate.pipelinePotential(),
          candidate.strategicValue());
      candidate.entitlement().ifPresent(e -> funds.checkCurrency(problems, at.field("entitlement"), e));
      candidate.joinedOn().ifPresent(d -> Funds.checkNotAfter(problems, at.field("joinedOn"), d, asOf));
    }
    problems.throwIfErrors(InvalidFactsException::new);

    DateRange recent = DateRange.monthsEndingOn(policy.newPartnerMonths(), asOf);
    boolean quarter = pool.period() == MdfPool.Period.FISCAL_QUARTER;
    List<Share> shares = new ArrayList<>(candidates.size());
    for (PoolCandidate candidate : candidates) {
      Tier tier = candidate.tier();
      Money tierAnnual = benefits.mdfAnnualAllocation(tier);
      Money entitlement = candidate.entitlement().orElse(tierAnnual);
      Money cap = entitlement;
      boolean quarterCapped = false;
      if (quarter) {
        Money quarterly = benefits.mdfQuarterlyCap(tier);
        if (quarterly.isLessThan(entitlement)) {
          cap = quarterly;
          quarterCapped = true;
        }
      }
      Money budget = CoMarketingBudgeter.budget(tierAnnual, candidate.pipelinePotential(),
          candidate.strategicValue(), funds);
      boolean newPartner = candidate.joinedOn().map(recent::contains).orElse(false);
      shares.add(new Share(candidate, entitlement, cap, budget, quarterCapped, newPartner));
    }
    shares.sort(Comparator.comparing(s -> s.candidate.partnerId()));

    PoolAllocation.Builder result = new PoolAllocation.Builder().pool(pool).asOf(asOf);
    if (!pool.bySegment()) {
      if (!shares.isEmpty()) {
        split(pool.amount(), shares);
      }
    } else {
      List<MdfPolicy.PoolSegment> segments = policy.poolSegments();
      int newSegment = -1;
      for (int s = 0; s < segments.size(); s++) {
        if (segments.get(s).newPartners()) {
          newSegment = s;
        }
      }
      List<List<Share>> members = new ArrayList<>(segments.size());
      for (int s = 0; s < segments.size(); s++) {
        members.add(new ArrayList<>());
      }
      for (Share share : shares) {
        share.segment = share.newPartner && newSegment >= 0 ? newSegment : segmentOf(segments, share.candidate.tier());
        if (share.segment >= 0) {
          members.get(share.segment).add(share);
        }
      }
      List<BigDecimal> weights = new ArrayList<>(segments.size());
      List<Money> capacities = new ArrayList<>(segments.size());
      for (int s = 0; s < segments.size(); s++) {
        weights.add(segments.get(s).share().value());
        List<Money> caps = new ArrayList<>(members.get(s).size());
        for (Share share : members.get(s)) {
          if (share.budget.isPositive()) {
            caps.add(share.cap);
          }
        }
        capacities.add(Money.total(caps, funds.currency()));
      }
      List<Money> nominal = Allocations.split(pool.amount(), weights);
      List<Money> parts = Allocations.splitCapped(pool.amount(), weights, capacities);
      for (int s = 0; s < segments.size(); s++) {
        if (!members.get(s).isEmpty()) {
          split(parts.get(s), members.get(s));
        }
        result.addSegments(new PoolAllocation.SegmentAllocation.Builder().name(segments.get(s).name())
            .share(segments.get(s).share()).partners(members.get(s).size()).nominal(nominal.get(s))
            .capacity(capacities.get(s)).allocated(parts.get(s)).build());
      }
    }
    List<PoolAllocation.PartnerAllocation> allocations = new ArrayList<>(shares.size());
    for (Share share : shares) {
      Money allocation = share.allocation == null ? funds.zero() : share.allocation;
      allocations.add(new PoolAllocation.PartnerAllocation.Builder()
          .partnerId(share.candidate.partnerId())
          .tier(share.candidate.tier())
          .newPartner(share.newPartner)
          .segment(share.segment >= 0 ? Optional.of(policy.poolSegments().get(share.segment).name())
              : Optional.empty())
          .entitlement(share.entitlement)
          .cap(share.cap)
          .pipelinePotential(share.candidate.pipelinePotential())
          .strategicValue(share.candidate.strategicValue())
          .budget(share.budget)
          .allocation(allocation)
          .limitedBy(limit(share, allocation, pool.bySegment()))
          .build());
    }
    return result.allocations(allocations).build();
  }

  private static int segmentOf(List<MdfPolicy.PoolSegment> segments, Tier tier) {
    for (int s = 0; s < segments.size(); s++) {
      if (segments.get(s).tiers().contains(tier)) {
        return s;
      }
    }
    return -1;
  }

  /**
   * Splits an amount between shares in partner-id order (each partner once), so that ties go to the
   * smaller partner id, as {@link Allocations#splitCapped(Money, java.util.Map, java.util.Map)} would.
   */
  private static void split(Money amount, List<Share> shares) {
    List<BigDecimal> weights = new ArrayList<>(shares.size());
    List<Money> caps = new ArrayList<>(shares.size());
    for (Share share : shares) {
      weights.add(share.budget.amount());
      caps.add(share.cap);
    }
    List<Money> parts = Allocations.splitCapped(amount, weights, caps);
    for (int i = 0; i < shares.size(); i++) {
      shares.get(i).allocation = parts.get(i);
    }
  }

  private static PoolAllocation.Limit limit(Share share, Money allocation, boolean bySegment) {
    if (share.cap.isZero()) {
      return PoolAllocation.Limit.NO_ENTITLEMENT;
    }
    if (bySegment && share.segment < 0) {
      return PoolAllocation.Limit.NOT_IN_SEGMENT;
    }
    if (!share.budget.isPositive()) {
      return PoolAllocation.Limit.NO_BUDGET;
    }
    if (allocation.equals(share.cap)) {
      return share.quarterCapped ? PoolAllocation.Limit.QUARTERLY_CAP : PoolAllocation.Limit.ENTITLEMENT;
    }
    return bySegment ? PoolAllocation.Limit.SEGMENT : PoolAllocation.Limit.POOL;
  }
}
