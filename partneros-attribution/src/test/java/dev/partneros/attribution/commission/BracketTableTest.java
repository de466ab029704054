package dev.partneros.attribution.commission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.Money;
import dev.partneros.core.Problem;
import dev.partneros.core.Rate;
import dev.partneros.core.Tier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Bracket tables, count brackets, rebates and resale margins (docs/rules/commission.md#bracket-tables)")
class BracketTableTest {

  static final BracketTable STANDARD = VolumeBrackets.standard().brackets();

  @Test
  @DisplayName("docs/rules/commission.md#volume-brackets: 400,000 of marginal brackets = 20,000 + 37,500 + 45,000 = 102,500")
  void marginal_workedExample() {
    assertThat(STANDARD.marginal(new BigDecimal("400000"))).isEqualByComparingTo("102500");
    assertThat(STANDARD.marginal(new BigDecimal("100000"))).isEqualByComparingTo("20000");
    assertThat(STANDARD.marginal(new BigDecimal("250000"))).isEqualByComparingTo("57500");
    assertThat(VolumeBrackets.standard().commission(new BigDecimal("400000"))).isEqualByComparingTo("102500");
  }

  @Test
  @DisplayName("docs/rules/conventions.md#thresholds-and-brackets: brackets are [lower, upper): 99,999.99 is in the first, 100,000.00 in the second")
  void bracketEdges_lowerInclusiveUpperExclusive() {
    assertThat(STANDARD.bracketFor(new BigDecimal("99999.99")).rate()).contains(Rate.ofPercent(20));
    assertThat(STANDARD.bracketFor(new BigDecimal("100000.00")).rate()).contains(Rate.ofPercent(25));
    assertThat(STANDARD.marginal(new BigDecimal("99999.99"))).isEqualByComparingTo("19999.998");
    assertThat(STANDARD.marginal(new BigDecimal("100000.00"))).isEqualByComparingTo("20000");
    assertThat(STANDARD.marginal(new BigDecimal("100000.01"))).isEqualByComparingTo("20000.0025");
    // whole-volume jumps at the edge, by design
    assertThat(STANDARD.wholeVolume(new BigDecimal("99999.99"))).isEqualByComparingTo("19999.998");
    assertThat(STANDARD.wholeVolume(new BigDecimal("100000.00"))).isEqualByComparingTo("25000");
  }

  @Test
  @DisplayName("Whole-volume option: the reached bracket's rate on everything (400,000 x 30 % = 120,000)")
  void wholeVolume_workedExample() {
    VolumeBrackets whole = VolumeBrackets.of(STANDARD, VolumeBrackets.Mode.WHOLE_VOLUME);
    assertThat(whole.commission(new BigDecimal("400000"))).isEqualByComparingTo("120000");
    assertThat(whole.increment(new BigDecimal("90000"), new BigDecimal("20000")))
        .isEqualByComparingTo("9500"); // 110,000 x 25 % - 90,000 x 20 %: the crossing deal carries the re-rating
  }

  @ParameterizedTest(name = "{0} referrals in a month -> {1} %")
  @CsvSource({"1, 20", "5, 20", "6, 25", "20, 25", "21, 30", "50, 30", "51, 35", "120, 35"})
  @DisplayName("docs/rules/commission.md#count-brackets: 1-5 20 %, 6-20 25 %, 21-50 30 %, 51+ 35 %")
  void countBrackets_edges(int referrals, int percent) {
    assertThat(CountBrackets.standard().rateFor(referrals)).isEqualTo(Rate.ofPercent(percent));
    assertThat(CountBrackets.standard().bonusFor(referrals).isPresent()).isEqualTo(referrals >= 51);
  }

  @Test
  @DisplayName("Volume rebate bands: whole volume, 1M+ custom needs the partner's own rate, never zero")
  void rebate_bandsAndCustom() {
    VolumeRebate rebate = VolumeRebate.standard();
    assertThat(rebate.rebate(new BigDecimal("249999.99"), Optional.empty())).isEqualByComparingTo("0");
    assertThat(rebate.rebate(new BigDecimal("250000"), Optional.empty())).isEqualByComparingTo("5000");
    assertThat(rebate.rebate(new BigDecimal("999999.99"), Optional.empty())).isEqualByComparingTo("49999.9995");
    assertThat(rebate.rebate(new BigDecimal("1000000"), Optional.of(Rate.ofPercent(7))))
        .isEqualByComparingTo("70000");
    assertThatThrownBy(() -> rebate.rebate(new BigDecimal("1000000"), Optional.empty()))
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(e -> assertThat(((InvalidFactsException) e).problems()).singleElement().satisfies(p -> {
          assertThat(p.path()).isEqualTo("customRate");
          assertThat(p.code()).isEqualTo("missing");
          assertThat(p.message()).isEqualTo("customRate must be present: the volume reached the custom band "
              + "[1000000, inf) custom (an explicit per-partner rate; never zero), but was missing");
        }));
  }

  @Test
  @DisplayName("docs/rules/commission.md#resale-margin: Gold (35 %) registered (+5) on 50,000 list: margin 40 %, cost 30,000, profit 20,000")
  void resaleMargin_workedExample() {
    ResaleTerms terms = ResaleMargin.standard().terms(Money.of("50000.00", "USD"), Tier.GOLD.toString(),
        Rate.ofPercent(35), true, RoundingMode.HALF_EVEN);
    assertThat(terms.margin()).isEqualTo(Rate.ofPercent(40));
    assertThat(terms.partnerCost()).isEqualTo(Money.of("30000.00", "USD"));
    assertThat(terms.grossProfit()).isEqualTo(Money.of("20000.00", "USD"));
    assertThat(terms.explanation().sentences()).containsExactly("list 50000.00 USD at GOLD margin 35 % + 5 % registered "
        + "deal -> margin 40 %, partner cost 30000.00 USD, partner gross profit 20000.00 USD");
    ResaleTerms unregistered = ResaleMargin.standard().terms(Money.of("50000.00", "USD"), "GOLD", Rate.ofPercent(35),
        false, RoundingMode.HALF_EVEN);
    assertThat(unregistered.partnerCost()).isEqualTo(Money.of("32500.00", "USD"));
    ResaleTerms capped = ResaleMargin.standard().terms(Money.of("100.00", "USD"), "X", Rate.ofPercent(98), true,
        RoundingMode.HALF_EVEN);
    assertThat(capped.margin()).isEqualTo(Rate.ONE);
    assertThat(capped.explanation().steps().get(0).outcome()).isEqualTo("100 % (capped at 100 %)");
  }

  @Test
  void of_badTables_areRefusedWithRelativePaths() {
    assertThatThrownBy(() -> BracketTable.of(BracketTable.Bracket.of(0, 10, Rate.ONE), BracketTable.Bracket.of(11, 20, Rate.ONE),
        BracketTable.Bracket.from(15, Rate.ONE)))
        .isInstanceOf(InvalidProgramException.class)
        .satisfies(e -> assertThat(((InvalidProgramException) e).problems()).extracting(Problem::path, Problem::code)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("[1].lower", "gap"),
                org.assertj.core.groups.Tuple.tuple("[2].lower", "overlap")));
    assertThatThrownBy(() -> BracketTable.of(java.util.List.of()))
        .isInstanceOf(InvalidProgramException.class)
        .hasMessageContaining("$ must have at least one bracket, but was []");
    assertThatThrownBy(() -> BracketTable.Bracket.of(10, 10, Rate.ONE))
        .isInstanceOf(InvalidProgramException.class)
        .hasMessageContaining("upper must be above the lower bound 10 (brackets are [lower, upper)), but was 10");
    assertThatThrownBy(() -> STANDARD.bracketFor(new BigDecimal("-0.01")))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("value must be >= 0, but was -0.01");
  }
}
