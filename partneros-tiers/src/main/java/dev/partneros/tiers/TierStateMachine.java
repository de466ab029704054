package dev.partneros.tiers;

import static java.util.Objects.requireNonNull;

import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.FiscalCalendar;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Tier;
import dev.partneros.core.TierLadder;
import dev.partneros.core.internal.ProblemCollector;
import dev.partneros.tiers.internal.Quarters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tier maintenance state machine ({@code docs/rules/tiers.md#quarter-end-evaluation}): a pure
 * function {@link #next(TierState, QuarterFacts)} from a partner's {@link TierState} and its
 * metrics at a quarter end to a {@link TierDecision} holding the next state.
 * {@link #replay(TierState, List)} folds it over a history. Built once per program with
 * {@link #of(TierProgram)}.
 *
 * <p>The rules, at each quarter end {@code d} of the program's fiscal calendar, with {@code Q} the
 * tier the metrics qualify for and {@code T} the tier held:
 * <ol>
 *   <li><b>Override.</b> A {@link TierOverride} in the quarter's facts is applied first. While an
 *       override is in force the tier is pinned, whatever the metrics. It ends at the first quarter
 *       end on or after its {@code endsOn}; the partner then moves straight to {@code Q}.</li>
 *   <li><b>Provisional.</b> A provisional tier ({@link #provisional(Tier, LocalDate)}) is kept for
 *       the program's months; it ends at the first quarter end on or after its last day, and the
 *       partner moves straight to {@code Q}, without grace (grace protects an earned tier). Before
 *       then, {@code Q > T} upgrades it to an earned tier at once (with {@link TierProgram.UpgradeTiming#AT_REVIEW},
 *       the end of the provisional period is its review).</li>
 *   <li><b>Upgrade.</b> {@code Q > T}: upgraded to {@code Q} (skipping tiers when the metrics jump)
 *       at this quarter end, or, with {@link TierProgram.UpgradeTiming#AT_REVIEW}, at the next review (a partner
 *       in grace that qualifies above its tier has its grace cleared meanwhile).</li>
 *   <li><b>Review.</b> Reviews fall on the anniversaries of {@link TierState#since()} (the last tier
 *       change), at the quarter end containing the anniversary; with {@link TierProgram.ReviewCadence#QUARTERLY},
 *       at every quarter end. At a review, a partner in good standing with {@code Q < T} enters grace
 *       for {@code T}'s grace quarters, keeping tier and benefits; grace ends at the quarter end that
 *       many quarters later. Between reviews, {@code Q < T} changes nothing (the decision's
 *       projection shows the risk).</li>
 *   <li><b>Grace.</b> {@code Q >= T} during grace clears it. At the grace end with {@code Q < T},
 *       the partner is downgraded one step (or, with {@link TierProgram.DowngradeMode#TO_QUALIFIED}, to
 *       {@code Q}). If it does not qualify for the new tier either, a new grace for the new tier
 *       starts at once, so a Platinum partner with nothing left lands on Registered only after
 *       3 + 2 + 1 quarters.</li>
 * </ol>
 *
 * <p>Decisions where the blueprint is silent (see {@code docs/rules/tiers.md}): a tier with 0
 * grace quarters is downgraded at the review itself; a new grace started by a one-step downgrade
 * lasts at least one quarter, so one evaluation never moves a partner down more than one step; a
 * review that falls between two evaluations (a skipped quarter) counts at the next evaluation, but
 * before the first evaluation of a state only a review falling on that very quarter end counts
 * (reviews before the caller started are theirs); the state's {@code since} moves at every tier
 * change and when a provisional period or override ends.
 *
 * <p>Immutable and thread-safe.
 */
public final class TierStateMachine {

  private final TierProgram program;
  private final TierQualifier qualifier;
  private final TierLadder ladder;
  private final FiscalCalendar calendar;

  private TierStateMachine(TierProgram program) {
    this.program = program;
    this.qualifier = TierQualifier.of(program);
    this.ladder = program.ladder();
    this.calendar = program.fiscalCalendar();
  }

  /**
   * Returns the state machine of a program.
   *
   * @param program the tier program, not null
   * @return never null
   */
  public static TierStateMachine of(TierProgram program) {
    return new TierStateMachine(requireNonNull(program, "program"));
  }

  /**
   * Returns the program.
   *
   * @return never null
   */
  public TierProgram program() {
    return program;
  }

  /**
   * Returns the qualifier the state machine evaluates metrics with.
   *
   * @return never null
   */
  public TierQualifier qualifier() {
    return qualifier;
  }

  /**
   * Returns the state of a new partner given a tier provisionally, for the program's provisional
   * months (6 by default) from a start day: the last provisional day is
   * {@code start + months - 1 day}.
   *
   * @param tier the tier given, not null, on the ladder
   * @param start the first day, not null
   * @return never null
   * @throws InvalidFactsException if the tier is not on the ladder
   */
  public TierState provisional(Tier tier, LocalDate start) {
    requireNonNull(tier, "tier");
    requireNonNull(start, "start");
    onLadder(tier, FieldPath.root().field("tier"));
    return new TierState.Builder().tier(tier).status(TierState.Status.PROVISIONAL).since(start)
        .provisionalUntil(start.plusMonths(program.provisionalMonths()).minusDays(1)).build();
  }

  /**
   * Returns an override to the program's default override tier (Platinum in the standard program).
   *
   * @param reason why, not blank
   * @param startsOn the first day, not null
   * @param endsOn the last day, or empty for no end date, not null
   * @return never null
   * @throws InvalidFactsException if the reason is blank or the end before the start
   */
  public TierOverride defaultOverride(String reason, LocalDate startsOn, Optional<LocalDate> endsOn) {
    requireNonNull(endsOn, "endsOn");
    return new TierOverride.Builder().tier(program.overrideTier()).reason(reason).startsOn(startsOn).endsOn(endsOn)
        .build();
  }

  /**
   * Applies a strategic override to a state at once: the partner holds the override's tier with
   * status {@link TierState.Status#OVERRIDDEN}, whatever it held before. (To apply one as part of a
   * quarter's evaluation, put it in {@link QuarterFacts#override()}.)
   *
   * @param state the state, not null
   * @param override the override, not null, its tier on the ladder
   * @return never null
   * @throws InvalidFactsException if the override's tier is not on the ladder
   */
  public TierState override(TierState state, TierOverride override) {
    requireNonNull(state, "state");
    requireNonNull(override, "override");
    onLadder(override.tier(), FieldPath.root().field("override").field("tier"));
    LocalDate since = override.tier().equals(state.tier()) ? state.since() : override.startsOn();
    return new TierState.Builder().tier(override.tier()).status(TierState.Status.OVERRIDDEN).since(since)
        .override(override).lastEvaluated(state.lastEvaluated()).build();
  }

  /**
   * Measures dated facts at a quarter end and evaluates them.
   *
   * @param state the state after the previous evaluation, not null
   * @param quarterEnd the quarter end, not null
   * @param facts the partner's facts known on the quarter end, not null, none dated after it
   * @return never null
   * @throws InvalidFactsException as {@link TierQualifier#measure(TierFacts, LocalDate)} and
   *     {@link #next(TierState, QuarterFacts)} do
   */
  public TierDecision next(TierState state, LocalDate quarterEnd, TierFacts facts) {
    return next(state, QuarterFacts.of(quarterEnd, qualifier.measure(facts, quarterEnd)));
  }

  /**
   * Evaluates one quarter end: the pure transition function of the state machine.
   *
   * @param state the state after the previous evaluation, not null, its tier on the ladder
   * @param facts the quarter's facts, not null
   * @return never null
   * @throws InvalidFactsException naming every problem: the date is not a quarter end of the
   *     program's fiscal calendar ({@code quarterEnd}), is not after the state's last evaluation or
   *     is before its {@code since}; the state's tier or the override's tier is off the ladder; the
   *     override starts after the quarter end; the metrics are in another currency
   */
  public TierDecision next(TierState state, QuarterFacts facts) {
    requireNonNull(state, "state");
    requireNonNull(facts, "facts");
    LocalDate d = facts.quarterEnd();
    validate(state, facts);
    Qualification qualification = qualifier.qualify(facts.metrics(), d);
    Tier qualified = qualification.qualifiedTier();
    List<TierDecision.Step> steps = new ArrayList<>(3);
    TierState current = state;
    if (facts.override().isPresent()) {
      current = override(current, facts.override().get());
      steps.add(TierDecision.Step.OVERRIDE_GRANTED);
    }
    boolean review = false;
    TierState next;
    switch (current.status()) {
      case OVERRIDDEN: {
        Optional<LocalDate> endsOn = current.override().get().endsOn();
        if (endsOn.isPresent() && !d.isBefore(endsOn.get())) {
          steps.add(TierDecision.Step.OVERRIDE_ENDED);
          next = TierState.of(qualified, d);
        } else {
          steps.add(TierDecision.Step.OVERRIDE_IN_FORCE);
          next = current;
        }
        break;
      }
      case PROVISIONAL: {
        if (!d.isBefore(current.provisionalUntil().get())) {
          steps.add(TierDecision.Step.PROVISIONAL_ENDED);
          next = TierState.of(qualified, d);
        } else if (rank(qualified) > rank(current.tier()) && program.upgrades() == TierProgram.UpgradeTiming.AT_QUARTER_END) {
          steps.add(TierDecision.Step.UPGRADED);
          next = TierState.of(qualified, d);
        } else {
          steps.add(TierDecision.Step.PROVISIONAL_IN_FORCE);
          next = current;
        }
        break;
      }
      default:
        review = isReview(current, d);
        next = maintain(current, qualified, d, review, steps);
    }
    next = new TierState.Builder().from(next).lastEvaluated(d).build();
    Optional<LocalDate> nextReview = nextReview(next, d);
    return new TierDecision.Builder()
        .asOf(d)
        .transition(transition(state, next))
        .nextReview(nextReview)
        .review(review)
        .progress(qualifier.progress(qualification, next.tier()))
        .projection(projection(next, qualification, nextReview))
        .steps(steps)
        .previous(state)
        .state(next)
        .qualification(qualification)
        .build();
  }

  private TierState maintain(TierState current, Tier qualified, LocalDate d, boolean review,
      List<TierDecision.Step> steps) {
    int held = rank(current.tier());
    int q = rank(qualified);
    boolean inGrace = current.status() == TierState.Status.IN_GRACE;
    if (q > held) {
      if (program.upgrades() == TierProgram.UpgradeTiming.AT_QUARTER_END || review) {
        steps.add(TierDecision.Step.UPGRADED);
        return TierState.of(qualified, d);
      }
      steps.add(TierDecision.Step.UPGRADE_AWAITS_REVIEW);
      if (inGrace) {
        steps.add(TierDecision.Step.GRACE_CLEARED);
        return TierState.of(current.tier(), current.since());
      }
      return current;
    }
    if (q == held) {
      if (inGrace) {
        steps.add(TierDecision.Step.GRACE_CLEARED);
        return TierState.of(current.tier(), current.since());
      }
      steps.add(TierDecision.Step.HOLDS);
      return current;
    }
    if (inGrace) {
      if (!d.isBefore(current.graceEnds().get())) {
        return downgrade(current, qualified, d, steps);
      }
      steps.add(TierDecision.Step.GRACE_CONTINUES);
      return current;
    }
    if (review) {
      int grace = program.graceQuarters(current.tier());
      if (grace > 0) {
        steps.add(TierDecision.Step.GRACE_STARTED);
        return new TierState.Builder().tier(current.tier()).status(TierState.Status.IN_GRACE).since(current.since())
            .graceEnds(Quarters.plus(d, grace)).build();
      }
      return downgrade(current, qualified, d, steps);
    }
    steps.add(TierDecision.Step.NOT_QUALIFIED_BEFORE_REVIEW);
    return current;
  }

  private TierState downgrade(TierState current, Tier qualified, LocalDate d, List<TierDecision.Step> steps) {
    steps.add(TierDecision.Step.DOWNGRADED);
    Tier target = program.downgrade() == TierProgram.DowngradeMode.ONE_STEP ? ladder.previous(current.tier()).get() : qualified;
    if (rank(target) > rank(qualified)) {
      steps.add(TierDecision.Step.NEW_GRACE);
      int grace = Math.max(1, program.graceQuarters(target));
      return new TierState.Builder().tier(target).status(TierState.Status.IN_GRACE).since(d)
          .graceEnds(Quarters.plus(d, grace)).build();
    }
    return TierState.of(target, d);
  }

  private Optional<TierDecision.Transition> transition(TierState before, TierState after) {
    int change = Integer.compare(rank(after.tier()), rank(before.tier()));
    if (change > 0) {
      return Optional.of(TierDecision.Transition.UPGRADED);
    }
    if (change < 0) {
      return Optional.of(TierDecision.Transition.DOWNGRADED);
    }
    boolean wasInGrace = before.status() == TierState.Status.IN_GRACE;
    boolean isInGrace = after.status() == TierState.Status.IN_GRACE;
    if (!wasInGrace && isInGrace) {
      return Optional.of(TierDecision.Transition.GRACE_STARTED);
    }
    if (wasInGrace && !isInGrace) {
      return Optional.of(TierDecision.Transition.GRACE_CLEARED);
    }
    return Optional.empty();
  }

  private Optional<TierDecision.GraceProjection> projection(TierState state, Qualification qualification,
      Optional<LocalDate> nextReview) {
    Tier qualified = qualification.qualifiedTier();
    boolean inGrace = state.status() == TierState.Status.IN_GRACE;
    boolean atRisk = state.status() == TierState.Status.GOOD_STANDING && rank(qualified) < rank(state.tier());
    if (!inGrace && !atRisk) {
      return Optional.empty();
    }
    LocalDate deadline = inGrace ? state.graceEnds().get() : nextReview.get();
    LocalDate graceEnd = inGrace ? deadline : Quarters.plus(deadline, program.graceQuarters(state.tier()));
    Tier after = program.downgrade() == TierProgram.DowngradeMode.ONE_STEP ? ladder.previous(state.tier()).get() : qualified;
    return Optional.of(new TierDecision.GraceProjection.Builder().tier(state.tier()).inGrace(inGrace).deadline(deadline)
        .graceEnd(graceEnd).tierAtGraceEnd(after).toKeep(qualifier.progressTowards(qualification, state.tier()))
        .build());
  }

  /**
   * Tells whether a quarter end is a review of a state: with quarterly reviews, every quarter end;
   * with annual reviews, a quarter end containing an anniversary of {@link TierState#since()}
   * (or, when quarters were skipped, the first evaluation after one; before a state's first
   * evaluation, only an anniversary in that very quarter counts).
   *
   * @param state the state, not null
   * @param quarterEnd the quarter end, not null
   * @return true if it is a review
   */
  public boolean isReview(TierState state, LocalDate quarterEnd) {
    requireNonNull(state, "state");
    requireNonNull(quarterEnd, "quarterEnd");
    if (program.review() == TierProgram.ReviewCadence.QUARTERLY) {
      return true;
    }
    LocalDate since = state.since();
    LocalDate after = state.lastEvaluated().orElse(quarterEnd.minusDays(1));
    int first = Math.max(1, after.getYear() - since.getYear() - 1);
    for (int k = first; ; k++) {
      LocalDate review = Quarters.endOnOrAfter(calendar, since.plusYears(k));
      if (review.isAfter(quarterEnd)) {
        return false;
      }
      if (review.isAfter(after)) {
        return true;
      }
    }
  }

  /**
   * Returns the next date after {@code after} when a state's standing will be reconsidered: its
   * next review; for a provisional tier or an override with an end date, the quarter end on which
   * it ends.
   *
   * @param state the state, not null
   * @param after the day after which to look, not null
   * @return the date, or empty for an override without end date
   */
  public Optional<LocalDate> nextReview(TierState state, LocalDate after) {
    requireNonNull(state, "state");
    requireNonNull(after, "after");
    switch (state.status()) {
      case PROVISIONAL:
        return Optional.of(firstAfter(Quarters.endOnOrAfter(calendar, state.provisionalUntil().get()), after));
      case OVERRIDDEN:
        return state.override().get().endsOn().map(u -> firstAfter(Quarters.endOnOrAfter(calendar, u), after));
      default:
        if (program.review() == TierProgram.ReviewCadence.QUARTERLY) {
          return Optional.of(Quarters.endOnOrAfter(calendar, after.plusDays(1)));
        }
        LocalDate since = state.since();
        int first = Math.max(1, after.getYear() - since.getYear() - 1);
        for (int k = first; ; k++) {
          LocalDate review = Quarters.endOnOrAfter(calendar, since.plusYears(k));
          if (review.isAfter(after)) {
            return Optional.of(review);
          }
        }
    }
  }

  private LocalDate firstAfter(LocalDate quarterEnd, LocalDate after) {
    return quarterEnd.isAfter(after) ? quarterEnd : Quarters.endOnOrAfter(calendar, after.plusDays(1));
  }

  /**
   * Replays a history: folds {@link #next(TierState, QuarterFacts)} over the quarters in order,
   * each from the state the previous one produced.
   *
   * @param initial the state before the first quarter, not null
   * @param history the quarters, not null, in order
   * @return the decision of every quarter, in order, never null
   * @throws InvalidFactsException as {@code next} does, for the first quarter that fails
   */
  public List<TierDecision> replay(TierState initial, List<QuarterFacts> history) {
    requireNonNull(initial, "initial");
    requireNonNull(history, "history");
    List<TierDecision> decisions = new ArrayList<>(history.size());
    TierState state = initial;
    for (QuarterFacts quarter : history) {
      TierDecision decision = next(state, quarter);
      decisions.add(decision);
      state = decision.state();
    }
    return List.copyOf(decisions);
  }

  /**
   * Replays dated facts over consecutive quarter ends: at each one, the facts known on that day
   * ({@link TierFacts#knownOn(LocalDate)}) are measured and evaluated.
   *
   * @param initial the state before the first quarter, not null
   * @param facts the partner's whole history of facts, not null
   * @param firstQuarterEnd the first quarter end to evaluate, not null
   * @param quarters how many quarter ends to evaluate, {@code >= 0}
   * @return the decision of every quarter, in order, never null
   * @throws InvalidFactsException as {@code next} does
   */
  public List<TierDecision> replay(TierState initial, TierFacts facts, LocalDate firstQuarterEnd, int quarters) {
    requireNonNull(facts, "facts");
    requireNonNull(firstQuarterEnd, "firstQuarterEnd");
    List<QuarterFacts> history = new ArrayList<>(Math.max(quarters, 0));
    for (int i = 0; i < quarters; i++) {
      LocalDate d = Quarters.plus(firstQuarterEnd, i);
      history.add(QuarterFacts.of(d, qualifier.measure(facts.knownOn(d), d)));
    }
    return replay(initial, history);
  }

  private void validate(TierState state, QuarterFacts facts) {
    LocalDate d = facts.quarterEnd();
    boolean valid = Quarters.isQuarterEnd(calendar, d) && state.lastEvaluated().map(d::isAfter).orElse(true)
        && !d.isBefore(state.since()) && ladder.contains(state.tier())
        && facts.override().map(o -> ladder.contains(o.tier()) && !o.startsOn().isAfter(d)).orElse(true);
    if (valid) {
      return;
    }
    ProblemCollector problems = new ProblemCollector();
    FieldPath quarterEnd = FieldPath.root().field("quarterEnd");
    problems.check(Quarters.isQuarterEnd(calendar, d), quarterEnd, TierProblemCode.NOT_QUARTER_END,
        "be the last day of a quarter (fiscal year from " + calendar.startMonth() + ")", d);
    state.lastEvaluated().ifPresent(last -> problems.check(d.isAfter(last), quarterEnd, CoreProblemCode.OUT_OF_ORDER,
        "be after the state's last evaluation " + last, d));
    problems.check(!d.isBefore(state.since()), quarterEnd, CoreProblemCode.BEFORE_START,
        "not be before the state's since " + state.since(), d);
    problems.check(ladder.contains(state.tier()), FieldPath.root().field("state").field("tier"), CoreProblemCode.UNKNOWN_TIER,
        "be a tier of the ladder " + ladder, state.tier());
    facts.override().ifPresent(o -> {
      problems.check(ladder.contains(o.tier()), FieldPath.root().field("override").field("tier"), CoreProblemCode.UNKNOWN_TIER,
          "be a tier of the ladder " + ladder, o.tier());
      problems.check(!o.startsOn().isAfter(d), FieldPath.root().field("override").field("startsOn"), CoreProblemCode.AFTER_AS_OF,
          "be on or before the quarter end " + d, o.startsOn());
    });
    problems.throwIfErrors(InvalidFactsException::new);
  }

  private void onLadder(Tier tier, FieldPath path) {
    ProblemCollector problems = new ProblemCollector();
    problems.check(ladder.contains(tier), path, CoreProblemCode.UNKNOWN_TIER, "be a tier of the ladder " + ladder, tier);
    problems.throwIfErrors(InvalidFactsException::new);
  }

  private int rank(Tier tier) {
    return ladder.rankOf(tier);
  }

  @Override
  public String toString() {
    return "TierStateMachine[" + ladder + ", " + program.review() + " reviews, upgrades " + program.upgrades()
        + ", downgrade " + program.downgrade() + "]";
  }
}
