package dev.partneros.tiers;

import dev.partneros.core.ConcurrencyAssertions;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;

/**
 * The tier qualifier and state machine shared by {@value ConcurrencyAssertions#THREADS} threads give
 * exactly the sequential results; the MDF engines have theirs in the mdf package.
 */
@Domain(TierDomain.class)
@Domain(DomainContext.Global.class)
class ConcurrencyProperties {

  @Property(tries = 1_000)
  void aSharedQualifierGivesTheSequentialResults(@ForAll TierProgram program,
      @ForAll @Size(min = 1, max = 10) List<TierMetrics> metrics) {
    TierQualifier qualifier = TierQualifier.of(program);
    ConcurrencyAssertions.assertSameOnThreads(metrics, m -> {
      Qualification qualification = qualifier.qualify(m, TierQualifierProperties.AS_OF);
      return List.of(qualification, qualification.explanation(), qualifier.progress(qualification,
          program.ladder().lowest()));
    });
  }

  @Property(tries = 1_000)
  void aSharedStateMachineGivesTheSequentialResults(@ForAll TierDomain.Scenario scenario) {
    TierStateMachine machine = TierStateMachine.of(scenario.program());
    List<Integer> lengths = new ArrayList<>();
    for (int k = 0; k <= scenario.history().size(); k += 4) {
      lengths.add(k);
    }
    lengths.add(scenario.history().size());
    ConcurrencyAssertions.assertSameOnThreads(lengths, k -> {
      List<TierDecision> decisions = machine.replay(scenario.initial(), scenario.history().subList(0, k));
      return List.of(decisions, decisions.stream().map(TierDecision::explanation).toList());
    });
  }
}
