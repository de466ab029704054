package dev.partneros.attribution.commission;

import dev.partneros.core.ConcurrencyAssertions;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;

/**
 * The commission and clawback calculators shared by {@value ConcurrencyAssertions#THREADS}
 * threads give exactly the sequential results.
 */
@Domain(CommissionDomain.class)
@Domain(DomainContext.Global.class)
class CommissionConcurrencyProperties {

  @Property(tries = 1_000)
  void aSharedCommissionCalculatorGivesTheSequentialResults(@ForAll CommissionDomain.Scenario scenario,
      @ForAll CommissionPlan plan) {
    CommissionCalculator calculator = CommissionCalculator.of(plan);
    List<LocalDate> dates = List.of(scenario.asOf, scenario.asOf.minusDays(90), scenario.asOf.plusDays(90));
    ConcurrencyAssertions.assertSameOnThreads(dates, asOf -> calculator.calculate(scenario.facts, asOf));
  }

  @Property(tries = 1_000)
  void aSharedClawbackCalculatorGivesTheSequentialResults(@ForAll ClawbackPolicy policy,
      @ForAll @Size(min = 1, max = 10) List<ClawbackCase> cases) {
    ClawbackCalculator calculator = ClawbackCalculator.of(policy, java.math.RoundingMode.HALF_EVEN);
    ConcurrencyAssertions.assertSameOnThreads(cases, c -> {
      ClawbackDecision decision = calculator.decide(c);
      return List.of(decision, decision.explanation());
    });
  }
}
