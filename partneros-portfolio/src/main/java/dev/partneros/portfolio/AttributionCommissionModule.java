package dev.partneros.portfolio;

import static java.util.Objects.requireNonNull;

import dev.partneros.attribution.AttributionPolicy;
import dev.partneros.attribution.AttributionType;
import dev.partneros.attribution.DealAttribution;
import dev.partneros.attribution.commission.ClawbackDecision;
import dev.partneros.attribution.commission.CommissionCalculator;
import dev.partneros.attribution.commission.CommissionDeal;
import dev.partneros.attribution.commission.CommissionFacts;
import dev.partneros.attribution.commission.CommissionLine;
import dev.partneros.attribution.commission.CommissionResult;
import dev.partneros.attribution.commission.PartnerBalance;
import dev.partneros.core.FxRate;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.PartnerOsException;
import dev.partneros.core.Problem;
import dev.partneros.core.Tier;
import dev.partneros.portfolio.DealResult.PartnerCredit;
import dev.partneros.portfolio.Portfolio.CancellationRow;
import dev.partneros.portfolio.Portfolio.FxRateRow;
import dev.partneros.portfolio.Portfolio.PartnerRow;
import dev.partneros.portfolio.Portfolio.PaymentRow;
import dev.partneros.tiers.DealRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The {@link CommissionModule} over {@code dev.partneros.attribution.commission}
 * ({@code docs/rules/commission.md} and 8): commission lines, clawbacks, payout runs and the
 * balance of every active partner, from the evaluator's deal attributions and tier timelines and
 * the portfolio's payments, cancellations and FX rates, under the version in force at each deal's
 * date ({@link CommissionCalculator#of(dev.partneros.core.ProgramHistory)}).
 *
 * <p>How the portfolio's facts become the engine's inputs (decisions of the evaluator):
 * <ul>
 *   <li>Every won deal gives one commission deal per partner that counts it (see
 *       {@link PortfolioEvaluator}): its attribution for that partner, the deal's amount (the credit
 *       factor of the attribution scales the rate, {@code docs/rules/commission.md}; the
 *       multi-touch credit is not applied on top), its close day as the signature, the customer's
 *       start, the tier the partner held on that day (after the last quarter end before it; its
 *       starting tier before the first), its product, and whether the partner holds the deal's
 *       winning registration. A partner classified sourced that lost the registration conflict and
 *       counts the deal as influenced is paid as influenced; one that does not count it is paid
 *       nothing.</li>
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
    Map<PartnerId, CommissionOutcome> outcomes = new LinkedHashMap<>();
    calculateAll(context).forEach(c -> outcomes.put(c.partner(), c.outcome()));
    return outcomes;
  }

  /**
   * Calculates every active partner's whole {@link CommissionResult} (its lines, clawbacks, payout
   * runs and ledger entries) from the same facts as {@link #evaluate(ModuleContext)}, whose outcomes
   * summarise these results: for a caller that stores the ledger itself (a period close on a
   * database).
   *
   * @param context the evaluation's context, not null
   * @return each active partner's result, by partner id in the context's order; never null
   * @throws InvalidInputException naming every input row the engine refuses
   */
  public Map<PartnerId, CommissionResult> results(ModuleContext context) {
    Map<PartnerId, CommissionResult> results = new LinkedHashMap<>();
    calculateAll(context).forEach(c -> results.put(c.partner(), c.result()));
    return results;
  }

  /** Every active partner's calculation, or every problem found. */
  private List<Done> calculateAll(ModuleContext context) {
    requireNonNull(context, "context");
    CommissionCalculator calculator = CommissionCalculator.of(context.history());
    Map<String, AttributionPolicy> policies = new LinkedHashMap<>();
    context.history().versions().forEach(v -> policies.put(v.version(), AttributionPolicy.from(v)));
    Map<PartnerId, PartnerWork> work = new LinkedHashMap<>();
    for (PartnerResult p : context.partners()) {
      if (p.partner().isActive()) {
        work.put(p.partner().id(), new PartnerWork(p));
      }
    }
    Map<String, List<PartnerWork>> paidOn = new HashMap<>();
    for (DealResult deal : context.deals()) {
      if (!deal.isWon()) {
        continue;
      }
      for (PartnerCredit credit : deal.credits()) {
        PartnerWork partner = work.get(credit.partner());
        if (partner == null || credit.countedAs().isEmpty()) {
          continue;
        }
        DealAttribution attribution = credit.attribution();
        if (attribution.type() == AttributionType.PARTNER_SOURCED && credit.countedAs().get() == DealRole.INFLUENCED) {
          AttributionPolicy policy = policies.get(deal.version());
          attribution = DealAttribution.builder().from(attribution).type(AttributionType.PARTNER_INFLUENCED)
              .creditFactor(policy.influencedCreditFactor()).build();
        }
        LocalDate signed = deal.closed().orElseThrow();
        boolean registered = deal.registrations().flatMap(r -> r.winningPartner()).map(credit.partner()::equals)
            .orElse(false);
        partner.facts.addDeals(CommissionDeal.builder().attribution(attribution).amount(deal.deal().amount())
            .signed(signed).customerStart(deal.deal().customerStart()).tier(tierOn(partner.result, signed))
            .products(new TreeSet<>(deal.deal().product().stream().toList())).registered(registered).build());
        partner.dealRows.add(deal.deal().source());
        paidOn.computeIfAbsent(deal.id(), k -> new ArrayList<>()).add(partner);
      }
    }
    List<CsvProblem> problems = new ArrayList<>();
    for (PaymentRow payment : context.portfolio().payments()) {
      List<PartnerWork> payees = paidOn.getOrDefault(payment.deal(), List.of()); // none: nobody is paid on it
      if (payees.isEmpty()) {
        continue;
      }
      CommissionFacts.Payment fact;
      try {
        fact = CommissionFacts.Payment.of(payment.deal(), payment.date(), payment.amount());
      } catch (PartnerOsException e) {
        e.problems().forEach(p -> problems.add(Locations.locate(p, payment.source(), Map.of())));
        continue;
      }
      for (PartnerWork partner : payees) {
        partner.facts.addPayments(fact);
        partner.paymentRows.add(payment.source());
      }
    }
    Map<String, Money> dealAmounts = new HashMap<>();
    context.portfolio().deals().forEach(d -> dealAmounts.putIfAbsent(d.id(), d.amount()));
    for (CancellationRow c : context.portfolio().cancellations()) {
      for (PartnerWork partner : paidOn.getOrDefault(c.deal(), List.of())) {
        partner.facts.addCancellations(cancellation(c, dealAmounts));
        partner.cancellationRows.add(c.source());
      }
    }
    List<FxRate> fxRates = new ArrayList<>();
    List<Source> fxRows = new ArrayList<>();
    for (FxRateRow fx : context.portfolio().fxRates()) {
      fxRates.add(FxRate.of(fx.from(), fx.to(), fx.rate(), fx.date(), fx.source()));
      fxRows.add(fx.row());
    }
    String version = context.history().requireVersionAt(context.asOf()).version();
    List<PartnerWork> partners = new ArrayList<>(work.values());
    List<Calculated> calculated = Batch.map(partners,
        partner -> partner.calculate(calculator, fxRates, fxRows, context.asOf(), version));
    List<Done> done = new ArrayList<>();
    for (int i = 0; i < partners.size(); i++) {
      problems.addAll(calculated.get(i).problems());
      PartnerId id = partners.get(i).result.partner().id();
      Calculated c = calculated.get(i);
      c.outcome().ifPresent(o -> done.add(new Done(id, o, c.result().orElseThrow())));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return done;
  }

  /** One partner's outcome and the whole result it summarises. */
  private record Done(PartnerId partner, CommissionOutcome outcome, CommissionResult result) {}

  /**
   * One partner's commission facts and the input rows they come from. Partners are calculated one
   * by one (in parallel on large portfolios): every rule of {@code docs/rules/commission.md} and
   * {@code docs/rules/clawback.md} (brackets, caps, clawbacks, payout runs, the ledger) is per
   * partner, so one calculation per partner gives what one calculation over all partners gives (a
   * test compares them).
   */
  private static final class PartnerWork {
    final PartnerResult result;
    final CommissionFacts.Builder facts = CommissionFacts.builder();
    final List<Source> dealRows = new ArrayList<>();
    final List<Source> paymentRows = new ArrayList<>();
    final List<Source> cancellationRows = new ArrayList<>();

    PartnerWork(PartnerResult result) {
      this.result = result;
      PartnerRow p = result.partner();
      facts.addPartners(CommissionFacts.PartnerAccount.builder().id(p.id()).type(p.type()).joined(p.joined().orElseThrow())
          .payoutCurrency(p.payoutCurrency()).minimumPayout(p.minimumPayout())
          .customRebateRate(p.customRebateRate()).build());
    }

    /** The partner's outcome, or its input problems. */
    Calculated calculate(CommissionCalculator calculator, List<FxRate> fxRates, List<Source> fxRows, LocalDate asOf,
        String version) {
      PartnerId id = result.partner().id();
      CommissionResult calculated;
      try {
        calculated = calculator.calculate(facts.addAllFxRates(fxRates).build(), asOf);
      } catch (PartnerOsException e) {
        List<CsvProblem> problems = new ArrayList<>();
        for (Problem p : e.problems()) {
          problems.add(Locations.locate(p, result.partner().source(), Map.of("partners",
              List.of(result.partner().source()), "deals", dealRows, "payments", paymentRows, "cancellations",
              cancellationRows, "fxRates", fxRows), COLUMNS));
        }
        return new Calculated(Optional.empty(), Optional.empty(), problems);
      }
      List<CommissionOutcome.Line> lines = new ArrayList<>();
      Money clawedBack = Money.zero(result.partner().payoutCurrency());
      // docs/rules/program-changes.md#no-retroactive-change: a clawback is decided by its deal's version
      Map<String, String> dealVersions = new HashMap<>();
      for (CommissionLine line : calculated.lines(id)) {
        line.dealId().ifPresent(deal -> dealVersions.putIfAbsent(deal, line.programVersion()));
        if (line.kind() == CommissionLine.Kind.CLAWBACK_ADJUSTMENT) {
          continue; // part of the CLAWBACK line below, which carries the whole clawback
        }
        lines.add(new CommissionOutcome.Line(line.accruedOn(), line.dealId(), line.kind().name(), line.amount(),
            line.status().name(), line.programVersion(),
            last(line.explanation().sentences()) + " [" + line.programVersion() + "]"));
      }
      for (ClawbackDecision clawback : calculated.clawbacks(id)) {
        if (clawback.clawback().isPositive()) {
          clawedBack = clawedBack.plus(clawback.clawback());
          lines.add(new CommissionOutcome.Line(clawback.effective(), Optional.of(clawback.dealId()), "CLAWBACK",
              clawback.clawback().negated(), "CLAWED_BACK", dealVersions.getOrDefault(clawback.dealId(), version),
              last(clawback.explanation().sentences())));
        }
      }
      lines.sort(Comparator.comparing(CommissionOutcome.Line::date));
      PartnerBalance balance = calculated.balance(id);
      return new Calculated(Optional.of(new CommissionOutcome(version, lines, balance.earned(), clawedBack,
          balance.totalPaid(), balance.balance())), Optional.of(calculated), List.of());
    }
  }

  /** One partner's outcome, or the problems that prevented it. */
  private record Calculated(Optional<CommissionOutcome> outcome, Optional<CommissionResult> result,
      List<CsvProblem> problems) {}

  private static CommissionFacts.Cancellation cancellation(CancellationRow c, Map<String, Money> dealAmounts) {
    switch (c.kind()) {
      case CANCELLATION:
        return CommissionFacts.Cancellation.cancel(c.deal(), c.effective());
      case REFUND:
        return CommissionFacts.Cancellation.partialRefund(c.deal(), c.effective(), c.amount().orElseThrow());
      case DOWNGRADE:
        return CommissionFacts.Cancellation.downgrade(c.deal(), c.effective(),
            dealAmounts.get(c.deal()).minus(c.amount().orElseThrow()));
      default:
        return CommissionFacts.Cancellation.fraud(c.deal(), c.effective(), c.partner().orElseThrow());
    }
  }

  /** The tier a partner held on a day, by its timeline ({@code PortfolioEvaluator.tierOn}). */
  static Tier tierOn(PartnerResult partner, LocalDate day) {
    return PortfolioEvaluator.tierOn(partner, day);
  }

  private static String last(List<String> sentences) {
    return sentences.isEmpty() ? "" : sentences.get(sentences.size() - 1);
  }
}
