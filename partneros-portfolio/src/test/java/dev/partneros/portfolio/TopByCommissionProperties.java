package dev.partneros.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partneros.core.Money;
import dev.partneros.core.TierLadder;
import dev.partneros.core.YearQuarter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link PortfolioEvaluation#topByCommission} never compares amounts in different currencies
 * (docs/rules/commission.md#currencies).
 */
class TopByCommissionProperties {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency CHF = Currency.getInstance("CHF");

  @Property(tries = 15)
  void ranksTheProgramsCurrencyFirstThenEachOtherCurrencyByCode(@ForAll @IntRange(min = 1, max = 25) int partners,
      @ForAll @IntRange(min = 0, max = 30) int limit, @ForAll long seed) {
    PortfolioEvaluation mixed = mixed(partners, seed);

    List<PartnerResult> top = mixed.topByCommission(limit);

    List<PartnerResult> paid = mixed.partners().stream().filter(p -> p.commission().isPresent())
        .collect(Collectors.toList());
    assertThat(top).hasSize(Math.min(limit, paid.size()));
    List<String> order = List.of("USD", "CHF", "EUR"); // the program's first, then by code
    for (int i = 1; i < top.size(); i++) {
      Money before = earned(top.get(i - 1));
      Money after = earned(top.get(i));
      int groupBefore = order.indexOf(before.currency().getCurrencyCode());
      int groupAfter = order.indexOf(after.currency().getCurrencyCode());
      assertThat(groupBefore).isLessThanOrEqualTo(groupAfter);
      if (groupBefore == groupAfter) {
        int byAmount = before.amount().compareTo(after.amount());
        assertThat(byAmount > 0 || byAmount == 0 && top.get(i - 1).id().compareTo(top.get(i).id()) < 0).isTrue();
      }
    }
    // the ranking within the program's currency is the one of those partners alone
    List<PartnerResult> inUsd = paid.stream().filter(p -> earned(p).currency().equals(GeneratedPortfolios.USD))
        .sorted(Comparator.comparing((PartnerResult p) -> earned(p).amount(), Comparator.reverseOrder())
            .thenComparing(PartnerResult::id))
        .limit(limit).collect(Collectors.toList());
    assertThat(top.subList(0, Math.min(top.size(), inUsd.size()))).isEqualTo(inUsd);
  }

  @Example
  void aNegativeLimitIsRefused() {
    PortfolioEvaluation evaluation = mixed(2, 1L);
    assertThatThrownBy(() -> evaluation.topByCommission(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must be at least 0, but was -1");
  }

  /** A generated book's evaluation where about a third of the paid partners are paid in EUR, a third in CHF. */
  private static PortfolioEvaluation mixed(int partners, long seed) {
    YearQuarter start = YearQuarter.of(2026, 1);
    Portfolio portfolio = PortfolioGenerator.generate(new PortfolioGenerator.Options(partners, seed, start, 6,
        GeneratedPortfolios.USD, TierLadder.standard()));
    PortfolioEvaluation whole = PortfolioEvaluator.standard().withParallelism(1)
        .evaluate(GeneratedPortfolios.TWO_VERSIONS, portfolio, start.plusQuarters(5).lastDay());
    Random random = new Random(seed);
    List<PartnerResult> results = new ArrayList<>();
    for (PartnerResult p : whole.partners()) {
      int pick = random.nextInt(3);
      if (p.commission().isEmpty() || pick == 0) {
        results.add(p);
        continue;
      }
      Currency other = pick == 1 ? EUR : CHF;
      CommissionOutcome c = p.commission().get();
      // amounts a thousand times larger, so comparing across currencies would put them first
      results.add(p.withModules(Optional.of(new CommissionOutcome(c.version(), c.lines(), convert(c.earned(), other),
          convert(c.clawedBack(), other), convert(c.paid(), other), convert(c.balance(), other))), p.mdf()));
    }
    return new PortfolioEvaluation(whole.asOf(), whole.programName(), whole.ladder(), whole.currency(),
        whole.versions(), results, whole.deals(), whole.program(), whole.inputSummary(), whole.notEvaluated());
  }

  private static Money earned(PartnerResult p) {
    return p.commission().orElseThrow().earned();
  }

  private static Money convert(Money usd, Currency to) {
    return Money.of(usd.amount().multiply(BigDecimal.valueOf(1000)), to);
  }
}
