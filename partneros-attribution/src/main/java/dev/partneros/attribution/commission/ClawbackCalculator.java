package dev.partneros.attribution.commission;

import static java.util.Objects.requireNonNull;

import dev.partneros.attribution.Share;
import dev.partneros.attribution.commission.internal.Exact;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.Explanation;
import dev.partneros.core.ExplanationStep;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.Problem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;

/**
 * Decides clawbacks ({@code docs/rules/clawback.md#schedule}) under a {@link ClawbackPolicy}.
 *
 * <ul>
 *   <li>Days active = days between the customer's start date and the cancellation's effective date
 *       (the start day is day 0). The fraction is the policy's at those days: 0-29 100 %, 30-89
 *       50 %, 90-179 {@code 50 % x (180 - days) / 90}, 180+ none; exact, never rising with days.</li>
 *   <li>{@link CommissionFacts.Cancellation.Kind#CANCELLATION}: {@code fraction x commission}.</li>
 *   <li>{@link CommissionFacts.Cancellation.Kind#DOWNGRADE} and
 *       {@link CommissionFacts.Cancellation.Kind#PARTIAL_REFUND} (a downgrade by the refunded value):
 *       {@code fraction x (commission - commission recomputed on the new value)}, never below
 *       zero.</li>
 *   <li>{@link CommissionFacts.Cancellation.Kind#FRAUD}: 100 % of the commission whatever the days, and the partner
 *       flagged for termination (unless the policy says otherwise).</li>
 *   <li>The clawback is rounded once, with the rounding given at creation (the program's, when
 *       created from {@link CommissionTerms}), and never exceeds the commission
 *       paid plus accrued. Unpaid accruals are cancelled first; the rest is a negative adjustment
 *       netted against later payouts.</li>
 * </ul>
 *
 * <p>Decision: "commission paid" in the blueprint's downgrade formula is read as the commission
 * paid plus accrued, like every other clawback (an unpaid accrual is reduced just the same).
 *
 * <p>Stateless: every method is a pure function of its arguments and the policy. Immutable and
 * thread-safe.
 */
public final class ClawbackCalculator {

  /** The rule id of the fraction step. */
  public static final String FRACTION_RULE = "clawback.fraction";
  /** The rule id of the fraud step. */
  public static final String FRAUD_RULE = "clawback.fraud";
  /** The rule id of the recomputation step of a downgrade or partial refund. */
  public static final String DOWNGRADE_RULE = "clawback.downgrade";
  /** The rule id of the amount step. */
  public static final String AMOUNT_RULE = "clawback.amount";
  /** The rule id of the split between cancelled accruals and the adjustment. */
  public static final String ALLOCATION_RULE = "clawback.allocation";

  private static final String T_FRACTION = "{daysActive} days from start {customerStart} to {effective}; band "
      + "{threshold} -> {outcome}";
  private static final String T_FRAUD = "fraudulent referral: every commission on it whatever the days -> {outcome}";
  private static final String T_DOWNGRADE = "{kind}: commission {commission} - recomputed on the new value "
      + "{recomputed} -> {outcome}";
  private static final String T_AMOUNT = "{fraction} x {base}, rounded {rounding}, at most paid + accrued "
      + "{commission} -> {outcome}";
  private static final String T_ALLOCATION = "unpaid accruals {accrued} cancelled first: {cancelled}; the rest "
      + "{adjustment} is a negative adjustment netted against later payouts -> {outcome}";

  private final ClawbackPolicy policy;
  private final RoundingMode rounding;

  private ClawbackCalculator(ClawbackPolicy policy, RoundingMode rounding) {
    this.policy = policy;
    this.rounding = rounding;
  }

  /**
   * Creates a calculator for a program's terms: their clawback policy, rounded with the program's
   * rounding mode ({@code docs/rules/clawback.md#in-the-commission-run}), as the
   * {@link CommissionCalculator} does. There is no factory that picks a rounding silently: give the
   * terms, or the policy and the rounding.
   *
   * @param terms the program's terms, not null
   * @return never null
   */
  public static ClawbackCalculator of(CommissionTerms terms) {
    requireNonNull(terms, "terms");
    return of(terms.clawback(), terms.rounding());
  }

  /**
   * Creates a calculator with an explicit rounding (give the program's, {@link CommissionTerms#rounding()}).
   *
   * @param policy the policy, not null
   * @param rounding how a clawback amount is rounded, not null, not {@code UNNECESSARY}
   * @return never null
   * @throws IllegalArgumentException if the rounding is {@code UNNECESSARY}
   */
  public static ClawbackCalculator of(ClawbackPolicy policy, RoundingMode rounding) {
    requireNonNull(policy, "policy");
    requireNonNull(rounding, "rounding");
    if (rounding == RoundingMode.UNNECESSARY) {
      throw new IllegalArgumentException("rounding must not be UNNECESSARY");
    }
    return new ClawbackCalculator(policy, rounding);
  }

  /**
   * Returns the policy applied.
   *
   * @return never null
   */
  public ClawbackPolicy policy() {
    return policy;
  }

  /**
   * Returns the days between the customer's start date and a cancellation's effective date.
   *
   * @param customerStart the start date, not null
   * @param effective the effective date, not null
   * @return 0 or more
   * @throws InvalidFactsException if the effective date is before the start (path {@code effective})
   */
  public long daysActive(LocalDate customerStart, LocalDate effective) {
    requireNonNull(customerStart, "customerStart");
    requireNonNull(effective, "effective");
    if (effective.isBefore(customerStart)) {
      throw new InvalidFactsException(List.of(Problem.error(FieldPath.root().field("effective"), CoreProblemCode.BEFORE_START,
          "be on or after the customer's start date " + customerStart, effective)));
    }
    return ChronoUnit.DAYS.between(customerStart, effective);
  }

  /**
   * Returns the fraction clawed back after a number of days active.
   *
   * @param daysActive the days, not negative
   * @return never null, within 0..1
   * @throws InvalidFactsException if the days are negative
   */
  public Share fraction(long daysActive) {
    return policy.fraction(daysActive);
  }

  /**
   * Decides a clawback.
   *
   * @param clawbackCase the case, not null
   * @return never null
   */
  public ClawbackDecision decide(ClawbackCase clawbackCase) {
    requireNonNull(clawbackCase, "clawbackCase");
    long days = daysActive(clawbackCase.customerStart(), clawbackCase.effective());
    boolean fraud = clawbackCase.kind() == CommissionFacts.Cancellation.Kind.FRAUD;
    Share fraction = fraud ? Share.ONE : policy.fraction(days);
    Money commission = clawbackCase.commission();
    Money base = commission;
    if (clawbackCase.recomputed().isPresent()) {
      base = commission.minus(clawbackCase.recomputed().get().min(commission));
    }
    BigDecimal exact = new BigDecimal(fraction.numerator()).multiply(base.amount());
    Money clawback = Money.of(exact.divide(new BigDecimal(fraction.denominator()), base.amount().scale(), rounding),
        base.currency()).min(commission);
    Money cancelled = clawback.min(clawbackCase.accrued());
    Money adjustment = clawback.minus(cancelled);
    Money clawbackBase = base;
    return new ClawbackDecision.Builder().dealId(clawbackCase.dealId()).partner(clawbackCase.partner())
        .kind(clawbackCase.kind()).effective(clawbackCase.effective()).daysActive(days).fraction(fraction)
        .commission(commission).base(base).clawback(clawback).cancelledAccrual(cancelled).adjustment(adjustment)
        .flaggedForTermination(fraud && policy.flagFraudForTermination())
        .explanationSource(new Explainer(policy, rounding, clawbackCase, days, fraction, clawbackBase, clawback,
            cancelled))
        .build();
  }

  /**
   * The values a decision's explanation is built from when first asked for
   * ({@code docs/rules/commission.md#explanations-on-request}): the case, the policy and the
   * decided amounts, nothing else.
   */
  private record Explainer(ClawbackPolicy policy, RoundingMode rounding, ClawbackCase clawbackCase, long days,
      Share fraction, Money base, Money clawback, Money cancelled) implements Supplier<Explanation> {
    @Override
    public Explanation get() {
      return explain(policy, rounding, clawbackCase, days, fraction, base, clawback, cancelled);
    }
  }

  /** The decision's explanation, built when first asked for. */
  private static Explanation explain(ClawbackPolicy policy, RoundingMode rounding, ClawbackCase clawbackCase,
      long days, Share fraction, Money base, Money clawback, Money cancelled) {
    Money commission = clawbackCase.commission();
    Money adjustment = clawback.minus(cancelled);
    Explanation.Builder explanation = Explanation.builder()
        .subject("clawback of " + clawbackCase.dealId() + " / " + clawbackCase.partner())
        .asOf(clawbackCase.effective());
    if (clawbackCase.kind() == CommissionFacts.Cancellation.Kind.FRAUD) {
      explanation.addSteps(ExplanationStep.builder().rule(FRAUD_RULE).section("8")
          .putInputs("daysActive", Long.toString(days)).outcome("100 %" + (policy.flagFraudForTermination()
              ? ", partner flagged for termination" : "")).template(T_FRAUD).build());
    } else {
      explanation.addSteps(ExplanationStep.builder().rule(FRACTION_RULE).section("8")
          .putInputs("daysActive", Long.toString(days))
          .putInputs("customerStart", clawbackCase.customerStart().toString())
          .putInputs("effective", clawbackCase.effective().toString())
          .threshold(policy.bandAt(days).toString()).outcome(fraction.toString()).template(T_FRACTION).build());
    }
    if (clawbackCase.recomputed().isPresent()) {
      explanation.addSteps(ExplanationStep.builder().rule(DOWNGRADE_RULE).section("8")
          .putInputs("kind", clawbackCase.kind().toString()).putInputs("commission", Exact.money(commission))
          .putInputs("recomputed", Exact.money(clawbackCase.recomputed().get())).outcome(Exact.money(base))
          .template(T_DOWNGRADE).build());
    }
    explanation.addSteps(ExplanationStep.builder().rule(AMOUNT_RULE).section("8")
        .putInputs("fraction", fraction.toString()).putInputs("base", Exact.money(base))
        .putInputs("rounding", rounding.name()).putInputs("commission", Exact.money(commission))
        .outcome(Exact.money(clawback)).template(T_AMOUNT).build());
    explanation.addSteps(ExplanationStep.builder().rule(ALLOCATION_RULE).section("8")
        .putInputs("accrued", Exact.money(clawbackCase.accrued())).putInputs("cancelled", Exact.money(cancelled))
        .putInputs("adjustment", Exact.money(adjustment))
        .outcome(adjustment.isZero() ? "no adjustment" : "adjustment " + Exact.money(adjustment))
        .template(T_ALLOCATION).build());
    return explanation.build();
  }

  /**
   * Renders the calculator: {@code ClawbackCalculator[[0, 30) 100 %, ...]}.
   *
   * @return never null
   */
  @Override
  public String toString() {
    return "ClawbackCalculator" + policy.schedule();
  }
}
