package dev.partneros.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partneros.core.Money;
import dev.partneros.core.PartnerType;
import dev.partneros.core.TierLadder;
import dev.partneros.core.YearQuarter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link BookFigures} merge like a tally: the figures of any split of a book, merged in any order,
 * are the figures of the whole book; {@link BookFigures#empty} changes nothing; bad values are refused.
 */
class BookFiguresProperties {

  private static final Currency EUR = Currency.getInstance("EUR");

  @Property(tries = 30)
  void partsMergedInAnyOrderGiveTheWholeBook(@ForAll @IntRange(min = 1, max = 40) int partners,
      @ForAll @IntRange(min = 1, max = 6) int parts, @ForAll long seed, @ForAll boolean pooled) {
    Optional<Money> pool = pooled ? Optional.of(Money.of(150_000, GeneratedPortfolios.USD)) : Optional.empty();
    PortfolioEvaluator evaluator = pool.map(p -> PortfolioEvaluator.standard().withMdf(TiersMdfModule.withPool(p)))
        .orElse(PortfolioEvaluator.standard()).withParallelism(1);
    YearQuarter start = YearQuarter.of(2026, 1);
    Portfolio portfolio = PortfolioGenerator.generate(new PortfolioGenerator.Options(partners, seed, start, 6,
        GeneratedPortfolios.USD, TierLadder.standard()));
    LocalDate asOf = start.plusQuarters(5).lastDay();
    PortfolioEvaluation whole = evaluator.evaluate(GeneratedPortfolios.TWO_VERSIONS, portfolio, asOf);
    BookFigures expected = BookFigures.of(whole);

    Random random = new Random(seed);
    List<List<PartnerResult>> partnersOf = new ArrayList<>();
    List<List<DealResult>> dealsOf = new ArrayList<>();
    for (int i = 0; i < parts; i++) {
      partnersOf.add(new ArrayList<>());
      dealsOf.add(new ArrayList<>());
    }
    whole.partners().forEach(p -> partnersOf.get(random.nextInt(parts)).add(p));
    whole.deals().forEach(d -> dealsOf.get(random.nextInt(parts)).add(d));
    Map<String, PartnerType> types = new HashMap<>();
    whole.partners().forEach(p -> types.put(p.id(), p.partner().type()));
    List<BookFigures> figures = new ArrayList<>();
    for (int i = 0; i < parts; i++) {
      figures.add(BookFigures.of(whole.currency(), asOf, pool, partnersOf.get(i), dealsOf.get(i),
          id -> Optional.ofNullable(types.get(id))));
    }
    Collections.shuffle(figures, random);
    BookFigures left = BookFigures.empty(whole.currency(), pool);
    for (BookFigures f : figures) {
      left = left.merge(f);
    }
    BookFigures right = BookFigures.empty(whole.currency(), pool);
    for (int i = figures.size() - 1; i >= 0; i--) {
      right = figures.get(i).merge(right);
    }
    assertThat(left).isEqualTo(expected);
    assertThat(right).isEqualTo(expected);
    assertThat(expected.merge(BookFigures.empty(whole.currency(), pool))).isEqualTo(expected);
  }

  @Example
  void merge_ofAnotherCurrency_isRefused() {
    BookFigures usd = BookFigures.empty(GeneratedPortfolios.USD, Optional.empty());
    assertThatThrownBy(() -> usd.merge(BookFigures.empty(EUR, Optional.empty())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("figures must be in one currency to merge, but were USD and EUR");
  }

  @Example
  void merge_ofAnotherPool_isRefused() {
    BookFigures one = BookFigures.empty(EUR, Optional.of(Money.of(10, EUR)));
    assertThatThrownBy(() -> one.merge(BookFigures.empty(EUR, Optional.of(Money.of(20, EUR)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("figures must be of one pool to merge, but were 10.00 EUR and 20.00 EUR");
  }

  @Example
  void commissionTotals_inSeveralCurrencies_areRefused() {
    assertThatThrownBy(() -> new BookFigures.CommissionTotals(Money.of(1, EUR), Money.of(1, GeneratedPortfolios.USD),
        Money.of(1, EUR), Money.of(1, EUR))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("commission totals must be in one currency, but were EUR and USD");
  }

  @Example
  void twoCommissionTotalsOfOneCurrency_areRefused() {
    Money one = Money.of(1, EUR);
    BookFigures.CommissionTotals t = new BookFigures.CommissionTotals(one, one, one, one);
    Money zero = Money.zero(EUR);
    assertThatThrownBy(() -> new BookFigures(EUR, 2, List.of(t, t), List.of(), 0, List.of(), 0, 0, Optional.empty(),
        zero, zero, zero, zero, Map.of(), Map.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("commission must hold one total per currency, but EUR is there twice");
  }

  @Example
  void mdfAmountInAnotherCurrency_isRefused() {
    Money zero = Money.zero(EUR);
    Money usd = Money.of(5, GeneratedPortfolios.USD);
    assertThatThrownBy(() -> new BookFigures(EUR, 0, List.of(), List.of(), 0, List.of(), 0, 0, Optional.empty(),
        zero, usd, zero, zero, Map.of(), Map.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("MDF amounts must be in EUR, but one was 5.00 USD");
  }

  @Example
  void negativeCount_isRefused() {
    Money zero = Money.zero(EUR);
    assertThatThrownBy(() -> new BookFigures(EUR, -1, List.of(), List.of(), 0, List.of(), 0, 0, Optional.empty(),
        zero, zero, zero, zero, Map.of(), Map.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("counts must be at least 0, but one was -1");
    assertThatThrownBy(() -> new BookFigures.RequestTotals(-2, zero, zero))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("count must be at least 0, but was -2");
  }

  @Example
  void topLists_keepTheTenLargestTiesById() {
    Money zero = Money.zero(EUR);
    List<BookFigures.TopPartner> top = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      top.add(new BookFigures.TopPartner("P-" + (char) ('a' + i), "n", Money.of(i % 3, EUR)));
    }
    BookFigures f = new BookFigures(EUR, 0, List.of(), top, 0, List.of(), 0, 0, Optional.empty(), zero, zero, zero,
        zero, Map.of(), Map.of());
    assertThat(f.topByCommission()).extracting(BookFigures.TopPartner::id)
        .containsExactly("P-c", "P-f", "P-i", "P-l", "P-b", "P-e", "P-h", "P-k", "P-a", "P-d");
    assertThat(f.mdfRequests()).containsOnlyKeys("GRANTED", "PARTIAL", "REJECTED");
  }

  @Property(tries = 20)
  void topListsRankOnlyTheBooksCurrency(@ForAll @IntRange(min = 1, max = 30) int partners, @ForAll long seed) {
    YearQuarter start = YearQuarter.of(2026, 1);
    Portfolio portfolio = PortfolioGenerator.generate(new PortfolioGenerator.Options(partners, seed, start, 6,
        GeneratedPortfolios.USD, TierLadder.standard()));
    LocalDate asOf = start.plusQuarters(5).lastDay();
    PortfolioEvaluation whole = PortfolioEvaluator.standard().withParallelism(1)
        .evaluate(GeneratedPortfolios.TWO_VERSIONS, portfolio, asOf);
    Random random = new Random(seed);
    List<PartnerResult> mixed = new ArrayList<>();
    List<PartnerResult> inUsd = new ArrayList<>();
    long clawedBack = 0;
    for (PartnerResult p : whole.partners()) {
      // every other partner or so is paid in EUR, with amounts a thousand times larger than any in USD
      if (p.commission().isPresent() && random.nextBoolean()) {
        CommissionOutcome c = p.commission().get();
        mixed.add(p.withModules(Optional.of(new CommissionOutcome(c.version(), c.lines(), inEur(c.earned()),
            Money.of(1_000_000 + random.nextInt(1000), EUR), inEur(c.paid()), inEur(c.balance()))), p.mdf()));
        clawedBack++;
      } else {
        mixed.add(p);
        inUsd.add(p);
        clawedBack += p.commission().filter(c -> c.clawedBack().isPositive()).isPresent() ? 1 : 0;
      }
    }
    Map<String, PartnerType> types = new HashMap<>();
    whole.partners().forEach(p -> types.put(p.id(), p.partner().type()));

    BookFigures figures = BookFigures.of(whole.currency(), asOf, Optional.empty(), mixed, whole.deals(),
        id -> Optional.ofNullable(types.get(id)));
    BookFigures usdOnly = BookFigures.of(whole.currency(), asOf, Optional.empty(), inUsd, whole.deals(),
        id -> Optional.ofNullable(types.get(id)));

    assertThat(figures.topClawbacks()).isEqualTo(usdOnly.topClawbacks())
        .allSatisfy(t -> assertThat(t.amount().currency()).isEqualTo(GeneratedPortfolios.USD));
    assertThat(figures.topByCommission()).isEqualTo(usdOnly.topByCommission());
    assertThat(figures.clawedBackPartners()).isEqualTo(clawedBack);
  }

  @Example
  void requestTotals_inTwoCurrencies_areRefused() {
    assertThatThrownBy(() -> new BookFigures.RequestTotals(1, Money.of(5, GeneratedPortfolios.USD), Money.of(5, EUR)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("requested and granted must be in one currency, but were USD and EUR");
  }

  @Example
  void topListAmountInAnotherCurrency_isRefused() {
    Money zero = Money.zero(GeneratedPortfolios.USD);
    List<BookFigures.TopPartner> clawbacks = List.of(new BookFigures.TopPartner("P-001", "n", Money.of(5, EUR)));
    assertThatThrownBy(() -> new BookFigures(GeneratedPortfolios.USD, 0, List.of(), List.of(), 1, clawbacks, 0, 0,
        Optional.empty(), zero, zero, zero, zero, Map.of(), Map.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("top lists must be in USD, but P-001 has 5.00 EUR");
  }

  private static Money inEur(Money usd) {
    return Money.of(usd.amount().multiply(java.math.BigDecimal.valueOf(1000)), EUR);
  }
}
