package dev.partneros.examples.portfolio;

import static java.util.Objects.requireNonNull;

import dev.partneros.attribution.AttributionPolicy;
import dev.partneros.attribution.AttributionType;
import dev.partneros.attribution.DealAttribution;
import dev.partneros.attribution.commission.Cancellation;
import dev.partneros.attribution.commission.ClawbackDecision;
import dev.partneros.attribution.commission.CommissionCalculator;
import dev.partneros.attribution.commission.CommissionDeal;
import dev.partneros.attribution.commission.CommissionFacts;
import dev.partneros.attribution.commission.CommissionLine;
import dev.partneros.attribution.commission.CommissionResult;
import dev.partneros.attribution.commission.PartnerAccount;
import dev.partneros.attribution.commission.PartnerBalance;
import dev.partneros.attribution.commission.Payment;
import dev.partneros.core.FxRate;
import dev.partneros.core.PartnerId;
import dev.partneros.core.PartnerOsException;
import dev.partneros.core.Problem;
import dev.partneros.core.Tier;
import dev.partneros.examples.io.CsvProblem;
import dev.partneros.examples.portfolio.DealResult.PartnerCredit;
import dev.partneros.examples.portfolio.Portfolio.CancellationRow;
import dev.partneros.examples.portfolio.Portfolio.FxRateRow;
import dev.partneros.examples.portfolio.Portfolio.PaymentRow;
import dev.partneros.tiers.DealRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The {@link CommissionModule} over {@code dev.partneros.attribution.commission} (RULES.md sections 7
 * and 8): commission lines, clawbacks, payout runs and the balance of every active partner, from the
 * evaluator's deal attributions and tier timelines and the portfolio's payments, cancellations and FX
 * rates, under the version in force at each deal's date
 * ({@link CommissionCalculator#of(dev.partneros.core.ProgramHistory)}).
 *
 * <p>How the portfolio's facts become the engine's inputs (decisions of the evaluator):
 * <ul>
 *   <li>Every won deal gives one commission deal per partner that counts it (see
 *       {@link PortfolioEvaluator}): its attribution for that partner, the deal's amount (the credit
 *       factor of the attribution scales the rate, RULES.md section 7; the multi-touch credit is not
 *       applied on top), its close day as the signature, the customer's start, the tier the partner
 *       held on that day (after the last quarter end before it; its starting tier before the first),
 *       its product, and whether the partner holds the deal's winning registration. A partner
 *       classified sourced that lost the registration conflict and counts the deal as influenced is
 *       paid as influenced; one that does not count it is paid nothing.</li>
 *   <li>A cancellation ends the deal; a refund is a partial refund of its amount; a downgrade's
 *       amount is the value lost, so the deal's new value is its amount minus it; a fraud finding
 *       names its partner.</li>
 *   <li>A partner's minimum payout, when given, is its own (in its payout currency); FX rates are
 *       the portfolio's {@code fx-rates}.</li>
 * </ul>
 * A problem the engine finds (a missing FX rate, a minimum payout in the wrong currency) is
 * reported at the input row it comes from. The outcome's clawback is the total of the partner's
 * clawback decisions (unpaid accruals cancelled plus negative adjustments); earned, paid and the
 * balance are the partner's {@link PartnerBalance}'s.
 *
 * <p>Immutable and thread-safe.
 */
public final class AttributionCommissionModule implements CommissionModule {

  /** The engine's field names that differ from the portfolio's column names. */
  private static final Map<String, String> COLUMNS = Map.of("dealId", "deal", "value", "amount", "signed", "closed");

  private AttributionCommissionModule() {}

  /**
   * Returns the module.
   *
   * @return never null
   */
  public static AttributionCommissionModule standard() {
    return new AttributionCommissionModule();
  }

  @Override
  public Map<PartnerId, CommissionOutcome> evaluate(ModuleContext context) {
    requireNonNull(context, "context");
    CommissionCalculator calculator = CommissionCalculator.of(context.history());
    Map<String, AttributionPolicy> policies = new LinkedHashMap<>();
    context.history().versions().forEach(v -> policies.put(v.version(), AttributionPolicy.from(v)));
    Map<PartnerId, PartnerResult> partners = new LinkedHashMap<>();
    context.partners().stream().filter(p -> p.partner().isActive()).forEach(p -> partners.put(p.partner().id(), p));

    CommissionFacts.Builder facts = CommissionFacts.builder();
    List<Source> partnerRows = new ArrayList<>();
    for (PartnerResult p : partners.values()) {
      PartnerAccount.Builder account = new PartnerAccount.Builder().id(p.partner().id()).type(p.partner().type())
          .joined(p.partner().joined().orElseThrow()).payoutCurrency(p.partner().payoutCurrency())
          .minimumPayout(p.partner().minimumPayout()).customRebateRate(p.partner().customRebateRate());
      facts.addPartners(account.build());
      partnerRows.add(p.partner().source());
    }
    List<Source> dealRows = new ArrayList<>();
    java.util.Set<String> paid = new java.util.HashSet<>();
    for (DealResult deal : context.deals()) {
      if (!deal.isWon()) {
        continue;
      }
      for (PartnerCredit credit : deal.credits()) {
        PartnerResult partner = partners.get(credit.partner());
        if (partner == null || credit.countedAs().isEmpty()) {
          continue;
        }
        DealAttribution attribution = credit.attribution();
        if (attribution.type() == AttributionType.PARTNER_SOURCED && credit.countedAs().get() == DealRole.INFLUENCED) {
          AttributionPolicy policy = policies.get(deal.version());
          attribution = new DealAttribution.Builder().from(attribution).type(AttributionType.PARTNER_INFLUENCED)
              .creditFactor(policy.influencedCreditFactor()).build();
        }
        LocalDate signed = deal.closed().orElseThrow();
        boolean registered = deal.registrations().flatMap(r -> r.winningPartner()).map(credit.partner()::equals)
            .orElse(false);
        CommissionDeal.Builder fact = CommissionDeal.builder().attribution(attribution).amount(deal.deal().amount())
            .signed(signed).customerStart(deal.deal().customerStart()).tier(tierOn(partner, signed))
            .products(new TreeSet<>(deal.deal().product().stream().toList())).registered(registered);
        facts.addDeals(fact.build());
        dealRows.add(deal.deal().source());
        paid.add(deal.id());
      }
    }
    List<Source> paymentRows = new ArrayList<>();
    for (PaymentRow payment : context.portfolio().payments()) {
      if (!paid.contains(payment.deal())) {
        continue; // a deal no partner is paid on
      }
      facts.addPayments(Payment.of(payment.deal(), payment.date(), payment.amount()));
      paymentRows.add(payment.source());
    }
    List<Source> cancellationRows = new ArrayList<>();
    for (CancellationRow c : context.portfolio().cancellations()) {
      if (!paid.contains(c.deal())) {
        continue;
      }
      facts.addCancellations(cancellation(c, context));
      cancellationRows.add(c.source());
    }
    List<Source> fxRows = new ArrayList<>();
    for (FxRateRow fx : context.portfolio().fxRates()) {
      facts.addFxRates(FxRate.of(fx.from(), fx.to(), fx.rate(), fx.date(), fx.source()));
      fxRows.add(fx.row());
    }
    CommissionResult result;
    try {
      result = calculator.calculate(facts.build(), context.asOf());
    } catch (PartnerOsException e) {
      Source fallback = partnerRows.isEmpty() ? new Source("portfolio", 1, "") : partnerRows.get(0);
      List<CsvProblem> problems = new ArrayList<>();
      for (Problem p : e.problems()) {
        problems.add(Locations.locate(p, fallback, Map.of("partners", partnerRows, "deals", dealRows, "payments",
            paymentRows, "cancellations", cancellationRows, "fxRates", fxRows), COLUMNS));
      }
      throw new InvalidInputException(problems);
    }
    String version = context.history().requireVersionAt(context.asOf()).version();
    Map<PartnerId, CommissionOutcome> outcomes = new LinkedHashMap<>();
    for (PartnerId id : partners.keySet()) {
      List<CommissionOutcome.Line> lines = new ArrayList<>();
      dev.partneros.core.Money clawedBack = dev.partneros.core.Money.zero(partners.get(id).partner().payoutCurrency());
      for (CommissionLine line : result.lines(id)) {
        lines.add(new CommissionOutcome.Line(line.accruedOn(), line.dealId(), line.kind().name(), line.amount(),
            line.status().name(), last(line.explanation().sentences()) + " [" + line.programVersion() + "]"));
      }
      for (ClawbackDecision clawback : result.clawbacks()) {
        if (clawback.partner().equals(id) && clawback.clawback().isPositive()) {
          clawedBack = clawedBack.plus(clawback.clawback());
          lines.add(new CommissionOutcome.Line(clawback.effective(), Optional.of(clawback.dealId()), "CLAWBACK",
              clawback.clawback().negated(), "CLAWED_BACK", last(clawback.explanation().sentences())));
        }
      }
      lines.sort(Comparator.comparing(CommissionOutcome.Line::date));
      PartnerBalance balance = result.balance(id);
      outcomes.put(id, new CommissionOutcome(version, lines, balance.earned(), clawedBack, balance.totalPaid(),
          balance.balance()));
    }
    return outcomes;
  }

  private static Cancellation cancellation(CancellationRow c, ModuleContext context) {
    switch (c.kind()) {
      case CANCELLATION:
        return Cancellation.cancel(c.deal(), c.effective());
      case REFUND:
        return Cancellation.partialRefund(c.deal(), c.effective(), c.amount().orElseThrow());
      case DOWNGRADE:
        Portfolio.DealRow deal = context.portfolio().deals().stream().filter(d -> d.id().equals(c.deal())).findFirst()
            .orElseThrow();
        return Cancellation.downgrade(c.deal(), c.effective(), deal.amount().minus(c.amount().orElseThrow()));
      default:
        return Cancellation.fraud(c.deal(), c.effective(), c.partner().orElseThrow());
    }
  }

  /** The tier a partner held on a day: after the last quarter end before it, or its starting tier. */
  static Tier tierOn(PartnerResult partner, LocalDate day) {
    return partner.timeline().stream().filter(t -> t.quarterEnd().isBefore(day)).reduce((a, b) -> b)
        .map(t -> t.decision().tier()).orElse(partner.partner().tier());
  }

  private static String last(List<String> sentences) {
    return sentences.isEmpty() ? "" : sentences.get(sentences.size() - 1);
  }
}
