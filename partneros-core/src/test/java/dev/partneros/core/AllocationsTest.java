package dev.partneros.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Penny-exact allocation (docs/rules/conventions.md#allocation)")
class AllocationsTest {

  static final Currency USD = Currency.getInstance("USD");

  static List<BigDecimal> weights(String... values) {
    return java.util.Arrays.stream(values).map(BigDecimal::new).collect(java.util.stream.Collectors.toList());
  }

  static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  @Test
  void split_givesLeftoverCentsByLargestRemainder_tiesToTheEarlierPart() {
    assertThat(Allocations.split(usd("100.00"), weights("1", "1", "1")))
        .containsExactly(usd("33.34"), usd("33.33"), usd("33.33"));
    assertThat(Allocations.split(usd("0.02"), weights("1", "1", "1")))
        .containsExactly(usd("0.01"), usd("0.01"), usd("0.00"));
  }

  @Test
  void split_largestRemainderBeatsPosition() {
    // exact shares 3.333.., 6.666..: the second has the larger remainder and takes the cent
    assertThat(Allocations.split(usd("0.10"), weights("1", "2")))
        .containsExactly(usd("0.03"), usd("0.07"));
  }

  @Test
  @DisplayName("docs/rules/attribution.md#multi-touch-credit: POSITION_BASED 40/20/40 of 1,000.01 sums to the deal amount")
  void split_positionBased() {
    List<Money> parts = Allocations.split(usd("1000.01"), weights("0.4", "0.2", "0.4"));
    assertThat(parts).containsExactly(usd("400.01"), usd("200.00"), usd("400.00"));
  }

  @Test
  void split_negativeTotalSplitsLikeItsAbsoluteValue() {
    assertThat(Allocations.split(usd("-100.00"), weights("1", "1", "1")))
        .containsExactly(usd("-33.34"), usd("-33.33"), usd("-33.33"));
  }

  @Test
  void split_zeroWeightGetsNothing() {
    assertThat(Allocations.split(usd("10.00"), weights("0", "1"))).containsExactly(usd("0.00"), usd("10.00"));
  }

  @Test
  void split_worksInCurrenciesWithoutCents() {
    Money yen = Money.of(100, Currency.getInstance("JPY"));
    assertThat(Allocations.split(yen, weights("1", "1", "1")))
        .extracting(m -> m.amount().toPlainString())
        .containsExactly("34", "33", "33");
  }

  @Test
  void split_refusesBadWeightsWithPaths() {
    assertThatThrownBy(() -> Allocations.split(usd("1.00"), weights("1", "-1", "2")))
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(e -> assertThat(((InvalidFactsException) e).problems())
            .extracting(Problem::path).containsExactly("weights[1]"));
    assertThatThrownBy(() -> Allocations.split(usd("1.00"), weights("0", "0")))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("weights must have at least one weight above zero");
    assertThatThrownBy(() -> Allocations.split(usd("1.00"), List.of()))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("weights must have at least one weight");
  }

  @Test
  void splitCapped_redistributesWhatACapFrees() {
    List<Money> parts = Allocations.splitCapped(usd("100.00"), weights("1", "1", "1"),
        List.of(usd("10.00"), usd("100.00"), usd("100.00")));
    assertThat(parts).containsExactly(usd("10.00"), usd("45.00"), usd("45.00"));
  }

  @Test
  void splitCapped_cascadesThroughSeveralCaps() {
    List<Money> parts = Allocations.splitCapped(usd("100.00"), weights("1", "1", "1", "1"),
        List.of(usd("5.00"), usd("20.00"), usd("100.00"), usd("100.00")));
    assertThat(parts).containsExactly(usd("5.00"), usd("20.00"), usd("37.50"), usd("37.50"));
  }

  @Test
  void splitCapped_capReachedExactly() {
    List<Money> parts = Allocations.splitCapped(usd("30.00"), weights("1", "1", "1"),
        List.of(usd("10.00"), usd("10.00"), usd("10.00")));
    assertThat(parts).containsExactly(usd("10.00"), usd("10.00"), usd("10.00"));
  }

  @Test
  void splitCapped_leavesWhatNoCapCanHold() {
    List<Money> parts = Allocations.splitCapped(usd("100.00"), weights("1", "3", "0"),
        List.of(usd("10.00"), usd("20.00"), usd("1000.00")));
    assertThat(parts).containsExactly(usd("10.00"), usd("20.00"), usd("0.00"));
  }

  @Test
  void splitCapped_refusesBadInputWithPaths() {
    assertThatThrownBy(() -> Allocations.splitCapped(usd("-1.00"), weights("1"), List.of(usd("1.00"))))
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(e -> assertThat(((InvalidFactsException) e).problems().get(0).path()).isEqualTo("total"));
    assertThatThrownBy(() -> Allocations.splitCapped(usd("1.00"), weights("1", "1"), List.of(usd("1.00"))))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("caps must have one cap per weight (2), but was 1 caps");
    assertThatThrownBy(() -> Allocations.splitCapped(usd("1.00"), weights("1", "1"),
        List.of(usd("1.00"), usd("-1.00"))))
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(e -> assertThat(((InvalidFactsException) e).problems().get(0).path()).isEqualTo("caps[1]"));
    assertThatThrownBy(() -> Allocations.splitCapped(usd("1.00"), weights("1"),
        List.of(Money.of("1.00", "EUR"))))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void keyedSplit_breaksTiesByKeyWhateverTheMapOrder() {
    Map<PartnerId, BigDecimal> weights = new HashMap<>();
    weights.put(PartnerId.of("P-3"), BigDecimal.ONE);
    weights.put(PartnerId.of("P-1"), BigDecimal.ONE);
    weights.put(PartnerId.of("P-2"), BigDecimal.ONE);
    Map<PartnerId, Money> parts = Allocations.split(usd("0.02"), weights);
    assertThat(parts).containsExactly(
        Map.entry(PartnerId.of("P-1"), usd("0.01")),
        Map.entry(PartnerId.of("P-2"), usd("0.01")),
        Map.entry(PartnerId.of("P-3"), usd("0.00")));
  }

  @Test
  void keyedSplitCapped_needsACapPerKey() {
    Map<String, BigDecimal> weights = Map.of("a", BigDecimal.ONE, "b", BigDecimal.ONE);
    assertThat(Allocations.splitCapped(usd("10.00"), weights, Map.of("a", usd("1.00"), "b", usd("100.00"))))
        .containsExactly(Map.entry("a", usd("1.00")), Map.entry("b", usd("9.00")));
    assertThatThrownBy(() -> Allocations.splitCapped(usd("10.00"), weights, Map.of("a", usd("1.00"))))
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(e -> assertThat(((InvalidFactsException) e).problems().get(0).path()).isEqualTo("caps[\"b\"]"));
    assertThatThrownBy(() -> Allocations.splitCapped(usd("10.00"), weights,
        Map.of("a", usd("1.00"), "b", usd("1.00"), "c", usd("1.00"))))
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(e -> assertThat(((InvalidFactsException) e).problems().get(0).path()).isEqualTo("caps[\"c\"]"));
  }
}
