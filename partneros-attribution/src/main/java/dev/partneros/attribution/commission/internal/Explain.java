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
import dev.partneros.core.Tier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
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

  static ExplanationStep step(String rule, String section, String template, String threshold, String outcome,
      String... inputs) {
    ExplanationStep.Builder builder = ExplanationStep.builder().rule(rule).section(section).outcome(outcome)
        .template(template);
    if (threshold != null) {
      builder.threshold(threshold);
    }
    for (int i = 0; i < inputs.length; i += 2) {
      builder.putInputs(inputs[i], inputs[i + 1]);
    }
    return builder.build();
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
      return Explanation.builder().subject("commission line " + id).asOf(asOf).programVersion(version)
          .steps(rendered).build();
    }
  }

  record ReferralRate(BigDecimal model, Currency pc, Rate rate, Money base) implements Step {
    @Override
    public ExplanationStep render() {
      return step(CommissionLine.Kind.REFERRAL_FEE.ruleId(), S7, T_REFERRAL_RATE, null, Exact.amount(model, pc), "rate",
          rate.toString(), "base", Exact.money(base));
    }
  }

  record ReferralFlat(BigDecimal flat, Currency pc) implements Step {
    @Override
    public ExplanationStep render() {
      return step(CommissionLine.Kind.REFERRAL_FEE.ruleId(), S7, T_REFERRAL_FLAT, null, Exact.amount(flat, pc), "flat",
          Exact.amount(flat, pc));
    }
  }

  record TierRate(BigDecimal model, Currency pc, Tier tier, Rate rate, Money base) implements Step {
    @Override
    public ExplanationStep render() {
      return step(CommissionLine.Kind.TIER_RATE.ruleId(), S7, T_TIER, null, Exact.amount(model, pc), "tier",
          tier.toString(), "rate", rate.toString(), "base", Exact.money(base));
    }
  }

  record Bracket(VolumeBrackets brackets, BigDecimal before, BigDecimal after, int year, BigDecimal commissionBefore,
      BigDecimal commissionAfter, Currency pc) implements Step {
    @Override
    public ExplanationStep render() {
      BigDecimal model = commissionAfter.subtract(commissionBefore);
      return step(CommissionLine.Kind.VOLUME_BRACKET.ruleId(), S7, T_BRACKET,
          brackets.brackets().bracketFor(after).toString(), Exact.amount(model, pc), "mode", brackets.mode().toString(),
          "volumeBefore", Exact.amount(before, pc), "volumeAfter", Exact.amount(after, pc), "year",
          Integer.toString(year), "commissionBefore", Exact.amount(commissionBefore, pc), "commissionAfter",
          Exact.amount(commissionAfter, pc));
    }
  }

  record Bundle(int minProducts, BigDecimal bundled, Currency pc, int products, DateRange window, Rate points)
      implements Step {
    @Override
    public ExplanationStep render() {
      return step("commission.spiff.bundle", S7, T_BUNDLE, Integer.toString(minProducts), Exact.amount(bundled, pc),
          "products", Integer.toString(products), "window", window.toString(), "points", points.toString());
    }
  }

  record Launch(BigDecimal launched, Currency pc, String product, DateRange window, BigDecimal multiplier)
      implements Step {
    @Override
    public ExplanationStep render() {
      return step("commission.spiff.product_launch", S7, T_LAUNCH, null, Exact.amount(launched, pc), "product",
          product, "window", window.toString(), "multiplier", multiplier.toPlainString());
    }
  }

  record Factor(BigDecimal exact, Currency pc, AttributionType type, Rate factor) implements Step {
    @Override
    public ExplanationStep render() {
      return step("commission.attribution_factor", "6", T_FACTOR, null, Exact.amount(exact, pc), "type",
          type.toString(), "factor", factor.toString());
    }
  }

  record FxBase(BigDecimal baseP, Currency pc, Money original, FxRate rate) implements Step {
    @Override
    public ExplanationStep render() {
      return step("commission.fx.base", S0, T_FX_BASE, null, Exact.amount(baseP, pc), "original",
          Exact.money(original), "rate", rate.toString());
    }
  }

  record FirstDeal(int withinDays, BigDecimal exact, Currency pc, LocalDate signed, long days, LocalDate joined,
      DateRange window) implements Step {
    @Override
    public ExplanationStep render() {
      return step(CommissionLine.Kind.SPIFF_FIRST_DEAL.ruleId(), S7, T_FIRST_DEAL, withinDays + " days",
          Exact.amount(exact, pc), "signed", signed.toString(), "days", Long.toString(days), "joined",
          joined.toString(), "window", window.toString());
    }
  }

  record Displacement(BigDecimal exact, Currency pc, LocalDate signed, DateRange window) implements Step {
    @Override
    public ExplanationStep render() {
      return step(CommissionLine.Kind.SPIFF_COMPETITIVE_DISPLACEMENT.ruleId(), S7, T_DISPLACEMENT, null,
          Exact.amount(exact, pc), "signed", signed.toString(), "window", window.toString());
    }
  }

  record Recurring(BigDecimal model, Currency pc, Rate rate, Money base, LocalDate collected, int months,
      LocalDate start) implements Step {
    @Override
    public ExplanationStep render() {
      return step(CommissionLine.Kind.RECURRING_SHARE.ruleId(), S7, T_RECURRING, null, Exact.amount(model, pc), "rate",
          rate.toString(), "base", Exact.money(base), "collected", collected.toString(), "months",
          Integer.toString(months), "start", start.toString());
    }
  }

  record Count(CountBrackets brackets, int count, BigDecimal model, Currency pc, YearMonth month, Rate rate,
      Money value) implements Step {
    @Override
    public ExplanationStep render() {
      return step(CommissionLine.Kind.COUNT_BRACKET.ruleId(), S7, T_COUNT,
          brackets.brackets().bracketFor(BigDecimal.valueOf(count)).toString(), Exact.amount(model, pc), "referrals",
          Integer.toString(count), "month", month.toString(), "rate", rate.toString(), "base", Exact.money(value));
    }
  }

  record CountBonus(CountBrackets brackets, int count, BigDecimal exact, Currency pc, YearMonth month)
      implements Step {
    @Override
    public ExplanationStep render() {
      return step(CommissionLine.Kind.COUNT_BONUS.ruleId(), S7, T_COUNT_BONUS,
          brackets.brackets().bracketFor(BigDecimal.valueOf(count)).toString(), Exact.amount(exact, pc), "referrals",
          Integer.toString(count), "month", month.toString());
    }
  }

  record Rebate(VolumeRebate rebate, BigDecimal exact, BigDecimal volume, int year, LocalDate quarterEnd, Rate rate,
      BigDecimal yearRebate, BigDecimal before, Currency pc) implements Step {
    @Override
    public ExplanationStep render() {
      return step(CommissionLine.Kind.VOLUME_REBATE.ruleId(), S7, T_REBATE,
          rebate.bands().bracketFor(volume).toString(), Exact.amount(exact, pc), "volume", Exact.amount(volume, pc),
          "year", Integer.toString(year), "quarterEnd", quarterEnd.toString(), "rate", rate.toString(), "yearRebate",
          Exact.amount(yearRebate, pc), "accruedBefore", Exact.amount(before, pc));
    }
  }

  record Quota(String target, BigDecimal exact, Currency pc, DateRange quarter, String volume, Rate rate,
      BigDecimal base) implements Step {
    @Override
    public ExplanationStep render() {
      return step(CommissionLine.Kind.SPIFF_QUARTERLY_QUOTA.ruleId(), S7, T_QUOTA, target, Exact.amount(exact, pc),
          "quarter", quarter.toString(), "volume", volume, "rate", rate.toString(), "base", Exact.amount(base, pc));
    }
  }

  record Cap(BigDecimal limit, BigDecimal capped, CommissionCaps.Kind cap, BigDecimal counted, BigDecimal uncapped,
      Currency pc) implements Step {
    @Override
    public ExplanationStep render() {
      return step("commission.cap", S7, T_CAP, Exact.amount(limit, pc), Exact.amount(capped, pc), "cap",
          cap.toString(), "counted", Exact.amount(counted, pc), "uncapped", Exact.amount(uncapped, pc));
    }
  }

  record Settlement(BigDecimal unrounded, Currency payout, BigDecimal exact, Currency pc, FxRate rate)
      implements Step {
    @Override
    public ExplanationStep render() {
      return step("commission.fx.settlement", S0, T_SETTLEMENT, null, Exact.amount(unrounded, payout), "exact",
          Exact.amount(exact, pc), "rate", rate.toString());
    }
  }

  record Rounding(Money amount, BigDecimal unrounded, RoundingMode mode) implements Step {
    @Override
    public ExplanationStep render() {
      return step("commission.rounding", S0, T_ROUNDING, null, Exact.money(amount), "unrounded",
          Exact.amount(unrounded, amount.currency()), "mode", mode.name());
    }
  }

  record Clawback(Money remaining, CommissionFacts.Cancellation.Kind kind, LocalDate effective, Money take)
      implements Step {
    @Override
    public ExplanationStep render() {
      return step("clawback.cancelled", "8", T_CLAWBACK, null, Exact.money(remaining) + " left", "kind",
          kind.toString(), "effective", effective.toString(), "cancelled", Exact.money(take));
    }
  }

  record Adjustment(Money amount, CommissionFacts.Cancellation.Kind kind, String deal, LocalDate effective,
      Money clawback, Money cancelled) implements Step {
    @Override
    public ExplanationStep render() {
      return step(CommissionLine.Kind.CLAWBACK_ADJUSTMENT.ruleId(), "8", T_ADJUSTMENT, null, Exact.money(amount),
          "kind", kind.toString(), "deal", deal, "effective", effective.toString(), "clawback",
          Exact.money(clawback), "cancelled", Exact.money(cancelled));
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
          : trigger + " " + triggeredOn + " + holdback " + holdbackDays + " days";
      return step("commission.payout.timing", S7, T_TIMING, null, status.toString(), "accruedOn",
          accruedOn.toString(), "trigger", triggerText, "payableOn", payableOn == null ? "pending"
              : payableOn.toString(), "paidOn", paidOn == null ? "not yet" : paidOn.toString(), "due",
          due == null ? "-" : due.toString());
    }
  }
}
