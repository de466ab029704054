package dev.partneros.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.PartnerId;
import dev.partneros.core.Tier;
import dev.partneros.tiers.TierState;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/** Laws of an evaluation that continues tier timelines from known states ({@link KnownTierStates}). */
class KnownTierStatesProperties {

  @Provide
  Arbitrary<GeneratedPortfolios.Case> cases() {
    return GeneratedPortfolios.cases();
  }

  /** No known states, or each partner's own replayed states, give exactly the evaluation without them. */
  @Property(tries = 100)
  void knowingTheReplayedStatesChangesNothing(@ForAll("cases") GeneratedPortfolios.Case c) {
    Portfolio portfolio = c.portfolio();
    PortfolioEvaluation plain = c.evaluate(portfolio);
    Map<PartnerId, Map<LocalDate, TierState>> replayed = new TreeMap<>();
    for (PartnerResult p : plain.partners()) {
      for (TimelineEntry t : p.timeline()) {
        replayed.computeIfAbsent(p.partner().id(), k -> new TreeMap<>()).put(t.quarterEnd(), t.decision().state());
      }
    }
    Statistics.label("partners with states").collect(replayed.isEmpty() ? "none" : "some");

    assertThat(c.evaluator().evaluate(c.history(), portfolio, c.asOf(), KnownTierStates.none())).isEqualTo(plain);
    assertThat(c.evaluator().evaluate(c.history(), portfolio, c.asOf(), KnownTierStates.of(replayed)))
        .isEqualTo(plain);
  }

  /**
   * A state known at one partner's quarter end keeps every decision up to that day, the next
   * quarter end is decided from it, and every other partner is unchanged; the same call gives the
   * same evaluation.
   */
  @Property(tries = 100)
  void aKnownStateChangesOnlyItsPartnerAfterItsDay(@ForAll("cases") GeneratedPortfolios.Case c,
      @ForAll @IntRange(min = 0, max = 99) int pick) {
    Portfolio portfolio = c.portfolio();
    PortfolioEvaluation plain = c.evaluate(portfolio);
    List<PartnerResult> withTimeline = plain.partners().stream().filter(p -> !p.timeline().isEmpty()).toList();
    Statistics.label("a partner with a timeline").collect(!withTimeline.isEmpty());
    if (withTimeline.isEmpty()) {
      return;
    }
    PartnerResult partner = withTimeline.get(pick % withTimeline.size());
    LocalDate day = partner.timeline().get(pick % partner.timeline().size()).quarterEnd();
    TierState gold = TierState.builder().tier(Tier.GOLD).status(TierState.Status.GOOD_STANDING).since(day)
        .lastEvaluated(day).build();
    KnownTierStates known = KnownTierStates.at(day, Map.of(partner.partner().id(), gold));

    PortfolioEvaluation seeded = c.evaluator().evaluate(c.history(), portfolio, c.asOf(), known);

    assertThat(c.evaluator().evaluate(c.history(), portfolio, c.asOf(), known)).isEqualTo(seeded);
    List<TimelineEntry> before = partner.timeline();
    List<TimelineEntry> after = seeded.partner(partner.id()).orElseThrow().timeline();
    assertThat(after).hasSameSizeAs(before);
    for (int i = 0; i < before.size(); i++) {
      if (!before.get(i).quarterEnd().isAfter(day)) {
        assertThat(after.get(i)).isEqualTo(before.get(i));
      } else if (before.get(i - 1).quarterEnd().equals(day)) {
        assertThat(after.get(i).decision().previous()).isEqualTo(gold);
      }
    }
    Statistics.label("a quarter end after the known state").collect(!day.equals(before.get(before.size() - 1)
        .quarterEnd()));
    for (PartnerResult other : plain.partners()) {
      if (!other.partner().id().equals(partner.partner().id())) {
        assertThat(seeded.partner(other.id()).orElseThrow().timeline()).isEqualTo(other.timeline());
      }
    }
  }
}
