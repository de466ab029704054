package dev.partneros.attribution.commission.internal;

import dev.partneros.attribution.AttributionType;
import dev.partneros.attribution.commission.ClawbackDecision;
import dev.partneros.attribution.commission.CommissionCaps;
import dev.partneros.attribution.commission.CommissionFacts;
import dev.partneros.attribution.commission.CommissionLine;
import dev.partneros.attribution.commission.CountBrackets;
import dev.partneros.attribution.commission.VolumeBrackets;
import dev.partneros.attribution.commission.VolumeRebate;
import dev.partneros.core.DateRange;
import dev.partneros.core.Explanation;
import dev.partneros.core.ExplanationStep;
import dev.partneros.core.FxRate;
import dev.partneros.core.Money;
import dev.partneros.core.Rate;
import dev.partneros.core.StepTemplate;
import dev.partneros.core.Tier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The explain phase of a commission run ({@code docs/rules/commission.md#explanations-on-request}):
 * each explanation step of a line is recorded as a small immutable record of the step's inputs
 * (rule, rate, base, outcome, as values), and rendered into its {@link ExplanationStep} only when
 * the line's explanation is asked for. A record holds values only (amounts, rates, dates, the
 * immutable terms tables), never the run's working state, so a retained result holds no more than
 * its lines' values. The rendered text is the one the run has always written.
 */
final class Explain {

  static final String S7 = "7";
  static final String S0 = "0";

  private static final String T_REFERRAL_RATE = "referral fee {rate} of first-year value {base} -> {outcome}";
  private static final String T_REFERRAL_FLAT = "flat referral fee {flat} -> {outcome}";
  private static final String T_TIER = "{tier} commission rate {rate} (benefits matrix) on {base} -> {outcome}";
  private static final String T_BRACKET = "{mode} brackets, annual volume {volumeBefore} -> {volumeAfter} "
      + "(fiscal year {year}): commission on the year {commissionBefore} -> {commissionAfter}; reached "
      + "{threshold} -> {outcome}";
  private static final String T_COUNT = "{referrals} referrals in {month}: bracket {threshold}, rate {rate} on "
      + "{base} -> {outcome}";
  private static final String T_COUNT_BONUS = "{referrals} referrals in {month} reach {threshold} -> bonus {outcome}";
  private static final String T_RECURRING = "{rate} of payment {base} collected {collected}, within {months} months "
      + "of the start {start} -> {outcome}";
  private static final String T_REBATE = "resale volume {volume} in fiscal year {year} to {quarterEnd} reaches "
      + "{threshold}: {rate} on the whole volume = {yearRebate}, minus {accruedBefore} accrued earlier -> {outcome}";
  private static final String T_FIRST_DEAL = "first deal signed {signed}, {days} days after joining {joined} "
      + "(at most {threshold}), SPIFF window {window} -> {outcome}";
  private static final String T_DISPLACEMENT = "competitive displacement signed {signed}, SPIFF window {window} "
      + "-> {outcome}";
  private static final String T_QUOTA = "quarter {quarter}: volume {volume} >= quota {threshold}; {rate} of the "
      + "quarter's commission {base} -> {outcome}";
  private static final String T_BUNDLE = "{products} products (a bundle from {threshold}), window {window}: "
      + "+ {points} on the rate -> {outcome}";
  private static final String T_LAUNCH = "launched product {product}, window {window}: commission x {multiplier} "
      + "-> {outcome}";
  private static final String T_FACTOR = "{type}: credit factor {factor} -> {outcome}";
  private static final String T_FX_BASE = "{original} converted into the program currency at {rate} -> {outcome}";
  private static final String T_CAP = "{cap} cap {threshold}: {counted} already counted, {uncapped} capped -> "
      + "{outcome}";
  private static final String T_SETTLEMENT = "{exact} settled in the payout currency at {rate} -> {outcome}";
  private static final String T_ROUNDING = "{unrounded} rounded once, {mode} -> {outcome}";
  private static final String T_CLAWBACK = "{kind} effective {effective}: {cancelled} of this unpaid line cancelled "
      + "-> {outcome}";
  private static final String T_ADJUSTMENT = "{kind} of deal {deal} effective {effective}: clawback {clawback} "
      + "beyond the unpaid accruals {cancelled} -> {outcome}";
  private static final String T_TIMING = "accrued {accruedOn}; trigger {trigger}; payable {payableOn}; paid "
      + "{paidOn}, due {due} -> {outcome}";

  // The steps' fixed parts, checked once.
  private static final StepTemplate REFERRAL_RATE = StepTemplate.of(CommissionLine.Kind.REFERRAL_FEE.ruleId(), S7,
      T_REFERRAL_RATE, "rate", "base");
  private static final StepTemplate REFERRAL_FLAT = StepTemplate.of(CommissionLine.Kind.REFERRAL_FEE.ruleId(), S7,
      T_REFERRAL_FLAT, "flat");
  private static final StepTemplate TIER = StepTemplate.of(CommissionLine.Kind.TIER_RATE.ruleId(), S7, T_TIER,
      "tier", "rate", "base");
  private static final StepTemplate BRACKET = StepTemplate.of(CommissionLine.Kind.VOLUME_BRACKET.ruleId(), S7,
      T_BRACKET, "mode", "volumeBefore", "volumeAfter", "year", "commissionBefore", "commissionAfter");
  private static final StepTemplate BUNDLE = StepTemplate.of("commission.spiff.bundle", S7, T_BUNDLE, "products",
      "window", "points");
  private static final StepTemplate LAUNCH = StepTemplate.of("commission.spiff.product_launch", S7, T_LAUNCH,
      "product", "window", "multiplier");
  private static final StepTemplate FACTOR = StepTemplate.of("commission.attribution_factor", "6", T_FACTOR, "type",
      "factor");
  private static final StepTemplate FX_BASE = StepTemplate.of("commission.fx.base", S0, T_FX_BASE, "original",
      "rate");
  private static final StepTemplate FIRST_DEAL = StepTemplate.of(CommissionLine.Kind.SPIFF_FIRST_DEAL.ruleId(), S7,
      T_FIRST_DEAL, "signed", "days", "joined", "window");
  private static final StepTemplate DISPLACEMENT = StepTemplate.of(CommissionLine.Kind.SPIFF_COMPETITIVE_DISPLACEMENT.ruleId(),
      S7, T_DISPLACEMENT, "signed", "window");
  private static final StepTemplate RECURRING = StepTemplate.of(CommissionLine.Kind.RECURRING_SHARE.ruleId(), S7,
      T_RECURRING, "rate", "base", "collected", "months", "start");
  private static final StepTemplate COUNT = StepTemplate.of(CommissionLine.Kind.COUNT_BRACKET.ruleId(), S7, T_COUNT,
      "referrals", "month", "rate", "base");
  private static final StepTemplate COUNT_BONUS = StepTemplate.of(CommissionLine.Kind.COUNT_BONUS.ruleId(), S7,
      T_COUNT_BONUS, "referrals", "month");
  private static final StepTemplate REBATE = StepTemplate.of(CommissionLine.Kind.VOLUME_REBATE.ruleId(), S7,
      T_REBATE, "volume", "year", "quarterEnd", "rate", "yearRebate", "accruedBefore");
  private static final StepTemplate QUOTA = StepTemplate.of(CommissionLine.Kind.SPIFF_QUARTERLY_QUOTA.ruleId(), S7,
      T_QUOTA, "quarter", "volume", "rate", "base");
  private static final StepTemplate CAP = StepTemplate.of("commission.cap", S7, T_CAP, "cap", "counted", "uncapped");
  private static final StepTemplate SETTLEMENT = StepTemplate.of("commission.fx.settlement", S0, T_SETTLEMENT,
      "exact", "rate");
  private static final StepTemplate ROUNDING = StepTemplate.of("commission.rounding", S0, T_ROUNDING, "unrounded",
      "mode");
  private static final StepTemplate CLAWBACK = StepTemplate.of("clawback.cancelled", "8", T_CLAWBACK, "kind",
      "effective", "cancelled");
  private static final StepTemplate ADJUSTMENT = StepTemplate.of(CommissionLine.Kind.CLAWBACK_ADJUSTMENT.ruleId(),
      "8", T_ADJUSTMENT, "kind", "deal", "effective", "clawback", "cancelled");
  private static final StepTemplate TIMING = StepTemplate.of("commission.payout.timing", S7, T_TIMING, "accruedOn",
      "trigger", "payableOn", "paidOn", "due");

  private Explain() {}

  /** One recorded explanation step: the inputs it is rendered from, values only. */
  interface Step {
    /**
     * Renders the step.
     *
     * @return the step, as the run has always written it
     */
    ExplanationStep render();
  }

  /** A line's explanation, built on request from its recorded steps (and its clawback decision's). */
  record Line(String id, LocalDate asOf, String version, ClawbackDecision decision, List<Step> steps)
      implements Supplier<Explanation> {
    @Override
    public Explanation get() {
      List<ExplanationStep> rendered = new ArrayList<>(steps.size() + (decision == null ? 0 : 5));
      if (decision != null) {
        rendered.addAll(decision.explanation().steps());
      }
      for (Step step : steps) {
        rendered.add(step.render());
      }
      return Explanation.of("commission line " + id, Optional.of(asOf), Optional.of(version), rendered);
    }
  }

  record ReferralRate(BigDecimal model, Currency pc, Rate rate, Money base) implements Step {
    @Override
    public ExplanationStep render() {
      return REFERRAL_RATE.step(Exact.amount(model, pc), Exact.rate(rate), Exact.money(base));
    }
  }

  record ReferralFlat(BigDecimal flat, Currency pc) implements Step {
    @Override
    public ExplanationStep render() {
      return REFERRAL_FLAT.step(Exact.amount(flat, pc), Exact.amount(flat, pc));
    }
  }

  record TierRate(BigDecimal model, Currency pc, Tier tier, Rate rate, Money base) implements Step {
    @Override
    public ExplanationStep render() {
      return TIER.step(Exact.amount(model, pc), tier.toString(), Exact.rate(rate), Exact.money(base));
    }
  }

  record Bracket(VolumeBrackets brackets, BigDecimal before, BigDecimal after, int year, BigDecimal commissionBefore,
      BigDecimal commissionAfter, Currency pc) implements Step {
    @Override
    public ExplanationStep render() {
      BigDecimal model = commissionAfter.subtract(commissionBefore);
      return BRACKET.stepWithThreshold(brackets.brackets().bracketFor(after).toString(), Exact.amount(model, pc),
          brackets.mode().toString(), Exact.amount(before, pc), Exact.amount(after, pc), Integer.toString(year),
          Exact.amount(commissionBefore, pc), Exact.amount(commissionAfter, pc));
    }
  }

  record Bundle(int minProducts, BigDecimal bundled, Currency pc, int products, DateRange window, Rate points)
      implements Step {
    @Override
    public ExplanationStep render() {
      return BUNDLE.stepWithThreshold(Integer.toString(minProducts), Exact.amount(bundled, pc),
          Integer.toString(products), window.toString(), Exact.rate(points));
    }
  }

  record Launch(BigDecimal launched, Currency pc, String product, DateRange window, BigDecimal multiplier)
      implements Step {
    @Override
    public ExplanationStep render() {
      return LAUNCH.step(Exact.amount(launched, pc), product, window.toString(), multiplier.toPlainString());
    }
  }

  record Factor(BigDecimal exact, Currency pc, AttributionType type, Rate factor) implements Step {
    @Override
    public ExplanationStep render() {
      return FACTOR.step(Exact.amount(exact, pc), type.toString(), Exact.rate(factor));
    }
  }

  record FxBase(BigDecimal baseP, Currency pc, Money original, FxRate rate) implements Step {
    @Override
    public ExplanationStep render() {
      return FX_BASE.step(Exact.amount(baseP, pc), Exact.money(original), rate.toString());
    }
  }

  record FirstDeal(int withinDays, BigDecimal exact, Currency pc, LocalDate signed, long days, LocalDate joined,
      DateRange window) implements Step {
    @Override
    public ExplanationStep render() {
      return FIRST_DEAL.stepWithThreshold(withinDays + " days", Exact.amount(exact, pc), Exact.date(signed),
          Long.toString(days), Exact.date(joined), window.toString());
    }
  }

  record Displacement(BigDecimal exact, Currency pc, LocalDate signed, DateRange window) implements Step {
    @Override
    public ExplanationStep render() {
      return DISPLACEMENT.step(Exact.amount(exact, pc), Exact.date(signed), window.toString());
    }
  }

  record Recurring(BigDecimal model, Currency pc, Rate rate, Money base, LocalDate collected, int months,
      LocalDate start) implements Step {
    @Override
    public ExplanationStep render() {
      return RECURRING.step(Exact.amount(model, pc), Exact.rate(rate), Exact.money(base), Exact.date(collected),
          Integer.toString(months), Exact.date(start));
    }
  }

  record Count(CountBrackets brackets, int count, BigDecimal model, Currency pc, YearMonth month, Rate rate,
      Money value) implements Step {
    @Override
    public ExplanationStep render() {
      return COUNT.stepWithThreshold(brackets.brackets().bracketFor(BigDecimal.valueOf(count)).toString(),
          Exact.amount(model, pc), Integer.toString(count), month.toString(), Exact.rate(rate), Exact.money(value));
    }
  }

  record CountBonus(CountBrackets brackets, int count, BigDecimal exact, Currency pc, YearMonth month)
      implements Step {
    @Override
    public ExplanationStep render() {
      return COUNT_BONUS.stepWithThreshold(brackets.brackets().bracketFor(BigDecimal.valueOf(count)).toString(),
          Exact.amount(exact, pc), Integer.toString(count), month.toString());
    }
  }

  record Rebate(VolumeRebate rebate, BigDecimal exact, BigDecimal volume, int year, LocalDate quarterEnd, Rate rate,
      BigDecimal yearRebate, BigDecimal before, Currency pc) implements Step {
    @Override
    public ExplanationStep render() {
      return REBATE.stepWithThreshold(rebate.bands().bracketFor(volume).toString(), Exact.amount(exact, pc),
          Exact.amount(volume, pc), Integer.toString(year), Exact.date(quarterEnd), Exact.rate(rate),
          Exact.amount(yearRebate, pc), Exact.amount(before, pc));
    }
  }

  record Quota(String target, BigDecimal exact, Currency pc, DateRange quarter, String volume, Rate rate,
      BigDecimal base) implements Step {
    @Override
    public ExplanationStep render() {
      return QUOTA.stepWithThreshold(target, Exact.amount(exact, pc), quarter.toString(), volume, Exact.rate(rate),
          Exact.amount(base, pc));
    }
  }

  record Cap(BigDecimal limit, BigDecimal capped, CommissionCaps.Kind cap, BigDecimal counted, BigDecimal uncapped,
      Currency pc) implements Step {
    @Override
    public ExplanationStep render() {
      return CAP.stepWithThreshold(Exact.amount(limit, pc), Exact.amount(capped, pc), cap.toString(),
          Exact.amount(counted, pc), Exact.amount(uncapped, pc));
    }
  }

  record Settlement(BigDecimal unrounded, Currency payout, BigDecimal exact, Currency pc, FxRate rate)
      implements Step {
    @Override
    public ExplanationStep render() {
      return SETTLEMENT.step(Exact.amount(unrounded, payout), Exact.amount(exact, pc), rate.toString());
    }
  }

  record Rounding(Money amount, BigDecimal unrounded, RoundingMode mode) implements Step {
    @Override
    public ExplanationStep render() {
      return ROUNDING.step(Exact.money(amount), Exact.amount(unrounded, amount.currency()), mode.name());
    }
  }

  record Clawback(Money remaining, CommissionFacts.Cancellation.Kind kind, LocalDate effective, Money take)
      implements Step {
    @Override
    public ExplanationStep render() {
      return CLAWBACK.step(Exact.money(remaining) + " left", kind.toString(), Exact.date(effective),
          Exact.money(take));
    }
  }

  record Adjustment(Money amount, CommissionFacts.Cancellation.Kind kind, String deal, LocalDate effective,
      Money clawback, Money cancelled) implements Step {
    @Override
    public ExplanationStep render() {
      return ADJUSTMENT.step(Exact.money(amount), kind.toString(), deal, Exact.date(effective), Exact.money(clawback),
          Exact.money(cancelled));
    }
  }

  /**
   * The payout timing step; the trigger is written as its label, then, when known, its date and the
   * holdback after it.
   */
  record Timing(CommissionLine.Status status, LocalDate accruedOn, String trigger, LocalDate triggeredOn,
      int holdbackDays, LocalDate payableOn, LocalDate paidOn, LocalDate due) implements Step {
    @Override
    public ExplanationStep render() {
      String triggerText = triggeredOn == null ? trigger
          : trigger + " " + Exact.date(triggeredOn) + " + holdback " + holdbackDays + " days";
      return TIMING.step(status.toString(), Exact.date(accruedOn), triggerText,
          payableOn == null ? "pending" : Exact.date(payableOn), paidOn == null ? "not yet" : Exact.date(paidOn),
          due == null ? "-" : Exact.date(due));
    }
  }
}
