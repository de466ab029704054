package dev.partneros.portfolio;

import dev.partneros.core.ConcurrencyAssertions;
import dev.partneros.core.Money;
import dev.partneros.portfolio.report.JsonReport;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * One portfolio evaluator shared by {@value ConcurrencyAssertions#THREADS} threads, each
 * evaluating the same small generated portfolio (its own work split on the common pool as well),
 * gives exactly the sequential evaluations and reports.
 */
class PortfolioConcurrencyProperties {

  static final PortfolioEvaluator EVALUATOR = PortfolioEvaluator.standard()
      .withMdf(TiersMdfModule.withPool(Money.of(50_000, GeneratedPortfolios.USD)));

  @Provide
  Arbitrary<GeneratedPortfolios.Case> cases() {
    return GeneratedPortfolios.cases();
  }

  /** Every thread evaluates the same portfolio at the same time (one evaluation costs a program's engines). */
  @Property(tries = 1_000)
  void aSharedEvaluatorGivesTheSequentialResults(@ForAll("cases") GeneratedPortfolios.Case c) {
    ConcurrencyAssertions.assertSameOnThreads(List.of(c.portfolio()), portfolio -> {
      PortfolioEvaluation evaluation = EVALUATOR.evaluate(c.history(), portfolio, c.asOf());
      return List.of(evaluation, JsonReport.render(evaluation));
    });
  }
}
