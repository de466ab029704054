package dev.partneros.attribution.commission.internal;

import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.FxRate;
import dev.partneros.core.internal.ProblemCollector;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The explicit FX rates of a fact set, looked up by currency pair and the date they were fixed
 * ({@code docs/rules/conventions.md#currencies-and-fx}: never "today's rate"). A rate given for
 * {@code EUR -> USD} on a date also serves {@code USD -> EUR} on that date through
 * {@link FxRate#inverse()} when no rate is given in that direction. Two different rates for one
 * pair and date are refused.
 */
public final class FxBook {

  private final Map<String, FxRate> rates;

  private FxBook(Map<String, FxRate> rates) {
    this.rates = rates;
  }

  /**
   * Indexes the rates, recording a problem for every conflicting duplicate.
   *
   * @param given the rates, in the caller's order
   * @param problems where conflicts are recorded
   * @param path the path of the list ({@code fxRates})
   * @return the book
   */
  public static FxBook of(List<FxRate> given, ProblemCollector problems, FieldPath path) {
    Map<String, FxRate> rates = new HashMap<>();
    Map<String, Integer> firstIndex = new HashMap<>();
    for (int i = 0; i < given.size(); i++) {
      FxRate rate = given.get(i);
      String key = key(rate.from(), rate.to(), rate.asOf());
      FxRate previous = rates.putIfAbsent(key, rate);
      if (previous != null) {
        problems.check(previous.rate().compareTo(rate.rate()) == 0, path.index(i).field("rate"), CoreProblemCode.INCONSISTENT,
            "agree with fxRates[" + firstIndex.get(key) + "] (" + previous + ") for the same currencies and date",
            rate.rate().toPlainString());
      } else {
        firstIndex.put(key, i);
      }
    }
    return new FxBook(rates);
  }

  private static String key(Currency from, Currency to, LocalDate date) {
    return from.getCurrencyCode() + '>' + to.getCurrencyCode() + '@' + date;
  }

  /**
   * Finds the rate converting {@code from} into {@code to} fixed on a date: the rate given in that
   * direction, or the inverse of the one given the other way.
   *
   * @param from the currency converted from
   * @param to the currency converted to
   * @param date the transaction date
   * @return the rate, or empty when none was given
   */
  public Optional<FxRate> find(Currency from, Currency to, LocalDate date) {
    FxRate direct = rates.get(key(from, to, date));
    if (direct != null) {
      return Optional.of(direct);
    }
    FxRate reverse = rates.get(key(to, from, date));
    return reverse == null ? Optional.empty() : Optional.of(reverse.inverse());
  }
}
