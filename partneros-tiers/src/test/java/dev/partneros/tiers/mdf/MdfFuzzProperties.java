package dev.partneros.tiers.mdf;

import static dev.partneros.core.EngineFuzz.date;
import static dev.partneros.core.EngineFuzz.decimal;
import static dev.partneros.core.EngineFuzz.facts;
import static dev.partneros.core.EngineFuzz.list;
import static dev.partneros.core.EngineFuzz.pick;
import static dev.partneros.core.EngineFuzz.typedOutcome;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partneros.core.EngineFuzz;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.TestPrograms;
import dev.partneros.core.Tier;
import dev.partneros.tiers.BenefitsMatrix;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Fuzzes every public engine method of the MDF package: entitlements, request decisions,
 * pool allocation, the fund lifecycle, co-marketing budgets and the policy constructor, with
 * hostile facts (money at zero, one cent, next to the 10^15 limit and negative, mixed currencies,
 * dates from year 1 to 9999 in any order, empty and large lists, duplicated ids and request ids) and
 * policies with odd but valid mdf sections. Facts may be refused with a {@code PartnerOsException};
 * every engine call must end in a result or such an exception, in bounded time, and its explanation
 * must render.
 *
 * <p>Each property runs 10,000 tries in the exhaustive campaign and 300 in the fast build. For a longer run, multiply them with the system property
 * {@code partneros.fuzz.scale}, e.g. {@code mvn verify -pl partneros-tiers -Dpartneros.fuzz.scale=20
 * -Dtest=MdfFuzzProperties}.
 */
@AddLifecycleHook(EngineFuzz.class)
class MdfFuzzProperties {

  static final JsonNode BASE = EngineFuzz.tree(TestPrograms.standardSections("mdf", "tiers", "benefits"));

  /** Odd but valid settings of the mdf and benefits sections. */
  static final String[] EDITS = {"mdf.model=\"ACCRUAL\"", "mdf.model=\"COOP\"", "mdf.minimumTier=\"REGISTERED\"",
      "mdf.minimumTier=\"PLATINUM\"", "mdf.minimumSourcedArr=0", "mdf.minimumSourcedArr=999999999999999.99",
      "mdf.rollover=\"1\"", "mdf.rollover=\"0.0001\"", "mdf.disbursementDays=0", "mdf.reimbursementDays=36500",
      "mdf.roiReportDays=0", "mdf.accrual={\"rate\": \"1\"}", "mdf.coop={\"matchRate\": \"0.0001\"}",
      "mdf.pipelinePotential={\"min\": 0, \"max\": 0}", "mdf.strategicValue={\"min\": 1, \"max\": 1000}",
      "mdf.newPartnerMonths=0", "mdf.newPartnerMonths=1200", "mdf.routing=[{\"from\": 0, \"approver\": \"VP\"}]",
      "mdf.allowedUses=[]", "mdf.poolSegments=[{\"name\": \"ALL\", \"share\": \"1\", \"tiers\": [\"REGISTERED\", "
          + "\"SILVER\", \"GOLD\", \"PLATINUM\"]}]",
      "benefits.PLATINUM.mdfAnnual=999999999999999.99", "benefits.PLATINUM.mdfQuarterlyCap=999999999999999.99",
      "benefits.GOLD.mdfQuarterlyCap=0.01", "currency=\"JPY\"", "fiscalYearStartMonth=12", "rounding=\"DOWN\""};

  /** An engine set: the four MDF engines of one policy and benefits matrix. */
  static final class Engines {
    final MdfPolicy policy;
    final MdfEntitlementCalculator entitlements;
    final MdfRequestDecider decider;
    final MdfPoolAllocator allocator;
    final MdfLifecycle lifecycle;
    final CoMarketingBudgeter budgeter;

    Engines(MdfPolicy policy, BenefitsMatrix benefits) {
      this.policy = policy;
      this.entitlements = MdfEntitlementCalculator.of(policy, benefits);
      this.decider = MdfRequestDecider.of(policy, benefits);
      this.allocator = MdfPoolAllocator.of(policy, benefits);
      this.lifecycle = MdfLifecycle.of(policy, benefits);
      this.budgeter = CoMarketingBudgeter.of(policy, benefits);
    }

    static Engines from(ProgramDocument document) {
      return new Engines(MdfPolicy.from(document), BenefitsMatrix.from(document));
    }
  }

  static final List<Engines> ENGINES = engines();

  static List<Engines> engines() {
    List<Engines> engines = new ArrayList<>(List.of(new Engines(MdfPolicy.standard(), BenefitsMatrix.standard())));
    Random random = new Random(9);
    for (int i = 0; engines.size() < 16 && i < 500; i++) {
      facts(() -> Engines.from(EngineFuzz.edited(BASE, random, EDITS))).ifPresent(engines::add);
    }
    return List.copyOf(engines);
  }

  static Optional<LocalDate> maybeDate(Random r) {
    return r.nextBoolean() ? Optional.of(date(r)) : Optional.empty();
  }

  static Optional<LocalDate> maybeAfter(Random r, LocalDate from) {
    return r.nextBoolean() ? Optional.of(EngineFuzz.after(r, from, 60)) : Optional.empty();
  }

  static Tier tier(Random r, MdfPolicy policy) {
    return r.nextInt(30) == 0 ? Tier.of("DIAMOND") : pick(r, policy.ladder().tiers());
  }

  static Money money(Random r, Currency currency) {
    return EngineFuzz.money(r, EngineFuzz.currency(r, currency));
  }

  static Optional<MdfPartner> partner(Random r, MdfPolicy policy) {
    Currency currency = policy.currency();
    return facts(() -> new MdfPartner.Builder().partnerId(PartnerId.of(pick(r, List.of("p1", "p2", "p1"))))
        .tier(tier(r, policy)).sourcedArr(money(r, currency))
        .previousYearTier(r.nextBoolean() ? Optional.of(tier(r, policy)) : Optional.empty())
        .joinedOn(maybeDate(r))
        .sales(list(r, 3, () -> facts(() -> MdfPartner.Sale.of(date(r), money(r, currency))))).build());
  }

  /** Request ids: distinct, but {@linkplain EngineFuzz#rarely(Random) rarely} one repeats. */
  static String requestId(Random r, int index) {
    return EngineFuzz.rarely(r) ? "r0" : "r" + index;
  }

  static Optional<MdfLedger> ledger(Random r, MdfPolicy policy) {
    Currency currency = policy.currency();
    LocalDate asOf = date(r);
    List<MdfLedger.Grant> grants = new ArrayList<>();
    List<MdfLedger.Claim> claims = new ArrayList<>();
    int size = r.nextInt(200) == 0 ? 1_000 : r.nextInt(4);
    for (int i = 0; i < size; i++) {
      String id = requestId(r, i);
      LocalDate approved = EngineFuzz.after(r, asOf, 300);
      facts(() -> new MdfLedger.Grant.Builder().requestId(id).activity(pick(r, List.of(ActivityType.values())))
          .amount(money(r, currency)).approvedOn(approved).disbursedOn(maybeAfter(r, approved)).build())
          .ifPresent(grants::add);
      if (r.nextBoolean()) {
        LocalDate received = EngineFuzz.after(r, approved, 60);
        facts(() -> new MdfLedger.Claim.Builder().requestId(EngineFuzz.rarely(r) ? "unknown" : id)
            .amount(money(r, currency)).receivedOn(received).reimbursedOn(maybeAfter(r, received))
            .roiReport(r.nextBoolean() ? facts(() -> RoiReport.builder().reportedOn(EngineFuzz.after(r, received, 200))
                .leads(EngineFuzz.rarely(r) ? -1 : r.nextInt(5)).opportunities(r.nextInt(3))
                .pipeline(money(r, currency)).closedRevenue(money(r, currency)).build()) : Optional.empty())
            .build()).ifPresent(claims::add);
      }
    }
    return facts(() -> MdfLedger.of(grants, claims));
  }

  @Property(tries = 10_000)
  void policyFromOddSections(@ForAll long seed) {
    Random r = new Random(seed);
    typedOutcome(() -> {
      Engines engines = Engines.from(EngineFuzz.edited(BASE, r, EDITS));
      engines.policy.routeTo(money(r, engines.policy.currency()));
      engines.budgeter.budget(tier(r, engines.policy), decimal(r), decimal(r)).explanation().render();
    });
  }

  @Property(tries = 10_000)
  void entitlementAndRequest(@ForAll long seed) {
    Random r = new Random(seed);
    Engines engines = pick(r, ENGINES);
    Optional<MdfPartner> partner = partner(r, engines.policy);
    Optional<MdfLedger> ledger = ledger(r, engines.policy);
    LocalDate asOf = date(r);
    Optional<MdfRequest> request = facts(() -> MdfRequest.builder().requestId(EngineFuzz.rarely(r) ? "" : requestId(r, 1 + r.nextInt(5)))
        .partnerId(partner.map(MdfPartner::partnerId).orElse(PartnerId.of("p9")))
        .activity(pick(r, List.of(ActivityType.values()))).amount(money(r, engines.policy.currency()))
        .submittedOn(r.nextBoolean() ? asOf : date(r))
        .approvals(EngineFuzz.rarely(r) ? List.of(Approver.VP, Approver.VP)
            : List.of(Approver.values()).subList(0, r.nextInt(Approver.values().length + 1))).build());
    EngineFuzz.reached("partner and ledger", partner.isPresent() && ledger.isPresent());
    EngineFuzz.reached("request", request.isPresent());
    partner.ifPresent(p -> ledger.ifPresent(l -> {
      typedOutcome(() -> engines.entitlements.entitlement(p, l, asOf).explanation().render());
      request.ifPresent(q -> typedOutcome(() -> engines.decider.decide(q, p, l, asOf).explanation().render()));
    }));
  }

  @Property(tries = 10_000)
  void poolAllocation(@ForAll long seed) {
    Random r = new Random(seed);
    Engines engines = pick(r, ENGINES);
    Currency currency = engines.policy.currency();
    Optional<MdfPool> pool = facts(() -> r.nextBoolean() ? MdfPool.of(money(r, currency))
        : MdfPool.bySegment(money(r, currency)));
    List<PoolCandidate> candidates = list(r, 6, () -> facts(() -> new PoolCandidate.Builder()
        .partnerId(PartnerId.of("p" + r.nextInt(4))).tier(tier(r, engines.policy))
        .pipelinePotential(decimal(r)).strategicValue(decimal(r)).joinedOn(maybeDate(r))
        .entitlement(r.nextBoolean() ? Optional.of(money(r, currency)) : Optional.empty()).build()));
    LocalDate asOf = date(r);
    EngineFuzz.reached("pool", pool.isPresent());
    pool.ifPresent(p -> typedOutcome(() -> engines.allocator.allocate(p, candidates, asOf).explanation().render()));
  }

  @Property(tries = 10_000)
  void lifecycleAndBudget(@ForAll long seed) {
    Random r = new Random(seed);
    Engines engines = pick(r, ENGINES);
    Optional<MdfLedger> ledger = ledger(r, engines.policy);
    LocalDate asOf = date(r);
    typedOutcome(() -> engines.lifecycle.fundsExpireOn(asOf));
    ledger.ifPresent(l -> typedOutcome(() -> {
      l.grants().forEach(engines.lifecycle::disbursementDue);
      l.claims().forEach(engines.lifecycle::reimbursementDue);
      l.claims().forEach(engines.lifecycle::roiReportDue);
      engines.lifecycle.obligations(l, asOf);
      engines.lifecycle.overdue(l, asOf);
      engines.lifecycle.blocksNewFunds(l, asOf);
    }));
    typedOutcome(() -> engines.budgeter.budget(tier(r, engines.policy), decimal(r), decimal(r)).explanation()
        .render());
  }
}
