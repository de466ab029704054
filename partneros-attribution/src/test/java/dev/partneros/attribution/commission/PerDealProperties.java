package dev.partneros.attribution.commission;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.CampaignTries;
import dev.partneros.core.ExplanationStep;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.statistics.Statistics;

/**
 * The law of the per-deal call ({@code docs/rules/commission.md#per-deal-commission}): chained in
 * the documented order, it gives exactly the whole-book calculation's signature lines.
 */
@Domain(CommissionDomain.class)
@Domain(DomainContext.Global.class)
class PerDealProperties {

  private static final String CANCELLED_RULE = "clawback.cancelled";
  private static final String TIMING_RULE = "commission.payout.timing";

  /**
   * For every partner of a generated book: day by day, the deals signed that day in deal-id order
   * through {@link CommissionCalculator#calculateDeal}, then the day's other lines through
   * {@link CommissionCalculator#count}. Each deal's lines equal the whole book's signature lines of
   * the deal (same ids, amounts, bases, rates, caps, roundings and computation steps; only what later
   * facts decide, status, payment dates, clawed-back part and the timing and clawback steps, is left
   * out), its resale terms are the book's, and the state at the end is the book's state.
   */
  @Property(tries = 1000)
  void chainedPerDealCallsGiveTheWholeBookLines(@ForAll CommissionDomain.Scenario scenario,
      @ForAll CommissionPlan plan, @ForAll boolean partnerCap) {
    CommissionPlan used = partnerCap ? CommissionPlan.builder().from(plan)
        .caps(new CommissionCaps.Builder().from(plan.caps()).perPartner(new BigDecimal("60000")).build()).build()
        : plan;
    CommissionCalculator calculator = CommissionCalculator.of(used);
    CommissionFacts facts = scenario.facts;
    CommissionResult whole = calculator.calculate(facts, scenario.asOf);
    int chained = 0;
    int capped = 0;
    int countedBetween = 0;
    boolean sameDay = false;
    for (CommissionFacts.PartnerAccount account : facts.partners()) {
      PartnerId partner = account.id();
      List<CommissionDeal> deals = facts.deals().stream()
          .filter(d -> d.partner().equals(partner) && !d.signed().isAfter(scenario.asOf))
          .sorted(Comparator.comparing(CommissionDeal::signed).thenComparing(CommissionDeal::dealId)).toList();
      List<CommissionLine> others = whole.lines(partner).stream().filter(l -> !l.kind().accruesOnSigning())
          .sorted(Comparator.comparing(CommissionLine::accruedOn)).toList();
      List<CommissionLine> signature = whole.lines(partner).stream().filter(l -> l.kind().accruesOnSigning())
          .toList();
      CommissionState state = CommissionState.empty(partner);
      int next = 0;
      List<CommissionLine> chainedLines = new ArrayList<>();
      for (CommissionDeal deal : deals) {
        while (next < others.size() && others.get(next).accruedOn().isBefore(deal.signed())) {
          state = calculator.count(state, others.get(next++));
          countedBetween++;
        }
        sameDay |= state.lastDealId().isPresent() && state.lastDate().orElseThrow().equals(deal.signed());
        DealCommission commission = calculator.calculateDeal(account, deal, state, facts.spiffWindows(),
            facts.fxRates());
        List<CommissionLine> expected = signature.stream()
            .filter(l -> l.dealId().orElseThrow().equals(deal.dealId())).toList();
        assertSameComputation(commission.lines(), expected);
        Optional<ResaleTerms> resale = whole.resaleTerms().stream()
            .filter(t -> t.dealId().equals(Optional.of(deal.dealId())) && t.partner().equals(Optional.of(partner)))
            .findFirst();
        assertThat(commission.resaleTerms()).isEqualTo(resale);
        chainedLines.addAll(commission.lines());
        capped += (int) commission.lines().stream().filter(l -> l.cap().isPresent()).count();
        state = commission.after();
      }
      while (next < others.size()) {
        state = calculator.count(state, others.get(next++));
      }
      assertThat(chainedLines).hasSameSizeAs(signature);
      CommissionState book = calculator.stateAfter(facts, partner, scenario.asOf);
      assertThat(state.creditedDeals()).isEqualTo(book.creditedDeals());
      assertThat(state.yearVolumes()).isEqualTo(book.yearVolumes());
      assertThat(state.yearCapCounted()).isEqualTo(book.yearCapCounted());
      assertThat(state.periodCapCounted()).isEqualTo(book.periodCapCounted());
      chained += chainedLines.size();
    }
    Statistics.label("signature lines").collect(chained == 0 ? "none" : chained < 5 ? "1-4" : "5+");
    Statistics.label("a cap bit").collect(capped > 0);
    Statistics.label("other lines counted between deals").collect(countedBetween > 0);
    Statistics.label("two deals of a partner on one day").collect(sameDay);
    Statistics.label("signature lines").coverage(c -> {
      c.check("5+").percentage(p -> p > 1);
      c.check("none").percentage(p -> p < 75);
    });
    Statistics.label("a cap bit").coverage(c -> c.check(true).percentage(p -> p > 10));
    Statistics.label("other lines counted between deals").coverage(c -> c.check(true).percentage(p -> p > 10));
    Statistics.label("two deals of a partner on one day").coverage(c -> {
      if (CampaignTries.exhaustive()) {
        c.check(true).percentage(p -> p > 0.5);
      }
    });
  }

  /** Same lines but for what later facts decide; same computation steps. */
  private static void assertSameComputation(List<CommissionLine> actual, List<CommissionLine> expected) {
    assertThat(actual).map(PerDealProperties::accrualView).isEqualTo(expected.stream()
        .map(PerDealProperties::accrualView).toList());
    for (int i = 0; i < actual.size(); i++) {
      assertThat(computation(actual.get(i))).isEqualTo(computation(expected.get(i)));
    }
  }

  private static CommissionLine accrualView(CommissionLine line) {
    return new CommissionLine.Builder().from(line).status(CommissionLine.Status.ACCRUED)
        .clawedBack(Money.zero(line.amount().currency())).payableOn(Optional.<LocalDate>empty())
        .paidOn(Optional.<LocalDate>empty()).paymentDue(Optional.<LocalDate>empty()).build();
  }

  private static List<ExplanationStep> computation(CommissionLine line) {
    return line.explanation().steps().stream()
        .filter(s -> !s.rule().equals(CANCELLED_RULE) && !s.rule().equals(TIMING_RULE)).toList();
  }
}
