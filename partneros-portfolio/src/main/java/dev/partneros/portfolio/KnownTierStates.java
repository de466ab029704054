package dev.partneros.portfolio;

import static java.util.Objects.requireNonNull;

import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.FiscalCalendar;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.PartnerId;
import dev.partneros.core.Problem;
import dev.partneros.core.TierLadder;
import dev.partneros.tiers.TierState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Tier states known from outside the facts, such as those an embedder stored when it closed its
 * quarters ({@code docs/jdbc.md}): per partner, the {@link TierState} it held at the end of a day
 * (usually a quarter end). Given to {@link PortfolioEvaluator#evaluate(dev.partneros.core.ProgramHistory,
 * Portfolio, LocalDate, KnownTierStates)}, they make a partner's tier timeline continue from the known
 * state instead of the state replayed from the facts.
 *
 * <p>The rule, per partner: the timeline starts as always from the partner row's {@code tier} since
 * {@code tierSince}; before it decides a quarter end, the latest known state dated on or after the
 * previous quarter end of the timeline (or at any earlier day, for the first) and before this one
 * replaces the state carried so far. A quarter end on or before a known state's day keeps the
 * decision it had; the tier held between two quarter ends is the state the later one is decided
 * from, so commission tier rates and MDF eligibility on the days after a known state follow it. A
 * partner without known states, an inactive one and a known state dated on or after the last quarter
 * end up to the as-of date change nothing.
 *
 * <p>Checked by the evaluation, all problems at once ({@link InvalidFactsException}): every partner
 * must be in the book ({@code tierStates["P-9"]}, {@code unknown_key}); a state that a quarter end of
 * the evaluation continues from must hold a tier of the ladder ({@code unknown_tier}), have been
 * evaluated last before that quarter end ({@code out_of_order}) and begin on or before it
 * ({@code before_start}), at {@code tierStates["P-9"]["2026-06-30"]} and its field.
 *
 * <p>Immutable and thread-safe.
 */
public final class KnownTierStates {

  private static final KnownTierStates NONE = new KnownTierStates(Map.of());

  private final Map<PartnerId, SortedMap<LocalDate, TierState>> states;

  private KnownTierStates(Map<PartnerId, SortedMap<LocalDate, TierState>> states) {
    this.states = states;
  }

  /**
   * Returns no known states: the evaluation replays every timeline from the facts.
   *
   * @return never null
   */
  public static KnownTierStates none() {
    return NONE;
  }

  /**
   * Returns the states of several partners known at the end of one day, such as the last closed
   * quarter's end.
   *
   * @param day the day the states are known at the end of, not null
   * @param states each partner's state, not null, no null key or value
   * @return never null
   */
  public static KnownTierStates at(LocalDate day, Map<PartnerId, TierState> states) {
    requireNonNull(day, "day");
    requireNonNull(states, "states");
    Map<PartnerId, Map<LocalDate, TierState>> byPartner = new TreeMap<>();
    states.forEach((id, state) -> byPartner.put(requireNonNull(id, "states' partner"),
        Map.of(day, requireNonNull(state, "states' value"))));
    return of(byPartner);
  }

  /**
   * Returns states known per partner at the end of one or more days each, such as every closed
   * quarter's stored state.
   *
   * @param states each partner's states by day, not null, no null key or value
   * @return never null
   */
  public static KnownTierStates of(Map<PartnerId, ? extends Map<LocalDate, TierState>> states) {
    requireNonNull(states, "states");
    Map<PartnerId, SortedMap<LocalDate, TierState>> copy = new TreeMap<>();
    states.forEach((id, byDay) -> {
      SortedMap<LocalDate, TierState> days = new TreeMap<>();
      requireNonNull(byDay, "states' value").forEach((day, state) -> days.put(requireNonNull(day, "states' day"),
          requireNonNull(state, "states' state")));
      if (!days.isEmpty()) {
        copy.put(requireNonNull(id, "states' partner"), Collections.unmodifiableSortedMap(days));
      }
    });
    return copy.isEmpty() ? NONE : new KnownTierStates(Collections.unmodifiableMap(copy));
  }

  /**
   * Returns the known states, per partner (in id order) by day (oldest first).
   *
   * @return never null, unmodifiable
   */
  public Map<PartnerId, SortedMap<LocalDate, TierState>> states() {
    return states;
  }

  /**
   * Tells whether no state is known.
   *
   * @return true for {@link #none()}
   */
  public boolean isEmpty() {
    return states.isEmpty();
  }

  /** One partner's known states by day; empty when none. */
  SortedMap<LocalDate, TierState> statesOf(PartnerId partner) {
    SortedMap<LocalDate, TierState> own = states.get(partner);
    return own == null ? Collections.emptySortedMap() : own;
  }

  /**
   * Checks the states against a book: each partner in it, each state a quarter end up to the as-of
   * date continues from acceptable to the state machine.
   */
  void check(Set<PartnerId> book, FiscalCalendar calendar, TierLadder ladder, LocalDate asOf) {
    List<Problem> problems = new ArrayList<>();
    FieldPath root = FieldPath.root().field("tierStates");
    states.forEach((id, byDay) -> {
      FieldPath partner = root.key(id.value());
      if (!book.contains(id)) {
        problems.add(Problem.error(partner, CoreProblemCode.UNKNOWN_KEY, "be a partner of the book", id));
        return;
      }
      byDay.forEach((day, state) -> {
        LocalDate next = calendar.quarterOf(day.plusDays(1)).endInclusive();
        if (next.isAfter(asOf)) {
          return;
        }
        FieldPath at = partner.key(day.toString());
        if (!ladder.contains(state.tier())) {
          problems.add(Problem.error(at.field("tier"), CoreProblemCode.UNKNOWN_TIER, "be a tier of the ladder "
              + ladder, state.tier()));
        }
        state.lastEvaluated().filter(last -> !last.isBefore(next)).ifPresent(last -> problems.add(Problem.error(
            at.field("lastEvaluated"), CoreProblemCode.OUT_OF_ORDER, "be before the quarter end " + next
                + " that continues from it", last)));
        if (state.since().isAfter(next)) {
          problems.add(Problem.error(at.field("since"), CoreProblemCode.BEFORE_START, "be on or before the quarter end "
              + next + " that continues from it", state.since()));
        }
      });
    });
    if (!problems.isEmpty()) {
      throw new InvalidFactsException(problems);
    }
  }

  /**
   * Tells whether another object holds the same states.
   *
   * @param other any object, or null
   * @return true for known tier states with equal states
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof KnownTierStates && ((KnownTierStates) other).states.equals(states);
  }

  /**
   * Returns the hash code of the states.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return states.hashCode();
  }

  /**
   * Renders the number of partners and states, such as {@code KnownTierStates[2 partners, 5 states]}.
   *
   * @return never null
   */
  @Override
  public String toString() {
    return "KnownTierStates[" + states.size() + " partners, " + states.values().stream().mapToInt(Map::size).sum()
        + " states]";
  }
}
