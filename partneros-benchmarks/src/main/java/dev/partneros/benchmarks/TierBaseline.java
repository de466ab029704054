package dev.partneros.benchmarks;

import dev.partneros.core.Tier;
import dev.partneros.tiers.DealRole;
import dev.partneros.tiers.TierFacts;
import dev.partneros.tiers.TierState;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;

/**
 * The hand-written baseline the tier engines are measured against: the standard program's
 * default tier rule of {@code docs/rules/tiers.md#qualified-tier} written out as plain Java, with
 * {@code if}/{@code else}, {@link BigDecimal} money and the thresholds as constants, and no
 * explanation. It reads the same {@link TierFacts} and {@link TierState} values the engines read,
 * so a benchmark compares the two on identical inputs.
 *
 * <ul>
 *   <li>{@link #qualify(TierFacts, LocalDate)}: the qualified tier over the rolling 12 months ending
 *       on the as-of date: (sourced ARR or qualified referrals) and certified people, highest tier
 *       first; {@link #qualifyChecked(TierFacts, LocalDate)} keeps what it checked, the baseline of a
 *       qualification with its explanation;</li>
 *   <li>{@link #next(TierState, LocalDate, TierFacts)}: one quarter-end step of the default
 *       maintenance rules (upgrade at once; annual review on the anniversary of the last tier
 *       change; grace Silver 1, Gold 2, Platinum 3 quarters; downgrade one step, starting a new grace
 *       at once when the partner does not qualify for the lower tier either).</li>
 * </ul>
 *
 * <p>Only what the standard program needs: partners in good standing or in grace (no provisional
 * tier, no override), calendar quarters, facts already checked. Stateless and thread-safe.
 */
public final class TierBaseline {

  private static final BigDecimal SILVER_ARR = new BigDecimal("25000");
  private static final BigDecimal GOLD_ARR = new BigDecimal("100000");
  private static final BigDecimal PLATINUM_ARR = new BigDecimal("500000");

  private TierBaseline() {}

  /**
   * The result of one baseline step: the tier held after the quarter end and its standing.
   *
   * @param tier the tier held
   * @param inGrace whether the partner is in grace for it
   * @param since the day of the last tier change
   * @param graceEnds the quarter end the grace ends on, or null when not in grace
   */
  public record Step(Tier tier, boolean inGrace, LocalDate since, LocalDate graceEnds) {}

  /**
   * Finds the tier a partner's facts qualify it for on a day.
   *
   * @param facts the partner's facts, none dated after {@code asOf}
   * @param asOf the as-of date
   * @return the qualified tier
   */
  public static Tier qualify(TierFacts facts, LocalDate asOf) {
    LocalDate start = asOf.minusMonths(12).plusDays(1);
    BigDecimal sourced = sourcedArr(facts, start, asOf);
    int referrals = referrals(facts, start, asOf);
    int certified = certifiedPeople(facts, asOf);
    if ((sourced.compareTo(PLATINUM_ARR) >= 0 || referrals >= 50) && certified >= 5) {
      return Tier.PLATINUM;
    } else if ((sourced.compareTo(GOLD_ARR) >= 0 || referrals >= 20) && certified >= 2) {
      return Tier.GOLD;
    } else if ((sourced.compareTo(SILVER_ARR) >= 0 || referrals >= 5) && certified >= 1) {
      return Tier.SILVER;
    } else {
      return Tier.REGISTERED;
    }
  }

  /**
   * What the hand-written rule gives when it keeps what it checked, the baseline of a qualification
   * with its explanation: the three measured values, whether each tier's criteria hold, and the
   * qualified tier.
   *
   * @param sourcedArr the sourced ARR closed in the window
   * @param referrals the referrals qualified in the window
   * @param certifiedPeople the people holding a valid certification on the as-of date
   * @param silver whether Silver's criteria hold
   * @param gold whether Gold's criteria hold
   * @param platinum whether Platinum's criteria hold
   * @param tier the qualified tier: the highest whose criteria hold, else Registered
   */
  public record Checked(BigDecimal sourcedArr, int referrals, int certifiedPeople, boolean silver, boolean gold,
      boolean platinum, Tier tier) {}

  /**
   * Qualifies as {@link #qualify(TierFacts, LocalDate)} does, and keeps the measured values and
   * every tier's check: the hand-written counterpart of a qualification with its explanation.
   *
   * @param facts the partner's facts, none dated after {@code asOf}
   * @param asOf the as-of date
   * @return the checks and the qualified tier
   */
  public static Checked qualifyChecked(TierFacts facts, LocalDate asOf) {
    LocalDate start = asOf.minusMonths(12).plusDays(1);
    BigDecimal sourced = sourcedArr(facts, start, asOf);
    int referrals = referrals(facts, start, asOf);
    int certified = certifiedPeople(facts, asOf);
    boolean platinum = (sourced.compareTo(PLATINUM_ARR) >= 0 || referrals >= 50) && certified >= 5;
    boolean gold = (sourced.compareTo(GOLD_ARR) >= 0 || referrals >= 20) && certified >= 2;
    boolean silver = (sourced.compareTo(SILVER_ARR) >= 0 || referrals >= 5) && certified >= 1;
    Tier tier = platinum ? Tier.PLATINUM : gold ? Tier.GOLD : silver ? Tier.SILVER : Tier.REGISTERED;
    return new Checked(sourced, referrals, certified, silver, gold, platinum, tier);
  }

  private static BigDecimal sourcedArr(TierFacts facts, LocalDate start, LocalDate asOf) {
    BigDecimal sourced = BigDecimal.ZERO;
    for (TierFacts.PartnerDeal deal : facts.deals()) {
      if (deal.role() == DealRole.SOURCED && deal.closedOn().isPresent()) {
        LocalDate closed = deal.closedOn().get();
        if (!closed.isBefore(start) && !closed.isAfter(asOf)) {
          sourced = sourced.add(deal.arr().amount());
        }
      }
    }
    return sourced;
  }

  private static int referrals(TierFacts facts, LocalDate start, LocalDate asOf) {
    int referrals = 0;
    for (TierFacts.Referral referral : facts.referrals()) {
      if (!referral.qualifiedOn().isBefore(start) && !referral.qualifiedOn().isAfter(asOf)) {
        referrals++;
      }
    }
    return referrals;
  }

  private static int certifiedPeople(TierFacts facts, LocalDate asOf) {
    Set<String> people = new HashSet<>();
    for (TierFacts.Certification certification : facts.certifications()) {
      boolean expired = certification.validUntil().isPresent() && certification.validUntil().get().isBefore(asOf);
      if (!certification.earnedOn().isAfter(asOf) && !expired) {
        people.add(certification.person());
      }
    }
    return people.size();
  }

  /**
   * Evaluates one quarter end: measures the facts over the 12 months ending on it, qualifies, and
   * applies the default maintenance rules to the state.
   *
   * @param state the state after the previous evaluation, in good standing or in grace
   * @param quarterEnd the last day of a calendar quarter, after the state's last evaluation
   * @param facts the partner's facts, none dated after {@code quarterEnd}
   * @return the state after the quarter end
   */
  public static Step next(TierState state, LocalDate quarterEnd, TierFacts facts) {
    int qualified = rank(qualify(facts, quarterEnd));
    int held = rank(state.tier());
    boolean inGrace = state.status() == TierState.Status.IN_GRACE;
    if (qualified > held) {
      return new Step(tierOfRank(qualified), false, quarterEnd, null);
    }
    if (qualified == held || (!inGrace && !isReview(state, quarterEnd))) {
      return new Step(state.tier(), false, state.since(), null);
    }
    if (inGrace && quarterEnd.isBefore(state.graceEnds().get())) {
      return new Step(state.tier(), true, state.since(), state.graceEnds().get());
    }
    if (!inGrace) {
      return new Step(state.tier(), true, state.since(), plusQuarters(quarterEnd, graceQuarters(held)));
    }
    int lower = held - 1;
    if (lower > qualified) {
      return new Step(tierOfRank(lower), true, quarterEnd, plusQuarters(quarterEnd, graceQuarters(lower)));
    }
    return new Step(tierOfRank(lower), false, quarterEnd, null);
  }

  /** Annual reviews: the quarter end containing an anniversary of the last tier change. */
  private static boolean isReview(TierState state, LocalDate quarterEnd) {
    LocalDate after = state.lastEvaluated().orElse(quarterEnd.minusDays(1));
    for (int years = 1; ; years++) {
      LocalDate anniversary = state.since().plusYears(years);
      YearMonth month = YearMonth.from(anniversary);
      LocalDate review = month.plusMonths(2 - (month.getMonthValue() - 1) % 3).atEndOfMonth();
      if (review.isAfter(quarterEnd)) {
        return false;
      }
      if (review.isAfter(after)) {
        return true;
      }
    }
  }

  private static LocalDate plusQuarters(LocalDate quarterEnd, int quarters) {
    return YearMonth.from(quarterEnd).plusMonths(3L * quarters).atEndOfMonth();
  }

  private static int graceQuarters(int rank) {
    if (rank == 3) {
      return 3;
    } else if (rank == 2) {
      return 2;
    } else {
      return 1;
    }
  }

  private static int rank(Tier tier) {
    if (tier.equals(Tier.PLATINUM)) {
      return 3;
    } else if (tier.equals(Tier.GOLD)) {
      return 2;
    } else if (tier.equals(Tier.SILVER)) {
      return 1;
    } else {
      return 0;
    }
  }

  private static Tier tierOfRank(int rank) {
    if (rank == 3) {
      return Tier.PLATINUM;
    } else if (rank == 2) {
      return Tier.GOLD;
    } else if (rank == 1) {
      return Tier.SILVER;
    } else {
      return Tier.REGISTERED;
    }
  }
}
