package dev.partneros.attribution;

import static java.util.Objects.requireNonNull;

import dev.partneros.attribution.internal.Inputs;
import dev.partneros.core.Explanation;
import dev.partneros.core.ExplanationStep;
import dev.partneros.core.PartnerId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Decides a registration conflict: which partner's registration of a deal holds at an evaluation
 * date ({@code docs/rules/attribution.md#deal-registration}), and why every other one lost.
 *
 * <p>Each registration is protected from its day (day 0) through day {@code protectionDays}
 * inclusive ({@link AttributionPolicy#protectionDays()}, 30 by default, unless the registration
 * carries its own): with 30 days, a registration of 1 March is still protected on 31 March (day 30)
 * and expired on 1 April (day 31). A registration is checked in this order:
 * <ol>
 *   <li>made after the evaluation date: {@link RegistrationDecision.Status#AFTER_EVALUATION_DATE} (it does
 *       not exist yet at that date);</li>
 *   <li>made after the close date: {@link RegistrationDecision.Status#AFTER_CLOSE};</li>
 *   <li>made after the deal entered the direct pipeline (its earliest direct engagement is
 *       strictly before the registration day; the same day does not count):
 *       {@link RegistrationDecision.Status#AFTER_DIRECT_PIPELINE}, invalid;</li>
 *   <li>evaluation date after its last protected day, or a protection that ended before the deal
 *       was created: {@link RegistrationDecision.Status#EXPIRED};</li>
 *   <li>otherwise it is a candidate. The earliest candidate wins; an expired registration thus loses
 *       to a later one that is still protected. Candidates of the same day are ordered by partner id
 *       (the smallest wins; the others lose with {@link RegistrationDecision.Status#TIE_BROKEN_BY_PARTNER_ID},
 *       and the explanation says so); a second registration of the winner on the same day is a
 *       {@link RegistrationDecision.Status#DUPLICATE_OF_WINNER}; later candidates lose with
 *       {@link RegistrationDecision.Status#LATER_THAN_WINNER}.</li>
 * </ol>
 * When no registration is a candidate, there is no winner.
 *
 * <p>A registration may be dated before the deal was created
 * ({@code docs/rules/attribution.md#registration-before-the-deal-was-created}): partners often
 * register an opportunity before our own record of it exists. It counts when its protection reaches
 * the created date, so the earliest registration accepted is the created date minus its protection
 * days (with 30 days and a deal created on 31 March: 1 March is accepted, 28 February expired before
 * the deal existed). Its protection still runs from its own day, not from the created date, and it
 * competes with its own date: it wins over any later registration still protected. The evaluation date is a parameter (no
 * hidden clock): evaluate at the day the conflict is decided, such as the day of the newest
 * registration. The result does not depend on the order the registrations were given in.
 *
 * <p>Stateless: every method is a pure function of its arguments and the policy. Immutable and
 * thread-safe.
 */
public final class RegistrationResolver {

  /** The rule id of the step of each registration. */
  public static final String CONFLICT_RULE = "attribution.registration.conflict";
  /** The rule id of the winner step. */
  public static final String WINNER_RULE = "attribution.registration.winner";

  private static final String T_WON = "{partner} registered {registered}, protected through {protectedThrough}: "
      + "the earliest valid registration still protected on {evaluationDate} -> {outcome}";
  private static final String T_AFTER_EVALUATION = "{partner} registered {registered}, after the evaluation date "
      + "{evaluationDate}: not made yet -> {outcome}";
  private static final String T_AFTER_CLOSE = "{partner} registered {registered}, after the deal closed on {closed}: "
      + "nothing left to protect -> {outcome}";
  private static final String T_AFTER_DIRECT = "{partner} registered {registered}, after the deal entered the direct "
      + "pipeline on {directPipelineSince}: invalid -> {outcome}";
  private static final String T_EXPIRED = "{partner} registered {registered}, protected through {protectedThrough}: "
      + "expired on {evaluationDate} -> {outcome}";
  private static final String T_EXPIRED_BEFORE_CREATED = "{partner} registered {registered}, protected through "
      + "{protectedThrough}: expired before the deal was created on {created} -> {outcome}";
  private static final String T_LATER = "{partner} registered {registered}: loses to the earlier protected "
      + "registration of {winner} on {winnerRegistered} -> {outcome}";
  private static final String T_TIE = "{partner} registered {registered}, the same day as {winner}: equal dates are "
      + "broken by partner id, {winner} sorts first -> {outcome}";
  private static final String T_DUPLICATE = "{partner} registered again on {registered}: a duplicate of its winning "
      + "registration -> {outcome}";
  private static final String T_WINNER = "deal {deal} on {evaluationDate}: {candidates} of {registrations} "
      + "registrations valid and protected; winner {outcome}";

  private final AttributionPolicy policy;

  private RegistrationResolver(AttributionPolicy policy) {
    this.policy = policy;
  }

  /**
   * Creates a resolver for a policy.
   *
   * @param policy the attribution policy, not null
   * @return never null
   */
  public static RegistrationResolver of(AttributionPolicy policy) {
    return new RegistrationResolver(requireNonNull(policy, "policy"));
  }

  /**
   * Returns the policy this resolver applies.
   *
   * @return never null
   */
  public AttributionPolicy policy() {
    return policy;
  }

  /**
   * Returns the last protected day of a registration: its day plus its protection days.
   *
   * @param registration the registration, not null
   * @return never null
   */
  public LocalDate protectedThrough(Deal.Registration registration) {
    requireNonNull(registration, "registration");
    return registration.date().plusDays(registration.protectionDays().orElse(policy.protectionDays()));
  }

  /**
   * Decides which registration of a deal holds at an evaluation date.
   *
   * @param deal the deal whose registrations compete, not null
   * @param evaluationDate the day the conflict is decided, not null
   * @return never null
   */
  public RegistrationDecision resolve(Deal deal, LocalDate evaluationDate) {
    requireNonNull(deal, "deal");
    requireNonNull(evaluationDate, "evaluationDate");
    List<Deal.Registration> sorted = new ArrayList<>(deal.registrations());
    sorted.sort(Comparator.comparing(Deal.Registration::date)
        .thenComparing(Deal.Registration::partner)
        .thenComparing(this::protectedThrough, Comparator.reverseOrder())
        // a total order: an explicit protectionDays equal to the policy's default ties otherwise
        .thenComparing(r -> r.protectionDays().orElse(0)));
    Optional<LocalDate> direct = deal.directPipelineSince();
    Optional<LocalDate> closed = deal.closed();

    Deal.Registration winner = null;
    int candidates = 0;
    List<RegistrationDecision.Outcome> outcomes = new ArrayList<>(sorted.size());
    List<ExplanationStep> steps = new ArrayList<>(sorted.size() + 1);
    for (Deal.Registration registration : sorted) {
      LocalDate date = registration.date();
      LocalDate through = protectedThrough(registration);
      RegistrationDecision.Status status;
      if (date.isAfter(evaluationDate)) {
        status = RegistrationDecision.Status.AFTER_EVALUATION_DATE;
      } else if (closed.isPresent() && date.isAfter(closed.get())) {
        status = RegistrationDecision.Status.AFTER_CLOSE;
      } else if (direct.isPresent() && direct.get().isBefore(date)) {
        status = RegistrationDecision.Status.AFTER_DIRECT_PIPELINE;
      } else if (evaluationDate.isAfter(through) || deal.created().isAfter(through)) {
        status = RegistrationDecision.Status.EXPIRED;
      } else {
        candidates++;
        if (winner == null) {
          winner = registration;
          status = RegistrationDecision.Status.WON;
        } else if (winner.date().isBefore(date)) {
          status = RegistrationDecision.Status.LATER_THAN_WINNER;
        } else if (winner.partner().equals(registration.partner())) {
          status = RegistrationDecision.Status.DUPLICATE_OF_WINNER;
        } else {
          status = RegistrationDecision.Status.TIE_BROKEN_BY_PARTNER_ID;
        }
      }
      outcomes.add(new RegistrationDecision.Outcome.Builder().registration(registration).status(status)
          .protectedThrough(through).build());
      steps.add(step(registration, status, through, winner, evaluationDate, direct, closed, deal.created()));
    }
    steps.add(ExplanationStep.builder()
        .rule(WINNER_RULE)
        .section(Inputs.SECTION)
        .putInputs("deal", deal.id())
        .putInputs("evaluationDate", evaluationDate.toString())
        .putInputs("registrations", Integer.toString(sorted.size()))
        .putInputs("candidates", Integer.toString(candidates))
        .threshold("the earliest valid registration protected on the evaluation date; same day: smallest partner id")
        .outcome(winner == null ? "none" : winner.partner().value() + " (" + winner.date() + ")")
        .template(T_WINNER)
        .build());
    return new RegistrationDecision.Builder()
        .dealId(deal.id())
        .evaluationDate(evaluationDate)
        .winner(Optional.ofNullable(winner))
        .outcomes(outcomes)
        .explanation(Explanation.builder()
            .subject("registration conflict on deal " + deal.id())
            .asOf(evaluationDate)
            .steps(steps)
            .build())
        .build();
  }

  private static ExplanationStep step(Deal.Registration registration, RegistrationDecision.Status status, LocalDate through,
      Deal.Registration winner, LocalDate evaluationDate, Optional<LocalDate> direct, Optional<LocalDate> closed,
      LocalDate created) {
    ExplanationStep.Builder step = ExplanationStep.builder()
        .rule(CONFLICT_RULE)
        .section(Inputs.SECTION)
        .putInputs("partner", registration.partner().value())
        .putInputs("registered", registration.date().toString())
        .putInputs("protectedThrough", through.toString())
        .putInputs("evaluationDate", evaluationDate.toString())
        .outcome(status.name());
    switch (status) {
      case WON:
        return step.template(T_WON).build();
      case AFTER_EVALUATION_DATE:
        return step.template(T_AFTER_EVALUATION).build();
      case AFTER_CLOSE:
        return step.putInputs("closed", Inputs.date(closed, "open")).template(T_AFTER_CLOSE).build();
      case AFTER_DIRECT_PIPELINE:
        return step.putInputs("directPipelineSince", Inputs.date(direct, "never")).template(T_AFTER_DIRECT).build();
      case EXPIRED:
        return created.isAfter(through)
            ? step.putInputs("created", created.toString()).template(T_EXPIRED_BEFORE_CREATED).build()
            : step.template(T_EXPIRED).build();
      case DUPLICATE_OF_WINNER:
        return step.template(T_DUPLICATE).build();
      case TIE_BROKEN_BY_PARTNER_ID:
        return step.putInputs("winner", winnerText(winner)).template(T_TIE).build();
      default:
        return step.putInputs("winner", winnerText(winner))
            .putInputs("winnerRegistered", winner.date().toString())
            .template(T_LATER).build();
    }
  }

  private static String winnerText(Deal.Registration winner) {
    PartnerId partner = winner.partner();
    return partner.value();
  }

  @Override
  public String toString() {
    return "RegistrationResolver[protectionDays=" + policy.protectionDays() + "]";
  }
}
