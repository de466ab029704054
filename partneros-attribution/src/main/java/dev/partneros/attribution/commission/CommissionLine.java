package dev.partneros.attribution.commission;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.Explanation;
import dev.partneros.core.FieldPath;
import dev.partneros.core.FxRate;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.Rate;
import dev.partneros.core.internal.ProblemCollector;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.immutables.value.Value;

/**
 * One commission line ({@code docs/rules/commission.md#commission-lines}: "every commission line
 * states base, rate, attribution factor, SPIFFs, caps, rounding, status and dates"), computed by
 * the {@link CommissionCalculator}.
 *
 * <p>How the amount is made, in order, each step in the {@link #explanation()}:
 * <ol>
 *   <li>the {@link #base()} in its own currency, converted exactly into the program's currency with
 *       {@link #baseConversion()} when it differs
 *       ({@code docs/rules/conventions.md#currencies-and-fx});</li>
 *   <li>the model's {@link #rate()} (or flat amount), the SPIFF uplifts listed in {@link #spiffs()}
 *       and the {@link #attributionFactor()}, giving an exact amount;</li>
 *   <li>the {@link #cap()} that bit, if any, giving {@link #exact()} (program currency);</li>
 *   <li>settlement into the partner's payout currency with {@link #settlement()} when it differs,
 *       giving {@link #unrounded()};</li>
 *   <li>one rounding, {@link #rounding()}, giving {@link #amount()}.</li>
 * </ol>
 * A clawback cancels part or all of an unpaid line ({@link #clawedBack()}); what it cannot cancel
 * becomes a {@link Kind#CLAWBACK_ADJUSTMENT} line with a negative amount
 * ({@code docs/rules/clawback.md#limits-and-netting}). {@link #net()} is what the line is worth
 * after clawbacks.
 *
 * <p>Dates: {@link #accruedOn()} (signature, payment collected, or period end); {@link #payableOn()}
 * once the trigger is known; {@link #paidOn()} (the payout run) and {@link #paymentDue()} (the run
 * plus the payment terms) once paid.
 *
 * <p>JSON-serialisable; immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCommissionLine.class)
@JsonDeserialize(as = ImmutableCommissionLine.class)
public abstract class CommissionLine {

  CommissionLine() {}

  /**
   * Returns the line's id, derived from the facts (stable across runs):
   * {@code D-1/P-1/REFERRAL_FEE}, {@code D-1/P-1/RECURRING_SHARE/2026-04-01/0},
   * {@code P-1/VOLUME_REBATE/2026-03-31}, {@code D-1/P-1/CLAWBACK_ADJUSTMENT/2026-05-01/0}.
   *
   * @return never null
   */
  public abstract String id();

  /**
   * Returns the partner paid.
   *
   * @return never null
   */
  public abstract PartnerId partner();

  /**
   * Returns the deal the line belongs to. Present exactly when the line comes from a deal
   * ({@link Kind#isFromDeal()}: every one-time line, recurring share, count bracket, deal SPIFF
   * and clawback adjustment); empty only for a period line of the partner (volume rebate, quarterly
   * quota bonus, count bonus), which comes from no deal. Checked when built ({@code inconsistent}
   * at {@code dealId}).
   *
   * @return the deal id, or empty for a period line
   */
  public abstract Optional<String> dealId();

  /**
   * Returns what the line pays.
   *
   * @return never null
   */
  public abstract Kind kind();

  /**
   * Returns the program version that decided the line (the one in force at the deal date, or at
   * the period end for a period line).
   *
   * @return never null
   */
  public abstract String programVersion();

  /**
   * Returns the base: the deal's value, the payment, the period's volume or commission, or the
   * flat amount, in its own currency (a period base with more decimals than its currency is shown
   * rounded; the amount is computed from the exact base).
   *
   * @return never null
   */
  public abstract Money base();

  /**
   * Returns the FX rate that converted the base into the program's currency.
   *
   * @return the rate, or empty when the base is in the program's currency
   */
  public abstract Optional<FxRate> baseConversion();

  /**
   * Returns the model's rate: the referral or tier rate, the bracket rate reached (the marginal
   * rate of the last slice for marginal brackets), the count or rebate rate, the quota bonus rate.
   *
   * @return the rate, or empty for a flat amount
   */
  public abstract Optional<Rate> rate();

  /**
   * Returns the attribution factor applied ({@code docs/rules/attribution.md#credit-factors};
   * 100 % for lines that are not a share of a deal).
   *
   * @return never null
   */
  public abstract Rate attributionFactor();

  /**
   * Returns the SPIFF uplifts applied to the line's rate (product launch, bundle).
   *
   * @return never null
   */
  public abstract List<SpiffTerms.Kind> spiffs();

  /**
   * Returns the cap that bit.
   *
   * @return the cap, or empty when no cap bit
   */
  public abstract Optional<CapHit> cap();

  /**
   * Returns the exact amount after caps, in the program's currency, before settlement and rounding
   * (for a {@link Kind#CLAWBACK_ADJUSTMENT}, which is decided on the amounts paid and accrued,
   * the adjustment in the payout currency).
   *
   * @return never null
   */
  public abstract BigDecimal exact();

  /**
   * Returns the FX rate that settled the line into the payout currency, fixed at the accrual date.
   *
   * @return the rate, or empty when the partner is paid in the program's currency
   */
  public abstract Optional<FxRate> settlement();

  /**
   * Returns the exact amount in the payout currency, before rounding.
   *
   * @return never null
   */
  public abstract BigDecimal unrounded();

  /**
   * Returns the rounding applied once to {@link #unrounded()}.
   *
   * @return never null
   */
  public abstract RoundingMode rounding();

  /**
   * Returns the line's amount, in the partner's payout currency (negative for an adjustment or a
   * rebate reduction).
   *
   * @return never null
   */
  public abstract Money amount();

  /**
   * Returns the part of the amount cancelled by clawbacks before it was paid.
   *
   * @return never null, between zero and the amount
   */
  public abstract Money clawedBack();

  /**
   * Returns the line's status on the as-of date.
   *
   * @return never null
   */
  public abstract Status status();

  /**
   * Returns the day the line accrued.
   *
   * @return never null
   */
  public abstract LocalDate accruedOn();

  /**
   * Returns the day the line becomes (or became) payable: the trigger plus the refund holdback, never
   * before the accrual.
   *
   * @return the date, known in advance for a trial; empty while a first payment or an
   *     implementation is awaited
   */
  public abstract Optional<LocalDate> payableOn();

  /**
   * Returns the payout run that paid the line.
   *
   * @return the date, or empty when not paid
   */
  public abstract Optional<LocalDate> paidOn();

  /**
   * Returns the day payment is due (the payout run plus the payment terms).
   *
   * @return the date, or empty when not paid
   */
  public abstract Optional<LocalDate> paymentDue();

  /**
   * Returns the explanation: one step per stage of the computation, the clawbacks and the timing.
   *
   * <p>Built on first request from what the calculator recorded (the hot path records,
   * it does not format), then kept. The record is a small immutable set of the steps' inputs, values
   * only, never the calculation's working state; the text is the one the calculator has always
   * written ({@code docs/rules/commission.md#explanations-on-request}).
   *
   * @return never null
   */
  @Value.Lazy
  @JsonIgnore
  public Explanation explanation() {
    return explanationSource().get();
  }

  /**
   * Returns what builds the {@link #explanation()} on request: the steps the calculator recorded,
   * or the explanation read from JSON (where it is written as {@code explanation}). Not part of
   * equality.
   *
   * @return never null
   */
  @Value.Auxiliary
  @JsonProperty("explanation")
  @JsonSerialize(converter = LazyExplanation.Write.class)
  @JsonDeserialize(converter = LazyExplanation.Read.class)
  abstract Supplier<Explanation> explanationSource();

  /**
   * Returns what the line is worth after clawbacks: amount minus what was clawed back.
   *
   * @return never null
   */
  @JsonIgnore
  public Money net() {
    return amount().minus(clawedBack());
  }

  @Value.Check
  void check() {
    boolean dealKnown = dealId().isPresent() == kind().isFromDeal();
    if (dealKnown && clawedBack().isZero() && clawedBack().currency().equals(amount().currency())) {
      return;
    }
    ProblemCollector problems = new ProblemCollector();
    problems.check(dealKnown, FieldPath.root().field("dealId"), CoreProblemCode.INCONSISTENT, "be present exactly when the line "
        + "comes from a deal (a " + kind() + " line " + (kind().isFromDeal() ? "does" : "does not") + ")",
        dealId().orElse("absent"));
    FieldPath path = FieldPath.root().field("clawedBack");
    if (problems.check(clawedBack().currency().equals(amount().currency()), path, CoreProblemCode.CURRENCY_MISMATCH,
        "be in the amount's currency " + amount().currency().getCurrencyCode(), clawedBack())) {
      problems.check(!clawedBack().isNegative() && (clawedBack().isZero() || clawedBack().compareTo(amount()) <= 0),
          path, CoreProblemCode.OUT_OF_RANGE, "be between 0 and the amount " + amount(), clawedBack());
    }
    problems.throwIfErrors(InvalidFactsException::new);
  }

  /**
   * Renders the line: {@code D-1/P-1/REFERRAL_FEE 4,800.00 USD PAYABLE (accrued 2026-03-01)}.
   *
   * @return never null
   */
  @Override
  public String toString() {
    return id() + " " + amount() + (clawedBack().isZero() ? "" : " (clawed back " + clawedBack() + ")") + " "
        + status() + " (accrued " + accruedOn() + ")";
  }

  /** Builds a {@link CommissionLine}; used by the {@link CommissionCalculator}. Not thread-safe. */
  public static class Builder extends ImmutableCommissionLine.Builder {
    /** Creates an empty builder. */
    Builder() {}

    /**
     * Sets an explanation already built.
     *
     * @param explanation the explanation, not null
     * @return this builder
     */
    public Builder explanation(Explanation explanation) {
      requireNonNull(explanation, "explanation");
      explanationSource(() -> explanation);
      return this;
    }
  }

  /**
   * What a commission line pays ({@code docs/rules/commission.md#commission-lines} and
   * {@code docs/rules/clawback.md}), with the rule id of its main step, whether the line comes from a
   * deal ({@link #isFromDeal()}: then the line always names its deal) and whether it accrues on the
   * deal's signature date ({@link #accruesOnSigning()}: the lines of the per-deal call,
   * {@code docs/rules/commission.md#per-deal-commission}).
   */
  public enum Kind {
    /** A one-time referral fee on a deal. */
    REFERRAL_FEE("commission.referral_fee", true, true, true),
    /** A recurring share of one collected payment. */
    RECURRING_SHARE("commission.recurring_share", true, true, false),
    /** Volume brackets (marginal or whole-volume) on a deal. */
    VOLUME_BRACKET("commission.bracket", true, true, true),
    /** Count brackets on an affiliate's referral, at the month's rate. */
    COUNT_BRACKET("commission.count_bracket", true, true, false),
    /** The tier's commission rate on a deal. */
    TIER_RATE("commission.tier_rate", true, true, true),
    /** The flat monthly bonus of a count bracket. */
    COUNT_BONUS("commission.count_bonus", false, false, false),
    /** A quarter's volume rebate (a negative line when the year's volume fell). */
    VOLUME_REBATE("commission.rebate", false, false, false),
    /** The first-deal SPIFF. */
    SPIFF_FIRST_DEAL("commission.spiff.first_deal", false, true, true),
    /** The quarterly quota SPIFF. */
    SPIFF_QUARTERLY_QUOTA("commission.spiff.quarterly_quota", false, false, false),
    /** The competitive-displacement SPIFF. */
    SPIFF_COMPETITIVE_DISPLACEMENT("commission.spiff.competitive_displacement", false, true, true),
    /** A clawback beyond the unpaid accruals: a negative adjustment netted against later payouts. */
    CLAWBACK_ADJUSTMENT("clawback.adjustment", false, true, false);

    private final String ruleId;
    private final boolean dealModel;
    private final boolean fromDeal;
    private final boolean onSigning;

    Kind(String ruleId, boolean dealModel, boolean fromDeal, boolean onSigning) {
      this.ruleId = ruleId;
      this.dealModel = dealModel;
      this.fromDeal = fromDeal;
      this.onSigning = onSigning;
    }

    /**
     * Returns the rule id of the line's main explanation step, such as {@code commission.bracket}.
     *
     * @return never null
     */
    public String ruleId() {
      return ruleId;
    }

    /**
     * Tells whether the line is a commission model's share of a deal (what the quarterly quota bonus
     * is computed on), as opposed to a SPIFF, bonus, rebate or adjustment.
     *
     * @return true for the referral fee, recurring share, volume and count brackets and tier rate
     */
    public boolean isDealModel() {
      return dealModel;
    }

    /**
     * Tells whether a line of this kind comes from one deal, so that it always names the deal
     * ({@link CommissionLine#dealId()} present), as opposed to a period line of the partner.
     *
     * @return false only for the count bonus, the volume rebate and the quarterly quota bonus
     */
    public boolean isFromDeal() {
      return fromDeal;
    }

    /**
     * Tells whether a line of this kind accrues on the deal's signature date, computed by the per-deal
     * call {@link CommissionCalculator#calculateDeal}
     * ({@code docs/rules/commission.md#per-deal-commission}).
     *
     * @return true for the referral fee, the tier rate, volume brackets and the first-deal and
     *     competitive-displacement SPIFFs
     */
    public boolean accruesOnSigning() {
      return onSigning;
    }
  }

  /**
   * Where a commission line stands on the as-of date
   * ({@code docs/rules/commission.md#commission-lines}).
   */
  public enum Status {
    /** Earned (the deal is signed), not yet payable: the trigger or the refund holdback is pending. */
    ACCRUED,
    /** Payable, waiting for a payout run (or carried over below the minimum). */
    PAYABLE,
    /** Included in a payout run on or before the as-of date (payment due on the terms). */
    PAID,
    /**
     * Cancelled entirely by a clawback before it was paid, or a negative adjustment
     * ({@code docs/rules/clawback.md#limits-and-netting}).
     */
    CLAWED_BACK
  }

  /**
   * A cap that bit on a commission line ({@code docs/rules/commission.md#caps}: "the explanation
   * says when it bit"): which cap, its limit, and the line's exact amount (program currency) before
   * and after it.
   *
   * <p>JSON-serialisable; immutable and thread-safe.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutableCapHit.class)
  @JsonDeserialize(as = ImmutableCapHit.class)
  public abstract static class CapHit {

    CapHit() {}

    /**
     * Returns the cap that bit (the tightest when several did).
     *
     * @return never null
     */
    public abstract CommissionCaps.Kind cap();

    /**
     * Returns the cap's limit, in the program's currency.
     *
     * @return never null
     */
    public abstract Money limit();

    /**
     * Returns the line's exact amount before the cap, in the program's currency.
     *
     * @return never null
     */
    public abstract BigDecimal uncapped();

    /**
     * Returns the line's exact amount after the cap, in the program's currency.
     *
     * @return never null, below {@link #uncapped()}
     */
    public abstract BigDecimal capped();

    /** Builds a {@link CapHit}. Not thread-safe. */
    public static class Builder extends ImmutableCapHit.Builder {
      /** Creates an empty builder. */
      Builder() {}
    }
  }
}
