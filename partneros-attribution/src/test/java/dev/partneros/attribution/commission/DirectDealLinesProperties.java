package dev.partneros.attribution.commission;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.Explanation;
import dev.partneros.core.PartnerId;
import dev.partneros.core.PartnerOsJson;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link CommissionCalculator#calculateDeal} builds the signature lines of the deals the per-deal
 * pricers cover directly, without facts or a whole-book run
 * ({@code docs/rules/commission.md#per-deal-commission}): for every generated partner, deal, state
 * and terms its result equals the run's ({@link CommissionCalculator#calculateDealByRun}) in
 * {@code equals()}, in every line's rendered explanation and in JSON, or it throws the same problems.
 */
@Domain(CommissionDomain.class)
@Domain(DomainContext.Global.class)
class DirectDealLinesProperties {

  /**
   * Every deal of a generated book, chained per partner from a generated state (earlier volume and
   * cap counts), with or without the book's SPIFF windows and caps, under every rounding mode: the
   * direct result equals the run's.
   */
  @Property(tries = 500)
  void directResultEqualsTheRunsResult(@ForAll CommissionDomain.Scenario scenario, @ForAll CommissionPlan plan,
      @ForAll("fees") ReferralFee fee, @ForAll RoundingMode rounding, @ForAll boolean caps, @ForAll boolean withWindows,
      @ForAll @LongRange(min = 0, max = 50_000_000) long earlierVolume, @ForAll boolean earlierCounts) {
    CommissionCalculator calculator = CommissionCalculator.of(DealDecisionProperties.terms(plan, fee, rounding, caps));
    CommissionFacts facts = scenario.facts;
    int direct = 0;
    int all = 0;
    for (CommissionFacts.PartnerAccount account : facts.partners()) {
      CommissionState state = start(account.id(), earlierVolume, earlierCounts);
      for (CommissionDeal deal : DealDecisionProperties.dealsOf(facts, account.id())) {
        CommissionState before = state;
        List<CommissionFacts.SpiffWindow> windows = withWindows ? facts.spiffWindows() : List.of();
        Object actual = DealDecisionProperties.outcome(() -> calculator.calculateDeal(account, deal, before, windows, facts.fxRates()));
        Object expected = DealDecisionProperties.outcome(() -> calculator.calculateDealByRun(account, deal, before, windows, facts.fxRates()));
        assertSame(actual, expected);
        if (calculator.decidedAlone(account, deal, before, windows, facts.fxRates()) != RoundedProduct.OVERFLOW) {
          direct++;
        }
        all++;
        if (!(expected instanceof DealCommission)) {
          break;
        }
        state = ((DealCommission) expected).after();
      }
    }
    Statistics.label("deals built directly").collect(all == 0 ? "no deal" : direct == all ? "all" : direct > 0
        ? "some" : "none");
    Statistics.label("deals built directly").coverage(c -> {
      c.check("all").percentage(p -> p > 10);
      c.check("none").percentage(p -> p > 5);
    });
  }

  /** Out of order, another partner's state: the direct path is not taken and the problems are the run's. */
  @Property(tries = 100)
  void refusalsAreTheRunsRefusals(@ForAll CommissionDomain.Scenario scenario, @ForAll CommissionPlan plan) {
    CommissionCalculator calculator = CommissionCalculator.of(DealDecisionProperties.terms(plan, ReferralFee.standard(), RoundingMode.HALF_EVEN,
        false));
    CommissionFacts facts = scenario.facts;
    for (CommissionFacts.PartnerAccount account : facts.partners()) {
      List<CommissionDeal> deals = DealDecisionProperties.dealsOf(facts, account.id());
      if (deals.isEmpty()) {
        continue;
      }
      CommissionDeal deal = deals.get(0);
      CommissionState late = new CommissionState.Builder().partner(account.id()).lastDate(deal.signed().plusDays(1))
          .build();
      CommissionState other = CommissionState.empty(PartnerId.of(account.id().value() + "-other"));
      for (CommissionState before : List.of(late, other)) {
        Object actual = DealDecisionProperties.outcome(() -> calculator.calculateDeal(account, deal, before));
        assertThat(actual).isInstanceOf(List.class);
        assertThat(actual).isEqualTo(DealDecisionProperties.outcome(() -> calculator.calculateDealByRun(account, deal, before, List.of(),
            List.of())));
      }
    }
  }

  /**
   * Referral fees: the standard rate, flat (with a fraction of a cent, and with a negative scale), and
   * a rate long enough for its products to overflow a {@code long}.
   *
   * @return the arbitrary
   */
  @Provide
  Arbitrary<ReferralFee> fees() {
    return Arbitraries.of(DealDecisionProperties.REFERRAL_FEES);
  }

  private static void assertSame(Object actual, Object expected) {
    assertThat(actual).isEqualTo(expected);
    if (!(expected instanceof DealCommission)) {
      return;
    }
    DealCommission got = (DealCommission) actual;
    DealCommission want = (DealCommission) expected;
    assertThat(explanations(got)).isEqualTo(explanations(want));
    assertThat(PartnerOsJson.write(got)).isEqualTo(PartnerOsJson.write(want));
  }

  private static List<String> explanations(DealCommission commission) {
    List<String> rendered = new ArrayList<>();
    for (CommissionLine line : commission.lines()) {
      Explanation explanation = line.explanation();
      rendered.add(explanation.render());
      rendered.add(PartnerOsJson.write(explanation));
    }
    return rendered;
  }

  /** A partner's state before its first deal of the book: a 2026 volume and, maybe, cap counts. */
  private static CommissionState start(PartnerId partner, long volume, boolean counts) {
    CommissionState.Builder state = new CommissionState.Builder().partner(partner);
    if (volume > 0) {
      state.putYearVolumes(2026, BigDecimal.valueOf(volume, 2)).creditedDeals(3);
    }
    if (counts) {
      state.putYearCapCounted(2026, new BigDecimal("1234.5")).putPeriodCapCounted("2026-01", new BigDecimal("10"));
    }
    return state.build();
  }
}
