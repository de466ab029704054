package dev.partneros.scoring;

import dev.partneros.core.ConcurrencyAssertions;
import dev.partneros.core.EngineAssertions;
import dev.partneros.scoring.health.HealthFacts;
import dev.partneros.scoring.health.HealthPolicy;
import dev.partneros.scoring.health.HealthScorer;
import dev.partneros.scoring.health.PointTable;
import dev.partneros.scoring.ipp.IppPolicy;
import dev.partneros.scoring.ipp.IppScorer;
import dev.partneros.scoring.ipp.ProspectScorer;
import dev.partneros.scoring.ipp.SelectionPolicy;
import dev.partneros.scoring.kpi.KpiCalculator;
import dev.partneros.scoring.kpi.KpiPolicy;
import dev.partneros.scoring.maturity.MaturityAssessor;
import dev.partneros.scoring.maturity.MaturityPolicy;
import dev.partneros.scoring.scorecard.FourCScorer;
import dev.partneros.scoring.scorecard.ScorecardPolicy;
import dev.partneros.scoring.scorecard.ScorecardScorer;
import dev.partneros.scoring.segment.PortfolioSegmenter;
import dev.partneros.scoring.segment.SegmentPolicy;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import org.junit.jupiter.api.Test;

@Domain(ScoringDomain.class)
@Domain(DomainContext.Global.class)
class ConcurrencyProperties {

  @Property(tries = 1_000)
  void eightThreadsSharingAnEngineGiveTheSequentialResults(@ForAll @Size(min = 1, max = 30) List<HealthFacts> facts) {
    HealthScorer scorer = HealthScorer.of(HealthPolicy.builder().curve(PointTable.Curve.LINEAR).build());
    ConcurrencyAssertions.assertSameOnThreads(List.of(facts), scorer::scoreAll);
    ConcurrencyAssertions.assertSameOnThreads(facts, scorer::score);
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
