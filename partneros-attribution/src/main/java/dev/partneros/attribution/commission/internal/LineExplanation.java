package dev.partneros.attribution.commission.internal;

import dev.partneros.attribution.commission.ClawbackDecision;
import dev.partneros.attribution.commission.CommissionLine;
import dev.partneros.core.Explanation;
import dev.partneros.core.ExplanationStep;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What builds a whole-book line's explanation on request
 * ({@code docs/rules/commission.md#explanations-on-request}): the steps the run recorded, in an array
 * of their exact size, and the payout timing's values held here directly rather than as a step
 * object of their own, so a line retained in a result holds one small object for its explanation.
 * Values only (dates, amounts, the clawback decision), never the run's working state. The
 * explanation is the one {@link Explain.Line} renders from the same steps followed by
 * {@link Explain.Timing}.
 */
final class LineExplanation implements Supplier<Explanation> {

  private final String id;
  private final LocalDate asOf;
  private final String version;
  private final ClawbackDecision decision;
  private final Explain.Step[] steps;
  private final CommissionLine.Status status;
  private final LocalDate accruedOn;
  private final String trigger;
  private final LocalDate triggeredOn;
  private final int holdbackDays;
  private final LocalDate payableOn;
  private final LocalDate paidOn;
  private final LocalDate due;

  /**
   * Copies what a line's explanation needs from its draft, once the run is over.
   *
   * @param draft the line's draft, not kept
   * @param status the line's status on the as-of date
   * @param asOf the as-of date
   */
  LineExplanation(Work.Draft draft, CommissionLine.Status status, LocalDate asOf) {
    this.id = draft.id;
    this.asOf = asOf;
    this.version = draft.terms.version();
    this.decision = draft.decision;
    this.steps = draft.steps.toArray(new Explain.Step[0]);
    this.status = status;
    this.accruedOn = draft.accruedOn;
    this.trigger = draft.trigger;
    this.triggeredOn = draft.triggeredOn;
    this.holdbackDays = draft.holdbackDays;
    this.payableOn = draft.payableOn;
    this.paidOn = draft.paidOn;
    this.due = draft.paymentDue;
  }

  @Override
  public Explanation get() {
    List<ExplanationStep> rendered = new ArrayList<>(steps.length + 1 + (decision == null ? 0 : 5));
    if (decision != null) {
      rendered.addAll(decision.explanation().steps());
    }
    for (Explain.Step step : steps) {
      rendered.add(step.render());
    }
    rendered.add(new Explain.Timing(status, accruedOn, trigger, triggeredOn, holdbackDays, payableOn, paidOn, due)
        .render());
    return Explanation.of("commission line " + id, Optional.of(asOf), Optional.of(version), rendered);
  }
}
