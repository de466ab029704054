package dev.partneros.portfolio;

import dev.partneros.core.ProgramDocument;
import dev.partneros.core.Money;
import dev.partneros.core.ProgramHistory;
import dev.partneros.core.TierLadder;
import dev.partneros.core.YearQuarter;
import dev.partneros.portfolio.SampleBook;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Small generated portfolios for the end-to-end properties: 1 to 8 partners over 1 to 6 quarters
 * from a quarter of 2026, a random seed, the standard program alone or the sample's two versions
 * (a change mid-year), with or without an MDF pool, evaluated as of a random day of the period or
 * up to 120 days after it.
 */
final class GeneratedPortfolios {

  static final Currency USD = Currency.getInstance("USD");
  static final ProgramHistory ONE_VERSION = ProgramHistory.of(ProgramDocument.standard());
  static final ProgramHistory TWO_VERSIONS = SampleBook.history();

  private GeneratedPortfolios() {}

  /**
   * One case: what to generate, under which history, with which pool, as of which day.
   *
   * @param options the generator's options
   * @param history the program history
   * @param pool the MDF pool, or empty for none
   * @param asOf the evaluation date
   */
  record Case(PortfolioGenerator.Options options, ProgramHistory history, Optional<Money> pool, LocalDate asOf) {

    Portfolio portfolio() {
      return PortfolioGenerator.generate(options);
    }

    PortfolioEvaluator evaluator() {
      PortfolioEvaluator standard = PortfolioEvaluator.standard().withParallelism(1);
      return pool.map(p -> standard.withMdf(TiersMdfModule.withPool(p))).orElse(standard);
    }

    PortfolioEvaluation evaluate(Portfolio portfolio) {
      return evaluator().evaluate(history, portfolio, asOf);
    }

    @Override
    public String toString() {
      return options.partners() + " partners, seed " + options.seed() + ", " + options.quarters() + " quarters from "
          + options.firstQuarter() + ", " + history.versions().size() + " version(s), pool " + pool + ", as of " + asOf;
    }
  }

  static Arbitrary<Case> cases() {
    Arbitrary<Integer> partners = Arbitraries.integers().between(1, 8);
    Arbitrary<Integer> quarters = Arbitraries.integers().between(1, 6);
    Arbitrary<Integer> firstQuarter = Arbitraries.integers().between(1, 4);
    Arbitrary<Long> seeds = Arbitraries.longs();
    Arbitrary<ProgramHistory> histories = Arbitraries.of(ONE_VERSION, TWO_VERSIONS);
    Arbitrary<Optional<Money>> pools = Arbitraries.longs().between(0, 200_000).map(p -> Money.of(p, USD)).optional(0.5);
    Arbitrary<Double> when = Arbitraries.doubles().between(0, 1);
    return Combinators.combine(partners, quarters, firstQuarter, seeds, histories, pools, when)
        .as((n, q, first, seed, history, pool, at) -> {
          YearQuarter start = YearQuarter.of(2026, first);
          LocalDate from = start.firstDay();
          LocalDate to = start.plusQuarters(q - 1L).lastDay().plusDays(120);
          LocalDate asOf = from.plusDays(Math.round(at * (to.toEpochDay() - from.toEpochDay())));
          return new Case(new PortfolioGenerator.Options(n, seed, start, q, USD, TierLadder.standard()), history, pool,
              asOf);
        });
  }
}
