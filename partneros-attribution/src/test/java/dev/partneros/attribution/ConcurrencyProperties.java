package dev.partneros.attribution;

import dev.partneros.core.ConcurrencyAssertions;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;

/**
 * The deal classifier and credit splitter shared by {@value ConcurrencyAssertions#THREADS} threads
 * give exactly the sequential results; the commission engines have theirs in the
 * commission package.
 */
@Domain(AttributionDomain.class)
@Domain(DomainContext.Global.class)
class ConcurrencyProperties {

  @Property(tries = 1_000)
  void aSharedClassifierAndSplitterGiveTheSequentialResults(@ForAll AttributionPolicy policy,
      @ForAll @Size(min = 1, max = 5) List<Deal> deals, @ForAll AttributionPolicy.CreditModel model) {
    DealClassifier classifier = DealClassifier.of(policy);
    CreditSplitter splitter = CreditSplitter.of(policy);
    ConcurrencyAssertions.assertSameOnThreads(deals, deal -> {
      List<DealAttribution> attributions = classifier.classifyAll(deal);
      CreditSplit split = splitter.split(deal, CreditSplitProperties.usable(deal, model));
      return List.of(attributions, attributions.stream().map(DealAttribution::explanation).toList(), split,
          split.explanation());
    });
  }
}
