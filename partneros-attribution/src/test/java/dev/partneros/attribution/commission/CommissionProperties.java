package dev.partneros.attribution.commission;

import dev.partneros.core.CampaignTries;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.attribution.Share;
import dev.partneros.core.DateRange;
import dev.partneros.core.EngineAssertions;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.PartnerOsJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.statistics.Statistics;

/**
 * The laws of commission, clawback and the partner balance ({@code docs/rules/conventions.md},
 * {@code docs/rules/commission.md} and {@code docs/rules/clawback.md}).
 */
@Domain(CommissionDomain.class)
@Domain(DomainContext.Global.class)
class CommissionProperties {

  @Property
  void clawbackFractionNeverRisesWithDays_andStaysWithin0And1(@ForAll ClawbackPolicy policy,
      @ForAll @IntRange(min = 0, max = 400) int day, @ForAll @IntRange(min = 0, max = 60) int later) {
    Share earlier = policy.fraction(day);
    Share then = policy.fraction(day + later);
    assertThat(then).isLessThanOrEqualTo(earlier);
    assertThat(earlier).isBetween(Share.ZERO, Share.ONE);
    Statistics.label("band").collect(policy.equals(ClawbackPolicy.standard())
        ? (day < 30 ? "0-29" : day < 90 ? "30-89" : day < 180 ? "90-179" : "180+") : "generated");
    Statistics.label("band").coverage(c -> {
      if (CampaignTries.exhaustive()) {
        c.check("0-29").percentage(p -> p > 0.5);
        c.check("90-179").percentage(p -> p > 0.5);
        c.check("180+").percentage(p -> p > 0.5);
      }
    });
  }

  @Property
  void clawbackNeverExceedsPaidPlusAccrued(@ForAll ClawbackCase clawbackCase, @ForAll ClawbackPolicy policy) {
    ClawbackDecision decision = ClawbackCalculator.of(policy, java.math.RoundingMode.HALF_EVEN).decide(clawbackCase);
    Money commission = clawbackCase.paid().plus(clawbackCase.accrued());
    assertThat(decision.clawback()).isLessThanOrEqualTo(commission);
    assertThat(decision.cancelledAccrual()).isEqualTo(decision.clawback().min(clawbackCase.accrued()));
    assertThat(decision.adjustment()).isEqualTo(decision.clawback().minus(decision.cancelledAccrual()));
    assertThat(decision.adjustment().isNegative()).isFalse();
    Statistics.label("kind").collect(clawbackCase.kind());
    Statistics.label("split").collect(decision.adjustment().isPositive() ? "adjustment" : "accrual only");
    Statistics.label("split").coverage(c -> c.check("adjustment").percentage(p -> p > 10));
  }

  @Property
  void marginalBracketsAreContinuous_andNeverDecrease(@ForAll BracketTable table,
      @ForAll @IntRange(min = 0, max = 2_000) int cents, @ForAll @IntRange(min = 0, max = 200_000) int more) {
    BigDecimal value = BigDecimal.valueOf(cents, 2).add(BigDecimal.valueOf(more, 2));
    BigDecimal next = value.add(new BigDecimal("0.01"));
    assertThat(table.marginal(next)).isGreaterThanOrEqualTo(table.marginal(value));
    assertThat(table.marginal(next).subtract(table.marginal(value))).isLessThanOrEqualTo(new BigDecimal("0.01"));
    for (BracketTable.Bracket bracket : table.brackets()) {
      BigDecimal edge = bracket.lower();
      if (edge.signum() > 0) {
        BigDecimal below = edge.subtract(new BigDecimal("0.01"));
        BigDecimal jump = table.marginal(edge).subtract(table.marginal(below));
        assertThat(jump).isBetween(BigDecimal.ZERO, new BigDecimal("0.01"));
      }
    }
  }

  @Property
  void marginalBracketsEqualABruteForceReference(@ForAll BracketTable table,
      @ForAll @IntRange(min = 0, max = 1_500) int volume) {
    BigDecimal reference = BigDecimal.ZERO;
    for (int unit = 0; unit < volume; unit++) {
      reference = reference.add(table.bracketFor(BigDecimal.valueOf(unit)).rate().orElseThrow().value());
    }
    assertThat(table.marginal(BigDecimal.valueOf(volume))).isEqualByComparingTo(reference);
    BigDecimal whole = table.bracketFor(BigDecimal.valueOf(volume)).rate().orElseThrow().applyTo(
        BigDecimal.valueOf(volume));
    assertThat(table.wholeVolume(BigDecimal.valueOf(volume))).isEqualByComparingTo(whole);
    Statistics.label("rows").collect(table.brackets().size());
  }

  @Property(tries = 1000)
  void everyStatementReconciles(@ForAll CommissionDomain.Scenario scenario,
      @ForAll CommissionPlan plan, @ForAll @IntRange(min = 0, max = 90) int endBeforeAsOf,
      @ForAll @IntRange(min = 0, max = 200) int length, @ForAll Money minimum) {
    CommissionResult result = CommissionCalculator.of(plan).calculate(scenario.facts, scenario.asOf);
    LocalDate end = scenario.asOf.minusDays(endBeforeAsOf);
    DateRange period = DateRange.ofClosed(end.minusDays(length), end);
    DateRange next = DateRange.ofClosed(period.endInclusive().plusDays(1), period.endInclusive().plusDays(31));
    for (PartnerId partner : result.payoutCurrencies().keySet()) {
      PartnerBalance balance = result.balance(partner);
      PeriodStatement statement = balance.statement(period, minimum);
      Money sum = statement.opening();
      for (PeriodStatement.Line line : statement.lines()) {
        sum = sum.plus(line.effect());
      }
      assertThat(sum).isEqualTo(statement.closing());
      assertThat(statement.payableNow().plus(statement.carriedForward())).isEqualTo(statement.closing());
      assertThat(balance.statement(next, minimum).opening()).isEqualTo(statement.closing());
      Statistics.label("lines").collect(balance.size() == 0 ? "no ledger" : statement.lines().isEmpty() ? "empty"
          : "some");
      Statistics.label("payable now").collect(statement.payableNow().isPositive() ? "paid"
          : statement.carriedPayable().isPositive() ? "below minimum" : statement.carriedDebit().isPositive()
              ? "debit" : "nothing");
    }
    Statistics.label("lines").coverage(c -> c.check("some").percentage(p -> p > 5));
    Statistics.label("payable now").coverage(c -> {
      c.check("paid").percentage(p -> p > 1);
      if (CampaignTries.exhaustive()) {
        c.check("below minimum").percentage(p -> p > 0.1);
        c.check("debit").percentage(p -> p > 0.1);
      }
    });
  }

  @Property(tries = 1000)
  void commissionsPerPartnerEqualTheLedger(@ForAll CommissionDomain.Scenario scenario,
      @ForAll CommissionPlan plan) {
    CommissionResult result = CommissionCalculator.of(plan).calculate(scenario.facts, scenario.asOf);
    for (PartnerId partner : result.payoutCurrencies().keySet()) {
      PartnerBalance balance = result.balance(partner);
      Money total = result.total(partner);
      assertThat(balance.earned()).isEqualTo(total);
      assertThat(balance.balance().plus(balance.totalPaid())).isEqualTo(total);
      Money paidLines = Money.zero(total.currency());
      for (CommissionLine line : result.lines(partner)) {
        if (line.status() == CommissionLine.Status.PAID) {
          paidLines = paidLines.plus(line.net());
        }
      }
      Money debits = balance.totalClawedBack();
      // payouts pay paid lines net of the debits netted in them
      assertThat(balance.totalPaid()).isLessThanOrEqualTo(paidLines);
      assertThat(balance.totalPaid().plus(debits)).isGreaterThanOrEqualTo(paidLines);
    }
    for (ClawbackDecision decision : result.clawbacks()) {
      assertThat(decision.clawback()).isLessThanOrEqualTo(decision.commission());
    }
    Statistics.label("statuses").collect(result.lines().stream().map(l -> l.status().toString()).distinct()
        .sorted().toList().toString());
    Statistics.label("clawbacks").collect(result.clawbacks().isEmpty() ? "none" : "some");
    Statistics.label("clawbacks").coverage(c -> c.check("some").percentage(p -> p > 8));
    Statistics.label("kinds").collect(result.lines().isEmpty() ? "no lines" : "lines");
    Statistics.label("kinds").coverage(c -> c.check("lines").percentage(p -> p > 35));
  }

  @Property(tries = 1000)
  void resultsNeverDependOnInputOrder(@ForAll CommissionDomain.Scenario scenario,
      @ForAll CommissionPlan plan, @ForAll Random random) {
    CommissionCalculator calculator = CommissionCalculator.of(plan);
    CommissionFacts facts = scenario.facts;
    CommissionFacts shuffled = CommissionFacts.builder().addAllPartners(shuffle(facts.partners(), random))
        .addAllDeals(shuffle(facts.deals(), random)).addAllPayments(shuffle(facts.payments(), random))
        .addAllCancellations(shuffle(facts.cancellations(), random))
        .addAllSpiffWindows(shuffle(facts.spiffWindows(), random)).addAllQuotas(shuffle(facts.quotas(), random))
        .build();
    assertThat(calculator.calculate(shuffled, scenario.asOf)).isEqualTo(calculator.calculate(facts, scenario.asOf));
  }

  @Property(tries = 1000)
  void policiesAndResultsRoundTripThroughJson(@ForAll CommissionDomain.Scenario scenario,
      @ForAll CommissionPlan plan, @ForAll ClawbackPolicy clawback) {
    assertThat(PartnerOsJson.toTree(PartnerOsJson.read(PartnerOsJson.write(plan), CommissionPlan.class)))
        .isEqualTo(PartnerOsJson.toTree(plan));
    assertThat(PartnerOsJson.read(PartnerOsJson.write(plan), CommissionPlan.class)).isEqualTo(plan);
    assertThat(PartnerOsJson.read(PartnerOsJson.write(clawback), ClawbackPolicy.class)).isEqualTo(clawback);
    CommissionResult result = CommissionCalculator.of(plan).calculate(scenario.facts, scenario.asOf);
    CommissionResult read = PartnerOsJson.read(PartnerOsJson.write(result), CommissionResult.class);
    assertThat(PartnerOsJson.toTree(read)).isEqualTo(PartnerOsJson.toTree(result));
    assertThat(read).isEqualTo(result);
    for (PartnerId partner : result.payoutCurrencies().keySet()) {
      PartnerBalance balance = result.balance(partner);
      assertThat(PartnerOsJson.read(PartnerOsJson.write(balance), PartnerBalance.class)).isEqualTo(balance);
    }
  }

  @Property(tries = 1000)
  void enginesHoldNoMutableState(@ForAll CommissionPlan plan, @ForAll ClawbackPolicy clawback) {
    EngineAssertions.assertStateless(CommissionCalculator.of(plan));
    EngineAssertions.assertStateless(ClawbackCalculator.of(clawback, java.math.RoundingMode.HALF_EVEN));
    EngineAssertions.assertStateless(CommissionCalculator.of(List.of(CommissionTerms.standardWith(plan),
        new CommissionTerms.Builder().from(CommissionTerms.standard()).version("v2")
            .effectiveFrom(LocalDate.of(2026, 7, 1)).clawback(clawback).build())));
  }

  private static <T> List<T> shuffle(List<T> list, Random random) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return copy;
  }
}
