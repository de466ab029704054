package dev.partneros.tiers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The running sums and day tables of a {@link FactIndex} that let one metric be read over a window
 * without allocating: money as prefix sums in minor units, certified people as the start and end
 * days of each person's merged validity, the latest NPS and CSAT per metric, plans by their days.
 * Every query costs one or two binary searches ({@code docs/rules/tiers.md#deciding-the-tier-only}).
 *
 * <p>Days are epoch days and windows include both ends. Built once with the index; immutable and
 * thread-safe.
 */
final class FactSums {

  /** Stands for "no end day" in {@link #planUntil}. */
  private static final long NO_END = Long.MIN_VALUE;

  /** Whether every amount fits the prefix sums in minor units (false only on overflow or mixed scales). */
  private final boolean exact;
  /** Prefix sums over closed deals in close-day order: {@code sourced[i]} is the sum of the first i. */
  private final long[] sourced;
  private final long[] influenced;
  /** Prefix sums over revenue entries in booking-day order. */
  private final long[] revenue;
  /** First and last valid day of each person's merged certifications, each array sorted. */
  private final long[] certifiedFrom;
  private final long[] certifiedUntil;
  private final long[] npsDays;
  private final BigDecimal[] npsScores;
  private final long[] csatDays;
  private final BigDecimal[] csatScores;
  /** Plans by the last day they can be in force, as in the index. */
  private final long[] planEnds;
  private final long[] planApproved;
  private final long[] planUntil;

  FactSums(BigDecimal[] closedArr, boolean[] closedSourced, BigDecimal[] revenueAmounts,
      TierFacts.Certification[] certifications, long[] surveyDays, TierFacts.SurveyScore[] surveys,
      long[] planEnds, TierFacts.JointBusinessPlan[] plans) {
    long[] sourcedSums = new long[closedArr.length + 1];
    long[] influencedSums = new long[closedArr.length + 1];
    long[] revenueSums = new long[revenueAmounts.length + 1];
    boolean fits = true;
    int scale = closedArr.length > 0 ? closedArr[0].scale() : revenueAmounts.length > 0 ? revenueAmounts[0].scale() : 0;
    try {
      for (int i = 0; i < closedArr.length; i++) {
        long minor = minor(closedArr[i], scale);
        sourcedSums[i + 1] = Math.addExact(sourcedSums[i], closedSourced[i] ? minor : 0);
        influencedSums[i + 1] = Math.addExact(influencedSums[i], closedSourced[i] ? 0 : minor);
      }
      for (int i = 0; i < revenueAmounts.length; i++) {
        revenueSums[i + 1] = Math.addExact(revenueSums[i], minor(revenueAmounts[i], scale));
      }
      Math.addExact(Math.addExact(sourcedSums[closedArr.length], influencedSums[closedArr.length]),
          revenueSums[revenueAmounts.length]);
    } catch (ArithmeticException tooLarge) {
      fits = false;
    }
    this.exact = fits;
    this.sourced = sourcedSums;
    this.influenced = influencedSums;
    this.revenue = revenueSums;
    long[][] certified = certifiedSpans(certifications);
    this.certifiedFrom = certified[0];
    this.certifiedUntil = certified[1];
    this.npsDays = surveyDays(surveyDays, surveys, Metric.NPS);
    this.npsScores = surveyScores(surveys, Metric.NPS);
    this.csatDays = surveyDays(surveyDays, surveys, Metric.CSAT);
    this.csatScores = surveyScores(surveys, Metric.CSAT);
    this.planEnds = planEnds;
    this.planApproved = new long[plans.length];
    this.planUntil = new long[plans.length];
    for (int i = 0; i < plans.length; i++) {
      planApproved[i] = plans[i].approvedOn().toEpochDay();
      planUntil[i] = plans[i].validUntil().map(LocalDate::toEpochDay).orElse(NO_END);
    }
  }

  /** The amount in minor units at the shared scale; throws ArithmeticException when it does not fit. */
  private static long minor(BigDecimal amount, int scale) {
    if (amount.scale() != scale) {
      throw new ArithmeticException("mixed scales");
    }
    return amount.unscaledValue().longValueExact();
  }

  /** Each person's certifications merged into disjoint spans; the starts and ends, each sorted. */
  private static long[][] certifiedSpans(TierFacts.Certification[] certifications) {
    Map<String, List<long[]>> byPerson = new LinkedHashMap<>();
    for (TierFacts.Certification certification : certifications) {
      long until = certification.validUntil().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
      byPerson.computeIfAbsent(certification.person(), p -> new ArrayList<>())
          .add(new long[] {certification.earnedOn().toEpochDay(), until});
    }
    List<long[]> spans = new ArrayList<>();
    for (List<long[]> own : byPerson.values()) {
      own.sort((a, b) -> Long.compare(a[0], b[0]));
      long[] current = own.get(0).clone();
      for (long[] next : own.subList(1, own.size())) {
        if (next[0] <= current[1]) {
          current[1] = Math.max(current[1], next[1]);
        } else {
          spans.add(current);
          current = next.clone();
        }
      }
      spans.add(current);
    }
    long[] from = new long[spans.size()];
    long[] until = new long[spans.size()];
    for (int i = 0; i < spans.size(); i++) {
      from[i] = spans.get(i)[0];
      until[i] = spans.get(i)[1];
    }
    Arrays.sort(from);
    Arrays.sort(until);
    return new long[][] {from, until};
  }

  private static long[] surveyDays(long[] days, TierFacts.SurveyScore[] surveys, Metric metric) {
    long[] out = new long[surveys.length];
    int n = 0;
    for (int i = 0; i < surveys.length; i++) {
      if (surveys[i].metric() == metric) {
        out[n++] = days[i];
      }
    }
    return Arrays.copyOf(out, n);
  }

  private static BigDecimal[] surveyScores(TierFacts.SurveyScore[] surveys, Metric metric) {
    return Arrays.stream(surveys).filter(s -> s.metric() == metric).map(TierFacts.SurveyScore::score)
        .toArray(BigDecimal[]::new);
  }

  /**
   * Tells whether the money sums are exact in minor units; when not, money metrics are read from
   * the measured metrics instead.
   *
   * @return true if {@link #money(Metric, int, int, int, int)} may be used
   */
  boolean exact() {
    return exact;
  }

  /**
   * Returns a money metric in minor units over closed deals {@code [closedFrom, closedEnd)} and
   * revenue entries {@code [revenueFrom, revenueEnd)} (index positions).
   *
   * @param metric {@link Metric#SOURCED_ARR}, {@link Metric#INFLUENCED_ARR} or
   *     {@link Metric#TOTAL_PARTNER_REVENUE}
   * @return the amount in minor units
   */
  long money(Metric metric, int closedFrom, int closedEnd, int revenueFrom, int revenueEnd) {
    switch (metric) {
      case SOURCED_ARR:
        return sourced[closedEnd] - sourced[closedFrom];
      case INFLUENCED_ARR:
        return influenced[closedEnd] - influenced[closedFrom];
      default:
        return sourced[closedEnd] - sourced[closedFrom] + influenced[closedEnd] - influenced[closedFrom]
            + revenue[revenueEnd] - revenue[revenueFrom];
    }
  }

  /**
   * Returns the number of distinct people with a certification valid on a day.
   *
   * @param day the day
   * @return {@code >= 0}
   */
  long certifiedPeople(long day) {
    return FactIndex.firstAfter(certifiedFrom, day) - FactIndex.firstOnOrAfter(certifiedUntil, day);
  }

  /**
   * Returns the latest score of NPS or CSAT in a window; of equal days, the last given.
   *
   * @param metric {@link Metric#NPS} or {@link Metric#CSAT}
   * @param from the first day
   * @param to the last day
   * @return the score, or null when there is none in the window
   */
  BigDecimal latestScore(Metric metric, long from, long to) {
    long[] days = metric == Metric.NPS ? npsDays : csatDays;
    int last = FactIndex.firstAfter(days, to) - 1;
    if (last < 0 || days[last] < from) {
      return null;
    }
    return metric == Metric.NPS ? npsScores[last] : csatScores[last];
  }

  /**
   * Tells whether a plan is in force on the window's last day
   * ({@link TierFacts.JointBusinessPlan#isInForce(LocalDate, dev.partneros.core.DateRange)}).
   *
   * @param from the window's first day
   * @param to the window's last day (the as-of date)
   * @return true if one is
   */
  boolean planInForce(long from, long to) {
    for (int i = FactIndex.firstOnOrAfter(planEnds, from); i < planApproved.length; i++) {
      long approved = planApproved[i];
      if (approved <= to && (planUntil[i] == NO_END ? approved >= from : planUntil[i] >= to)) {
        return true;
      }
    }
    return false;
  }
}
