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
 * ({@code docs/rules/commission.md#explanations-on-request}): the steps the run recorded, the first
 * four in fields of their own and any further ones in a list (most lines have three: the model, the
 * attribution factor, the rounding), and the payout timing's values held here directly rather than
 * as a step record of their own, so a line retained in a result holds one small record for its
 * explanation besides its step records. Values only (dates, amounts, the clawback decision), never
 * the run's working state. The explanation is the one {@link Explain.Line} renders from the same
 * steps followed by {@link Explain.Timing}.
 *
 * @param id the line's id
 * @param asOf the as-of date
 * @param version the program version that decided the line
 * @param decision the clawback decision of an adjustment, or null
 * @param step0 the first recorded step, or null when none
 * @param step1 the second, or null
 * @param step2 the third, or null
 * @param step3 the fourth, or null
 * @param more the recorded steps after the fourth, in order, empty for most lines
 * @param status the line's status on the as-of date
 * @param accruedOn the accrual date
 * @param trigger the payout trigger's label
 * @param triggeredOn the trigger's date, or null while awaited
 * @param holdbackDays the holdback after the trigger
 * @param payableOn the day the line becomes payable, or null
 * @param paidOn the payout run that paid it, or null
 * @param due the day payment is due, or null
 */
record LineExplanation(String id, LocalDate asOf, String version, ClawbackDecision decision, Explain.Step step0,
    Explain.Step step1, Explain.Step step2, Explain.Step step3, List<Explain.Step> more, CommissionLine.Status status, LocalDate accruedOn, String trigger, LocalDate triggeredOn, int holdbackDays,
    LocalDate payableOn, LocalDate paidOn, LocalDate due) implements Supplier<Explanation> {

  /**
   * Copies what a line's explanation needs from its draft, once the run is over.
   *
   * @param draft the line's draft, not kept
   * @param status the line's status on the as-of date
   * @param asOf the as-of date
   * @return the recipe
   */
  static LineExplanation of(Work.Draft draft, CommissionLine.Status status, LocalDate asOf) {
    List<Explain.Step> steps = draft.steps;
    int n = steps.size();
    return new LineExplanation(draft.id, asOf, draft.terms.version(), draft.decision, n > 0 ? steps.get(0) : null,
        n > 1 ? steps.get(1) : null, n > 2 ? steps.get(2) : null, n > 3 ? steps.get(3) : null,
        n > 4 ? List.copyOf(steps.subList(4, n)) : List.of(), status, draft.accruedOn, draft.trigger, draft.triggeredOn, draft.holdbackDays, draft.payableOn, draft.paidOn,
        draft.paymentDue);
  }

  @Override
  public Explanation get() {
    List<ExplanationStep> rendered = new ArrayList<>(5 + more.size() + (decision == null ? 0 : 5));
    if (decision != null) {
      rendered.addAll(decision.explanation().steps());
    }
    for (Explain.Step step : new Explain.Step[] {step0, step1, step2, step3}) {
      if (step != null) {
        rendered.add(step.render());
      }
    }
    for (Explain.Step step : more) {
      rendered.add(step.render());
    }
    rendered.add(new Explain.Timing(status, accruedOn, trigger, triggeredOn, holdbackDays, payableOn, paidOn, due)
        .render());
    return Explanation.of("commission line " + id, Optional.of(asOf), Optional.of(version), rendered);
  }
}
