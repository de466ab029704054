package dev.partneros.core;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.partneros.core.internal.ProblemCollector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ordered tiers of a program, lowest first ({@code docs/rules/tiers.md#ladder}). The standard
 * ladder is {@code REGISTERED < SILVER < GOLD < PLATINUM}. A ladder has 2 to 6 tiers with unique
 * names; more than 4 is allowed and reported by {@link #warnings()}.
 *
 * <p>JSON form: the list of names, lowest first.
 *
 * <p>Immutable and thread-safe.
 */
public final class TierLadder implements Comparator<Tier> {

  /** The fewest tiers a ladder may have. */
  public static final int MIN_TIERS = 2;
  /** The most tiers a ladder may have. */
  public static final int MAX_TIERS = 6;
  /** Above this many tiers, a ladder carries a warning. */
  public static final int RECOMMENDED_MAX_TIERS = 4;

  private static final TierLadder STANDARD =
      new TierLadder(List.of(Tier.REGISTERED, Tier.SILVER, Tier.GOLD, Tier.PLATINUM));

  private final List<Tier> tiers;
  private final Map<Tier, Integer> ranks;

  private TierLadder(List<Tier> tiers) {
    this.tiers = List.copyOf(tiers);
    Map<Tier, Integer> byTier = new HashMap<>();
    for (int i = 0; i < tiers.size(); i++) {
      byTier.put(tiers.get(i), i);
    }
    this.ranks = Map.copyOf(byTier);
  }

  /**
   * Returns the standard ladder: Registered, Silver, Gold, Platinum.
   *
   * @return never null
   */
  public static TierLadder standard() {
    return STANDARD;
  }

  /**
   * Creates a ladder from its tiers, lowest first.
   *
   * @param tiers the tiers, not null, 2 to 6, unique
   * @return never null
   * @throws InvalidProgramException naming every problem (count, null entry, duplicate)
   */
  public static TierLadder of(List<Tier> tiers) {
    requireNonNull(tiers, "tiers");
    ProblemCollector problems = new ProblemCollector();
    FieldPath path = FieldPath.root().field("ladder");
    problems.requireInRange(path, tiers.size(), MIN_TIERS, MAX_TIERS);
    List<Tier> seen = new ArrayList<>();
    for (int i = 0; i < tiers.size(); i++) {
      Tier tier = tiers.get(i);
      if (problems.requirePresent(path.index(i), tier)) {
        problems.check(!seen.contains(tier), path.index(i), CoreProblemCode.DUPLICATE, "be unique in the ladder", tier);
        seen.add(tier);
      }
    }
    problems.throwIfErrors(InvalidProgramException::new);
    return new TierLadder(tiers);
  }

  /**
   * Creates a ladder from tier names, lowest first: {@code TierLadder.of("Registered", "Gold")}.
   *
   * @param names the names, not null, 2 to 6, unique
   * @return never null
   * @throws InvalidProgramException naming every problem
   */
  public static TierLadder of(String... names) {
    requireNonNull(names, "names");
    ProblemCollector problems = new ProblemCollector();
    List<Tier> tiers = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      try {
        tiers.add(Tier.of(names[i]));
      } catch (InvalidFactsException e) {
        problems.check(false, FieldPath.root().field("ladder").index(i), CoreProblemCode.INVALID_NAME,
            "be a name of letters, digits and underscores starting with a letter", names[i]);
      }
    }
    problems.throwIfErrors(InvalidProgramException::new);
    return of(tiers);
  }

  @JsonCreator
  static TierLadder fromJson(List<Tier> tiers) {
    return of(tiers);
  }

  /**
   * Returns the tiers, lowest first.
   *
   * @return never null, unmodifiable
   */
  @JsonValue
  public List<Tier> tiers() {
    return tiers;
  }

  /**
   * Returns the warnings about this ladder: more than 4 tiers.
   *
   * @return never null, empty when there is nothing to say
   */
  public List<Problem> warnings() {
    if (tiers.size() <= RECOMMENDED_MAX_TIERS) {
      return List.of();
    }
    return List.of(Problem.warning(FieldPath.root().field("ladder"), CoreProblemCode.MANY_TIERS,
        "have at most " + RECOMMENDED_MAX_TIERS + " tiers (partners struggle to tell more apart)",
        tiers.size() + " tiers"));
  }

  /**
   * Returns the number of tiers.
   *
   * @return 2 to 6
   */
  public int size() {
    return tiers.size();
  }

  /**
   * Tells whether a tier is on this ladder.
   *
   * @param tier the tier, not null
   * @return true if present
   */
  public boolean contains(Tier tier) {
    return ranks.containsKey(requireNonNull(tier, "tier"));
  }

  /**
   * Returns the rank of a tier: 0 for the lowest.
   *
   * @param tier the tier, not null, on this ladder
   * @return 0 to {@code size() - 1}
   * @throws InvalidFactsException if the tier is not on this ladder
   */
  public int rankOf(Tier tier) {
    Integer rank = ranks.get(requireNonNull(tier, "tier"));
    if (rank == null) {
      throw new InvalidFactsException(List.of(Problem.error(FieldPath.root().field("tier"), CoreProblemCode.UNKNOWN_TIER,
          "be one of " + tiers, tier)));
    }
    return rank;
  }

  /**
   * Returns the tier at a rank.
   *
   * @param rank 0 for the lowest
   * @return never null
   * @throws InvalidFactsException if the rank is out of range
   */
  public Tier atRank(int rank) {
    if (rank < 0 || rank >= tiers.size()) {
      throw new InvalidFactsException(List.of(Problem.error(FieldPath.root().field("rank"), CoreProblemCode.OUT_OF_RANGE,
          "be between 0 and " + (tiers.size() - 1), rank)));
    }
    return tiers.get(rank);
  }

  /**
   * Compares two tiers by rank.
   *
   * @param a a tier on this ladder, not null
   * @param b a tier on this ladder, not null
   * @return negative if {@code a} ranks below {@code b}, zero if equal, positive above
   * @throws InvalidFactsException if either is not on this ladder
   */
  @Override
  public int compare(Tier a, Tier b) {
    return Integer.compare(rankOf(a), rankOf(b));
  }

  /**
   * Returns the tier one step above.
   *
   * @param tier a tier on this ladder, not null
   * @return the next tier up, or empty for the highest
   * @throws InvalidFactsException if the tier is not on this ladder
   */
  public Optional<Tier> next(Tier tier) {
    int rank = rankOf(tier);
    return rank + 1 < tiers.size() ? Optional.of(tiers.get(rank + 1)) : Optional.empty();
  }

  /**
   * Returns the tier one step below.
   *
   * @param tier a tier on this ladder, not null
   * @return the next tier down, or empty for the lowest
   * @throws InvalidFactsException if the tier is not on this ladder
   */
  public Optional<Tier> previous(Tier tier) {
    int rank = rankOf(tier);
    return rank > 0 ? Optional.of(tiers.get(rank - 1)) : Optional.empty();
  }

  /**
   * Returns the lowest tier.
   *
   * @return never null
   */
  public Tier lowest() {
    return tiers.get(0);
  }

  /**
   * Returns the highest tier.
   *
   * @return never null
   */
  public Tier highest() {
    return tiers.get(tiers.size() - 1);
  }

  /**
   * Tells whether {@code a} ranks above {@code b}.
   *
   * @param a a tier on this ladder, not null
   * @param b a tier on this ladder, not null
   * @return true if strictly above
   */
  public boolean isAbove(Tier a, Tier b) {
    return compare(a, b) > 0;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TierLadder && ((TierLadder) other).tiers.equals(tiers);
  }

  @Override
  public int hashCode() {
    return tiers.hashCode();
  }

  /**
   * Renders the ladder as {@code REGISTERED < SILVER < GOLD < PLATINUM}.
   *
   * @return never null
   */
  @Override
  public String toString() {
    return String.join(" < ", tiers.stream().map(Tier::name).toArray(String[]::new));
  }
}
