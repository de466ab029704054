package dev.partneros.attribution;

import dev.partneros.core.EngineAssertions;
import org.junit.jupiter.api.Test;

/** The attribution engines hold no mutable state, so one instance can be shared by every thread. */
class StatelessEnginesTest {

  @Test
  void attributionEnginesHoldNoMutableState() {
    AttributionPolicy policy = AttributionPolicy.standard();
    EngineAssertions.assertStateless(DealClassifier.of(policy));
    EngineAssertions.assertStateless(RegistrationResolver.of(policy));
    EngineAssertions.assertStateless(AffiliateAttributor.of(policy));
    EngineAssertions.assertStateless(CreditSplitter.of(policy));
  }
}
