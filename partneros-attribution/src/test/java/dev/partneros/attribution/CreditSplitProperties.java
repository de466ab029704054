package dev.partneros.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.statistics.Statistics;

/**
 * The laws of multi-touch credit ({@code docs/rules/conventions.md#allocation} and
 * {@code docs/rules/attribution.md#multi-touch-credit}).
 */
@Domain(AttributionDomain.class)
@Domain(DomainContext.Global.class)
class CreditSplitProperties {

  static AttributionPolicy.CreditModel usable(Deal deal, AttributionPolicy.CreditModel model) {
    return model == AttributionPolicy.CreditModel.CUSTOM && deal.customWeights().isEmpty() ? AttributionPolicy.CreditModel.LINEAR : model;
  }

  @Property
  void sharesSumToExactlyOne_andMoneyToExactlyTheAmount(@ForAll Deal deal, @ForAll AttributionPolicy.CreditModel model,
      @ForAll AttributionPolicy policy) {
    AttributionPolicy.CreditModel used = usable(deal, model);
    CreditSplit split = CreditSplitter.of(policy).split(deal, used);
    if (split.isCredited()) {
      Share sum = Share.ZERO;
      for (Share share : split.shares().values()) {
        sum = sum.plus(share);
      }
      assertThat(sum).isEqualTo(Share.ONE);
      assertThat(Money.total(split.amounts().values(), deal.amount().currency())).isEqualTo(deal.amount());
      assertThat(split.amounts().values()).noneMatch(Money::isNegative);
      assertThat(split.amounts().keySet()).isEqualTo(split.shares().keySet());
    } else {
      assertThat(split.amounts()).isEmpty();
    }
    Statistics.label("credited").collect(split.isCredited() ? "credited" : "nothing to credit");
    Statistics.label("model").collect(used);
    Statistics.label("partners").collect(split.shares().size() > 1 ? "several" : split.shares().size() + "");
    Statistics.label("credited").coverage(c -> {
      c.check("credited").percentage(p -> p > 50);
      c.check("nothing to credit").percentage(p -> p > 1);
    });
    Statistics.label("partners").coverage(c -> c.check("several").percentage(p -> p > 20));
    Statistics.label("model").coverage(c -> {
      c.check(AttributionPolicy.CreditModel.CUSTOM).percentage(p -> p > 1);
      c.check(AttributionPolicy.CreditModel.TIME_DECAY).percentage(p -> p > 5);
      c.check(AttributionPolicy.CreditModel.POSITION_BASED).percentage(p -> p > 5);
    });
  }

  @Property
  void eachPartIsWithinOneMinorUnitOfItsExactShare(@ForAll Deal deal, @ForAll AttributionPolicy.CreditModel model) {
    CreditSplit split = CreditSplitter.of(AttributionPolicy.standard()).split(deal, usable(deal, model));
    for (Map.Entry<PartnerId, Share> entry : split.shares().entrySet()) {
      java.math.BigDecimal exact = new java.math.BigDecimal(deal.amount().minorUnits()
          .multiply(entry.getValue().numerator())).divide(new java.math.BigDecimal(entry.getValue().denominator()),
          java.math.MathContext.DECIMAL128);
      java.math.BigDecimal part = new java.math.BigDecimal(split.amounts().get(entry.getKey()).minorUnits());
      assertThat(part.subtract(exact).abs()).isLessThan(java.math.BigDecimal.ONE);
    }
  }

  @Property
  void noPartnerWithOnlyPostCloseTouchesReceivesCredit(@ForAll Deal deal, @ForAll AttributionPolicy.CreditModel model,
      @ForAll AttributionPolicy policy) {
    LocalDate closed = deal.closed().orElseThrow();
    CreditSplit split = CreditSplitter.of(policy).split(deal, usable(deal, model));
    List<PartnerId> onlyAfterClose = deal.partners().stream()
        .filter(p -> deal.touches().stream().anyMatch(t -> t.partner().equals(p)))
        .filter(p -> deal.touches().stream().filter(t -> t.partner().equals(p)).allMatch(t -> t.date().isAfter(closed)))
        .collect(Collectors.toList());
    for (PartnerId partner : onlyAfterClose) {
      assertThat(split.shares()).doesNotContainKey(partner);
      assertThat(split.amounts()).doesNotContainKey(partner);
      DealAttribution attribution = DealClassifier.of(policy).classify(deal, partner);
      if (deal.registrations().stream().filter(r -> r.partner().equals(partner)).allMatch(
          r -> r.date().isAfter(closed))) {
        assertThat(attribution.type()).isEqualTo(AttributionType.NOT_ATTRIBUTED);
        assertThat(attribution.notAttributedReason()).contains(DealAttribution.NotAttributedReason.ONLY_AFTER_CLOSE);
      }
    }
    assertThat(split.creditedTouches()).allMatch(t -> !t.date().isAfter(closed));
    Statistics.label("post-close only").collect(onlyAfterClose.isEmpty() ? "none" : "some");
    Statistics.label("post-close only").coverage(c -> c.check("some").percentage(p -> p > 10));
  }

  @Property
  void aTouchAfterAllOthersNeverChangesTheFirstTouchWinner(@ForAll Deal deal, @ForAll PartnerId partner,
      @ForAll TouchKind kind, @ForAll @IntRange(min = 1, max = 20) int daysLater) {
    CreditSplitter splitter = CreditSplitter.of(AttributionPolicy.standard());
    CreditSplit before = splitter.split(deal, AttributionPolicy.CreditModel.FIRST_TOUCH);
    Assume.that(before.isCredited());
    LocalDate latest = deal.touches().stream().map(Deal.PartnerTouch::date).max(LocalDate::compareTo).orElseThrow();
    Deal more = Deal.builder().from(deal).addTouches(Deal.PartnerTouch.of(partner, latest.plusDays(daysLater), kind)).build();
    assertThat(winners(splitter.split(more, AttributionPolicy.CreditModel.FIRST_TOUCH))).isEqualTo(winners(before));
  }

  @Property
  void aTouchBeforeAllOthersNeverChangesTheLastTouchWinner(@ForAll Deal deal, @ForAll PartnerId partner,
      @ForAll TouchKind kind, @ForAll @IntRange(min = 1, max = 20) int daysEarlier) {
    CreditSplitter splitter = CreditSplitter.of(AttributionPolicy.standard());
    CreditSplit before = splitter.split(deal, AttributionPolicy.CreditModel.LAST_TOUCH);
    Assume.that(before.isCredited());
    LocalDate earliest = deal.touches().stream().map(Deal.PartnerTouch::date).min(LocalDate::compareTo).orElseThrow();
    LocalDate date = earliest.minusDays(daysEarlier);
    // The deal is created early enough to hold the earlier touch; creation does not enter the split.
    LocalDate created = date.isBefore(deal.created()) ? date : deal.created();
    Deal more = Deal.builder().from(deal).created(created).addTouches(Deal.PartnerTouch.of(partner, date, kind)).build();
    assertThat(winners(splitter.split(more, AttributionPolicy.CreditModel.LAST_TOUCH))).isEqualTo(winners(before));
  }

  static SortedMap<PartnerId, Share> winners(CreditSplit split) {
    TreeMap<PartnerId, Share> winners = new TreeMap<>();
    split.shares().forEach((partner, share) -> {
      if (!share.isZero()) {
        winners.put(partner, share);
      }
    });
    return winners;
  }

  @Property
  void resultsDoNotDependOnTheOrderOfTouches(@ForAll Deal deal, @ForAll AttributionPolicy.CreditModel model,
      @ForAll AttributionPolicy policy, @ForAll long seed) {
    Deal shuffled = Deal.builder().from(deal).touches(shuffle(deal.touches(), seed)).build();
    CreditSplitter splitter = CreditSplitter.of(policy);
    AttributionPolicy.CreditModel used = usable(deal, model);
    assertThat(splitter.split(shuffled, used)).isEqualTo(splitter.split(deal, used));
  }

  @Property
  void linearAndFirstTouchMatchAReferenceCount(@ForAll Deal deal) {
    AttributionPolicy policy = AttributionPolicy.standard();
    LocalDate closed = deal.closed().orElseThrow();
    List<Deal.PartnerTouch> credited = deal.touches().stream()
        .filter(t -> !t.date().isAfter(closed) && policy.creditedTouchKinds().contains(t.kind()))
        .collect(Collectors.toList());
    CreditSplitter splitter = CreditSplitter.of(policy);
    CreditSplit linear = splitter.split(deal, AttributionPolicy.CreditModel.LINEAR);
    CreditSplit first = splitter.split(deal, AttributionPolicy.CreditModel.FIRST_TOUCH);
    for (PartnerId partner : linear.shares().keySet()) {
      long mine = credited.stream().filter(t -> t.partner().equals(partner)).count();
      assertThat(linear.shares().get(partner)).isEqualTo(Share.of(mine, credited.size()));
      LocalDate firstDate = credited.stream().map(Deal.PartnerTouch::date).min(LocalDate::compareTo).orElseThrow();
      long onFirst = credited.stream().filter(t -> t.date().equals(firstDate)).count();
      long mineOnFirst = credited.stream().filter(t -> t.date().equals(firstDate) && t.partner().equals(partner))
          .count();
      assertThat(first.shares().get(partner)).isEqualTo(Share.of(mineOnFirst, onFirst));
    }
    assertThat(linear.shares().keySet()).isEqualTo(credited.stream().map(Deal.PartnerTouch::partner)
        .collect(Collectors.toCollection(java.util.TreeSet::new)));
  }

  static <T> List<T> shuffle(List<T> list, long seed) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, new Random(seed));
    return copy;
  }
}
