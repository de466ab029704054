package dev.partneros.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.PartnerId;
import dev.partneros.core.Problem;
import dev.partneros.core.Tier;
import dev.partneros.tiers.TierDecision;
import dev.partneros.tiers.TierState;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An evaluation continues a partner's tier timeline from a known state (KnownTierStates)")
class KnownTierStatesTest {

  private static final LocalDate AS_OF = LocalDate.parse("2026-12-31");
  private static final LocalDate Q2_END = LocalDate.parse("2026-06-30");
  private static final PortfolioEvaluation PLAIN = PortfolioEvaluator.standard()
      .evaluate(SampleBook.history(), SampleBook.portfolio(), AS_OF);

  private static PortfolioEvaluation known(LocalDate day, String partner, TierState state) {
    return PortfolioEvaluator.standard().evaluate(SampleBook.history(), SampleBook.portfolio(), AS_OF,
        KnownTierStates.at(day, Map.of(PartnerId.of(partner), state)));
  }

  private static TierState gold(LocalDate since) {
    return TierState.builder().tier(Tier.GOLD).status(TierState.Status.GOOD_STANDING).since(since)
        .lastEvaluated(since).build();
  }

  @Test
  void knownStateAtAQuarterEnd_keepsTheDecisionsUpToIt_andTheNextQuarterContinuesFromIt() {
    // P-003 replays SILVER, in grace from 2026-06-30, downgraded on 2026-09-30; its books say GOLD on 2026-06-30
    PortfolioEvaluation seeded = known(Q2_END, "P-003", gold(Q2_END));
    PartnerResult before = PLAIN.partner("P-003").orElseThrow();
    PartnerResult after = seeded.partner("P-003").orElseThrow();

    assertThat(after.timeline().subList(0, 2)).isEqualTo(before.timeline().subList(0, 2));
    assertThat(after.timeline().get(1).decision().transition()).contains(TierDecision.Transition.GRACE_STARTED);
    TimelineEntry q3 = after.timeline().get(2);
    assertThat(q3.quarterEnd()).isEqualTo(LocalDate.parse("2026-09-30"));
    assertThat(before.timeline().get(2).decision().transition()).contains(TierDecision.Transition.DOWNGRADED);
    assertThat(q3.decision().previous()).isEqualTo(gold(Q2_END));
    assertThat(q3.decision().tier()).isEqualTo(Tier.GOLD);
    assertThat(q3.decision().transition()).isEmpty();
    assertThat(after.tier()).isEqualTo(Tier.GOLD);
    assertThat(after.entitlement().orElseThrow().tier()).isEqualTo(Tier.GOLD);
    assertThat(seeded.partner("P-002")).isEqualTo(PLAIN.partner("P-002"));
  }

  @Test
  void knownState_setsTheTierRateOfTheDaysAfterIt_notOfTheDaysBefore() {
    // P-001 held SILVER until its upgrade on 2026-09-30: D-101 (2026-02-20) and D-102 (2026-08-14) at SILVER rates
    PartnerResult seeded = known(Q2_END, "P-001", gold(Q2_END)).partner("P-001").orElseThrow();
    PartnerResult plain = PLAIN.partner("P-001").orElseThrow();

    assertThat(amount(plain, "D-101")).isEqualTo("4500.00");
    assertThat(amount(seeded, "D-101")).isEqualTo("4500.00");
    assertThat(amount(plain, "D-102")).isEqualTo("8250.00");
    assertThat(amount(seeded, "D-102")).isEqualTo("11000.00");
    assertThat(AttributionCommissionModule.tierOn(seeded, Q2_END)).isEqualTo(Tier.SILVER);
    assertThat(AttributionCommissionModule.tierOn(seeded, Q2_END.plusDays(1))).isEqualTo(Tier.GOLD);
    assertThat(AttributionCommissionModule.tierOn(plain, Q2_END.plusDays(1))).isEqualTo(Tier.SILVER);
  }

  @Test
  void knownStateBeforeTheFirstQuarterEnd_replacesTheStartingState() {
    LocalDate yearEnd = LocalDate.parse("2025-12-31");
    PartnerResult seeded = known(yearEnd, "P-003", gold(yearEnd)).partner("P-003").orElseThrow();

    assertThat(seeded.timeline().get(0).decision().previous()).isEqualTo(gold(yearEnd));
    assertThat(seeded.timeline().get(0).decision().tier()).isEqualTo(Tier.GOLD);
  }

  @Test
  void knownStateOnOrAfterTheLastQuarterEnd_changesNothing() {
    assertThat(known(AS_OF, "P-003", gold(AS_OF))).isEqualTo(PLAIN);
    assertThat(PortfolioEvaluator.standard().evaluate(SampleBook.history(), SampleBook.portfolio(), AS_OF,
        KnownTierStates.none())).isEqualTo(PLAIN);
  }

  @Test
  void stateOfAPartnerNotInTheBook_isRefusedWithItsPath() {
    assertThatThrownBy(() -> known(Q2_END, "P-999", gold(Q2_END))).isInstanceOf(InvalidFactsException.class)
        .satisfies(e -> assertThat(((InvalidFactsException) e).problems()).singleElement().satisfies(p -> {
          assertThat(p.path()).isEqualTo("tierStates[\"P-999\"]");
          assertThat(p.code()).isEqualTo("unknown_key");
          assertThat(p.message()).isEqualTo("tierStates[\"P-999\"] must be a partner of the book, but was P-999");
        }));
  }

  @Test
  void stateTheNextQuarterEndCannotContinueFrom_isRefusedWithEveryProblem() {
    TierState offLadder = TierState.builder().tier(Tier.of("DIAMOND")).status(TierState.Status.GOOD_STANDING)
        .since(LocalDate.parse("2026-10-01")).lastEvaluated(LocalDate.parse("2026-09-30")).build();

    InvalidFactsException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> known(Q2_END, "P-001", offLadder), InvalidFactsException.class);

    String at = "tierStates[\"P-001\"][\"2026-06-30\"]";
    assertThat(e.problems()).extracting(Problem::path, Problem::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple(at + ".tier", "unknown_tier"),
        org.assertj.core.groups.Tuple.tuple(at + ".lastEvaluated", "out_of_order"),
        org.assertj.core.groups.Tuple.tuple(at + ".since", "before_start"));
    assertThat(e.problems().get(1).message()).isEqualTo(at + ".lastEvaluated must be before the quarter end "
        + "2026-09-30 that continues from it, but was 2026-09-30");
    assertThat(e.problems().get(2).message()).isEqualTo(at + ".since must be on or before the quarter end "
        + "2026-09-30 that continues from it, but was 2026-10-01");
  }

  private static String amount(PartnerResult p, String deal) {
    return p.commission().orElseThrow().lines().stream().filter(l -> l.dealId().equals(java.util.Optional.of(deal)))
        .findFirst().orElseThrow().amount().amount().toPlainString();
  }
}
