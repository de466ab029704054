package dev.partneros.portfolio;

import static java.util.Objects.requireNonNull;

import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.ProgramHistory;
import dev.partneros.core.Tier;
import dev.partneros.portfolio.Portfolio.MdfRequestRow;
import dev.partneros.scoring.segment.SegmentAssignment;
import dev.partneros.tiers.BenefitsMatrix;
import dev.partneros.tiers.mdf.ActivityType;
import dev.partneros.tiers.mdf.MdfDecision;
import dev.partneros.tiers.mdf.MdfEntitlement;
import dev.partneros.tiers.mdf.MdfEntitlementCalculator;
import dev.partneros.tiers.mdf.MdfLedger;
import dev.partneros.tiers.mdf.MdfPartner;
import dev.partneros.tiers.mdf.MdfPolicy;
import dev.partneros.tiers.mdf.MdfPool;
import dev.partneros.tiers.mdf.MdfPoolAllocator;
import dev.partneros.tiers.mdf.MdfRequest;
import dev.partneros.tiers.mdf.MdfRequestDecider;
import dev.partneros.tiers.mdf.PoolAllocation;
import dev.partneros.tiers.mdf.PoolCandidate;
import dev.partneros.tiers.mdf.ValueMatrixQuadrant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The {@link MdfModule} over {@code dev.partneros.tiers.mdf} ({@code docs/rules/mdf.md}): for
 * every active partner, its MDF requests decided in submission order and its entitlement on the
 * evaluation date, and, when a program-level pool is given, the pool's allocation.
 *
 * <p>How the portfolio's facts become the engines' inputs (decisions of the evaluator):
 * <ul>
 *   <li>A request is decided under the version in force on its submission day, for the partner as
 *       it stood then: the tier held after the last quarter end before that day (its starting tier
 *       before the first one) and the sourced ARR measured at that quarter end.</li>
 *   <li>The portfolio records requests, not approvals: each request is taken as approved by every
 *       approver it is routed to, so its decision shows what the rules grant ({@code APPROVED},
 *       {@code PARTIALLY_APPROVED} with the limit that bit, or {@code REJECTED} with the reasons).</li>
 *   <li>The partner's ledger is the grants of its earlier requests. A request flagged
 *       {@code roiReportOverdue} adds a claim on the partner's latest earlier grant, received the
 *       day it was approved and never reported on, so the engine finds the ROI report overdue when
 *       its due date has passed; without an earlier grant there is nothing to report on and the flag
 *       has no effect (the reason says so).</li>
 *   <li>The entitlement is computed on the evaluation date under the version then in force, with
 *       every grant of the fiscal year in the ledger.</li>
 *   <li>The pool, when given, is allocated among the partners eligible on the evaluation date
 *       ({@link MdfPoolAllocator}), each with its value quadrant's strategic value (1 without one);
 *       without a pool, a partner's allocation is its entitlement.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class TiersMdfModule implements MdfModule {

  private final Optional<Money> pool;

  private TiersMdfModule(Optional<Money> pool) {
    this.pool = pool;
  }

  /**
   * Returns the module without a program-level pool.
   *
   * @return never null
   */
  public static TiersMdfModule withoutPool() {
    return new TiersMdfModule(Optional.empty());
  }

  /**
   * Returns the module allocating a program-level pool for the fiscal year of the evaluation date.
   *
   * @param pool the pool, not null, in the program's currency
   * @return never null
   */
  public static TiersMdfModule withPool(Money pool) {
    return new TiersMdfModule(Optional.of(requireNonNull(pool, "pool")));
  }

  /**
   * Returns the pool.
   *
   * @return the pool, or empty
   */
  public Optional<Money> pool() {
    return pool;
  }

  /** The MDF engines of one program version. */
  private static final class Engines {
    final String version;
    final MdfPolicy policy;
    final MdfRequestDecider decider;
    final MdfEntitlementCalculator calculator;
    final MdfPoolAllocator allocator;

    Engines(ProgramDocument program) {
      this.version = program.version();
      this.policy = MdfPolicy.from(program);
      BenefitsMatrix benefits = BenefitsMatrix.from(program);
      this.decider = MdfRequestDecider.of(policy, benefits);
      this.calculator = MdfEntitlementCalculator.of(policy, benefits);
      this.allocator = MdfPoolAllocator.of(policy, benefits);
    }
  }

  @Override
  public Map<PartnerId, MdfOutcome> evaluate(ModuleContext context) {
    requireNonNull(context, "context");
    Map<PartnerId, Funds> funds = funds(context);
    Map<PartnerId, SegmentAssignment.Quadrant> quadrants = new HashMap<>();
    context.partners().forEach(p -> p.segment().flatMap(s -> s.quadrant())
        .ifPresent(q -> quadrants.put(p.partner().id(), q)));
    Map<PartnerId, Money> allocations = allocate(context.history(), context.asOf(), funds.values().stream()
        .flatMap(f -> f.candidate().stream()).collect(Collectors.toList()), quadrants);
    Map<PartnerId, MdfOutcome> outcomes = new LinkedHashMap<>();
    funds.forEach((id, f) -> outcomes.put(id, f.withAllocation(Optional.ofNullable(allocations.get(id)))));
    return outcomes;
  }

  /**
   * A partner's MDF before the pool: its outcome with the entitlement as allocation, and its pool
   * candidacy when eligible (without its strategic value, which comes from its segment).
   */
  record Funds(MdfOutcome outcome, Optional<PoolCandidate> candidate) {
    /** The outcome with the pool's allocation, when a pool was allocated (zero when not allotted). */
    MdfOutcome withAllocation(Optional<Money> allocation) {
      if (allocation.isEmpty()) {
        return outcome;
      }
      return new MdfOutcome(outcome.version(), outcome.entitlement(), allocation.get(), outcome.requests());
    }
  }

  /** Decides every active partner's requests and entitlement, without allocating the pool. */
  Map<PartnerId, Funds> funds(ModuleContext context) {
    Map<ProgramDocument, Engines> engines = new IdentityHashMap<>();
    context.history().versions().forEach(v -> engines.put(v, new Engines(v)));
    Engines now = engines.get(context.history().requireVersionAt(context.asOf()));
    Map<PartnerId, List<MdfRequestRow>> requests = context.portfolio().mdfRequests().stream()
        .filter(r -> !r.submitted().isAfter(context.asOf()))
        .sorted(Comparator.comparing(MdfRequestRow::submitted).thenComparing(MdfRequestRow::id))
        .collect(Collectors.groupingBy(MdfRequestRow::partner, LinkedHashMap::new, Collectors.toList()));
    ProgramDocument first = context.history().versions().get(0);
    List<CsvProblem> problems = requests.values().stream().flatMap(List::stream)
        .filter(r -> r.submitted().isBefore(first.effectiveFrom()))
        .map(r -> r.source().problem("submitted", "must be on or after " + first.effectiveFrom()
            + ", the effectiveFrom of the first program version " + first.version()
            + " (no version was in force to decide the request), but was " + r.submitted()))
        .collect(Collectors.toList());
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    List<PartnerResult> active = context.partners().stream().filter(p -> p.partner().isActive())
        .collect(Collectors.toList());
    List<PartnerFunds> funds = Batch.map(active, partner -> partnerFunds(partner,
        requests.getOrDefault(partner.partner().id(), List.of()), engines, now, context));
    Map<PartnerId, Funds> outcomes = new LinkedHashMap<>();
    for (PartnerFunds f : funds) {
      Money zero = Money.zero(f.entitlement().annualAllocation().currency());
      Money annual = f.entitlement().eligible() ? f.entitlement().annualAllocation() : zero;
      outcomes.put(f.partner(), new Funds(new MdfOutcome(now.version, annual, annual, f.decisions()), f.candidate()));
    }
    return outcomes;
  }

  /**
   * Allocates the pool, when there is one, among the candidates, each with the strategic value of
   * its partner's value quadrant (1 without one): the allocation of every active partner with MDF
   * (zero for one not allotted), or nothing without a pool.
   *
   * @param quadrants the partners' value quadrants (a partner without one has strategic value 1)
   */
  Map<PartnerId, Money> allocate(ProgramHistory history, LocalDate asOf, List<PoolCandidate> candidates,
      Map<PartnerId, SegmentAssignment.Quadrant> quadrants) {
    if (pool.isEmpty() || candidates.isEmpty()) {
      return Map.of();
    }
    Engines now = new Engines(history.requireVersionAt(asOf));
    List<PoolCandidate> valued = candidates.stream().map(c -> Optional.ofNullable(quadrants.get(c.partnerId()))
        .map(q -> PoolCandidate.builder().from(c).strategicValue(now.policy.strategicValueOf(quadrant(q)))
            .build()).orElse(c)).collect(Collectors.toList());
    PoolAllocation allocation = now.allocator.allocate(MdfPool.of(pool.get()), valued, asOf);
    Money zero = Money.zero(pool.get().currency());
    Map<PartnerId, Money> allocated = new HashMap<>();
    for (PoolCandidate c : candidates) {
      allocated.put(c.partnerId(), allocation.allocation(c.partnerId()).map(x -> x.allocation()).orElse(zero));
    }
    return allocated;
  }

  /** One partner's entitlement, request decisions and, when eligible, its pool candidacy. */
  private record PartnerFunds(PartnerId partner, MdfEntitlement entitlement,
      List<MdfOutcome.RequestDecision> decisions, Optional<PoolCandidate> candidate) {}

  /** Decides a partner's requests in submission order, each under the version then in force. */
  private PartnerFunds partnerFunds(PartnerResult partner, List<MdfRequestRow> rows,
      Map<ProgramDocument, Engines> engines, Engines now, ModuleContext context) {
    MdfLedger ledger = MdfLedger.empty();
    List<MdfOutcome.RequestDecision> own = new ArrayList<>();
    for (MdfRequestRow row : rows) {
      Engines e = engines.get(context.history().requireVersionAt(row.submitted()));
      String note = "";
      if (row.roiReportOverdue()) {
        Optional<MdfLedger.Grant> latest = ledger.grants().stream().max(Comparator.comparing(MdfLedger.Grant::approvedOn));
        if (latest.isPresent() && ledger.claim(latest.get().requestId()).isEmpty()) {
          ledger = ledger.withClaim(MdfLedger.Claim.of(latest.get().requestId(), latest.get().amount(),
              latest.get().approvedOn()));
        } else if (latest.isEmpty()) {
          note = " (roiReportOverdue has no effect: no earlier grant to report on)";
        }
      }
      MdfPartner facts = partnerOn(partner, row.submitted());
      MdfRequest request = MdfRequest.builder().requestId(row.id()).partnerId(row.partner())
          .activity(ActivityType.of(row.use())).amount(row.amount()).submittedOn(row.submitted()).build();
      MdfDecision decision = e.decider.decide(request, facts, ledger, row.submitted());
      if (decision.status() == MdfDecision.Status.NEEDS_APPROVAL) {
        decision = e.decider.decide(request.approvedBy(decision.requiredApprovers().toArray(
            dev.partneros.tiers.mdf.Approver[]::new)), facts, ledger, row.submitted());
      }
      Optional<MdfLedger.Grant> grant = decision.grant();
      if (grant.isPresent()) {
        ledger = ledger.withGrant(grant.get());
      }
      own.add(new MdfOutcome.RequestDecision(row.id(), row.amount(), decision.granted(),
          outcome(decision.status()), reason(decision) + note + " [" + e.version + "]", e.version));
    }
    MdfEntitlement entitlement = now.calculator.entitlement(partnerOn(partner, context.asOf().plusDays(1)), ledger,
        context.asOf());
    Optional<PoolCandidate> candidate = Optional.empty();
    if (entitlement.eligible()) {
      PoolCandidate.Builder builder = PoolCandidate.builder().partnerId(partner.partner().id())
          .tier(entitlement.tier()).joinedOn(partner.partner().joined());
      candidate = Optional.of(builder.build());
    }
    return new PartnerFunds(partner.partner().id(), entitlement, own, candidate);
  }

  /**
   * The partner as it stood on a day: the tier held ({@code PortfolioEvaluator.tierOn}) and the
   * sourced ARR of the last quarter end before it.
   */
  private static MdfPartner partnerOn(PartnerResult partner, LocalDate day) {
    Optional<TimelineEntry> last = partner.timeline().stream().filter(t -> t.quarterEnd().isBefore(day))
        .reduce((a, b) -> b);
    Tier tier = PortfolioEvaluator.tierOn(partner, day);
    Money zero = Money.zero(partner.entitlement().orElseThrow().mdfAnnual().currency());
    Money sourced = last.map(t -> t.decision().qualification().metrics().sourcedArr()).orElse(zero);
    return MdfPartner.builder().partnerId(partner.partner().id()).tier(tier).sourcedArr(sourced)
        .joinedOn(partner.partner().joined()).build();
  }

  private static ValueMatrixQuadrant quadrant(SegmentAssignment.Quadrant quadrant) {
    return ValueMatrixQuadrant.valueOf(quadrant.name());
  }

  private static String outcome(MdfDecision.Status status) {
    switch (status) {
      case APPROVED:
        return "GRANTED";
      case PARTIALLY_APPROVED:
        return "PARTIAL";
      case REJECTED:
        return "REJECTED";
      default:
        return status.name();
    }
  }

  private static String reason(MdfDecision decision) {
    List<String> parts = new ArrayList<>();
    if (!decision.limitedBy().isEmpty()) {
      parts.add("limited by " + decision.limitedBy().stream().map(l -> l.name().toLowerCase(Locale.ROOT)
          .replace('_', ' ')).collect(Collectors.joining(" and ")));
    }
    decision.reasons().forEach(r -> parts.add(r.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
    parts.add("routed to " + decision.routedTo().name().toLowerCase(Locale.ROOT).replace('_', ' '));
    return String.join("; ", parts);
  }
}
