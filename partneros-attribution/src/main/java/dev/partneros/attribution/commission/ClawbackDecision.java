package dev.partneros.attribution.commission;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.attribution.AttributionProblemCode;
import dev.partneros.attribution.Share;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.Explanation;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.internal.ProblemCollector;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.immutables.value.Value;

/**
 * A clawback decision ({@code docs/rules/clawback.md}), made by a {@link ClawbackCalculator}: days
 * active, the exact fraction, the base it applies to, the amount clawed back (rounded once), how
 * it splits between cancelled unpaid accruals (first) and a negative adjustment netted against
 * later payouts, and whether the partner is flagged for termination (fraud).
 *
 * <p>Always {@code clawback = cancelledAccrual + adjustment}, {@code clawback <= commission} (paid
 * plus accrued) and {@code cancelledAccrual <= accrued}.
 *
 * <p>JSON-serialisable; immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableClawbackDecision.class)
@JsonDeserialize(as = ImmutableClawbackDecision.class)
public abstract class ClawbackDecision {

  ClawbackDecision() {}

  /**
   * Returns the deal.
   *
   * @return never null
   */
  public abstract String dealId();

  /**
   * Returns the partner.
   *
   * @return never null
   */
  public abstract PartnerId partner();

  /**
   * Returns what happened.
   *
   * @return never null
   */
  public abstract CommissionFacts.Cancellation.Kind kind();

  /**
   * Returns the effective date.
   *
   * @return never null
   */
  public abstract LocalDate effective();

  /**
   * Returns the days between the customer's start date and the effective date.
   *
   * @return 0 or more
   */
  public abstract long daysActive();

  /**
   * Returns the fraction clawed back: the schedule's at {@link #daysActive()}, or 1 for fraud.
   *
   * @return never null, within 0..1
   */
  public abstract Share fraction();

  /**
   * Returns the commission on the deal paid plus accrued, before the clawback.
   *
   * @return never null
   */
  public abstract Money commission();

  /**
   * Returns what the fraction applies to: the commission (cancellation, fraud), or the commission
   * minus the commission recomputed on the new value (downgrade, partial refund), never below zero.
   *
   * @return never null
   */
  public abstract Money base();

  /**
   * Returns the amount clawed back: {@code fraction x base}, rounded once, never above the
   * commission.
   *
   * @return never null
   */
  public abstract Money clawback();

  /**
   * Returns the part taken by cancelling unpaid accruals.
   *
   * @return never null
   */
  public abstract Money cancelledAccrual();

  /**
   * Returns the part beyond the unpaid accruals: a negative adjustment netted against later payouts.
   *
   * @return never null
   */
  public abstract Money adjustment();

  /**
   * Tells whether the partner is flagged for termination (fraud).
   *
   * @return true for fraud when the policy flags it
   */
  public abstract boolean flaggedForTermination();

  /**
   * Returns the explanation: days and fraction ({@code clawback.fraction} or {@code clawback.fraud}),
   * the base ({@code clawback.downgrade} when recomputed), the amount ({@code clawback.amount}) and
   * its split ({@code clawback.allocation}).
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

  @Value.Check
  void check() {
    if (cancelledAccrual().plus(adjustment()).equals(clawback()) && !clawback().isGreaterThan(commission())
        && !cancelledAccrual().isNegative() && !adjustment().isNegative()) {
      return;
    }
    ProblemCollector problems = new ProblemCollector();
    FieldPath root = FieldPath.root();
    problems.check(cancelledAccrual().plus(adjustment()).equals(clawback()), root.field("adjustment"),
        AttributionProblemCode.NOT_RECONCILED, "add up with cancelledAccrual to the clawback " + clawback(), adjustment());
    problems.check(!clawback().isGreaterThan(commission()), root.field("clawback"), CoreProblemCode.OUT_OF_RANGE,
        "be at most the commission paid plus accrued " + commission(), clawback());
    problems.check(!cancelledAccrual().isNegative() && !adjustment().isNegative(), root.field("cancelledAccrual"),
        CoreProblemCode.NEGATIVE, "be >= 0, as the adjustment", cancelledAccrual());
    problems.throwIfErrors(InvalidFactsException::new);
  }

  /**
   * Renders the decision: {@code D-1 / P-1 CANCELLATION after 40 days: 1/2 of 4,800.00 USD = 2,400.00 USD}.
   *
   * @return never null
   */
  @Override
  public String toString() {
    return dealId() + " / " + partner() + " " + kind() + " after " + daysActive() + " days: " + fraction() + " of "
        + base() + " = " + clawback() + (flaggedForTermination() ? ", flagged for termination" : "");
  }

  /** Builds a {@link ClawbackDecision}; used by the {@link ClawbackCalculator}. Not thread-safe. */
  static class Builder extends ImmutableClawbackDecision.Builder {
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
}
