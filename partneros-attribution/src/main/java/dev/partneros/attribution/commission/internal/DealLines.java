package dev.partneros.attribution.commission.internal;

import dev.partneros.attribution.commission.CommissionDeal;
import dev.partneros.attribution.commission.CommissionFacts;
import dev.partneros.attribution.commission.CommissionLine;
import dev.partneros.attribution.commission.CommissionPlan;
import dev.partneros.attribution.commission.CommissionTerms;
import dev.partneros.attribution.commission.PayoutTerms;
import dev.partneros.attribution.commission.ReferralFee;
import dev.partneros.attribution.commission.ResaleTerms;
import dev.partneros.attribution.commission.SpiffTerms;
import dev.partneros.attribution.commission.VolumeBrackets;
import dev.partneros.attribution.commission.internal.Work.Draft;
import dev.partneros.attribution.commission.internal.Work.PartnerWork;
import dev.partneros.attribution.commission.internal.Work.Row;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FxRate;
import dev.partneros.core.Tier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The price phase of a commission run, deal lines: each of a partner's deals priced by its models
 * (referral fee, tier rate, volume brackets, resale terms, first-deal and displacement SPIFFs,
 * recurring shares), with the base conversion, SPIFF uplifts, attribution factor and payout
 * timing, as exact amounts; each step recorded for the explanation.
 */
final class DealLines {

  private final RunBook book;

  DealLines(RunBook book) {
    this.book = book;
  }

  private FxRate settlement(PartnerWork partner, LocalDate date, String lineId) {
    if (partner.currency().equals(book.programCurrency)) {
      return null;
    }
    Optional<FxRate> rate = book.fx.find(book.programCurrency, partner.currency(), date);
    if (rate.isEmpty() && partner.missingSettlement.add(date)) {
      book.problems.check(false, RunBook.PARTNERS.index(partner.index).field("payoutCurrency"),
          CoreProblemCode.MISSING, "have an FX rate " + book.programCurrency.getCurrencyCode() + " -> "
              + partner.currency().getCurrencyCode() + " fixed at " + date + " (the transaction date of "
              + lineId + ") in fxRates", partner.currency().getCurrencyCode());
    }
    return rate.orElse(null);
  }

  Draft draft(PartnerWork partner, String id, CommissionLine.Kind kind, Row row, CommissionTerms terms,
      LocalDate accruedOn, int rank) {
    Draft draft = new Draft(id, kind, row, terms, accruedOn, rank);
    draft.settleFx = settlement(partner, accruedOn, id);
    partner.drafts.add(draft);
    return draft;
  }

  private LocalDate triggerDate(Row row, Draft draft) {
    PayoutTerms payout = row.terms.plan().payout();
    switch (payout.trigger()) {
      case IMPLEMENTATION_COMPLETE:
        draft.trigger = "implementation complete";
        return row.deal.implementationCompleted().filter(d -> !d.isAfter(book.asOf)).orElse(null);
      case TRIAL_COMPLETE:
        draft.trigger = "trial complete (" + payout.trialDays() + " days)";
        return row.deal.startDate().plusDays(payout.trialDays());
      default:
        draft.trigger = "first payment";
        return row.dealFacts.firstPayment;
    }
  }

  void dealTiming(Row row, Draft draft) {
    LocalDate trigger = triggerDate(row, draft);
    if (trigger != null) {
      LocalDate payable = trigger.plusDays(row.terms.plan().payout().holdbackDays());
      draft.payableOn = payable.isBefore(draft.accruedOn) ? draft.accruedOn : payable;
      draft.triggeredOn = trigger;
      draft.holdbackDays = row.terms.plan().payout().holdbackDays();
    }
  }

  /** Applies the bundle and launch uplifts and the attribution factor to a rate-based line. */
  void uplifts(Row row, Draft draft, BigDecimal modelExact, BigDecimal baseP) {
    Currency pc = book.programCurrency;
    BigDecimal value = modelExact;
    List<SpiffTerms.Kind> applied = null;
    if (row.models.spiffs()) {
      SpiffTerms spiffs = row.terms.plan().spiffs();
      Optional<CommissionFacts.SpiffWindow> bundle = book.window(SpiffTerms.Kind.BUNDLE, row.deal.signed());
      if (bundle.isPresent() && row.deal.products().size() >= spiffs.bundleMinProducts()) {
        draft.points = spiffs.bundlePoints().value();
        BigDecimal extra = baseP.multiply(draft.points);
        value = value.add(extra);
        applied = new ArrayList<>(2);
        applied.add(SpiffTerms.Kind.BUNDLE);
        BigDecimal bundled = value;
        draft.steps.add(new Explain.Bundle(spiffs.bundleMinProducts(), bundled, pc, row.deal.products().size(),
            bundle.get().period(), spiffs.bundlePoints()));
      }
      for (CommissionFacts.SpiffWindow launch : book.windowsAt(SpiffTerms.Kind.PRODUCT_LAUNCH, row.deal.signed())) {
        Optional<String> product = row.deal.products().stream().filter(launch.products()::contains).findFirst();
        if (product.isPresent()) {
          draft.multiplier = spiffs.launchMultiplier();
          value = value.multiply(draft.multiplier);
          if (applied == null) {
            applied = new ArrayList<>(1);
          }
          applied.add(SpiffTerms.Kind.PRODUCT_LAUNCH);
          BigDecimal launched = value;
          draft.steps.add(new Explain.Launch(launched, pc, product.get(), launch.period(), draft.multiplier));
          break;
        }
      }
    }
    draft.spiffs = applied == null ? List.of() : List.copyOf(applied);
    factor(row, draft, value);
  }

  private void factor(Row row, Draft draft, BigDecimal value) {
    Currency pc = book.programCurrency;
    draft.factor = row.factor();
    BigDecimal exact = draft.factor.applyTo(value);
    draft.exact = exact;
    draft.steps.add(new Explain.Factor(exact, pc, row.deal.attribution().type(), draft.factor));
  }

  private void baseOf(Row row, Draft draft) {
    Currency pc = book.programCurrency;
    draft.base = row.deal.amount();
    draft.baseFx = row.baseFx;
    if (row.baseFx != null) {
      draft.steps.add(new Explain.FxBase(row.baseP, pc, row.deal.amount(), row.baseFx));
    }
  }

  void dealLines(PartnerWork partner, Row row, Map<Integer, BigDecimal> yearVolumes, boolean firstDeal) {
    Currency pc = book.programCurrency;
    CommissionDeal deal = row.deal;
    CommissionPlan.Models models = row.models;
    String prefix = deal.dealId() + "/" + deal.partner().value() + "/";
    if (models.referralFee().isPresent()) {
      ReferralFee fee = models.referralFee().get();
      Draft draft = draft(partner, prefix + CommissionLine.Kind.REFERRAL_FEE, CommissionLine.Kind.REFERRAL_FEE, row, row.terms,
          deal.signed(), Work.R_DEAL);
      if (fee.rate().isPresent()) {
        baseOf(row, draft);
        draft.rate = fee.rate().get();
        draft.model = 1;
        draft.modelRate = draft.rate;
        BigDecimal model = draft.rate.applyTo(row.baseP);
        draft.steps.add(new Explain.ReferralRate(model, pc, draft.rate, deal.amount()));
        uplifts(row, draft, model, row.baseP);
      } else {
        BigDecimal flat = fee.flat().get();
        draft.base = row.terms.money(flat);
        draft.steps.add(new Explain.ReferralFlat(flat, pc));
        factor(row, draft, flat);
      }
      dealTiming(row, draft);
    }
    if (models.tierRate()) {
      Tier tier = deal.tier().orElseThrow();
      Draft draft = draft(partner, prefix + CommissionLine.Kind.TIER_RATE, CommissionLine.Kind.TIER_RATE, row, row.terms, deal.signed(),
          Work.R_DEAL);
      baseOf(row, draft);
      draft.rate = row.terms.benefits().commissionRate(tier);
      draft.model = 1;
      draft.modelRate = draft.rate;
      BigDecimal model = draft.rate.applyTo(row.baseP);
      draft.steps.add(new Explain.TierRate(model, pc, tier, draft.rate, deal.amount()));
      uplifts(row, draft, model, row.baseP);
      dealTiming(row, draft);
    }
    if (models.volumeBrackets().isPresent()) {
      VolumeBrackets brackets = models.volumeBrackets().get();
      int year = row.terms.fiscalCalendar().fiscalYear(deal.signed());
      BigDecimal before = yearVolumes.getOrDefault(year, BigDecimal.ZERO);
      BigDecimal after = before.add(row.baseP);
      Draft draft = draft(partner, prefix + CommissionLine.Kind.VOLUME_BRACKET, CommissionLine.Kind.VOLUME_BRACKET, row, row.terms,
          deal.signed(), Work.R_DEAL);
      baseOf(row, draft);
      draft.rate = brackets.brackets().rateFor(after, Optional.empty());
      draft.model = 2;
      draft.brackets = brackets;
      draft.bracketBefore = before;
      BigDecimal commissionBefore = brackets.commission(before);
      BigDecimal commissionAfter = brackets.commission(after);
      BigDecimal model = commissionAfter.subtract(commissionBefore);
      draft.steps.add(new Explain.Bracket(brackets, before, after, year, commissionBefore, commissionAfter, pc));
      uplifts(row, draft, model, row.baseP);
      dealTiming(row, draft);
    }
    if (models.resaleMargin().isPresent()) {
      Tier tier = deal.tier().orElseThrow();
      ResaleTerms terms = models.resaleMargin().get().terms(deal.amount(), tier.toString(),
          row.terms.benefits().resaleMargin(tier), deal.registered(), row.terms.rounding());
      partner.resale.add(ResaleTerms.builder().from(terms).dealId(deal.dealId()).partner(deal.partner()).build());
    }
    if (models.spiffs() && firstDeal) {
      SpiffTerms spiffs = row.terms.plan().spiffs();
      long days = ChronoUnit.DAYS.between(partner.account.joined(), deal.signed());
      Optional<CommissionFacts.SpiffWindow> window = book.window(SpiffTerms.Kind.FIRST_DEAL, deal.signed());
      if (window.isPresent() && days >= 0 && days <= spiffs.firstDealWithinDays()) {
        Draft draft = draft(partner, prefix + CommissionLine.Kind.SPIFF_FIRST_DEAL, CommissionLine.Kind.SPIFF_FIRST_DEAL, row, row.terms,
            deal.signed(), Work.R_SPIFF);
        draft.base = row.terms.money(spiffs.firstDealAmount());
        draft.exact = spiffs.firstDealAmount();
        draft.steps.add(new Explain.FirstDeal(spiffs.firstDealWithinDays(), draft.exact, pc, deal.signed(), days,
            partner.account.joined(), window.get().period()));
        dealTiming(row, draft);
      }
    }
    if (models.spiffs() && deal.competitiveDisplacement()) {
      Optional<CommissionFacts.SpiffWindow> window = book.window(SpiffTerms.Kind.COMPETITIVE_DISPLACEMENT, deal.signed());
      if (window.isPresent()) {
        SpiffTerms spiffs = row.terms.plan().spiffs();
        Draft draft = draft(partner, prefix + CommissionLine.Kind.SPIFF_COMPETITIVE_DISPLACEMENT,
            CommissionLine.Kind.SPIFF_COMPETITIVE_DISPLACEMENT, row, row.terms, deal.signed(), Work.R_SPIFF);
        draft.base = row.terms.money(spiffs.displacementAmount());
        draft.exact = spiffs.displacementAmount();
        draft.steps.add(new Explain.Displacement(draft.exact, pc, deal.signed(), window.get().period()));
        dealTiming(row, draft);
      }
    }
    if (models.recurringShare().isPresent()) {
      recurringLines(partner, row, prefix);
    }
  }

  private void recurringLines(PartnerWork partner, Row row, String prefix) {
    Currency pc = book.programCurrency;
    var share = row.models.recurringShare().get();
    LocalDate start = row.deal.startDate();
    LocalDate end = start.plusMonths(share.months());
    LocalDate churn = book.churn(row);
    Currency dealCurrency = row.deal.amount().currency();
    for (int k = 0; k < row.dealFacts.payments.size(); k++) {
      CommissionFacts.Payment payment = row.dealFacts.payments.get(k);
      LocalDate date = payment.date();
      if (date.isBefore(start) || !date.isBefore(end) || (churn != null && !date.isBefore(churn))) {
        continue;
      }
      BigDecimal baseP;
      FxRate rate = null;
      if (dealCurrency.equals(book.programCurrency)) {
        baseP = payment.amount().amount();
      } else {
        Optional<FxRate> found = book.fx.find(dealCurrency, book.programCurrency, date);
        if (found.isEmpty()) {
          book.fail(RunBook.at("payments", row.dealFacts.paymentIndices.get(k), "amount"), CoreProblemCode.MISSING, "have an FX rate "
              + dealCurrency.getCurrencyCode() + " -> " + book.programCurrency.getCurrencyCode() + " fixed at " + date
              + " (the transaction date) in fxRates", payment.amount());
          continue;
        }
        rate = found.get();
        baseP = payment.amount().amount().multiply(rate.rate());
      }
      Draft draft = draft(partner, prefix + CommissionLine.Kind.RECURRING_SHARE + "/" + date + "/" + k, CommissionLine.Kind.RECURRING_SHARE,
          row, row.terms, date, Work.R_RECURRING);
      draft.base = payment.amount();
      draft.baseFx = rate;
      draft.rate = share.rate();
      BigDecimal model = share.rate().applyTo(baseP);
      draft.steps.add(new Explain.Recurring(model, pc, share.rate(), payment.amount(), date, share.months(), start));
      if (rate != null) {
        draft.steps.add(new Explain.FxBase(baseP, pc, payment.amount(), rate));
      }
      factor(row, draft, model);
      draft.payableOn = date.plusDays(row.terms.plan().payout().holdbackDays());
      draft.trigger = "payment collected";
      draft.triggeredOn = date;
      draft.holdbackDays = row.terms.plan().payout().holdbackDays();
    }
  }
}
