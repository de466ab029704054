package dev.partneros.tiers;

import dev.partneros.core.DateRange;
import dev.partneros.core.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * A partner's {@link TierFacts} sorted by date once ({@link TierFacts#index()}), so that measuring a
 * window costs binary searches, not the partner's whole history: counts are differences of
 * positions, and money, certified people, scores and plans come from the running sums and day tables
 * of {@link FactSums} (custom metrics cost the entries inside the window). Days are epoch days; each
 * kind of fact is kept in arrays sorted by the date that decides whether it counts (equal dates in
 * their original order).
 *
 * <p>Immutable once built and thread-safe.
 */
final class FactIndex {

  /** The latest date of any fact (expiry dates excepted), to check that none is after an as-of date. */
  private final long latestDay;
  /** The one currency of every amount, null when there is no amount. */
  private final Currency currency;
  private final boolean mixedCurrencies;

  private final long[] closedDays;
  private final BigDecimal[] closedArr;
  private final boolean[] closedSourced;
  private final long[] registeredDays;
  private final long[] revenueDays;
  private final BigDecimal[] revenueAmounts;
  private final long[] referralDays;
  private final long[] caseStudyDays;
  private final long[] customDays;
  private final int[] customPositions;
  private final List<TierFacts.CustomMetricEntry> customEntries;
  /** The running sums that let {@link TierQualifier#decide(TierFacts, LocalDate)} read a metric without allocating. */
  private final FactSums sums;

  FactIndex(TierFacts facts) {
    long latest = Long.MIN_VALUE;
    Currency single = null;
    boolean mixed = false;
    List<TierFacts.PartnerDeal> deals = facts.deals();
    TierFacts.PartnerDeal[] closed = sorted(deals.stream().filter(d -> d.closedOn().isPresent()).toArray(TierFacts.PartnerDeal[]::new),
        d -> d.closedOn().get().toEpochDay());
    closedDays = days(closed, d -> d.closedOn().get().toEpochDay());
    closedArr = new BigDecimal[closed.length];
    closedSourced = new boolean[closed.length];
    for (int i = 0; i < closed.length; i++) {
      closedArr[i] = closed[i].arr().amount();
      closedSourced[i] = closed[i].role() == DealRole.SOURCED;
    }
    registeredDays = deals.stream().filter(d -> d.registeredOn().isPresent())
        .mapToLong(d -> d.registeredOn().get().toEpochDay()).sorted().toArray();
    for (TierFacts.PartnerDeal deal : deals) {
      Currency c = deal.arr().currency();
      mixed |= single != null && !single.equals(c);
      single = c;
    }
    TierFacts.RevenueEntry[] revenue = sorted(facts.revenue().toArray(TierFacts.RevenueEntry[]::new), r -> r.bookedOn().toEpochDay());
    revenueDays = days(revenue, r -> r.bookedOn().toEpochDay());
    revenueAmounts = new BigDecimal[revenue.length];
    for (int i = 0; i < revenue.length; i++) {
      revenueAmounts[i] = revenue[i].amount().amount();
      Currency c = revenue[i].amount().currency();
      mixed |= single != null && !single.equals(c);
      single = c;
    }
    referralDays = facts.referrals().stream().mapToLong(r -> r.qualifiedOn().toEpochDay()).sorted().toArray();
    caseStudyDays = facts.caseStudies().stream().mapToLong(c -> c.publishedOn().toEpochDay()).sorted().toArray();
    TierFacts.Certification[] certifications = facts.certifications().toArray(TierFacts.Certification[]::new);
    TierFacts.SurveyScore[] surveys = sorted(facts.surveys().toArray(TierFacts.SurveyScore[]::new),
        s -> s.date().toEpochDay());
    long[] surveyDays = days(surveys, s -> s.date().toEpochDay());
    // plans by the last day they can be in force: their end, or without one their approval
    TierFacts.JointBusinessPlan[] plans = sorted(facts.businessPlans().toArray(TierFacts.JointBusinessPlan[]::new),
        FactIndex::lastInForceDay);
    long[] planEnds = days(plans, FactIndex::lastInForceDay);
    List<TierFacts.CustomMetricEntry> custom = facts.customMetrics();
    customEntries = custom;
    Integer[] byDay = new Integer[custom.size()];
    Arrays.setAll(byDay, i -> i);
    Arrays.sort(byDay, Comparator.comparingLong(i -> custom.get(i).date().toEpochDay()));
    customPositions = new int[byDay.length];
    customDays = new long[byDay.length];
    for (int i = 0; i < byDay.length; i++) {
      customPositions[i] = byDay[i];
      customDays[i] = custom.get(byDay[i]).date().toEpochDay();
    }
    for (long[] sortedDays : new long[][] {closedDays, registeredDays, revenueDays, referralDays, caseStudyDays,
        surveyDays, customDays}) {
      if (sortedDays.length > 0) {
        latest = Math.max(latest, sortedDays[sortedDays.length - 1]);
      }
    }
    for (TierFacts.Certification certification : certifications) {
      latest = Math.max(latest, certification.earnedOn().toEpochDay());
    }
    for (TierFacts.JointBusinessPlan plan : plans) {
      latest = Math.max(latest, plan.approvedOn().toEpochDay());
    }
    this.latestDay = latest;
    this.currency = single;
    this.mixedCurrencies = mixed;
    this.sums = new FactSums(closedArr, closedSourced, revenueAmounts, certifications, surveyDays, surveys, planEnds,
        plans);
  }

  private static long lastInForceDay(TierFacts.JointBusinessPlan plan) {
    return plan.validUntil().orElse(plan.approvedOn()).toEpochDay();
  }

  private static <T> T[] sorted(T[] facts, ToLongFunction<T> day) {
    Arrays.sort(facts, Comparator.comparingLong(day)); // stable: equal days keep their order
    return facts;
  }

  private static <T> long[] days(T[] facts, ToLongFunction<T> day) {
    long[] days = new long[facts.length];
    for (int i = 0; i < facts.length; i++) {
      days[i] = day.applyAsLong(facts[i]);
    }
    return days;
  }

  /**
   * Tells whether no fact is dated after a day and every amount is in a currency.
   *
   * @param asOf the day
   * @param expected the currency
   * @return true if the facts can be measured as of the day as they are
   */
  boolean isValid(LocalDate asOf, Currency expected) {
    return latestDay <= asOf.toEpochDay() && !mixedCurrencies && (currency == null || currency.equals(expected));
  }

  /**
   * Measures the facts over a window (see {@link TierQualifier#measure(TierFacts, LocalDate)}).
   *
   * @param window the window, ending on the as-of date
   * @param programCurrency the currency of the metrics
   * @return the metrics
   */
  TierMetrics measure(DateRange window, Currency programCurrency) {
    LocalDate asOf = window.endInclusive();
    long from = window.startInclusive().toEpochDay();
    long to = asOf.toEpochDay();
    int firstClosed = firstOnOrAfter(closedDays, from);
    int endClosed = firstAfter(closedDays, to);
    TierMetrics.Builder metrics = TierMetrics.builder().currency(programCurrency).window(window);
    if (sums.exact()) {
      int firstRevenue = firstOnOrAfter(revenueDays, from);
      int endRevenue = firstAfter(revenueDays, to);
      metrics.sourcedArr(Money.ofMinor(sums.money(Metric.SOURCED_ARR, firstClosed, endClosed, 0, 0), programCurrency))
          .influencedArr(Money.ofMinor(sums.money(Metric.INFLUENCED_ARR, firstClosed, endClosed, 0, 0), programCurrency))
          .totalPartnerRevenue(Money.ofMinor(sums.money(Metric.TOTAL_PARTNER_REVENUE, firstClosed, endClosed,
              firstRevenue, endRevenue), programCurrency));
    } else {
      summedOneByOne(metrics, firstClosed, endClosed, from, to, programCurrency);
    }
    if (customDays.length > 0) {
      metrics.custom(custom(from, to));
    }
    return metrics
        .dealsRegistered(count(registeredDays, from, to))
        .dealsClosed(endClosed - firstClosed)
        .qualifiedReferrals(count(referralDays, from, to))
        .certifiedPeople(sums.certifiedPeople(to))
        .nps(Optional.ofNullable(sums.latestScore(Metric.NPS, from, to)))
        .csat(Optional.ofNullable(sums.latestScore(Metric.CSAT, from, to)))
        .jointCaseStudies(count(caseStudyDays, from, to))
        .approvedJointBusinessPlan(sums.planInForce(from, to))
        .build();
  }

  /** The money metrics added up fact by fact, when the running sums would overflow. */
  private void summedOneByOne(TierMetrics.Builder metrics, int firstClosed, int endClosed, long from, long to,
      Currency programCurrency) {
    BigDecimal sourced = BigDecimal.ZERO;
    BigDecimal influenced = BigDecimal.ZERO;
    BigDecimal total = BigDecimal.ZERO;
    for (int i = firstClosed; i < endClosed; i++) {
      total = total.add(closedArr[i]);
      if (closedSourced[i]) {
        sourced = sourced.add(closedArr[i]);
      } else {
        influenced = influenced.add(closedArr[i]);
      }
    }
    for (int i = firstOnOrAfter(revenueDays, from), end = firstAfter(revenueDays, to); i < end; i++) {
      total = total.add(revenueAmounts[i]);
    }
    metrics.sourcedArr(Money.of(sourced, programCurrency)).influencedArr(Money.of(influenced, programCurrency))
        .totalPartnerRevenue(Money.of(total, programCurrency));
  }

  /** Sums each name's entries in the window, names in the order they are first given. */
  private Map<String, BigDecimal> custom(long from, long to) {
    Map<String, BigDecimal> custom = new LinkedHashMap<>();
    int first = firstOnOrAfter(customDays, from);
    int end = firstAfter(customDays, to);
    if (first < end) {
      int[] positions = Arrays.copyOfRange(customPositions, first, end);
      Arrays.sort(positions);
      for (int position : positions) {
        TierFacts.CustomMetricEntry entry = customEntries.get(position);
        custom.merge(entry.name(), entry.value(), BigDecimal::add);
      }
    }
    return custom;
  }

  /**
   * Tells whether the money metrics can be read exactly in minor units by
   * {@link #money(Metric, long, long)}.
   *
   * @return true unless the sums would overflow
   */
  boolean moneyExact() {
    return sums.exact();
  }

  /**
   * Reads one metric over a window as a number, without allocating (custom metrics excepted):
   * what {@link #measure(DateRange, Currency)} would report for it.
   *
   * @param metric any metric but money and {@link Metric#CUSTOM}
   * @param from the window's first epoch day
   * @param to the window's last epoch day, the as-of date
   * @return the count, 1 or 0 for a flag
   */
  long count(Metric metric, long from, long to) {
    switch (metric) {
      case QUALIFIED_REFERRALS:
        return count(referralDays, from, to);
      case DEALS_REGISTERED:
        return count(registeredDays, from, to);
      case DEALS_CLOSED:
        return count(closedDays, from, to);
      case JOINT_CASE_STUDIES:
        return count(caseStudyDays, from, to);
      case CERTIFIED_PEOPLE:
        return sums.certifiedPeople(to);
      case APPROVED_JOINT_BUSINESS_PLAN:
        return sums.planInForce(from, to) ? 1 : 0;
      default:
        throw new IllegalArgumentException(metric + " is not a count");
    }
  }

  /**
   * Reads a money metric over a window in minor units, without allocating; only when
   * {@link #moneyExact()}.
   *
   * @param metric a money metric
   * @param from the window's first epoch day
   * @param to the window's last epoch day
   * @return the amount in minor units of the facts' currency
   */
  long money(Metric metric, long from, long to) {
    return sums.money(metric, firstOnOrAfter(closedDays, from), firstAfter(closedDays, to),
        firstOnOrAfter(revenueDays, from), firstAfter(revenueDays, to));
  }

  /**
   * Reads NPS or CSAT over a window: the latest score in it.
   *
   * @param metric {@link Metric#NPS} or {@link Metric#CSAT}
   * @param from the window's first epoch day
   * @param to the window's last epoch day
   * @return the score, or null when not measured
   */
  BigDecimal score(Metric metric, long from, long to) {
    return sums.latestScore(metric, from, to);
  }

  /**
   * Reads a custom metric over a window: the sum of its entries in it.
   *
   * @param name the metric's name
   * @param from the window's first epoch day
   * @param to the window's last epoch day
   * @return the sum, or null when the name has no entry in the window
   */
  BigDecimal custom(String name, long from, long to) {
    BigDecimal sum = null;
    for (int i = firstOnOrAfter(customDays, from), end = firstAfter(customDays, to); i < end; i++) {
      TierFacts.CustomMetricEntry entry = customEntries.get(customPositions[i]);
      if (entry.name().equals(name)) {
        sum = sum == null ? entry.value() : sum.add(entry.value());
      }
    }
    return sum;
  }

  private static long count(long[] days, long from, long to) {
    return firstAfter(days, to) - firstOnOrAfter(days, from);
  }

  /** The first index whose day is {@code >= day}, or the length. */
  static int firstOnOrAfter(long[] days, long day) {
    int low = 0;
    int high = days.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (days[middle] < day) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /** The first index whose day is {@code > day}, or the length. */
  static int firstAfter(long[] days, long day) {
    return day == Long.MAX_VALUE ? days.length : firstOnOrAfter(days, day + 1);
  }
}
