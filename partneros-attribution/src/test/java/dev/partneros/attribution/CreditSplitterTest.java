package dev.partneros.attribution;

import static dev.partneros.attribution.Fixtures.P1;
import static dev.partneros.attribution.Fixtures.P2;
import static dev.partneros.attribution.Fixtures.P3;
import static dev.partneros.attribution.Fixtures.day;
import static dev.partneros.attribution.Fixtures.touch;
import static dev.partneros.attribution.Fixtures.wonDeal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.groups.Tuple.tuple;

import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.PartnerOsJson;
import dev.partneros.core.Problem;
import dev.partneros.core.Rate;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Multi-touch credit (docs/rules/attribution.md#multi-touch-credit): exact shares, penny-exact money")
class CreditSplitterTest {

  final CreditSplitter splitter = CreditSplitter.of(AttributionPolicy.standard());

  /** Closed won on day 30, 100,000.00 USD, with touches (partner, day) of kind DEMO. */
  static Deal deal(Object... partnerAndDay) {
    Deal.Builder builder = wonDeal(30);
    for (int i = 0; i < partnerAndDay.length; i += 2) {
      builder.addTouches(touch((PartnerId) partnerAndDay[i], (Integer) partnerAndDay[i + 1], TouchKind.DEMO));
    }
    return builder.build();
  }

  static Map<PartnerId, Share> shares(CreditSplit split) {
    return split.shares();
  }

  @Test
  @DisplayName("LINEAR: equal weight per touch; 2/3 and 1/3 of 100,000.00 are 66,666.67 and 33,333.33")
  void linear() {
    CreditSplit split = splitter.split(deal(P1, 1, P2, 5, P1, 9), AttributionPolicy.CreditModel.LINEAR);
    assertThat(shares(split)).containsExactly(entry(P1, Share.of(2, 3)), entry(P2, Share.of(1, 3)));
    assertThat(split.amounts()).containsExactly(entry(P1, Money.of("66666.67", "USD")),
        entry(P2, Money.of("33333.33", "USD")));
    assertThat(split.model()).isEqualTo(AttributionPolicy.CreditModel.LINEAR);
    assertThat(split.isCredited()).isTrue();
    assertThat(split).hasToString("D-1 LINEAR: P-1 2/3 = 66,666.67 USD, P-2 1/3 = 33,333.33 USD");
  }

  @Test
  @DisplayName("The cent left over by three equal thirds goes to the smallest partner id")
  void linear_remainderTieGoesToSmallestPartnerId() {
    CreditSplit split = splitter.split(deal(P3, 1, P2, 2, P1, 3), AttributionPolicy.CreditModel.LINEAR);
    assertThat(split.amounts()).containsExactly(entry(P1, Money.of("33333.34", "USD")),
        entry(P2, Money.of("33333.33", "USD")), entry(P3, Money.of("33333.33", "USD")));
    Deal yen = Deal.builder().from(deal(P3, 1, P2, 2, P1, 3)).amount(Money.of(100, Money.currency("JPY"))).build();
    assertThat(splitter.split(yen, AttributionPolicy.CreditModel.LINEAR).amounts().values()).extracting(Money::toString)
        .containsExactly("34 JPY", "33 JPY", "33 JPY");
  }

  @Test
  @DisplayName("FIRST_TOUCH and LAST_TOUCH: all to the first or last date; same-day touches share it")
  void firstAndLastTouch() {
    Deal deal = deal(P2, 1, P1, 5, P3, 10);
    assertThat(shares(splitter.split(deal, AttributionPolicy.CreditModel.FIRST_TOUCH))).containsExactly(entry(P1, Share.ZERO),
        entry(P2, Share.ONE), entry(P3, Share.ZERO));
    assertThat(splitter.split(deal, AttributionPolicy.CreditModel.FIRST_TOUCH).amounts()).containsEntry(P2, Fixtures.AMOUNT)
        .containsEntry(P1, Money.of("0.00", "USD"));
    assertThat(shares(splitter.split(deal, AttributionPolicy.CreditModel.LAST_TOUCH))).containsEntry(P3, Share.ONE);
    Deal tied = deal(P2, 1, P1, 1, P3, 10, P3, 10, P1, 10);
    assertThat(shares(splitter.split(tied, AttributionPolicy.CreditModel.FIRST_TOUCH))).containsExactly(entry(P1, Share.of(1, 2)),
        entry(P2, Share.of(1, 2)), entry(P3, Share.ZERO));
    assertThat(shares(splitter.split(tied, AttributionPolicy.CreditModel.LAST_TOUCH))).containsExactly(entry(P1, Share.of(1, 3)),
        entry(P2, Share.ZERO), entry(P3, Share.of(2, 3)));
  }

  @Test
  @DisplayName("TIME_DECAY: a touch one half-life older weighs half, two half-lives a quarter")
  void timeDecay_wholeHalfLivesAreExact() {
    assertThat(shares(splitter.split(deal(P1, 30, P2, 23), AttributionPolicy.CreditModel.TIME_DECAY)))
        .containsExactly(entry(P1, Share.of(2, 3)), entry(P2, Share.of(1, 3)));
    assertThat(shares(splitter.split(deal(P1, 30, P2, 23, P3, 16), AttributionPolicy.CreditModel.TIME_DECAY)))
        .containsExactly(entry(P1, Share.of(4, 7)), entry(P2, Share.of(2, 7)), entry(P3, Share.of(1, 7)));
    // Relative to the latest touch: ages 10 and 17 days give the same shares as 0 and 7.
    assertThat(shares(splitter.split(deal(P1, 20, P2, 13), AttributionPolicy.CreditModel.TIME_DECAY)))
        .containsExactly(entry(P1, Share.of(2, 3)), entry(P2, Share.of(1, 3)));
    CreditSplitter fortnight = CreditSplitter.of(new AttributionPolicy.Builder().halfLifeDays(14).build());
    assertThat(shares(fortnight.split(deal(P1, 30, P2, 16), AttributionPolicy.CreditModel.TIME_DECAY)))
        .containsExactly(entry(P1, Share.of(2, 3)), entry(P2, Share.of(1, 3)));
  }

  @Test
  @DisplayName("TIME_DECAY: other ages use 2^(-1/7) to 20 decimal places, and the shares stay exact")
  void timeDecay_fractionalHalfLives() {
    CreditSplit split = splitter.split(deal(P1, 30, P2, 29), AttributionPolicy.CreditModel.TIME_DECAY);
    BigDecimal weight = new BigDecimal("0.90572366426390667159");
    BigDecimal total = BigDecimal.ONE.add(weight);
    Share p2 = split.shares().get(P2);
    Share p1 = split.shares().get(P1);
    assertThat(p2.plus(p1)).isEqualTo(Share.ONE);
    assertThat(new BigDecimal(p2.numerator()).multiply(total))
        .isEqualByComparingTo(new BigDecimal(p2.denominator()).multiply(weight));
    assertThat(p2.toBigDecimal(MathContext.DECIMAL64)).isEqualByComparingTo("0.4752649511825976");
    assertThat(split.amounts()).containsExactly(entry(P1, Money.of("52473.50", "USD")),
        entry(P2, Money.of("47526.50", "USD")));
  }

  @Test
  @DisplayName("POSITION_BASED 40/20/40: one touch, two touches, three and more")
  void positionBased() {
    assertThat(shares(splitter.split(deal(P1, 5), AttributionPolicy.CreditModel.POSITION_BASED))).containsExactly(entry(P1, Share.ONE));
    assertThat(shares(splitter.split(deal(P1, 5, P2, 9), AttributionPolicy.CreditModel.POSITION_BASED)))
        .containsExactly(entry(P1, Share.of(1, 2)), entry(P2, Share.of(1, 2)));
    assertThat(shares(splitter.split(deal(P1, 5, P2, 5), AttributionPolicy.CreditModel.POSITION_BASED)))
        .containsExactly(entry(P1, Share.of(1, 2)), entry(P2, Share.of(1, 2)));
    assertThat(shares(splitter.split(deal(P1, 1, P2, 5, P3, 10), AttributionPolicy.CreditModel.POSITION_BASED)))
        .containsExactly(entry(P1, Share.of(2, 5)), entry(P2, Share.of(1, 5)), entry(P3, Share.of(2, 5)));
    assertThat(shares(splitter.split(deal(P1, 1, P2, 3, P2, 5, P3, 10, P3, 7), AttributionPolicy.CreditModel.POSITION_BASED)))
        .containsExactly(entry(P1, Share.of(2, 5)), entry(P2, Share.of(2, 15)), entry(P3, Share.of(7, 15)));
    // Same-day ends share their position: P-1 and P-2 share the first 40 %, P-1 alone is last.
    assertThat(shares(splitter.split(deal(P1, 1, P2, 1, P3, 5, P1, 10), AttributionPolicy.CreditModel.POSITION_BASED)))
        .containsExactly(entry(P1, Share.of(3, 5)), entry(P2, Share.of(1, 5)), entry(P3, Share.of(1, 5)));
  }

  @Test
  void positionBased_withConfiguredWeights() {
    CreditSplitter uShaped = CreditSplitter.of(new AttributionPolicy.Builder()
        .positionWeights(AttributionPolicy.PositionWeights.of(Rate.ofPercent(30), Rate.ofPercent(40), Rate.ofPercent(30))).build());
    assertThat(shares(uShaped.split(deal(P1, 1, P2, 5, P3, 10), AttributionPolicy.CreditModel.POSITION_BASED)))
        .containsExactly(entry(P1, Share.of(3, 10)), entry(P2, Share.of(2, 5)), entry(P3, Share.of(3, 10)));
    CreditSplitter firstHeavy = CreditSplitter.of(new AttributionPolicy.Builder()
        .positionWeights(AttributionPolicy.PositionWeights.of(Rate.ofPercent(60), Rate.ofPercent(20), Rate.ofPercent(20))).build());
    assertThat(shares(firstHeavy.split(deal(P1, 1, P2, 10), AttributionPolicy.CreditModel.POSITION_BASED)))
        .containsExactly(entry(P1, Share.of(3, 4)), entry(P2, Share.of(1, 4)));
    CreditSplitter middleOnly = CreditSplitter.of(new AttributionPolicy.Builder()
        .positionWeights(AttributionPolicy.PositionWeights.of(Rate.ZERO, Rate.ONE, Rate.ZERO)).build());
    assertThat(shares(middleOnly.split(deal(P1, 1, P2, 10), AttributionPolicy.CreditModel.POSITION_BASED)))
        .containsExactly(entry(P1, Share.of(1, 2)), entry(P2, Share.of(1, 2)));
    assertThat(shares(middleOnly.split(deal(P1, 1, P2, 5, P3, 10), AttributionPolicy.CreditModel.POSITION_BASED)))
        .containsExactly(entry(P1, Share.ZERO), entry(P2, Share.ONE), entry(P3, Share.ZERO));
  }

  @Test
  @DisplayName("CUSTOM: the deal's agreed weights; a weighted partner with no touch before close is dropped")
  void custom() {
    Deal agreed = Deal.builder().from(deal(P1, 1, P2, 5, P3, 6)).putCustomWeights(P1, Rate.of("0.7"))
        .putCustomWeights(P2, Rate.of("0.3")).build();
    CreditSplit split = splitter.split(agreed, AttributionPolicy.CreditModel.CUSTOM);
    assertThat(shares(split)).containsExactly(entry(P1, Share.of(7, 10)), entry(P2, Share.of(3, 10)),
        entry(P3, Share.ZERO));
    assertThat(split.amounts()).containsEntry(P1, Money.of("70000.00", "USD"))
        .containsEntry(P3, Money.of("0.00", "USD"));

    Deal postClose = Deal.builder().from(deal(P1, 1, P2, 31)).putCustomWeights(P1, Rate.of("0.6"))
        .putCustomWeights(P2, Rate.of("0.3")).putCustomWeights(P3, Rate.of("0.1")).build();
    CreditSplit dropped = splitter.split(postClose, AttributionPolicy.CreditModel.CUSTOM);
    assertThat(shares(dropped)).containsExactly(entry(P1, Share.ONE));
    assertThat(dropped.explanation().sentences()).contains(
        "P-2: custom weight 0.3 dropped, no credited touch up to close -> dropped",
        "P-3: custom weight 0.1 dropped, no credited touch up to close -> dropped");

    Deal nobody = Deal.builder().from(deal(P1, 1)).putCustomWeights(P2, Rate.ONE).build();
    assertThat(splitter.split(nobody, AttributionPolicy.CreditModel.CUSTOM).isCredited()).isFalse();
  }

  @Test
  @DisplayName("CUSTOM without custom weights, or an open deal, is refused with its path")
  void split_badInput() {
    assertThatThrownBy(() -> splitter.split(deal(P1, 1), AttributionPolicy.CreditModel.CUSTOM))
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(e -> assertThat(((InvalidFactsException) e).problems())
            .extracting(Problem::path, Problem::code, Problem::message)
            .containsExactly(tuple("customWeights", "missing",
                "customWeights must be given for the CUSTOM model, but was {}")));
    Deal open = Deal.builder().from(deal(P1, 1)).status(CloseStatus.OPEN).closed(java.util.Optional.empty()).build();
    assertThatThrownBy(() -> splitter.split(open))
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(e -> assertThat(((InvalidFactsException) e).problems())
            .extracting(Problem::path, Problem::code, Problem::message)
            .containsExactly(tuple("closed", "missing",
                "closed must be present to split credit (the deal is OPEN), but was missing")));
  }

  @Test
  @DisplayName("A touch on the close date is credited; the day after, mentions and post-sale touches are not")
  void split_ignoresTouchesAfterCloseAndUncreditedKinds() {
    Deal deal = wonDeal(30).addTouches(touch(P1, 30, TouchKind.DEMO), touch(P2, 31, TouchKind.CO_SELL),
        touch(P3, 10, TouchKind.MENTION), touch(P3, 12, TouchKind.POST_SALE)).build();
    CreditSplit split = splitter.split(deal);
    assertThat(shares(split)).containsExactly(entry(P1, Share.ONE));
    assertThat(split.creditedTouches()).containsExactly(touch(P1, 30, TouchKind.DEMO));
    assertThat(split.ignoredTouches()).containsExactly(touch(P3, 10, TouchKind.MENTION),
        touch(P3, 12, TouchKind.POST_SALE), touch(P2, 31, TouchKind.CO_SELL));
    CreditSplit none = splitter.split(wonDeal(30).addTouches(touch(P2, 31, TouchKind.CO_SELL)).build());
    assertThat(none.isCredited()).isFalse();
    assertThat(none.shares()).isEmpty();
    assertThat(none.amounts()).isEmpty();
    assertThat(none.explanation().steps().get(0).outcome()).isEqualTo("no credit");
    assertThat(none).hasToString("D-1 LINEAR: no credit");
    CreditSplitter mentionsCount = CreditSplitter.of(new AttributionPolicy.Builder()
        .creditedTouchKinds(java.util.EnumSet.of(TouchKind.MENTION)).build());
    assertThat(shares(mentionsCount.split(deal))).containsExactly(entry(P3, Share.ONE));
  }

  @Test
  void split_usesThePolicyModel_explainsAndRoundTrips() {
    CreditSplitter timeDecay = CreditSplitter.of(new AttributionPolicy.Builder()
        .multiTouchModel(AttributionPolicy.CreditModel.TIME_DECAY).build());
    Deal deal = deal(P2, 23, P1, 30);
    CreditSplit split = timeDecay.split(deal);
    assertThat(split.model()).isEqualTo(AttributionPolicy.CreditModel.TIME_DECAY);
    assertThat(split.explanation().sentences()).containsExactly(
        "deal D-1: TIME_DECAY (half-life 7 days) over 2 credited touches up to 2026-03-31, 0 ignored (after close "
            + "or not a credited kind) -> 2 partners credited",
        "P-1: 1 credited touches, share 2/3 of 100000.00 USD -> 66666.67 USD",
        "P-2: 1 credited touches, share 1/3 of 100000.00 USD -> 33333.33 USD");
    CreditSplit back = PartnerOsJson.read(PartnerOsJson.write(split), CreditSplit.class);
    assertThat(back).isEqualTo(split);
    assertThat(PartnerOsJson.toTree(back)).isEqualTo(PartnerOsJson.toTree(split));
    assertThat(PartnerOsJson.toTree(split).get("shares").get("P-1").asText()).isEqualTo("2/3");
    assertThat(PartnerOsJson.toTree(split).has("credited")).isFalse();
    Deal zero = Deal.builder().from(deal).amount(Money.of("0.00", "USD")).build();
    assertThat(splitter.split(zero).amounts().values()).allMatch(Money::isZero);
    assertThat(timeDecay).hasToString("CreditSplitter[model=TIME_DECAY, halfLifeDays=7]");
  }

  @Test
  void split_doesNotDependOnTouchOrder() {
    Deal deal = deal(P1, 1, P2, 5, P3, 5, P1, 12, P2, 30, P3, 2);
    Deal reversed = Deal.builder().from(deal).touches(DealClassifierTest.reverse(deal.touches())).build();
    for (AttributionPolicy.CreditModel model : new AttributionPolicy.CreditModel[] {AttributionPolicy.CreditModel.FIRST_TOUCH,
        AttributionPolicy.CreditModel.LAST_TOUCH, AttributionPolicy.CreditModel.LINEAR, AttributionPolicy.CreditModel.TIME_DECAY,
        AttributionPolicy.CreditModel.POSITION_BASED}) {
      assertThat(splitter.split(reversed, model)).as(model.name()).isEqualTo(splitter.split(deal, model));
    }
  }
}
