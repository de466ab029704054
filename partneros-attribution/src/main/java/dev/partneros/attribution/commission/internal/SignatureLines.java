package dev.partneros.attribution.commission.internal;

import dev.partneros.attribution.commission.CommissionDeal;
import dev.partneros.attribution.commission.CommissionFacts;
import dev.partneros.attribution.commission.CommissionLine;
import dev.partneros.attribution.commission.CommissionPlan;
import dev.partneros.attribution.commission.CommissionState;
import dev.partneros.attribution.commission.CommissionTerms;
import dev.partneros.attribution.commission.DealCommission;
import dev.partneros.attribution.commission.PayoutTerms;
import dev.partneros.attribution.commission.ReferralFee;
import dev.partneros.attribution.commission.ResaleTerms;
import dev.partneros.attribution.commission.VolumeBrackets;
import dev.partneros.core.Money;
import dev.partneros.core.Rate;
import dev.partneros.core.Tier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The per-deal call's signature lines built directly, without facts or a {@link CommissionRun}
 * ({@code docs/rules/commission.md#per-deal-commission}), for the deals the per-deal pricers cover:
 * the deal and the payout in the program's currency, no SPIFF window and no FX rate, a version
 * without caps. The lines (referral fee, tier rate, volume brackets), their recorded explanation
 * steps, the resale terms and the state after the deal are exactly those of
 * {@link CommissionRun#dealResult(CommissionState)}: the same arithmetic in the same order, the same
 * {@code Explain} records. The caller checks the scope; anything else goes to the run.
 */
public final class SignatureLines {

  /** 10^15 major units: no line or sum of lines reaches it on this path. */
  private static final BigDecimal LIMIT = BigDecimal.TEN.pow(15);

  private SignatureLines() {}

  /**
   * Builds a deal's result: its signature lines, resale terms and the state after it.
   *
   * @param terms the version in force at the signature date, without caps, in the deal's and the
   *     payout currency
   * @param partner the partner's account
   * @param deal the deal, of that partner, after the state's last deal or line, attributed, with a
   *     tier of the ladder when the models need one
   * @param before the partner's state before the deal
   * @param builders the builders of the results
   * @param states the states after a deal
   * @return the result; empty when a line or the lines' sum reaches 10^15 major units, which the whole
   *     calculation refuses with its problem (the caller then asks it)
   */
  public static Optional<DealCommission> of(CommissionTerms terms, CommissionFacts.PartnerAccount partner, CommissionDeal deal,
      CommissionState before, ResultBuilders builders, StateTransitions states) {
    CommissionPlan.Models models = terms.plan().modelsFor(partner.type()).orElseThrow();
    Currency pc = terms.currency();
    LocalDate signed = deal.signed();
    BigDecimal baseP = deal.amount().amount();
    DealCommission.Builder result = new DealCommission.Builder().dealId(deal.dealId()).partner(deal.partner())
        .signed(signed).payoutCurrency(partner.payoutCurrency());
    Timing timing = timing(terms, deal);
    int year = terms.fiscalCalendar().fiscalYear(signed);
    Rate factor = deal.attribution().creditFactor();
    int scale = pc.getDefaultFractionDigits();
    RoundingMode rounding = terms.rounding();
    BigDecimal total = BigDecimal.ZERO;
    if (models.referralFee().isPresent()) {
      ReferralFee fee = models.referralFee().get();
      if (fee.rate().isPresent()) {
        Rate rate = fee.rate().get();
        BigDecimal model = rate.applyTo(baseP);
        BigDecimal exact = factor.applyTo(model);
        BigDecimal amount = exact.setScale(scale, rounding);
        total = total.add(amount);
        if (reachesLimit(amount, total)) {
          return Optional.empty();
        }
        result.addLines(line(terms, partner, deal, CommissionLine.Kind.REFERRAL_FEE, deal.amount(), rate, exact,
            amount, new Explain.ReferralRate(model, pc, rate, deal.amount()), timing, builders));
      } else {
        BigDecimal flat = fee.flat().get();
        BigDecimal exact = factor.applyTo(flat);
        BigDecimal amount = exact.setScale(scale, rounding);
        total = total.add(amount);
        if (reachesLimit(amount, total)) {
          return Optional.empty();
        }
        result.addLines(line(terms, partner, deal, CommissionLine.Kind.REFERRAL_FEE, terms.money(flat), null,
            exact, amount, new Explain.ReferralFlat(flat, pc), timing, builders));
      }
    }
    if (models.tierRate()) {
      Tier tier = deal.tier().orElseThrow();
      Rate rate = terms.benefits().commissionRate(tier);
      BigDecimal model = rate.applyTo(baseP);
      BigDecimal exact = factor.applyTo(model);
      BigDecimal amount = exact.setScale(scale, rounding);
      total = total.add(amount);
      if (reachesLimit(amount, total)) {
        return Optional.empty();
      }
      result.addLines(line(terms, partner, deal, CommissionLine.Kind.TIER_RATE, deal.amount(), rate, exact,
          amount, new Explain.TierRate(model, pc, tier, rate, deal.amount()), timing, builders));
    }
    BigDecimal yearBefore = before.yearVolumes().get(year);
    if (models.volumeBrackets().isPresent()) {
      VolumeBrackets brackets = models.volumeBrackets().get();
      BigDecimal volume = yearBefore == null ? BigDecimal.ZERO : yearBefore;
      BigDecimal after = volume.add(baseP);
      BigDecimal commissionBefore = brackets.commission(volume);
      BigDecimal commissionAfter = brackets.commission(after);
      BigDecimal model = commissionAfter.subtract(commissionBefore);
      BigDecimal exact = factor.applyTo(model);
      BigDecimal amount = exact.setScale(scale, rounding);
      total = total.add(amount);
      if (reachesLimit(amount, total)) {
        return Optional.empty();
      }
      result.addLines(line(terms, partner, deal, CommissionLine.Kind.VOLUME_BRACKET, deal.amount(),
          brackets.brackets().rateFor(after, Optional.empty()), exact, amount,
          new Explain.Bracket(brackets, volume, after, year, commissionBefore, commissionAfter, pc), timing, builders));
    }
    if (models.resaleMargin().isPresent()) {
      Tier tier = deal.tier().orElseThrow();
      ResaleTerms resale = models.resaleMargin().get().terms(deal.amount(), tier.toString(),
          terms.benefits().resaleMargin(tier), deal.registered(), terms.rounding());
      result.resaleTerms(ResaleTerms.builder().from(resale).dealId(deal.dealId()).partner(deal.partner()).build());
    }
    CommissionState after = states.afterDeal(before, year, yearBefore == null ? baseP : yearBefore.add(baseP), signed,
        deal.dealId());
    return Optional.of(result.after(after).build());
  }

  /**
   * Tells whether a line's rounded amount, or the sum of the lines so far, reaches 10^15 major units:
   * what the per-deal pricer calls an overflow, and a {@link Money} cannot hold.
   */
  private static boolean reachesLimit(BigDecimal amount, BigDecimal total) {
    return amount.abs().compareTo(LIMIT) >= 0 || total.abs().compareTo(LIMIT) >= 0;
  }

  /**
   * The result of a deal that earns nothing (a partner type without models, or credit factor 0): no
   * line, and a state after it that counts neither the deal nor its volume, as the run's.
   *
   * @param partner the partner's account
   * @param deal the deal, of that partner, after the state's last deal or line
   * @param before the partner's state before the deal
   * @param states the states after a deal
   * @return never null
   */
  public static DealCommission nothing(CommissionFacts.PartnerAccount partner, CommissionDeal deal,
      CommissionState before, StateTransitions states) {
    CommissionState after = states.afterNothing(before, deal.signed(), deal.dealId());
    return new DealCommission.Builder().dealId(deal.dealId()).partner(deal.partner()).signed(deal.signed())
        .payoutCurrency(partner.payoutCurrency()).after(after).build();
  }

  /** The payout timing of the deal's lines, as {@code DealLines.dealTiming} gives it as of the signature date. */
  private record Timing(String trigger, LocalDate triggeredOn, int holdbackDays, LocalDate payableOn) {}

  private static Timing timing(CommissionTerms terms, CommissionDeal deal) {
    PayoutTerms payout = terms.plan().payout();
    String label;
    LocalDate trigger;
    switch (payout.trigger()) {
      case IMPLEMENTATION_COMPLETE:
        label = "implementation complete";
        trigger = deal.implementationCompleted().filter(d -> !d.isAfter(deal.signed())).orElse(null);
        break;
      case TRIAL_COMPLETE:
        label = "trial complete (" + payout.trialDays() + " days)";
        trigger = deal.startDate().plusDays(payout.trialDays());
        break;
      default:
        label = "first payment";
        trigger = null; // no payment is known on the signature date of the per-deal call
        break;
    }
    if (trigger == null) {
      return new Timing(label, null, 0, null);
    }
    LocalDate payable = trigger.plusDays(payout.holdbackDays());
    return new Timing(label, trigger, payout.holdbackDays(), payable.isBefore(deal.signed()) ? deal.signed() : payable);
  }

  private static CommissionLine line(CommissionTerms terms, CommissionFacts.PartnerAccount partner, CommissionDeal deal,
      CommissionLine.Kind kind, Money base, Rate rate, BigDecimal exact, BigDecimal rounded,
      Explain.Step modelStep, Timing timing, ResultBuilders builders) {
    Rate factor = deal.attribution().creditFactor();
    RoundingMode rounding = terms.rounding();
    Currency payout = partner.payoutCurrency();
    Money amount = Money.of(rounded, payout, rounding);
    LocalDate signed = deal.signed();
    CommissionLine.Status status;
    if (amount.isNegative()) {
      status = CommissionLine.Status.CLAWED_BACK;
    } else if (timing.payableOn != null && !timing.payableOn.isAfter(signed)) {
      status = CommissionLine.Status.PAYABLE;
    } else {
      status = CommissionLine.Status.ACCRUED;
    }
    String id = deal.dealId() + "/" + deal.partner().value() + "/" + kind; // one concatenation per line
    String version = terms.version();
    List<Explain.Step> steps = List.of(modelStep, new Explain.Factor(exact, terms.currency(),
        deal.attribution().type(), factor), new Explain.Rounding(amount, exact, rounding),
        new Explain.Timing(status, signed, timing.trigger, timing.triggeredOn, timing.holdbackDays, timing.payableOn,
            null, null));
    CommissionLine.Builder line = builders.line().id(id).partner(partner.id()).kind(kind).programVersion(version)
        .base(base).attributionFactor(factor).spiffs(List.of()).exact(exact).unrounded(exact).rounding(rounding)
        .amount(amount).clawedBack(Money.zero(payout)).status(status).accruedOn(signed).dealId(deal.dealId())
        .explanationSource(new Explain.Line(id, signed, version, null, steps));
    if (rate != null) {
      line.rate(rate);
    }
    if (timing.payableOn != null) {
      line.payableOn(timing.payableOn);
    }
    return line.build();
  }
}
