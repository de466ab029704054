package dev.partneros.attribution.commission;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.PartnerId;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;

/**
 * Every rule of commission, clawback, payout and the ledger is per partner
 * ({@code docs/rules/commission.md} and 8): calculating one partner with only its own facts gives
 * exactly what that partner gets in a calculation over everyone. Batch callers (the portfolio
 * evaluator) rely on it to calculate partners in parallel.
 */
@Domain(CommissionDomain.class)
@Domain(DomainContext.Global.class)
class PartnerIndependenceProperties {

  @Property(tries = 1000)
  void eachPartnerAloneGetsWhatItGetsWithEveryone(@ForAll CommissionDomain.Scenario scenario,
      @ForAll CommissionPlan plan) {
    CommissionCalculator calculator = CommissionCalculator.of(plan);
    CommissionResult all = calculator.calculate(scenario.facts, scenario.asOf);
    for (CommissionFacts.PartnerAccount account : scenario.facts.partners()) {
      PartnerId id = account.id();
      Set<String> deals = scenario.facts.deals().stream().filter(d -> d.partner().equals(id))
          .map(CommissionDeal::dealId).collect(Collectors.toSet());
      CommissionFacts own = CommissionFacts.builder().addPartners(account)
          .addAllDeals(scenario.facts.deals().stream().filter(d -> d.partner().equals(id)).toList())
          .addAllPayments(scenario.facts.payments().stream().filter(p -> deals.contains(p.dealId())).toList())
          .addAllCancellations(scenario.facts.cancellations().stream().filter(c -> deals.contains(c.dealId()))
              .toList())
          .addAllSpiffWindows(scenario.facts.spiffWindows())
          .addAllQuotas(scenario.facts.quotas().stream().filter(q -> q.partner().equals(id)).toList())
          .addAllFxRates(scenario.facts.fxRates()).build();
      CommissionResult alone = calculator.calculate(own, scenario.asOf);
      assertThat(alone.lines(id)).isEqualTo(all.lines(id));
      assertThat(alone.clawbacks(id)).isEqualTo(all.clawbacks(id));
      assertThat(alone.entries(id)).isEqualTo(all.entries(id));
      assertThat(alone.balance(id)).isEqualTo(all.balance(id));
      assertThat(alone.payoutRuns()).isEqualTo(all.payoutRuns().stream().filter(r -> r.partner().equals(id)).toList());
      assertThat(alone.flaggedForTermination().contains(id)).isEqualTo(all.flaggedForTermination().contains(id));
    }
  }
}
