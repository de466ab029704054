package dev.partneros.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.EngineAssertions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.junit.jupiter.api.Test;

@Domain(ScoringDomain.class)
@Domain(DomainContext.Global.class)
class ConcurrencyProperties {

  static ExecutorService pool;

  @BeforeContainer
  static void start() {
    pool = Executors.newFixedThreadPool(8);
  }

  @AfterContainer
  static void stop() {
    pool.shutdownNow();
  }

  @Property(tries = 1000)
  void eightThreadsSharingAnEngineGiveTheSequentialResults(@ForAll @Size(min = 1, max = 30) List<HealthFacts> facts)
      throws Exception {
    HealthScorer scorer = HealthScorer.of(new HealthPolicy.Builder().curve(Curve.LINEAR).build());
    List<HealthScore> sequential = scorer.scoreAll(facts);
    List<Future<List<HealthScore>>> futures = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      futures.add(pool.submit(() -> scorer.scoreAll(facts)));
    }
    for (Future<List<HealthScore>> future : futures) {
      assertThat(future.get()).isEqualTo(sequential);
    }
  }

  @Test
  void enginesHoldNoMutableState() {
    EngineAssertions.assertStateless(HealthScorer.of(HealthPolicy.standard()));
    EngineAssertions.assertStateless(FourCScorer.of(ScorecardPolicy.standard()));
    EngineAssertions.assertStateless(ScorecardScorer.of(ScorecardPolicy.standard().definitionFor(java.util.Optional.empty())));
    EngineAssertions.assertStateless(IppScorer.of(IppPolicy.standard()));
    EngineAssertions.assertStateless(ProspectScorer.of(SelectionPolicy.standard()));
    EngineAssertions.assertStateless(MaturityAssessor.of(MaturityPolicy.standard()));
    EngineAssertions.assertStateless(PortfolioSegmenter.of(SegmentPolicy.standard()));
    EngineAssertions.assertStateless(KpiCalculator.of(KpiPolicy.standard()));
  }
}
