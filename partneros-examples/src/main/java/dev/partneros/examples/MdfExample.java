package dev.partneros.examples;

import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.Tier;
import dev.partneros.tiers.BenefitsMatrix;
import dev.partneros.tiers.mdf.ActivityType;
import dev.partneros.tiers.mdf.Approver;
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
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * MDF (docs/rules/mdf.md): a Gold partner's entitlement this quarter, three requests decided
 * against it (one for a use the program does not fund, one routed for approval and then granted up
 * to the quarterly cap, one after the quarter's cap is spent), and a pool split between three
 * partners under their caps. The application keeps the {@link MdfLedger} of grants and claims; the
 * engines read it and return decisions with their reasons.
 *
 * <p>Run it with {@code mvn -B -q -DskipTests package exec:java -pl partneros-examples -am
 * -Dexec.mainClass=dev.partneros.examples.MdfExample}.
 */
public final class MdfExample {

  private MdfExample() {}

  /**
   * Runs the example, printing to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Computes the entitlement, decides the requests, allocates the pool and prints each result.
   *
   * @param out where to print, not null
   */
  public static void run(PrintStream out) {
    ProgramDocument program = ProgramDocument.standard();
    MdfPolicy policy = MdfPolicy.from(program);
    BenefitsMatrix benefits = BenefitsMatrix.from(program);
    LocalDate asOf = LocalDate.parse("2026-04-15");

    PartnerId partnerId = PartnerId.of("P-010");
    MdfPartner partner = MdfPartner.of(partnerId, Tier.GOLD, usd("120000.00"));
    MdfLedger ledger = MdfLedger.empty();
    MdfEntitlement entitlement = MdfEntitlementCalculator.of(policy, benefits).entitlement(partner, ledger, asOf);
    out.println("Entitlement of " + partnerId + " on " + asOf + ": eligible " + entitlement.eligible()
        + ", " + entitlement.annualAllocation() + " a year, " + entitlement.quarterRemaining()
        + " left this quarter, expires " + entitlement.expiresOn());

    // Swag is not an allowed use: rejected, whatever the balance.
    MdfRequestDecider decider = MdfRequestDecider.of(policy, benefits);
    print(out, decider.decide(request("M-1", partnerId, ActivityType.SWAG, "1500.00", asOf), partner, ledger, asOf));

    // A request above the quarterly cap: first routed for approval, then granted up to the cap.
    MdfRequest events = request("M-2", partnerId, ActivityType.EVENTS, "12000.00", asOf);
    MdfDecision pending = decider.decide(events, partner, ledger, asOf);
    out.println(events.requestId() + " " + pending.status() + ", waiting for " + pending.pendingApprovers());
    MdfDecision approved = decider.decide(events.approvedBy(Approver.PARTNER_MANAGER, Approver.DIRECTOR), partner,
        ledger, asOf);
    print(out, approved);
    ledger = ledger.withGrant(approved.grant().orElseThrow());

    // The grant is in the ledger now: a second request this quarter finds the cap spent.
    print(out, decider.decide(request("M-3", partnerId, ActivityType.WEBINARS, "3000.00", asOf), partner, ledger,
        asOf));

    // A pool of 100,000 split by budget (tier allocation x pipeline potential x strategic value),
    // each partner capped at its own entitlement, to the cent; what a cap frees goes to the others.
    PoolAllocation pool = MdfPoolAllocator.of(policy, benefits).allocate(MdfPool.of(usd("100000.00")), List.of(
        PoolCandidate.of(partnerId, Tier.GOLD),
        PoolCandidate.of(PartnerId.of("P-011"), Tier.PLATINUM),
        PoolCandidate.of(PartnerId.of("P-012"), Tier.SILVER, new BigDecimal("2.0"), new BigDecimal("1.5"))), asOf);
    out.println("Pool of " + pool.pool().amount() + ": allocated " + pool.allocated() + ", unallocated "
        + pool.unallocated());
    for (PoolAllocation.PartnerAllocation allocation : pool.allocations()) {
      out.println("  " + allocation.partnerId() + " " + allocation.tier() + " " + allocation.allocation()
          + " (limited by " + allocation.limitedBy() + ")");
    }
  }

  private static void print(PrintStream out, MdfDecision decision) {
    out.println(decision.request().requestId() + " " + decision.status() + ": asked " + decision.asked()
        + ", granted " + decision.granted() + ", routed to " + decision.routedTo() + ", reasons "
        + decision.reasons());
    // The explanation has one sentence per rule applied; this one shows which limit bit.
    decision.explanation().sentences().stream().filter(sentence -> sentence.startsWith("grantable"))
        .forEach(sentence -> out.println("  " + sentence));
  }

  private static MdfRequest request(String id, PartnerId partner, ActivityType use, String amount, LocalDate day) {
    return MdfRequest.builder().requestId(id).partnerId(partner).activity(use).amount(usd(amount)).submittedOn(day)
        .build();
  }

  private static Money usd(String amount) {
    return Money.of(amount, "USD");
  }
}
