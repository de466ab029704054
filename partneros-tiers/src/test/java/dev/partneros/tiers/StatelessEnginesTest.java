package dev.partneros.tiers;

import dev.partneros.core.EngineAssertions;
import org.junit.jupiter.api.Test;

/** The tier engines hold no mutable state, so one instance can be shared by every thread. */
class StatelessEnginesTest {

  @Test
  void tierEnginesHoldNoMutableState() {
    EngineAssertions.assertStateless(TierQualifier.of(TierProgram.standard()));
    EngineAssertions.assertStateless(TierStateMachine.of(TierProgram.standard()));
  }
}
