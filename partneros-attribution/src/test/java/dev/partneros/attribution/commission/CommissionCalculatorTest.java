package dev.partneros.attribution.commission;

import static dev.partneros.attribution.commission.CommissionFixtures.EUR;
import static dev.partneros.attribution.commission.CommissionFixtures.JAN_1;
import static dev.partneros.attribution.commission.CommissionFixtures.P1;
import static dev.partneros.attribution.commission.CommissionFixtures.P2;
import static dev.partneros.attribution.commission.CommissionFixtures.USD;
import static dev.partneros.attribution.commission.CommissionFixtures.account;
import static dev.partneros.attribution.commission.CommissionFixtures.date;
import static dev.partneros.attribution.commission.CommissionFixtures.deal;
import static dev.partneros.attribution.commission.CommissionFixtures.eur;
import static dev.partneros.attribution.commission.CommissionFixtures.planFor;
import static dev.partneros.attribution.commission.CommissionFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.partneros.attribution.AttributionType;
import dev.partneros.core.DateRange;
import dev.partneros.core.EngineAssertions;
import dev.partneros.core.FxRate;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerOsJson;
import dev.partneros.core.PartnerType;
import dev.partneros.core.Problem;
import dev.partneros.core.ProgramHistory;
import dev.partneros.core.ProgramLoader;
import dev.partneros.core.Rate;
import dev.partneros.core.Tier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The commission calculator (docs/rules/commission.md and docs/rules/clawback.md)")
class CommissionCalculatorTest {

  static final CommissionCalculator STANDARD = CommissionCalculator.of(CommissionPlan.standard());

  static CommissionFacts.Builder referral() {
    return CommissionFacts.builder().addPartners(account(P1, PartnerType.REFERRAL));
  }

  static CommissionLine only(CommissionResult result, CommissionLine.Kind kind) {
    List<CommissionLine> found = new ArrayList<>();
    for (CommissionLine line : result.lines()) {
      if (line.kind() == kind) {
        found.add(line);
      }
    }
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  static List<CommissionLine> all(CommissionResult result, CommissionLine.Kind kind) {
    return result.lines().stream().filter(l -> l.kind() == kind).toList();
  }

  static Money sum(List<CommissionLine> lines, Function<CommissionLine, Money> amount) {
    Money total = Money.zero(USD);
    for (CommissionLine line : lines) {
      total = total.plus(amount.apply(line));
    }
    return total;
  }

  static void assertInvalid(Runnable call, String path, String code, String message) {
    assertThatThrownBy(call::run)
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(e -> assertThat(((InvalidFactsException) e).problems())
            .extracting(Problem::path, Problem::code, Problem::message)
            .contains(tuple(path, code, message)));
  }

  @Nested
  @DisplayName("The worked examples of docs/rules/commission.md, to the cent")
  class WorkedExamples {

    @Test
    @DisplayName("Referral fee: 24,000 ARR x 20 % = 4,800")
    void referralFee_4800() {
      CommissionResult result = STANDARD.calculate(referral()
          .addDeals(deal("D-1", P1, usd("24000.00"), date("2026-03-02")).build())
          .addPayments(CommissionFacts.Payment.of("D-1", date("2026-03-10"), usd("2000.00"))).build(), date("2026-03-31"));
      CommissionLine line = only(result, CommissionLine.Kind.REFERRAL_FEE);
      assertThat(line.amount()).isEqualTo(usd("4800.00"));
      assertThat(line.base()).isEqualTo(usd("24000.00"));
      assertThat(line.rate()).contains(Rate.ofPercent(20));
      assertThat(line.attributionFactor()).isEqualTo(Rate.ONE);
      assertThat(line.status()).isEqualTo(CommissionLine.Status.ACCRUED);
      assertThat(line.accruedOn()).isEqualTo(date("2026-03-02"));
      assertThat(line.payableOn()).contains(date("2026-04-09"));
      assertThat(line.id()).isEqualTo("D-1/P-1/REFERRAL_FEE");
      assertThat(line.programVersion()).isEqualTo(CommissionTerms.STANDARD_VERSION);
      assertThat(line.explanation().steps()).extracting(s -> s.rule()).containsExactly("commission.referral_fee",
          "commission.attribution_factor", "commission.rounding", "commission.payout.timing");
      assertThat(line.explanation().sentences().get(0))
          .isEqualTo("referral fee 20 % of first-year value 24000.00 USD -> 4800.00 USD");
      assertThat(result.total(P1)).isEqualTo(usd("4800.00"));
    }

    @Test
    @DisplayName("Recurring share: 24,000 ARR at 15 % for 24 months = 3,600 a year, 7,200 if the customer stays")
    void recurringShare_3600AYear_7200In24Months() {
      CommissionFacts.Builder facts = CommissionFacts.builder().addPartners(account(P1, PartnerType.TECHNOLOGY_ISV))
          .addDeals(deal("D-1", P1, usd("24000.00"), JAN_1).build());
      for (int month = 0; month < 36; month++) {
        facts.addPayments(CommissionFacts.Payment.of("D-1", JAN_1.plusMonths(month), usd("2000.00")));
      }
      CommissionResult result = STANDARD.calculate(facts.build(), date("2028-12-31"));
      List<CommissionLine> lines = all(result, CommissionLine.Kind.RECURRING_SHARE);
      assertThat(lines).hasSize(24).allSatisfy(l -> assertThat(l.amount()).isEqualTo(usd("300.00")));
      assertThat(sum(lines.subList(0, 12), CommissionLine::amount)).isEqualTo(usd("3600.00"));
      assertThat(sum(lines, CommissionLine::amount)).isEqualTo(usd("7200.00"));
      assertThat(lines.get(23).accruedOn()).isEqualTo(date("2027-12-01"));
      assertThat(result.line("D-1/P-1/RECURRING_SHARE/2028-01-01/24")).isEmpty();
    }

    @Test
    @DisplayName("Recurring share stops at churn: nothing on payments on or after the cancellation")
    void recurringShare_stopsAtChurn() {
      CommissionFacts.Builder facts = CommissionFacts.builder().addPartners(account(P1, PartnerType.TECHNOLOGY_ISV))
          .addDeals(deal("D-1", P1, usd("24000.00"), JAN_1).build())
          .addCancellations(CommissionFacts.Cancellation.cancel("D-1", date("2026-07-01")));
      for (int month = 0; month < 12; month++) {
        facts.addPayments(CommissionFacts.Payment.of("D-1", JAN_1.plusMonths(month), usd("2000.00")));
      }
      CommissionResult result = STANDARD.calculate(facts.build(), date("2026-12-31"));
      assertThat(all(result, CommissionLine.Kind.RECURRING_SHARE)).hasSize(6);
      assertThat(result.clawbacks()).singleElement().satisfies(c -> {
        assertThat(c.daysActive()).isEqualTo(181);
        assertThat(c.clawback()).isEqualTo(usd("0.00"));
      });
      assertThat(result.total(P1)).isEqualTo(usd("1800.00"));
    }

    @Test
    @DisplayName("Marginal brackets: 400,000 = 102,500, whether in one deal or three")
    void brackets_102500() {
      CommissionFacts one = CommissionFacts.builder().addPartners(account(P1, PartnerType.OEM))
          .addDeals(deal("D-1", P1, usd("400000.00"), date("2026-02-01")).build()).build();
      assertThat(only(STANDARD.calculate(one, date("2026-12-31")), CommissionLine.Kind.VOLUME_BRACKET).amount())
          .isEqualTo(usd("102500.00"));
      CommissionFacts three = CommissionFacts.builder().addPartners(account(P1, PartnerType.OEM))
          .addDeals(deal("D-1", P1, usd("150000.00"), date("2026-02-01")).build())
          .addDeals(deal("D-2", P1, usd("150000.00"), date("2026-03-01")).build())
          .addDeals(deal("D-3", P1, usd("100000.00"), date("2026-04-01")).build())
          .addDeals(deal("D-4", P1, usd("10000.00"), date("2027-01-05")).build()).build();
      CommissionResult result = STANDARD.calculate(three, date("2027-12-31"));
      List<CommissionLine> lines = all(result, CommissionLine.Kind.VOLUME_BRACKET);
      assertThat(lines).extracting(CommissionLine::amount).containsExactly(usd("32500.00"), usd("40000.00"),
          usd("30000.00"), usd("2000.00"));
      assertThat(sum(lines.subList(0, 3), CommissionLine::amount)).isEqualTo(usd("102500.00"));
      assertThat(lines.get(2).rate()).contains(Rate.ofPercent(30));
      assertThat(lines.get(1).explanation().sentences().get(0)).isEqualTo("MARGINAL brackets, annual volume "
          + "150000.00 USD -> 300000.00 USD (fiscal year 2026): commission on the year 32500.00 USD -> 72500.00 USD; "
          + "reached [250000, inf) 30 % -> 40000.00 USD");
    }

    @Test
    @DisplayName("Bracket edges at 99,999.99 and 100,000.00 of cumulative volume")
    void brackets_edgeVolumes() {
      CommissionFacts facts = CommissionFacts.builder().addPartners(account(P1, PartnerType.OEM))
          .addDeals(deal("D-1", P1, usd("99999.99"), date("2026-02-01")).build())
          .addDeals(deal("D-2", P1, usd("0.01"), date("2026-02-02")).build())
          .addDeals(deal("D-3", P1, usd("100.00"), date("2026-02-03")).build()).build();
      List<CommissionLine> lines = all(STANDARD.calculate(facts, date("2026-12-31")), CommissionLine.Kind.VOLUME_BRACKET);
      assertThat(lines).extracting(CommissionLine::amount).containsExactly(usd("20000.00"), usd("0.00"),
          usd("25.00"));
      assertThat(lines).extracting(l -> l.rate().orElseThrow()).containsExactly(Rate.ofPercent(20),
          Rate.ofPercent(25), Rate.ofPercent(25));
      assertThat(lines.get(0).unrounded()).isEqualByComparingTo("19999.998");
    }

    @Test
    @DisplayName("Attribution factor: 100,000 deal, 25 % sourced rate, influenced -> 12.5 % -> 12,500")
    void influenced_12500() {
      CommissionFacts facts = CommissionFacts.builder().addPartners(account(P1, PartnerType.SYSTEM_INTEGRATOR))
          .addDeals(deal("D-1", P1, usd("100000.00"), date("2026-02-01"), AttributionType.PARTNER_INFLUENCED)
              .tier(Tier.PLATINUM).build()).build();
      CommissionLine line = only(STANDARD.calculate(facts, date("2026-12-31")), CommissionLine.Kind.TIER_RATE);
      assertThat(line.rate()).contains(Rate.ofPercent(25));
      assertThat(line.attributionFactor()).isEqualTo(Rate.ofPercent(50));
      assertThat(line.amount()).isEqualTo(usd("12500.00"));
      CommissionPlan plan = planFor(PartnerType.REFERRAL, CommissionPlan.Models.builder()
          .referralFee(ReferralFee.ofRate(Rate.ofPercent(25))).build());
      CommissionFacts referral = referral().addDeals(deal("D-1", P1, usd("100000.00"), date("2026-02-01"),
          AttributionType.PARTNER_INFLUENCED).build()).build();
      assertThat(only(CommissionCalculator.of(plan).calculate(referral, date("2026-12-31")), CommissionLine.Kind.REFERRAL_FEE)
          .amount()).isEqualTo(usd("12500.00"));
    }

    @Test
    @DisplayName("Resale margin: Gold (35 %) registered (+5) on 50,000 list: 40 %, cost 30,000, profit 20,000")
    void resale_goldRegistered() {
      CommissionFacts facts = CommissionFacts.builder().addPartners(account(P1, PartnerType.RESELLER_VAR))
          .addDeals(deal("D-1", P1, usd("50000.00"), date("2026-02-01")).tier(Tier.GOLD).registered(true).build())
          .build();
      CommissionResult result = STANDARD.calculate(facts, date("2026-02-28"));
      assertThat(result.resaleTerms()).singleElement().satisfies(terms -> {
        assertThat(terms.dealId()).contains("D-1");
        assertThat(terms.partner()).contains(P1);
        assertThat(terms.margin()).isEqualTo(Rate.ofPercent(40));
        assertThat(terms.partnerCost()).isEqualTo(usd("30000.00"));
        assertThat(terms.grossProfit()).isEqualTo(usd("20000.00"));
      });
      assertThat(result.lines()).isEmpty();
    }

    @Test
    @DisplayName("Tier rate from the benefits matrix: Gold 20 % of 50,000 = 10,000")
    void tierRate_gold() {
      CommissionFacts facts = CommissionFacts.builder().addPartners(account(P1, PartnerType.SYSTEM_INTEGRATOR))
          .addDeals(deal("D-1", P1, usd("50000.00"), date("2026-02-01")).tier(Tier.GOLD).build()).build();
      assertThat(only(STANDARD.calculate(facts, date("2026-02-28")), CommissionLine.Kind.TIER_RATE).amount())
          .isEqualTo(usd("10000.00"));
    }

    @Test
    @DisplayName("A deal not attributed earns nothing")
    void notAttributed_earnsNothing() {
      CommissionResult result = STANDARD.calculate(referral().addDeals(deal("D-1", P1, usd("24000.00"),
          date("2026-03-02"), AttributionType.NOT_ATTRIBUTED).build()).build(), date("2026-12-31"));
      assertThat(result.lines()).isEmpty();
      assertThat(result.total(P1)).isEqualTo(usd("0.00"));
    }
  }

  @Nested
  @DisplayName("Count brackets for affiliates (docs/rules/commission.md#count-brackets)")
  class CountBracketLines {

    CommissionResult month(int referrals, LocalDate asOf) {
      CommissionFacts.Builder facts = CommissionFacts.builder().addPartners(account(P1, PartnerType.AFFILIATE));
      for (int i = 0; i < referrals; i++) {
        facts.addDeals(deal(String.format("A-%03d", i), P1, usd("1000.00"), date("2026-03-01").plusDays(i % 28))
            .build());
      }
      return STANDARD.calculate(facts.build(), asOf);
    }

    @Test
    @DisplayName("Referral counts 5/6, 20/21, 50/51: the month's count sets the rate of all its referrals")
    void countEdges() {
      int[][] cases = {{5, 20}, {6, 25}, {20, 25}, {21, 30}, {50, 30}, {51, 35}};
      for (int[] c : cases) {
        List<CommissionLine> lines = all(month(c[0], date("2026-03-31")), CommissionLine.Kind.COUNT_BRACKET);
        assertThat(lines).as(c[0] + " referrals").hasSize(c[0])
            .allSatisfy(l -> assertThat(l.rate()).contains(Rate.ofPercent(c[1])))
            .allSatisfy(l -> assertThat(l.amount()).isEqualTo(usd(c[1] * 10 + ".00")))
            .allSatisfy(l -> assertThat(l.accruedOn()).isEqualTo(date("2026-03-31")));
      }
    }

    @Test
    @DisplayName("51+ adds the monthly bonus once; a month not yet ended has no count lines")
    void bonusAndOpenMonth() {
      CommissionResult result = month(51, date("2026-03-31"));
      assertThat(only(result, CommissionLine.Kind.COUNT_BONUS).amount()).isEqualTo(usd("500.00"));
      assertThat(only(result, CommissionLine.Kind.COUNT_BONUS).id()).isEqualTo("P-1/COUNT_BONUS/2026-03");
      assertThat(all(month(50, date("2026-03-31")), CommissionLine.Kind.COUNT_BONUS)).isEmpty();
      assertThat(month(10, date("2026-03-30")).lines()).isEmpty();
    }

    @Test
    @DisplayName("A referral cancelled before the month ends is not counted")
    void cancelledReferralNotCounted() {
      CommissionFacts.Builder facts = CommissionFacts.builder().addPartners(account(P1, PartnerType.AFFILIATE));
      for (int i = 0; i < 6; i++) {
        facts.addDeals(deal("A-" + i, P1, usd("1000.00"), date("2026-03-02")).build());
      }
      facts.addCancellations(CommissionFacts.Cancellation.cancel("A-0", date("2026-03-20")));
      List<CommissionLine> lines = all(STANDARD.calculate(facts.build(), date("2026-03-31")), CommissionLine.Kind.COUNT_BRACKET);
      assertThat(lines).hasSize(5).allSatisfy(l -> assertThat(l.rate()).contains(Rate.ofPercent(20)));
    }
  }

  @Nested
  @DisplayName("Volume rebates, paid quarterly (docs/rules/commission.md#volume-rebates)")
  class Rebates {

    CommissionFacts.Builder reseller(CommissionFacts.PartnerAccount account) {
      return CommissionFacts.builder().addPartners(account)
          .addDeals(deal("R-1", P1, usd("300000.00"), date("2026-02-10")).tier(Tier.SILVER).build())
          .addDeals(deal("R-2", P1, usd("300000.00"), date("2026-05-10")).tier(Tier.SILVER).build());
    }

    @Test
    @DisplayName("The band reached by the year's volume applies to all of it; each quarter pays the difference")
    void quarterlyTrueUp() {
      CommissionResult result = STANDARD.calculate(reseller(account(P1, PartnerType.RESELLER_VAR)).build(),
          date("2026-09-30"));
      List<CommissionLine> lines = all(result, CommissionLine.Kind.VOLUME_REBATE);
      assertThat(lines).extracting(CommissionLine::accruedOn).containsExactly(date("2026-03-31"),
          date("2026-06-30"), date("2026-09-30"));
      assertThat(lines).extracting(CommissionLine::amount).containsExactly(usd("6000.00"), usd("24000.00"),
          usd("0.00"));
      assertThat(lines).extracting(l -> l.rate().orElseThrow()).containsExactly(Rate.ofPercent(2), Rate.ofPercent(5),
          Rate.ofPercent(5));
      assertThat(lines.get(0).status()).isEqualTo(CommissionLine.Status.PAID);
      assertThat(lines.get(0).paymentDue()).contains(date("2026-04-30"));
    }

    @Test
    @DisplayName("1M+ custom band: the partner's own rate; without one it is an error with its path, not zero")
    void customBand() {
      CommissionFacts.Builder facts = reseller(account(P1, PartnerType.RESELLER_VAR))
          .addDeals(deal("R-3", P1, usd("500000.00"), date("2026-11-10")).tier(Tier.SILVER).build());
      assertInvalid(() -> STANDARD.calculate(facts.build(), date("2026-12-31")), "partners[0].customRebateRate",
          "missing", "partners[0].customRebateRate must be present: the annual resale volume "
              + "1100000.00 USD to 2026-12-31 reached the custom rebate band [1000000, inf) custom (an explicit "
              + "per-partner rate; never zero), but was missing");
      CommissionFacts.PartnerAccount withRate = new CommissionFacts.PartnerAccount.Builder().from(account(P1, PartnerType.RESELLER_VAR))
          .customRebateRate(Rate.ofPercent(7)).build();
      CommissionResult result = STANDARD.calculate(reseller(withRate).addDeals(deal("R-3", P1, usd("500000.00"),
          date("2026-11-10")).tier(Tier.SILVER).build()).build(), date("2026-12-31"));
      assertThat(all(result, CommissionLine.Kind.VOLUME_REBATE)).extracting(CommissionLine::amount)
          .containsExactly(usd("6000.00"), usd("24000.00"), usd("0.00"), usd("47000.00"));
    }

    @Test
    @DisplayName("A cancelled resale lowers the year's volume: the next quarter's rebate line is negative")
    void cancellationReversesRebate() {
      CommissionResult result = STANDARD.calculate(reseller(account(P1, PartnerType.RESELLER_VAR))
          .addCancellations(CommissionFacts.Cancellation.cancel("R-2", date("2026-08-01"))).build(), date("2026-09-30"));
      CommissionLine q3 = all(result, CommissionLine.Kind.VOLUME_REBATE).get(2);
      assertThat(q3.amount()).isEqualTo(usd("-24000.00"));
      assertThat(q3.status()).isEqualTo(CommissionLine.Status.CLAWED_BACK);
      assertThat(result.balance(P1).carriedDebit()).isEqualTo(usd("24000.00"));
      assertThat(result.total(P1)).isEqualTo(usd("6000.00"));
    }
  }

  @Nested
  @DisplayName("SPIFFs, time-boxed by their windows (docs/rules/commission.md#spiffs)")
  class Spiffs {

    final DateRange year = DateRange.ofClosed(JAN_1, date("2026-12-31"));

    @Test
    @DisplayName("First deal within 90 days of joining: day 90 earns the SPIFF, day 91 does not")
    void firstDeal_day90In_day91Out() {
      CommissionFacts facts = CommissionFacts.builder().addPartners(account(P1, PartnerType.REFERRAL))
          .addPartners(account(P2, PartnerType.REFERRAL))
          .addSpiffWindows(CommissionFacts.SpiffWindow.of(SpiffTerms.Kind.FIRST_DEAL, year))
          .addDeals(deal("D-1", P1, usd("1000.00"), JAN_1.plusDays(90)).build())
          .addDeals(deal("D-2", P1, usd("1000.00"), JAN_1.plusDays(90)).build())
          .addDeals(deal("D-3", P2, usd("1000.00"), JAN_1.plusDays(91)).build()).build();
      CommissionResult result = STANDARD.calculate(facts, date("2026-12-31"));
      CommissionLine spiff = only(result, CommissionLine.Kind.SPIFF_FIRST_DEAL);
      assertThat(spiff.id()).isEqualTo("D-1/P-1/SPIFF_FIRST_DEAL");
      assertThat(spiff.amount()).isEqualTo(usd("500.00"));
      assertThat(spiff.explanation().sentences().get(0)).isEqualTo("first deal signed 2026-04-01, 90 days after "
          + "joining 2026-01-01 (at most 90 days), SPIFF window [2026-01-01, 2026-12-31] -> 500.00 USD");
    }

    @Test
    @DisplayName("No SPIFF outside its window")
    void noWindow_noSpiff() {
      CommissionFacts facts = referral().addDeals(deal("D-1", P1, usd("1000.00"), date("2026-02-01"))
          .competitiveDisplacement(true).build()).build();
      assertThat(all(STANDARD.calculate(facts, date("2026-12-31")), CommissionLine.Kind.SPIFF_COMPETITIVE_DISPLACEMENT)).isEmpty();
    }

    @Test
    @DisplayName("Competitive displacement pays its flat amount; launch doubles the rate; a bundle adds 5 points")
    void displacementLaunchAndBundle() {
      CommissionFacts facts = referral()
          .addSpiffWindows(CommissionFacts.SpiffWindow.of(SpiffTerms.Kind.COMPETITIVE_DISPLACEMENT, year))
          .addSpiffWindows(CommissionFacts.SpiffWindow.launch(DateRange.ofClosed(date("2026-03-01"), date("2026-03-31")), Set.of("X")))
          .addSpiffWindows(CommissionFacts.SpiffWindow.of(SpiffTerms.Kind.BUNDLE, year))
          .addDeals(deal("D-1", P1, usd("24000.00"), date("2026-02-01")).competitiveDisplacement(true).build())
          .addDeals(deal("D-2", P1, usd("24000.00"), date("2026-03-15")).addProducts("X").build())
          .addDeals(deal("D-3", P1, usd("24000.00"), date("2026-04-15")).addProducts("X", "Y").build())
          .addDeals(deal("D-4", P1, usd("24000.00"), date("2026-03-31")).addProducts("X", "Y").build()).build();
      CommissionResult result = STANDARD.calculate(facts, date("2026-12-31"));
      assertThat(only(result, CommissionLine.Kind.SPIFF_COMPETITIVE_DISPLACEMENT).amount()).isEqualTo(usd("1000.00"));
      assertThat(result.line("D-1/P-1/REFERRAL_FEE").orElseThrow().amount()).isEqualTo(usd("4800.00"));
      CommissionLine launched = result.line("D-2/P-1/REFERRAL_FEE").orElseThrow();
      assertThat(launched.amount()).isEqualTo(usd("9600.00"));
      assertThat(launched.spiffs()).containsExactly(SpiffTerms.Kind.PRODUCT_LAUNCH);
      CommissionLine bundle = result.line("D-3/P-1/REFERRAL_FEE").orElseThrow();
      assertThat(bundle.amount()).isEqualTo(usd("6000.00"));
      assertThat(bundle.spiffs()).containsExactly(SpiffTerms.Kind.BUNDLE);
      CommissionLine both = result.line("D-4/P-1/REFERRAL_FEE").orElseThrow();
      assertThat(both.amount()).isEqualTo(usd("12000.00"));
      assertThat(both.spiffs()).containsExactly(SpiffTerms.Kind.BUNDLE, SpiffTerms.Kind.PRODUCT_LAUNCH);
    }

    @Test
    @DisplayName("A launch window must last 30 to 60 days")
    void launchWindowLength_isChecked() {
      CommissionFacts facts = referral().addSpiffWindows(CommissionFacts.SpiffWindow.launch(DateRange.ofClosed(date("2026-03-01"),
          date("2026-03-29")), Set.of("X"))).build();
      assertInvalid(() -> STANDARD.calculate(facts, date("2026-12-31")), "spiffWindows[0].period", "out_of_range",
          "spiffWindows[0].period must last 30 to 60 days, but was 29 days");
    }

    @Test
    @DisplayName("Quarterly quota met (volume >= quota): 10 % of the quarter's commission; one cent short: nothing")
    void quarterlyQuota() {
      DateRange q1 = DateRange.ofClosed(JAN_1, date("2026-03-31"));
      Function<String, CommissionFacts> facts = target -> referral()
          .addSpiffWindows(CommissionFacts.SpiffWindow.of(SpiffTerms.Kind.QUARTERLY_QUOTA, year))
          .addQuotas(CommissionFacts.Quota.of(P1, q1, usd(target)))
          .addDeals(deal("D-1", P1, usd("24000.00"), date("2026-02-01")).build())
          .addDeals(deal("D-2", P1, usd("24000.00"), date("2026-03-31")).build())
          .addDeals(deal("D-3", P1, usd("24000.00"), date("2026-04-01")).build()).build();
      CommissionLine bonus = only(STANDARD.calculate(facts.apply("48000.00"), date("2026-06-30")),
          CommissionLine.Kind.SPIFF_QUARTERLY_QUOTA);
      assertThat(bonus.amount()).isEqualTo(usd("960.00"));
      assertThat(bonus.base()).isEqualTo(usd("9600.00"));
      assertThat(bonus.accruedOn()).isEqualTo(date("2026-03-31"));
      assertThat(all(STANDARD.calculate(facts.apply("48000.01"), date("2026-06-30")), CommissionLine.Kind.SPIFF_QUARTERLY_QUOTA))
          .isEmpty();
      assertInvalid(() -> STANDARD.calculate(referral().addQuotas(CommissionFacts.Quota.of(P1, DateRange.ofClosed(JAN_1,
              date("2026-03-30")), usd("1.00"))).build(), date("2026-06-30")), "quotas[0].quarter", "invalid_value",
          "quotas[0].quarter must be a fiscal quarter of the program, such as [2026-01-01, 2026-03-31], but was "
              + "[2026-01-01, 2026-03-30]");
    }
  }

  @Nested
  @DisplayName("Caps, none by default; the explanation says when one bit (docs/rules/commission.md#caps)")
  class Caps {

    CommissionResult capped(CommissionCaps caps, int deals) {
      CommissionPlan plan = CommissionPlan.builder().caps(caps).build();
      CommissionFacts.Builder facts = referral();
      for (int i = 0; i < deals; i++) {
        facts.addDeals(deal("D-" + i, P1, usd("24000.00"), date("2026-03-02").plusDays(15L * i)).build());
      }
      return CommissionCalculator.of(plan).calculate(facts.build(), date("2026-12-31"));
    }

    @Test
    void perDeal() {
      CommissionLine line = only(capped(new CommissionCaps.Builder().perDeal(new BigDecimal("3000")).build(), 1),
          CommissionLine.Kind.REFERRAL_FEE);
      assertThat(line.amount()).isEqualTo(usd("3000.00"));
      assertThat(line.cap()).hasValueSatisfying(cap -> {
        assertThat(cap.cap()).isEqualTo(CommissionCaps.Kind.PER_DEAL);
        assertThat(cap.limit()).isEqualTo(usd("3000.00"));
        assertThat(cap.uncapped()).isEqualByComparingTo("4800");
      });
      assertThat(line.explanation().sentences()).contains(
          "PER_DEAL cap 3000.00 USD: 0.00 USD already counted, 4800.00 USD capped -> 3000.00 USD");
    }

    @Test
    void perPartnerAndPerPeriod() {
      List<CommissionLine> partner = all(capped(new CommissionCaps.Builder().perPartner(new BigDecimal("6000"))
          .build(), 3), CommissionLine.Kind.REFERRAL_FEE);
      assertThat(partner).extracting(CommissionLine::amount).containsExactly(usd("4800.00"), usd("1200.00"),
          usd("0.00"));
      assertThat(partner.get(0).cap()).isEmpty();
      assertThat(partner.get(2).cap().orElseThrow().cap()).isEqualTo(CommissionCaps.Kind.PER_PARTNER);
      List<CommissionLine> period = all(capped(new CommissionCaps.Builder().perPeriod(new BigDecimal("5000"))
          .build(), 3), CommissionLine.Kind.REFERRAL_FEE);
      // 2 March, 17 March: one monthly period; 1 April: the next
      assertThat(period).extracting(CommissionLine::amount).containsExactly(usd("4800.00"), usd("200.00"),
          usd("4800.00"));
    }
  }

  @Nested
  @DisplayName("Payout timing: trigger, refund holdback, net 30, minimum payout (docs/rules/commission.md#payout-timing)")
  class Timing {

    @Test
    @DisplayName("First payment (default): accrued, then payable after the 30-day holdback, then paid at the run")
    void firstPayment() {
      CommissionFacts facts = referral().addDeals(deal("D-1", P1, usd("24000.00"), date("2026-03-02")).build())
          .addPayments(CommissionFacts.Payment.of("D-1", date("2026-03-10"), usd("2000.00")))
          .addPayments(CommissionFacts.Payment.of("D-1", date("2026-03-05"), usd("2000.00"))).build();
      assertThat(only(STANDARD.calculate(facts, date("2026-04-03")), CommissionLine.Kind.REFERRAL_FEE).status())
          .isEqualTo(CommissionLine.Status.ACCRUED);
      CommissionLine payable = only(STANDARD.calculate(facts, date("2026-04-04")), CommissionLine.Kind.REFERRAL_FEE);
      assertThat(payable.status()).isEqualTo(CommissionLine.Status.PAYABLE);
      assertThat(payable.payableOn()).contains(date("2026-04-04"));
      CommissionLine paid = only(STANDARD.calculate(facts, date("2026-04-30")), CommissionLine.Kind.REFERRAL_FEE);
      assertThat(paid.status()).isEqualTo(CommissionLine.Status.PAID);
      assertThat(paid.paidOn()).contains(date("2026-04-30"));
      assertThat(paid.paymentDue()).contains(date("2026-05-30"));
      CommissionLine waiting = only(STANDARD.calculate(referral().addDeals(deal("D-1", P1, usd("24000.00"),
          date("2026-03-02")).build()).build(), date("2026-12-31")), CommissionLine.Kind.REFERRAL_FEE);
      assertThat(waiting.status()).isEqualTo(CommissionLine.Status.ACCRUED);
      assertThat(waiting.payableOn()).isEmpty();
    }

    @Test
    @DisplayName("Implementation complete and 30-day trial complete triggers")
    void otherTriggers() {
      CommissionPlan implementation = CommissionPlan.builder().payout(new PayoutTerms.Builder()
          .trigger(PayoutTerms.Trigger.IMPLEMENTATION_COMPLETE).build()).build();
      CommissionFacts facts = referral().addDeals(deal("D-1", P1, usd("24000.00"), date("2026-03-02"))
          .implementationCompleted(date("2026-04-15")).build()).build();
      assertThat(only(CommissionCalculator.of(implementation).calculate(facts, date("2026-05-14")),
          CommissionLine.Kind.REFERRAL_FEE).payableOn()).contains(date("2026-05-15"));
      assertThat(only(CommissionCalculator.of(implementation).calculate(facts, date("2026-04-14")),
          CommissionLine.Kind.REFERRAL_FEE).payableOn()).isEmpty();
      CommissionPlan trial = CommissionPlan.builder().payout(new PayoutTerms.Builder()
          .trigger(PayoutTerms.Trigger.TRIAL_COMPLETE).holdbackDays(0).paymentTermsDays(45).build()).build();
      CommissionLine line = only(CommissionCalculator.of(trial).calculate(referral().addDeals(deal("D-1", P1,
          usd("24000.00"), date("2026-03-02")).customerStart(date("2026-03-05")).build()).build(), date("2026-04-30")),
          CommissionLine.Kind.REFERRAL_FEE);
      assertThat(line.payableOn()).contains(date("2026-04-04"));
      assertThat(line.paymentDue()).contains(date("2026-06-14"));
    }

    @Test
    @DisplayName("Quarterly payout runs pay at the fiscal quarter's end, not each month's")
    void quarterlyRuns() {
      CommissionFacts facts = referral().addDeals(deal("D-1", P1, usd("24000.00"), date("2026-01-05")).build())
          .addPayments(CommissionFacts.Payment.of("D-1", date("2026-01-06"), usd("1.00"))).build();
      CommissionPlan quarterly = CommissionPlan.builder().payout(new PayoutTerms.Builder()
          .period(PayoutTerms.Period.QUARTERLY).build()).build();
      assertThat(only(STANDARD.calculate(facts, date("2026-03-31")), CommissionLine.Kind.REFERRAL_FEE).paidOn())
          .contains(date("2026-02-28"));
      CommissionResult result = CommissionCalculator.of(quarterly).calculate(facts, date("2026-03-31"));
      assertThat(only(result, CommissionLine.Kind.REFERRAL_FEE).paidOn()).contains(date("2026-03-31"));
      assertThat(result.payoutRuns()).extracting(CommissionResult.PayoutRun::runDate).containsExactly(date("2026-03-31"));
    }

    @Test
    @DisplayName("A payout of exactly the minimum (50.00) is paid; 49.99 carries over to the next period")
    void minimumPayout() {
      Function<String, CommissionFacts> facts = amount -> referral()
          .addDeals(deal("D-1", P1, usd(amount), date("2026-01-05")).build())
          .addPayments(CommissionFacts.Payment.of("D-1", date("2026-01-06"), usd("1.00"))).build();
      CommissionResult exactly = STANDARD.calculate(facts.apply("250.00"), date("2026-02-28"));
      assertThat(only(exactly, CommissionLine.Kind.REFERRAL_FEE).amount()).isEqualTo(usd("50.00"));
      assertThat(only(exactly, CommissionLine.Kind.REFERRAL_FEE).status()).isEqualTo(CommissionLine.Status.PAID);
      assertThat(exactly.payoutRuns()).singleElement().satisfies(run -> {
        assertThat(run.paid()).isEqualTo(usd("50.00"));
        assertThat(run.runDate()).isEqualTo(date("2026-02-28"));
      });
      CommissionResult below = STANDARD.calculate(facts.apply("249.95"), date("2026-02-28"));
      assertThat(only(below, CommissionLine.Kind.REFERRAL_FEE).amount()).isEqualTo(usd("49.99"));
      assertThat(only(below, CommissionLine.Kind.REFERRAL_FEE).status()).isEqualTo(CommissionLine.Status.PAYABLE);
      assertThat(below.payoutRuns()).singleElement().satisfies(run -> {
        assertThat(run.carriedOver()).isTrue();
        assertThat(run.paid()).isEqualTo(usd("0.00"));
      });
      assertThat(below.balance(P1).statement(DateRange.ofClosed(date("2026-02-01"), date("2026-02-28")),
          usd("50.00")).carriedPayable()).isEqualTo(usd("49.99"));
    }
  }

  @Nested
  @DisplayName("Clawbacks inside the calculation (docs/rules/clawback.md)")
  class Clawbacks {

    CommissionFacts.Builder paidDeal() {
      return referral().addDeals(deal("D-1", P1, usd("24000.00"), date("2026-03-02")).build())
          .addPayments(CommissionFacts.Payment.of("D-1", date("2026-03-10"), usd("2000.00")));
    }

    @Test
    @DisplayName("Within 29 days of start, an unpaid accrual is cancelled entirely: status CLAWED_BACK")
    void unpaidAccrualCancelled() {
      CommissionResult result = STANDARD.calculate(paidDeal().addCancellations(CommissionFacts.Cancellation.cancel("D-1",
          date("2026-03-30"))).build(), date("2026-06-30"));
      CommissionLine line = only(result, CommissionLine.Kind.REFERRAL_FEE);
      assertThat(line.status()).isEqualTo(CommissionLine.Status.CLAWED_BACK);
      assertThat(line.clawedBack()).isEqualTo(usd("4800.00"));
      assertThat(line.net()).isEqualTo(usd("0.00"));
      assertThat(all(result, CommissionLine.Kind.CLAWBACK_ADJUSTMENT)).isEmpty();
      assertThat(result.entries(P1)).extracting(LedgerEntry::kind)
          .containsExactly(LedgerEntry.Kind.ACCRUAL, LedgerEntry.Kind.ACCRUAL_CANCELLATION);
      assertThat(result.total(P1)).isEqualTo(usd("0.00"));
    }

    @Test
    @DisplayName("After payment, 50 % becomes a negative adjustment netted against the next payout")
    void paidThenClawedBack_nettedAgainstNextPayout() {
      CommissionResult result = STANDARD.calculate(paidDeal()
          .addCancellations(CommissionFacts.Cancellation.cancel("D-1", date("2026-05-20")))
          .addDeals(deal("D-2", P1, usd("24000.00"), date("2026-06-01")).build())
          .addPayments(CommissionFacts.Payment.of("D-2", date("2026-06-05"), usd("1.00"))).build(), date("2026-07-31"));
      CommissionLine adjustment = only(result, CommissionLine.Kind.CLAWBACK_ADJUSTMENT);
      assertThat(adjustment.amount()).isEqualTo(usd("-2400.00"));
      assertThat(adjustment.status()).isEqualTo(CommissionLine.Status.CLAWED_BACK);
      assertThat(result.line("D-1/P-1/REFERRAL_FEE").orElseThrow().status()).isEqualTo(CommissionLine.Status.PAID);
      assertThat(result.payoutRuns()).extracting(CommissionResult.PayoutRun::runDate, CommissionResult.PayoutRun::paid).containsExactly(
          tuple(date("2026-04-30"), usd("4800.00")), tuple(date("2026-05-31"), usd("0.00")),
          tuple(date("2026-06-30"), usd("0.00")), tuple(date("2026-07-31"), usd("2400.00")));
      assertThat(result.total(P1)).isEqualTo(usd("7200.00"));
      PartnerBalance balance = result.balance(P1);
      assertThat(balance.totalPaid()).isEqualTo(usd("7200.00"));
      assertThat(balance.balance()).isEqualTo(usd("0.00"));
    }

    @Test
    @DisplayName("Downgrade and partial refund: fraction x (commission - commission on the new value)")
    void downgradeAndPartialRefund() {
      CommissionResult downgrade = STANDARD.calculate(referral().addDeals(deal("D-1", P1, usd("24000.00"),
              date("2026-03-02")).build())
          .addCancellations(CommissionFacts.Cancellation.downgrade("D-1", date("2026-04-11"), usd("12000.00"))).build(),
          date("2026-06-30"));
      CommissionLine line = only(downgrade, CommissionLine.Kind.REFERRAL_FEE);
      assertThat(line.clawedBack()).isEqualTo(usd("1200.00"));
      assertThat(line.net()).isEqualTo(usd("3600.00"));
      assertThat(line.status()).isEqualTo(CommissionLine.Status.ACCRUED);
      assertThat(downgrade.clawbacks()).singleElement().satisfies(c -> {
        assertThat(c.daysActive()).isEqualTo(40);
        assertThat(c.base()).isEqualTo(usd("2400.00"));
      });
      CommissionResult refund = STANDARD.calculate(referral().addDeals(deal("D-1", P1, usd("24000.00"),
              date("2026-03-02")).build())
          .addCancellations(CommissionFacts.Cancellation.partialRefund("D-1", date("2026-03-12"), usd("6000.00"))).build(),
          date("2026-06-30"));
      assertThat(only(refund, CommissionLine.Kind.REFERRAL_FEE).net()).isEqualTo(usd("3600.00"));
    }

    @Test
    @DisplayName("Fraud: every commission on the referral, whatever the days; the partner is flagged")
    void fraud() {
      CommissionResult result = STANDARD.calculate(paidDeal()
          .addCancellations(CommissionFacts.Cancellation.fraud("D-1", date("2027-03-02"), P1)).build(), date("2027-03-31"));
      assertThat(only(result, CommissionLine.Kind.CLAWBACK_ADJUSTMENT).amount()).isEqualTo(usd("-4800.00"));
      assertThat(result.flaggedForTermination()).containsExactly(P1);
      assertThat(result.total(P1)).isEqualTo(usd("0.00"));
    }

    @Test
    @DisplayName("A cancellation dated before the customer's start is refused with its path")
    void cancellationBeforeStart_isRefused() {
      assertInvalid(() -> STANDARD.calculate(referral().addDeals(deal("D-1", P1, usd("24000.00"),
              date("2026-03-02")).customerStart(date("2026-03-10")).build())
              .addCancellations(CommissionFacts.Cancellation.cancel("D-1", date("2026-03-09"))).build(), date("2026-06-30")),
          "cancellations[0].effective", "before_start", "cancellations[0].effective must be on or after the "
              + "customer's start date 2026-03-10 of deal D-1, but was 2026-03-09");
    }
  }

  @Nested
  @DisplayName("Currencies: settlement in the payout currency at an explicit FX rate (docs/rules/conventions.md#currencies-and-fx)")
  class Currencies {

    final FxRate usdEur = FxRate.of(USD, EUR, new BigDecimal("0.9"), date("2026-03-02"), "ECB");

    @Test
    @DisplayName("A partner paid in EUR: the USD commission is settled at the rate of the transaction date")
    void settlementInPayoutCurrency() {
      CommissionFacts.PartnerAccount account = new CommissionFacts.PartnerAccount.Builder()
          .from(CommissionFacts.PartnerAccount.of(P1, PartnerType.REFERRAL, JAN_1, EUR)).minimumPayout(eur("50.00")).build();
      CommissionResult result = STANDARD.calculate(CommissionFacts.builder().addPartners(account)
          .addDeals(deal("D-1", P1, usd("24000.00"), date("2026-03-02")).build()).addFxRates(usdEur).build(),
          date("2026-03-31"));
      CommissionLine line = only(result, CommissionLine.Kind.REFERRAL_FEE);
      assertThat(line.amount()).isEqualTo(eur("4320.00"));
      assertThat(line.exact()).isEqualByComparingTo("4800");
      assertThat(line.settlement()).contains(usdEur);
      assertThat(result.balance(P1).currency()).isEqualTo(EUR);
    }

    @Test
    @DisplayName("A deal in EUR for a USD program: the base is converted at the deal date's rate")
    void baseConversion() {
      FxRate eurUsd = FxRate.of(EUR, USD, new BigDecimal("1.1"), date("2026-03-02"), "ECB");
      CommissionResult result = STANDARD.calculate(referral().addDeals(deal("D-1", P1, eur("10000.00"),
          date("2026-03-02")).build()).addFxRates(eurUsd).build(), date("2026-03-31"));
      CommissionLine line = only(result, CommissionLine.Kind.REFERRAL_FEE);
      assertThat(line.amount()).isEqualTo(usd("2200.00"));
      assertThat(line.base()).isEqualTo(eur("10000.00"));
      assertThat(line.baseConversion()).contains(eurUsd);
    }

    @Test
    @DisplayName("A rate given in one direction serves the other through its inverse, fixed the same day")
    void inverseRate() {
      FxRate eurUsd = FxRate.of(EUR, USD, new BigDecimal("1.25"), date("2026-03-02"), "ECB");
      CommissionFacts.PartnerAccount euro = new CommissionFacts.PartnerAccount.Builder()
          .from(CommissionFacts.PartnerAccount.of(P1, PartnerType.REFERRAL, JAN_1, EUR)).minimumPayout(eur("50.00")).build();
      CommissionLine line = only(STANDARD.calculate(CommissionFacts.builder().addPartners(euro)
          .addDeals(deal("D-1", P1, eur("10000.00"), date("2026-03-02")).build()).addFxRates(eurUsd).build(),
          date("2026-03-31")), CommissionLine.Kind.REFERRAL_FEE);
      assertThat(line.exact()).isEqualByComparingTo("2500");
      assertThat(line.amount()).isEqualTo(eur("2000.00"));
      assertThat(line.settlement().orElseThrow().source()).isEqualTo("ECB (inverse)");
    }

    @Test
    @DisplayName("A deal in a currency with no FX rate is an error with its path; so is an unsettled payout currency")
    void missingRates_areRefused() {
      assertInvalid(() -> STANDARD.calculate(referral().addDeals(deal("D-1", P1, eur("10000.00"),
              date("2026-03-02")).build()).build(), date("2026-03-31")), "deals[0].amount", "missing",
          "deals[0].amount must have an FX rate EUR -> USD fixed at 2026-03-02 (the transaction date) in fxRates, "
              + "but was 10,000.00 EUR");
      CommissionFacts.PartnerAccount euro = new CommissionFacts.PartnerAccount.Builder()
          .from(CommissionFacts.PartnerAccount.of(P1, PartnerType.REFERRAL, JAN_1, EUR)).minimumPayout(eur("50.00")).build();
      assertInvalid(() -> STANDARD.calculate(CommissionFacts.builder().addPartners(euro).addDeals(deal("D-1", P1,
              usd("10.00"), date("2026-03-03")).build()).addFxRates(usdEur).build(), date("2026-03-31")),
          "partners[0].payoutCurrency", "missing", "partners[0].payoutCurrency must have an FX rate USD -> "
              + "EUR fixed at 2026-03-03 (the transaction date of D-1/P-1/REFERRAL_FEE) in fxRates, but was EUR");
      assertInvalid(() -> STANDARD.calculate(CommissionFacts.builder().addPartners(CommissionFacts.PartnerAccount.of(P1,
              PartnerType.REFERRAL, JAN_1, EUR)).build(), date("2026-03-31")), "partners[0].minimumPayout", "missing",
          "partners[0].minimumPayout must be present: the partner is paid in EUR and the program's minimum payout "
              + "is in USD (never converted silently), but was missing");
    }
  }

  @Nested
  @DisplayName("Bad facts, each with its path")
  class BadFacts {

    @Test
    @DisplayName("A payment dated before the deal was signed")
    void paymentBeforeSigned() {
      assertInvalid(() -> STANDARD.calculate(referral().addDeals(deal("D-1", P1, usd("24000.00"),
              date("2026-03-02")).build()).addPayments(CommissionFacts.Payment.of("D-1", date("2026-03-01"), usd("1.00"))).build(),
              date("2026-03-31")), "payments[0].date", "before_start",
          "payments[0].date must be on or after the day deal D-1 was signed, 2026-03-02, but was 2026-03-01");
    }

    @Test
    @DisplayName("Every problem is reported at once: unknown partner, unknown deal, missing tier")
    void everyProblemAtOnce() {
      CommissionFacts facts = CommissionFacts.builder().addPartners(account(P1, PartnerType.SYSTEM_INTEGRATOR))
          .addDeals(deal("D-1", P2, usd("1.00"), date("2026-03-02")).build())
          .addPayments(CommissionFacts.Payment.of("D-9", date("2026-03-03"), usd("1.00"))).build();
      assertThatThrownBy(() -> STANDARD.calculate(facts, date("2026-03-31")))
          .isInstanceOf(InvalidFactsException.class)
          .satisfies(e -> assertThat(((InvalidFactsException) e).problems()).extracting(Problem::path)
              .containsExactly("deals[0].attribution.partner", "payments[0].dealId"));
      assertInvalid(() -> STANDARD.calculate(CommissionFacts.builder().addPartners(account(P1,
              PartnerType.SYSTEM_INTEGRATOR)).addDeals(deal("D-1", P1, usd("1.00"), date("2026-03-02")).build())
              .build(), date("2026-03-31")), "deals[0].tier", "missing",
          "deals[0].tier must be present: the SYSTEM_INTEGRATOR models need the partner's tier at the deal date, "
              + "but was missing");
    }
  }

  @Test
  @DisplayName("docs/rules/program-changes.md#no-retroactive-change: a deal signed the day before a new version is paid under the old one, the day "
      + "it takes effect under the new one")
  void programVersions_noRetroactiveChange() {
    String header = "program: P\ncurrency: USD\n";
    ProgramHistory history = ProgramHistory.of(List.of(
        ProgramLoader.strict().loadYaml(header + "version: v1\neffectiveFrom: 2026-01-01\n"
            + "commission: {models: {REFERRAL: {referralFee: {rate: \"0.20\"}}}}\n"),
        ProgramLoader.strict().loadYaml(header + "version: v2\neffectiveFrom: 2026-07-01\n"
            + "commission: {models: {REFERRAL: {referralFee: {rate: \"0.25\"}}}}\n")));
    CommissionCalculator calculator = CommissionCalculator.of(history);
    CommissionResult result = calculator.calculate(referral()
        .addDeals(deal("D-1", P1, usd("24000.00"), date("2026-06-30")).build())
        .addDeals(deal("D-2", P1, usd("24000.00"), date("2026-07-01")).build()).build(), date("2026-12-31"));
    assertThat(result.line("D-1/P-1/REFERRAL_FEE").orElseThrow()).satisfies(l -> {
      assertThat(l.programVersion()).isEqualTo("v1");
      assertThat(l.amount()).isEqualTo(usd("4800.00"));
    });
    assertThat(result.line("D-2/P-1/REFERRAL_FEE").orElseThrow()).satisfies(l -> {
      assertThat(l.programVersion()).isEqualTo("v2");
      assertThat(l.amount()).isEqualTo(usd("6000.00"));
    });
    assertInvalid(() -> calculator.calculate(referral().addDeals(deal("D-0", P1, usd("1.00"), date("2025-12-31"))
            .build()).build(), date("2026-12-31")), "deals[0].signed", "before_first_version",
        "deals[0].signed must be on or after the first program version's effectiveFrom 2026-01-01, but was 2025-12-31");
    EngineAssertions.assertStateless(calculator);
    EngineAssertions.assertStateless(STANDARD);
  }

  @Test
  @DisplayName("Results do not depend on the order of the facts, and round-trip through JSON")
  void orderIndependent_andJsonRoundTrip() {
    List<CommissionDeal> deals = new ArrayList<>();
    List<CommissionFacts.Payment> payments = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      deals.add(deal("D-" + i, i % 2 == 0 ? P1 : P2, usd((10_000 + 1_000 * i) + ".00"),
          date("2026-01-15").plusDays(20L * i)).build());
      payments.add(CommissionFacts.Payment.of("D-" + i, date("2026-01-20").plusDays(20L * i), usd("100.00")));
    }
    List<CommissionFacts.Cancellation> cancellations = List.of(CommissionFacts.Cancellation.cancel("D-3", date("2026-04-01")),
        CommissionFacts.Cancellation.downgrade("D-4", date("2026-05-01"), usd("5000.00")));
    CommissionFacts ordered = CommissionFacts.builder().addPartners(account(P1, PartnerType.REFERRAL),
        account(P2, PartnerType.OEM)).addAllDeals(deals).addAllPayments(payments).addAllCancellations(cancellations)
        .build();
    CommissionResult expected = STANDARD.calculate(ordered, date("2026-12-31"));
    Random random = new Random(7);
    for (int round = 0; round < 5; round++) {
      List<CommissionDeal> d = new ArrayList<>(deals);
      List<CommissionFacts.Payment> p = new ArrayList<>(payments);
      List<CommissionFacts.Cancellation> c = new ArrayList<>(cancellations);
      Collections.shuffle(d, random);
      Collections.shuffle(p, random);
      Collections.shuffle(c, random);
      CommissionFacts shuffled = CommissionFacts.builder().addPartners(account(P2, PartnerType.OEM),
          account(P1, PartnerType.REFERRAL)).addAllDeals(d).addAllPayments(p).addAllCancellations(c).build();
      assertThat(STANDARD.calculate(shuffled, date("2026-12-31"))).isEqualTo(expected);
    }
    assertThat(PartnerOsJson.read(PartnerOsJson.write(expected), CommissionResult.class)).isEqualTo(expected);
    assertThat(PartnerOsJson.toTree(PartnerOsJson.read(PartnerOsJson.write(expected), CommissionResult.class)))
        .isEqualTo(PartnerOsJson.toTree(expected));
    assertThat(PartnerOsJson.read(PartnerOsJson.write(ordered), CommissionFacts.class)).isEqualTo(ordered);
  }
}
