package dev.partneros.tiers.mdf;

import dev.partneros.core.ConcurrencyAssertions;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;

/**
 * The MDF request decider, entitlement calculator and pool allocator shared by
 * {@value ConcurrencyAssertions#THREADS} threads give exactly the sequential results.
 */
@Domain(MdfDomain.class)
@Domain(DomainContext.Global.class)
class MdfConcurrencyProperties {

  @Property(tries = 1_000)
  void sharedDecidersAndCalculatorsGiveTheSequentialResults(@ForAll MdfPolicy policy,
      @ForAll @Size(min = 1, max = 4) List<MdfDomain.History> histories) {
    MdfRequestDecider decider = MdfRequestDecider.of(policy, MdfFixtures.BENEFITS);
    MdfEntitlementCalculator calculator = MdfEntitlementCalculator.of(policy, MdfFixtures.BENEFITS);
    LocalDate end = MdfRequestProperties.START.plusDays(450);
    ConcurrencyAssertions.assertSameOnThreads(histories, history -> {
      List<MdfDecision> decisions = MdfRequestProperties.replay(decider, history);
      MdfLedger ledger = MdfLedger.empty();
      for (MdfDecision decision : decisions) {
        ledger = decision.grant().map(ledger::withGrant).orElse(ledger);
      }
      MdfPartner partner = MdfPartner.of(MdfFixtures.P1, history.tier(), history.sourcedArr());
      return List.of(decisions, calculator.entitlement(partner, ledger, end));
    });
  }

  @Property(tries = 1_000)
  void aSharedPoolAllocatorGivesTheSequentialResults(@ForAll @Size(min = 1, max = 4) List<MdfDomain.PoolCase> pools) {
    MdfPoolAllocator allocator = MdfPoolAllocator.of(MdfPolicy.standard(), MdfFixtures.BENEFITS);
    ConcurrencyAssertions.assertSameOnThreads(pools,
        pool -> allocator.allocate(pool.pool(), pool.candidates(), MdfDomain.AS_OF));
  }
}
