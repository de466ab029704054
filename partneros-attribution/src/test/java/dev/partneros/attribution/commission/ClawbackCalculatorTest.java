package dev.partneros.attribution.commission;

import static dev.partneros.attribution.commission.CommissionFixtures.P1;
import static dev.partneros.attribution.commission.CommissionFixtures.date;
import static dev.partneros.attribution.commission.CommissionFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partneros.attribution.Share;
import dev.partneros.core.EngineAssertions;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerOsJson;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Clawback (docs/rules/clawback.md)")
class ClawbackCalculatorTest {

  static final ClawbackCalculator CALCULATOR = ClawbackCalculator.of(CommissionTerms.standard());
  static final LocalDate START = date("2026-01-01");

  static ClawbackCase.Builder cancellation(int days, String paid, String accrued) {
    return ClawbackCase.builder().dealId("D-1").partner(P1).kind(CommissionFacts.Cancellation.Kind.CANCELLATION).customerStart(START)
        .effective(START.plusDays(days)).paid(usd(paid)).accrued(usd(accrued));
  }

  @ParameterizedTest(name = "day {0}: {1}")
  @CsvSource({"0, 1", "29, 1", "30, 1/2", "89, 1/2", "90, 1/2", "91, 89/180", "135, 1/4", "179, 1/180", "180, 0",
      "181, 0", "3650, 0"})
  @DisplayName("docs/rules/clawback.md#schedule: 0-29 100 %, 30-89 50 %, 90-179 50 % x (180 - days) / 90, 180+ none")
  void fraction_byDaysActive(long days, String fraction) {
    assertThat(CALCULATOR.fraction(days)).isEqualTo(Share.parse(fraction));
  }

  @ParameterizedTest(name = "day {0}: {1} of 4,800.00 clawed back")
  @CsvSource({"29, 4800.00", "30, 2400.00", "89, 2400.00", "90, 2400.00", "135, 1200.00", "179, 26.67", "180, 0.00"})
  @DisplayName("docs/rules/clawback.md#schedule: clawback amounts on the boundary days, rounded once")
  void decide_boundaryDays(int days, String clawback) {
    ClawbackDecision decision = CALCULATOR.decide(cancellation(days, "4800.00", "0.00").build());
    assertThat(decision.clawback()).isEqualTo(usd(clawback));
    assertThat(decision.adjustment()).isEqualTo(usd(clawback));
    assertThat(decision.daysActive()).isEqualTo(days);
  }

  @Test
  @DisplayName("Unpaid accruals are cancelled first; the rest is a negative adjustment (docs/rules/clawback.md#limits-and-netting)")
  void decide_unpaidAccrualsFirst() {
    ClawbackDecision decision = CALCULATOR.decide(cancellation(10, "1000.00", "600.00").build());
    assertThat(decision.commission()).isEqualTo(usd("1600.00"));
    assertThat(decision.clawback()).isEqualTo(usd("1600.00"));
    assertThat(decision.cancelledAccrual()).isEqualTo(usd("600.00"));
    assertThat(decision.adjustment()).isEqualTo(usd("1000.00"));
    ClawbackDecision half = CALCULATOR.decide(cancellation(40, "1000.00", "600.00").build());
    assertThat(half.clawback()).isEqualTo(usd("800.00"));
    assertThat(half.cancelledAccrual()).isEqualTo(usd("600.00"));
    assertThat(half.adjustment()).isEqualTo(usd("200.00"));
    ClawbackDecision small = CALCULATOR.decide(cancellation(170, "1000.00", "600.00").build());
    assertThat(small.clawback()).isEqualTo(usd("88.89"));
    assertThat(small.cancelledAccrual()).isEqualTo(usd("88.89"));
    assertThat(small.adjustment()).isEqualTo(usd("0.00"));
    assertThat(small.explanation().sentences()).containsExactly(
        "170 days from start 2026-01-01 to 2026-06-20; band [90, 180) 50 % -> 0 % -> 1/18",
        "1/18 x 1600.00 USD, rounded HALF_EVEN, at most paid + accrued 1600.00 USD -> 88.89 USD",
        "unpaid accruals 600.00 USD cancelled first: 88.89 USD; the rest 0.00 USD is a negative adjustment netted "
            + "against later payouts -> no adjustment");
  }

  @Test
  @DisplayName("Downgrade: fraction x (commission - commission recomputed on the new value) (docs/rules/clawback.md#downgrades-and-partial-refunds)")
  void decide_downgradeAndPartialRefund() {
    ClawbackDecision downgrade = CALCULATOR.decide(cancellation(45, "4800.00", "0.00")
        .kind(CommissionFacts.Cancellation.Kind.DOWNGRADE).recomputed(usd("3000.00")).build());
    assertThat(downgrade.base()).isEqualTo(usd("1800.00"));
    assertThat(downgrade.clawback()).isEqualTo(usd("900.00"));
    ClawbackDecision refund = CALCULATOR.decide(cancellation(10, "0.00", "4800.00")
        .kind(CommissionFacts.Cancellation.Kind.PARTIAL_REFUND).recomputed(usd("4000.00")).build());
    assertThat(refund.clawback()).isEqualTo(usd("800.00"));
    assertThat(refund.cancelledAccrual()).isEqualTo(usd("800.00"));
    ClawbackDecision upgrade = CALCULATOR.decide(cancellation(10, "100.00", "0.00")
        .kind(CommissionFacts.Cancellation.Kind.DOWNGRADE).recomputed(usd("150.00")).build());
    assertThat(upgrade.clawback()).isEqualTo(usd("0.00"));
  }

  @Test
  @DisplayName("Fraud: 100 % whatever the days, and the partner flagged for termination (docs/rules/clawback.md#fraud)")
  void decide_fraud() {
    ClawbackDecision fraud = CALCULATOR.decide(cancellation(400, "4800.00", "200.00").kind(CommissionFacts.Cancellation.Kind.FRAUD)
        .build());
    assertThat(fraud.fraction()).isEqualTo(Share.ONE);
    assertThat(fraud.clawback()).isEqualTo(usd("5000.00"));
    assertThat(fraud.cancelledAccrual()).isEqualTo(usd("200.00"));
    assertThat(fraud.adjustment()).isEqualTo(usd("4800.00"));
    assertThat(fraud.flaggedForTermination()).isTrue();
    ClawbackCalculator lenient = ClawbackCalculator.of(new ClawbackPolicy.Builder().flagFraudForTermination(false)
        .build(), RoundingMode.HALF_EVEN);
    assertThat(lenient.decide(cancellation(400, "1.00", "0.00").kind(CommissionFacts.Cancellation.Kind.FRAUD).build())
        .flaggedForTermination()).isFalse();
  }

  @Test
  @DisplayName("A cancellation dated before the customer's start is refused with its path (docs/rules/clawback.md#days-active)")
  void decide_effectiveBeforeStart_isRefused() {
    assertThatThrownBy(() -> cancellation(-1, "1.00", "0.00").build())
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(e -> assertThat(((InvalidFactsException) e).problems()).singleElement().satisfies(p -> {
          assertThat(p.path()).isEqualTo("effective");
          assertThat(p.code()).isEqualTo("before_start");
          assertThat(p.message()).isEqualTo(
              "effective must be on or after the customer's start date 2026-01-01, but was 2025-12-31");
        }));
    assertThatThrownBy(() -> CALCULATOR.daysActive(START, START.minusDays(1)))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("effective must be on or after the customer's start date 2026-01-01, but was 2025-12-31");
    assertThatThrownBy(() -> CALCULATOR.fraction(-1))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("daysActive must be >= 0");
    assertThatThrownBy(() -> cancellation(1, "1.00", "0.00").kind(CommissionFacts.Cancellation.Kind.DOWNGRADE).build())
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("recomputed must be present for a DOWNGRADE");
  }

  @Test
  void decision_roundTripsThroughJson_andCalculatorIsStateless() {
    ClawbackDecision decision = CALCULATOR.decide(cancellation(100, "10.00", "5.00").build());
    assertThat(PartnerOsJson.read(PartnerOsJson.write(decision), ClawbackDecision.class)).isEqualTo(decision);
    EngineAssertions.assertStateless(CALCULATOR);
    assertThat(decision.clawback()).isEqualTo(Money.of("6.67", "USD"));
  }

  @Test
  @DisplayName("A calculator made from the program's terms rounds with the program's mode, not HALF_EVEN (docs/rules/clawback.md#schedule)")
  void of_terms_usesTheProgramsRounding() {
    // day 179: 1/180 of 10.00 = 0.0555... ; and day 135: 1/4 of 0.10 = 0.025, where the modes differ
    CommissionTerms roundingUp = new CommissionTerms.Builder().from(CommissionTerms.standard())
        .rounding(RoundingMode.UP).build();
    ClawbackCalculator up = ClawbackCalculator.of(roundingUp);
    ClawbackDecision decision = up.decide(cancellation(135, "0.10", "0.00").build());
    assertThat(decision.clawback()).isEqualTo(usd("0.03"));
    assertThat(decision.explanation().steps()).anySatisfy(step -> assertThat(step.inputs())
        .containsEntry("rounding", "UP"));
    assertThat(CALCULATOR.decide(cancellation(135, "0.10", "0.00").build()).clawback()).isEqualTo(usd("0.02"));
    CommissionTerms roundingDown = new CommissionTerms.Builder().from(CommissionTerms.standard())
        .rounding(RoundingMode.DOWN).build();
    assertThat(ClawbackCalculator.of(roundingDown).decide(cancellation(30, "0.03", "0.00").build()).clawback())
        .isEqualTo(usd("0.01"));
    assertThat(CALCULATOR.decide(cancellation(30, "0.03", "0.00").build()).clawback()).isEqualTo(usd("0.02"));
    assertThat(ClawbackCalculator.of(roundingDown).policy()).isEqualTo(roundingDown.clawback());
  }
}
