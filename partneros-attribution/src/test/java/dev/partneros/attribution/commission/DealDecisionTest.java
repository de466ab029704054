package dev.partneros.attribution.commission;

import static dev.partneros.attribution.commission.CommissionFixtures.JAN_1;
import static dev.partneros.attribution.commission.CommissionFixtures.P1;
import static dev.partneros.attribution.commission.CommissionFixtures.P2;
import static dev.partneros.attribution.commission.CommissionFixtures.account;
import static dev.partneros.attribution.commission.CommissionFixtures.deal;
import static dev.partneros.attribution.commission.CommissionFixtures.planFor;
import static dev.partneros.attribution.commission.CommissionFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partneros.attribution.AttributionType;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerType;
import dev.partneros.core.Rate;
import dev.partneros.core.Tier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Boundaries of {@link CommissionCalculator#decide} and its arithmetic
 * ({@code docs/rules/commission.md#deciding-a-deal-only}): rounding at half a minor unit, the
 * overflow to {@code BigDecimal}, the fall-back and the refusals.
 */
class DealDecisionTest {

  private static final CommissionFacts.PartnerAccount INTEGRATOR = account(P1, PartnerType.SYSTEM_INTEGRATOR);

  private static CommissionCalculator calculator(RoundingMode rounding) {
    return CommissionCalculator.of(CommissionTerms.builder().from(CommissionTerms.standard()).rounding(rounding).build());
  }

  private static CommissionDeal gold(String amount, AttributionType type) {
    return deal("D-1", P1, usd(amount), JAN_1, type).tier(Tier.GOLD).build();
  }

  private static Money linesOf(CommissionCalculator calculator, CommissionFacts.PartnerAccount partner, CommissionDeal deal) {
    Money total = Money.zero(partner.payoutCurrency());
    for (CommissionLine line : calculator.calculateDeal(partner, deal, CommissionState.empty(partner.id())).lines()) {
      total = total.plus(line.amount());
    }
    return total;
  }

  @Test
  void decide_halfAMinorUnitRoundsToEvenUnderTheStandardProgram() {
    // 1,000.05 x 20 % (Gold) x 50 % (influenced) = 100.005: half a cent, the even neighbour is 100.00
    CommissionDeal deal = gold("1000.05", AttributionType.PARTNER_INFLUENCED);
    CommissionCalculator calculator = calculator(RoundingMode.HALF_EVEN);
    assertThat(calculator.decide(INTEGRATOR, deal, CommissionState.empty(P1))).isEqualTo(usd("100.00"));
    assertThat(linesOf(calculator, INTEGRATOR, deal)).isEqualTo(usd("100.00"));
    // 1,000.15 -> 100.015: the even neighbour is 100.02
    assertThat(calculator.decide(INTEGRATOR, gold("1000.15", AttributionType.PARTNER_INFLUENCED), CommissionState.empty(P1)))
        .isEqualTo(usd("100.02"));
  }

  @Test
  void decide_halfAMinorUnitUnderOtherRoundingModes() {
    CommissionDeal deal = gold("1000.05", AttributionType.PARTNER_INFLUENCED);
    assertThat(calculator(RoundingMode.HALF_UP).decide(INTEGRATOR, deal, CommissionState.empty(P1))).isEqualTo(usd("100.01"));
    assertThat(calculator(RoundingMode.HALF_DOWN).decide(INTEGRATOR, deal, CommissionState.empty(P1))).isEqualTo(usd("100.00"));
    assertThat(calculator(RoundingMode.CEILING).decide(INTEGRATOR, deal, CommissionState.empty(P1))).isEqualTo(usd("100.01"));
  }

  @Test
  void decide_unnecessaryRoundingIsRefusedAsCalculateDealRefusesIt() {
    CommissionDeal deal = gold("1000.05", AttributionType.PARTNER_INFLUENCED);
    CommissionCalculator calculator = calculator(RoundingMode.UNNECESSARY);
    InvalidFactsException expected = org.junit.jupiter.api.Assertions.assertThrows(InvalidFactsException.class,
        () -> linesOf(calculator, INTEGRATOR, deal));
    assertThatThrownBy(() -> calculator.decide(INTEGRATOR, deal, CommissionState.empty(P1)))
        .isInstanceOf(InvalidFactsException.class).hasMessage(expected.getMessage());
  }

  @Test
  void decide_aProductBeyondALongIsComputedInBigDecimal() {
    // 999,999,999,999.99 x 0.123456789012345: the unscaled product overflows a long
    CommissionPlan plan = planFor(PartnerType.REFERRAL, CommissionPlan.Models.builder()
        .referralFee(ReferralFee.ofRate(Rate.of(new BigDecimal("0.123456789012345")))).build());
    CommissionCalculator calculator = CommissionCalculator.of(plan);
    CommissionFacts.PartnerAccount referral = account(P1, PartnerType.REFERRAL);
    CommissionDeal deal = deal("D-1", P1, usd("999999999999.99"), JAN_1, AttributionType.PARTNER_INFLUENCED).build();
    long product = RoundedProduct.of(99_999_999_999_999L, 123_456_789_012_345L, 5, 18, 2, RoundingMode.HALF_EVEN);
    assertThat(product).isEqualTo(RoundedProduct.OVERFLOW);
    assertThat(calculator.decidedAlone(referral, deal, CommissionState.empty(P1), List.of(), List.of()))
        .isNotEqualTo(RoundedProduct.OVERFLOW);
    assertThat(calculator.decide(referral, deal, CommissionState.empty(P1))).isEqualTo(linesOf(calculator, referral, deal))
        .isEqualTo(usd("61728394506.17"));
  }

  @Test
  void decide_aDealOfAnotherPartnerIsRefusedAsCalculateDealRefusesIt() {
    CommissionCalculator calculator = calculator(RoundingMode.HALF_EVEN);
    CommissionDeal deal = deal("D-1", P2, usd("100.00"), JAN_1).tier(Tier.GOLD).build();
    assertThatThrownBy(() -> calculator.decide(INTEGRATOR, deal, CommissionState.empty(P1)))
        .isInstanceOf(InvalidFactsException.class).hasMessageContaining("deal.attribution.partner");
    assertThat(calculator.decidedAlone(INTEGRATOR, deal, CommissionState.empty(P1), List.of(), List.of()))
        .isEqualTo(RoundedProduct.OVERFLOW);
  }

  @Test
  void decide_aDealWithoutATierIsRefusedAtItsTier() {
    CommissionCalculator calculator = calculator(RoundingMode.HALF_EVEN);
    CommissionDeal deal = deal("D-1", P1, usd("100.00"), JAN_1).build();
    assertThatThrownBy(() -> calculator.decide(INTEGRATOR, deal, CommissionState.empty(P1)))
        .isInstanceOf(InvalidFactsException.class).hasMessageContaining("deal.tier");
  }

  @Test
  void decide_aDealNotAttributedEarnsZeroInThePayoutCurrency() {
    CommissionDeal deal = gold("5000.00", AttributionType.NOT_ATTRIBUTED);
    assertThat(calculator(RoundingMode.HALF_EVEN).decide(INTEGRATOR, deal, CommissionState.empty(P1))).isEqualTo(usd("0.00"));
  }

  @Test
  void decide_usesTheVersionInForceAtTheSignatureDate() {
    CommissionTerms first = CommissionTerms.builder().from(CommissionTerms.standard()).version("v1")
        .effectiveFrom(JAN_1).build();
    CommissionPlan flat = planFor(PartnerType.SYSTEM_INTEGRATOR, CommissionPlan.Models.builder()
        .referralFee(ReferralFee.ofFlat(new BigDecimal("250"))).tierRate(true).build());
    CommissionTerms second = CommissionTerms.builder().from(CommissionTerms.standardWith(flat)).version("v2")
        .effectiveFrom(JAN_1.plusMonths(6)).build();
    CommissionCalculator calculator = CommissionCalculator.of(List.of(second, first));
    CommissionDeal march = deal("D-1", P1, usd("1000.00"), JAN_1.plusMonths(2)).tier(Tier.GOLD).build();
    CommissionDeal august = deal("D-2", P1, usd("1000.00"), JAN_1.plusMonths(7)).tier(Tier.GOLD).build();
    assertThat(calculator.decide(INTEGRATOR, march, CommissionState.empty(P1))).isEqualTo(usd("200.00"))
        .isEqualTo(linesOf(calculator, INTEGRATOR, march));
    assertThat(calculator.decide(INTEGRATOR, august, CommissionState.empty(P1))).isEqualTo(usd("450.00"))
        .isEqualTo(linesOf(calculator, INTEGRATOR, august));
    CommissionDeal before = deal("D-0", P1, usd("1000.00"), JAN_1.minusDays(1)).tier(Tier.GOLD).build();
    assertThatThrownBy(() -> calculator.decide(INTEGRATOR, before, CommissionState.empty(P1)))
        .isInstanceOf(InvalidFactsException.class).hasMessageContaining("deal.signed");
  }

  @Test
  void decide_aTierOutsideTheLadderIsRefusedAtItsTier() {
    CommissionCalculator calculator = calculator(RoundingMode.HALF_EVEN);
    CommissionDeal deal = deal("D-1", P1, usd("100.00"), JAN_1).tier(Tier.of("Diamond")).build();
    assertThat(calculator.decidedAlone(INTEGRATOR, deal, CommissionState.empty(P1), List.of(), List.of()))
        .isEqualTo(RoundedProduct.OVERFLOW);
    assertThatThrownBy(() -> calculator.decide(INTEGRATOR, deal, CommissionState.empty(P1)))
        .isInstanceOf(InvalidFactsException.class).hasMessageContaining("deal.tier");
  }

  @Test
  void decide_everyTierOfTheLadderHasItsPricer() {
    CommissionCalculator calculator = calculator(RoundingMode.HALF_EVEN);
    for (Tier tier : List.of(Tier.REGISTERED, Tier.SILVER, Tier.GOLD, Tier.PLATINUM)) {
      CommissionDeal deal = deal("D-1", P1, usd("1000.00"), JAN_1).tier(tier).build();
      assertThat(calculator.decidedAlone(INTEGRATOR, deal, CommissionState.empty(P1), List.of(), List.of()))
          .as("%s", tier).isNotEqualTo(RoundedProduct.OVERFLOW);
      assertThat(calculator.decide(INTEGRATOR, deal, CommissionState.empty(P1))).as("%s", tier)
          .isEqualTo(linesOf(calculator, INTEGRATOR, deal));
    }
  }

  @Test
  void roundedProduct_matchesBigDecimalForEveryModeAroundHalves() {
    long[] values = {-26, -25, -24, -16, -15, -14, -5, -1, 0, 1, 4, 5, 6, 14, 15, 16, 24, 25, 26, 995, 1005};
    for (RoundingMode mode : RoundingMode.values()) {
      for (long value : values) {
        long actual = RoundedProduct.of(value, 1, 1, 1, 0, mode);
        BigDecimal exact = BigDecimal.valueOf(value, 1);
        if (mode == RoundingMode.UNNECESSARY && value % 10 != 0) {
          assertThat(actual).as("%s %s", mode, exact).isEqualTo(RoundedProduct.OVERFLOW);
        } else {
          assertThat(actual).as("%s %s", mode, exact).isEqualTo(exact.setScale(0, mode).longValueExact());
        }
      }
    }
  }

  @Test
  void roundedProduct_overflowIsDetectedWithoutAnException() {
    assertThat(RoundedProduct.times(Long.MAX_VALUE, 2)).isEqualTo(RoundedProduct.OVERFLOW);
    assertThat(RoundedProduct.times(Long.MIN_VALUE + 1, -1)).isEqualTo(Long.MAX_VALUE);
    assertThat(RoundedProduct.times(-3_037_000_500L, 3_037_000_500L)).isEqualTo(RoundedProduct.OVERFLOW);
    assertThat(RoundedProduct.rescale(5, 0, 19, RoundingMode.HALF_EVEN)).isEqualTo(RoundedProduct.OVERFLOW);
    assertThat(RoundedProduct.rescale(5, 19, 0, RoundingMode.HALF_EVEN)).isEqualTo(RoundedProduct.OVERFLOW);
    assertThat(RoundedProduct.rescale(5, 0, 2, RoundingMode.HALF_EVEN)).isEqualTo(500);
    assertThat(RoundedProduct.unscaled(new BigDecimal("1234.50"))).isEqualTo(123_450);
    assertThat(RoundedProduct.unscaled(new BigDecimal("1E+3"))).isEqualTo(RoundedProduct.OVERFLOW);
  }
}
