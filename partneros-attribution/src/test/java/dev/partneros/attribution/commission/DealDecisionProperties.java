package dev.partneros.attribution.commission;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.PartnerType;
import dev.partneros.core.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.statistics.Statistics;

/**
 * The laws of {@link CommissionCalculator#decide} ({@code docs/rules/commission.md#deciding-a-deal-only}):
 * it is exactly the sum of {@link CommissionCalculator#calculateDeal}'s lines (or the same refusal),
 * and chained over a book its decisions sum, per partner, to the whole-book signature lines.
 */
@Domain(CommissionDomain.class)
@Domain(DomainContext.Global.class)
class DealDecisionProperties {

  /** Referral fees beside the standard rate: flat (with a fraction of a cent), and a rate long enough to overflow. */
  static final List<ReferralFee> REFERRAL_FEES = List.of(ReferralFee.standard(),
      ReferralFee.ofFlat(new BigDecimal("333.335")), ReferralFee.ofFlat(new BigDecimal("1E+3")),
      ReferralFee.ofRate(Rate.of(new BigDecimal("0.123456789012345"))));

  /**
   * Every deal of a generated book, chained per partner through {@code calculateDeal}: with or
   * without the book's SPIFF windows, under every rounding mode (UNNECESSARY refuses), with or
   * without caps, with every kind of referral fee, {@code decide} equals the sum of the lines'
   * amounts, or throws the same problems.
   */
  @Property(tries = 600)
  void decisionIsTheSumOfTheDealsLines(@ForAll CommissionDomain.Scenario scenario, @ForAll CommissionPlan plan,
      @ForAll("fees") ReferralFee fee, @ForAll RoundingMode rounding, @ForAll boolean caps, @ForAll boolean withWindows) {
    CommissionCalculator calculator = CommissionCalculator.of(terms(plan, fee, rounding, caps));
    CommissionFacts facts = scenario.facts;
    int alone = 0;
    int decided = 0;
    for (CommissionFacts.PartnerAccount account : facts.partners()) {
      CommissionState state = CommissionState.empty(account.id());
      for (CommissionDeal deal : dealsOf(facts, account.id())) {
        CommissionState before = state;
        List<CommissionFacts.SpiffWindow> windows = withWindows ? facts.spiffWindows() : List.of();
        Object decision = outcome(() -> calculator.decide(account, deal, before, windows, facts.fxRates()));
        Object expected = outcome(() -> total(account, calculator.calculateDeal(account, deal, before, windows,
            facts.fxRates())));
        assertThat(decision).isEqualTo(expected);
        if (calculator.decidedAlone(account, deal, state, windows, facts.fxRates()) != RoundedProduct.OVERFLOW) {
          alone++;
        }
        decided++;
        if (!(expected instanceof Money)) {
          break;
        }
        state = calculator.calculateDeal(account, deal, state, windows, facts.fxRates()).after();
      }
    }
    Statistics.label("decided by a pricer").collect(decided == 0 ? "no deal" : alone == decided ? "all" : alone > 0
        ? "some" : "none");
    Statistics.label("decided by a pricer").coverage(c -> {
      c.check("all").percentage(p -> p > 10);
      c.check("none").percentage(p -> p > 5);
    });
  }

  /**
   * Chained in the documented order (deals day by day in deal-id order, the day's other lines
   * counted), a partner's decisions sum to the whole-book calculation's signature lines of that
   * partner, in a book without SPIFF windows (so the pricers decide), with or without caps.
   */
  @Property(tries = 400)
  void chainedDecisionsSumToTheWholeBookSignatureLines(@ForAll CommissionDomain.Scenario scenario,
      @ForAll CommissionPlan plan, @ForAll("fees") ReferralFee fee, @ForAll RoundingMode rounding, @ForAll boolean caps) {
    CommissionCalculator calculator = CommissionCalculator.of(terms(plan, fee,
        rounding == RoundingMode.UNNECESSARY ? RoundingMode.HALF_EVEN : rounding, caps));
    CommissionFacts facts = CommissionFacts.builder().from(scenario.facts).spiffWindows(List.of()).build();
    CommissionResult whole = calculator.calculate(facts, scenario.asOf);
    int alone = 0;
    for (CommissionFacts.PartnerAccount account : facts.partners()) {
      PartnerId partner = account.id();
      List<CommissionLine> others = whole.lines(partner).stream().filter(l -> !l.kind().accruesOnSigning())
          .sorted(Comparator.comparing(CommissionLine::accruedOn)).toList();
      Money expected = Money.zero(account.payoutCurrency());
      for (CommissionLine line : whole.lines(partner)) {
        if (line.kind().accruesOnSigning()) {
          expected = expected.plus(line.amount());
        }
      }
      CommissionState state = CommissionState.empty(partner);
      Money decided = Money.zero(account.payoutCurrency());
      int next = 0;
      for (CommissionDeal deal : dealsOf(facts, partner)) {
        if (deal.signed().isAfter(scenario.asOf)) {
          break;
        }
        while (next < others.size() && others.get(next).accruedOn().isBefore(deal.signed())) {
          state = calculator.count(state, others.get(next++));
        }
        decided = decided.plus(calculator.decide(account, deal, state));
        if (calculator.decidedAlone(account, deal, state, List.of(), List.of()) != RoundedProduct.OVERFLOW) {
          alone++;
        }
        state = calculator.calculateDeal(account, deal, state).after();
      }
      assertThat(decided).as("partner %s", partner).isEqualTo(expected);
    }
    Statistics.label("deals decided by a pricer").collect(alone > 0);
    Statistics.label("deals decided by a pricer").coverage(c -> c.check(true).percentage(p -> p > 30));
  }

  /**
   * Referral fees: the standard rate, flat (with a fraction of a cent, and with a negative scale), and
   * a rate long enough for its products to overflow a {@code long}.
   *
   * @return the arbitrary
   */
  @Provide
  Arbitrary<ReferralFee> fees() {
    return Arbitraries.of(REFERRAL_FEES);
  }

  /** A plan with a referral fee, with or without its caps, under a rounding mode. */
  static CommissionTerms terms(CommissionPlan plan, ReferralFee fee, RoundingMode rounding, boolean caps) {
    Map<PartnerType, CommissionPlan.Models> models = new EnumMap<>(plan.models());
    models.put(PartnerType.REFERRAL, CommissionPlan.Models.builder().referralFee(fee).build());
    CommissionPlan used = CommissionPlan.builder().from(plan).models(models)
        .caps(caps ? plan.caps() : CommissionCaps.none()).build();
    return CommissionTerms.builder().from(CommissionTerms.standardWith(used)).rounding(rounding).build();
  }

  /** A partner's deals in the documented chain order: signature date, then deal id. */
  static List<CommissionDeal> dealsOf(CommissionFacts facts, PartnerId partner) {
    List<CommissionDeal> deals = new ArrayList<>();
    for (CommissionDeal deal : facts.deals()) {
      if (deal.partner().equals(partner)) {
        deals.add(deal);
      }
    }
    deals.sort(Comparator.comparing(CommissionDeal::signed).thenComparing(CommissionDeal::dealId));
    return deals;
  }

  private static Money total(CommissionFacts.PartnerAccount account, DealCommission commission) {
    Money total = Money.zero(account.payoutCurrency());
    for (CommissionLine line : commission.lines()) {
      total = total.plus(line.amount());
    }
    return total;
  }

  /** The decision or result, or the problems of the refusal. */
  static <T> Object outcome(Supplier<T> decision) {
    try {
      return decision.get();
    } catch (InvalidFactsException e) {
      return e.problems();
    }
  }
}
