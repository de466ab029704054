package dev.partneros.core;

import static java.util.Objects.requireNonNull;

import dev.partneros.core.internal.ProblemCollector;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Penny-exact splitting of an amount ({@code docs/rules/conventions.md#allocation}): the parts
 * always add up
 * <em>exactly</em> to the whole. Each part first gets the floor of its exact proportional share in
 * minor units; the cents left over go one each to the parts with the largest remainders; equal
 * remainders are broken by position (the earlier part first) or, for the keyed variants, by key
 * order, so the same inputs always give the same split whatever order a map was built in.
 *
 * <p>All arithmetic is exact ({@link BigDecimal} and {@link BigInteger}); nothing is rounded except
 * the final whole cents, and those are accounted for. The capped split costs O(n log n); when the
 * amounts in minor units and the weights (scaled to their largest scale) fit in a {@code long}, as
 * they do for any realistic pool, it runs in exact {@code long} arithmetic (products compared in
 * 128 bits), with the same parts as the decimal arithmetic it falls back to otherwise.
 *
 * <p>Stateless; every method is a pure function. Thread-safe.
 */
public final class Allocations {

  private Allocations() {}

  /**
   * Splits an amount in proportion to weights.
   *
   * <p>A negative total is split as its absolute value, then every part negated (so a clawback
   * splits like the commission it reverses).
   *
   * @param total the amount to split, not null
   * @param weights one weight per part, not null, not empty, each {@code >= 0}, summing to more
   *     than zero
   * @return one part per weight, in the same order, summing exactly to {@code total}; never null
   * @throws InvalidFactsException if a weight is missing or negative, or all weights are zero
   */
  public static List<Money> split(Money total, List<BigDecimal> weights) {
    requireNonNull(total, "total");
    BigDecimal[] w = checkedWeights(weights);
    BigDecimal sum = sum(w);
    if (sum.signum() == 0) {
      throw invalid(FieldPath.root().field("weights"), CoreProblemCode.ALL_ZERO, "have at least one weight above zero",
          weights);
    }
    BigInteger minor = total.minorUnits();
    BigInteger[] parts = largestRemainder(minor.abs(), w, sum, allIndices(w.length));
    return toMoney(parts, total.currency(), minor.signum() < 0);
  }

  /**
   * Splits an amount in proportion to weights, never giving a part more than its cap: what a cap
   * frees is redistributed to the other parts in proportion to their weights (water-filling).
   * Parts of weight zero receive nothing.
   *
   * <p>The parts sum exactly to {@code min(total, sum of the caps of the parts with a weight above
   * zero)}; what cannot be placed under the caps is left unallocated.
   *
   * @param total the amount to split, not null, not negative
   * @param weights one weight per part, not null, each {@code >= 0}
   * @param caps one cap per part, not null, same size as {@code weights}, each not negative and in
   *     the total's currency
   * @return one part per weight, in the same order, each within its cap; never null
   * @throws InvalidFactsException naming every invalid weight or cap, or a size mismatch
   * @throws CurrencyMismatchException if a cap is in another currency
   */
  public static List<Money> splitCapped(Money total, List<BigDecimal> weights, List<Money> caps) {
    return splitCapped(total, weights, caps, true);
  }

  /**
   * {@link #splitCapped(Money, List, List)}, optionally without the {@code long} fast path (the tests
   * check that both paths give identical parts).
   */
  static List<Money> splitCapped(Money total, List<BigDecimal> weights, List<Money> caps, boolean allowLongs) {
    requireNonNull(total, "total");
    requireNonNull(caps, "caps");
    BigDecimal[] w = checkedWeights(weights);
    ProblemCollector problems = new ProblemCollector();
    problems.check(!total.isNegative(), FieldPath.root().field("total"), CoreProblemCode.NEGATIVE, "be >= 0", total);
    problems.check(caps.size() == w.length, FieldPath.root().field("caps"), CoreProblemCode.INCONSISTENT,
        "have one cap per weight (" + w.length + ")", caps.size() + " caps");
    problems.throwIfErrors(InvalidFactsException::new);
    BigInteger[] cap = new BigInteger[w.length];
    for (int i = 0; i < w.length; i++) {
      Money c = caps.get(i);
      FieldPath path = FieldPath.root().field("caps").index(i);
      if (!problems.requirePresent(path, c)) {
        continue;
      }
      if (!c.currency().equals(total.currency())) {
        throw new CurrencyMismatchException(total.currency(), c.currency());
      }
      problems.check(!c.isNegative(), path, CoreProblemCode.NEGATIVE, "be >= 0", c);
      cap[i] = c.minorUnits();
    }
    problems.throwIfErrors(InvalidFactsException::new);
    BigInteger units = total.minorUnits();
    if (allowLongs) {
      long[] parts = LongSplit.capped(units, w, cap);
      if (parts != null) {
        return toMoney(parts, total.currency());
      }
    }
    return toMoney(cappedParts(units, w, cap), total.currency(), false);
  }

  /** The capped split in exact decimal arithmetic, whatever the size of the numbers. */
  private static BigInteger[] cappedParts(BigInteger units, BigDecimal[] w, BigInteger[] caps) {
    BigDecimal[] cap = new BigDecimal[w.length];
    for (int i = 0; i < w.length; i++) {
      cap[i] = new BigDecimal(caps[i]);
    }
    List<Integer> active = new ArrayList<>();
    BigDecimal remainingWeight = BigDecimal.ZERO;
    for (int i = 0; i < w.length; i++) {
      if (w[i].signum() > 0) {
        active.add(i);
        remainingWeight = remainingWeight.add(w[i]);
      }
    }
    // The parts whose cap/weight ratio is smallest fill up first.
    active.sort((a, b) -> {
      int byRatio = cap[a].multiply(w[b]).compareTo(cap[b].multiply(w[a]));
      return byRatio != 0 ? byRatio : Integer.compare(a, b);
    });
    BigInteger[] parts = new BigInteger[w.length];
    Arrays.fill(parts, BigInteger.ZERO);
    BigDecimal remaining = new BigDecimal(units);
    int next = 0;
    while (next < active.size()) {
      int i = active.get(next);
      if (cap[i].multiply(remainingWeight).compareTo(remaining.multiply(w[i])) > 0) {
        break;
      }
      parts[i] = cap[i].toBigIntegerExact();
      remaining = remaining.subtract(cap[i]);
      remainingWeight = remainingWeight.subtract(w[i]);
      next++;
    }
    if (next < active.size() && remaining.signum() > 0) {
      List<Integer> open = new ArrayList<>(active.subList(next, active.size()));
      Collections.sort(open);
      BigInteger[] shares = largestRemainder(remaining.toBigIntegerExact(), w, remainingWeight, open);
      for (int i : open) {
        parts[i] = shares[i];
      }
    }
    return parts;
  }

  /**
   * Splits an amount in proportion to keyed weights; equal remainders go to the smaller key first,
   * so the result does not depend on the map's iteration order.
   *
   * @param <K> the key type, such as {@link PartnerId}
   * @param total the amount to split, not null
   * @param weights the weight of each key, not null, not empty, each {@code >= 0}, summing to more
   *     than zero
   * @return the part of each key, in key order, summing exactly to {@code total}; never null
   * @throws InvalidFactsException if a weight is negative or all are zero
   */
  public static <K extends Comparable<? super K>> SortedMap<K, Money> split(Money total,
      Map<K, BigDecimal> weights) {
    requireNonNull(weights, "weights");
    List<K> keys = new ArrayList<>(new TreeMap<>(weights).keySet());
    List<BigDecimal> ordered = new ArrayList<>(keys.size());
    for (K key : keys) {
      ordered.add(weights.get(key));
    }
    return keyed(keys, split(total, ordered));
  }

  /**
   * Splits an amount in proportion to keyed weights under per-key caps (see
   * {@link #splitCapped(Money, List, List)}); ties go to the smaller key first.
   *
   * @param <K> the key type
   * @param total the amount to split, not null, not negative
   * @param weights the weight of each key, not null, each {@code >= 0}
   * @param caps the cap of each key, not null, with exactly the keys of {@code weights}
   * @return the part of each key, in key order; never null
   * @throws InvalidFactsException if a weight or cap is invalid or a key has no cap
   */
  public static <K extends Comparable<? super K>> SortedMap<K, Money> splitCapped(Money total,
      Map<K, BigDecimal> weights, Map<K, Money> caps) {
    requireNonNull(weights, "weights");
    requireNonNull(caps, "caps");
    List<K> keys = new ArrayList<>(new TreeMap<>(weights).keySet());
    ProblemCollector problems = new ProblemCollector();
    List<BigDecimal> w = new ArrayList<>(keys.size());
    List<Money> c = new ArrayList<>(keys.size());
    for (K key : keys) {
      w.add(weights.get(key));
      Money cap = caps.get(key);
      problems.check(cap != null, FieldPath.root().field("caps").key(String.valueOf(key)), CoreProblemCode.MISSING,
          "be present for every weighted key", null);
      c.add(cap);
    }
    for (K key : new TreeMap<>(caps).keySet()) {
      problems.check(weights.containsKey(key), FieldPath.root().field("caps").key(String.valueOf(key)),
          CoreProblemCode.UNKNOWN_KEY, "belong to a key that has a weight", key);
    }
    problems.throwIfErrors(InvalidFactsException::new);
    return keyed(keys, splitCapped(total, w, c));
  }

  private static <K extends Comparable<? super K>> SortedMap<K, Money> keyed(List<K> keys, List<Money> parts) {
    TreeMap<K, Money> result = new TreeMap<>();
    for (int i = 0; i < keys.size(); i++) {
      result.put(keys.get(i), parts.get(i));
    }
    return Collections.unmodifiableSortedMap(result);
  }

  /** Floor of each exact share, then the leftover units by largest remainder, ties by index. */
  private static BigInteger[] largestRemainder(BigInteger units, BigDecimal[] weights, BigDecimal weightSum,
      List<Integer> indices) {
    BigInteger[] parts = new BigInteger[weights.length];
    Arrays.fill(parts, BigInteger.ZERO);
    BigDecimal total = new BigDecimal(units);
    BigDecimal[] remainders = new BigDecimal[weights.length];
    BigInteger given = BigInteger.ZERO;
    for (int i : indices) {
      BigDecimal numerator = total.multiply(weights[i]);
      BigDecimal floor = numerator.divideToIntegralValue(weightSum);
      parts[i] = floor.toBigIntegerExact();
      remainders[i] = numerator.subtract(floor.multiply(weightSum));
      given = given.add(parts[i]);
    }
    int leftover = units.subtract(given).intValueExact();
    if (leftover > 0) {
      List<Integer> order = new ArrayList<>(indices);
      order.sort((a, b) -> {
        int byRemainder = remainders[b].compareTo(remainders[a]);
        return byRemainder != 0 ? byRemainder : Integer.compare(a, b);
      });
      for (int k = 0; k < leftover; k++) {
        int i = order.get(k);
        parts[i] = parts[i].add(BigInteger.ONE);
      }
    }
    return parts;
  }

  private static List<Integer> allIndices(int n) {
    List<Integer> all = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      all.add(i);
    }
    return all;
  }

  private static BigDecimal[] checkedWeights(List<BigDecimal> weights) {
    requireNonNull(weights, "weights");
    ProblemCollector problems = new ProblemCollector();
    problems.check(!weights.isEmpty(), FieldPath.root().field("weights"), CoreProblemCode.EMPTY, "have at least one weight",
        "[]");
    BigDecimal[] w = new BigDecimal[weights.size()];
    for (int i = 0; i < w.length; i++) {
      BigDecimal weight = weights.get(i);
      if (problems.requireNonNegative(FieldPath.root().field("weights").index(i), weight)) {
        w[i] = weight;
      }
    }
    problems.throwIfErrors(InvalidFactsException::new);
    return w;
  }

  private static BigDecimal sum(BigDecimal[] values) {
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal value : values) {
      sum = sum.add(value);
    }
    return sum;
  }

  private static List<Money> toMoney(BigInteger[] parts, Currency currency, boolean negate) {
    int scale = Money.scaleOf(currency);
    List<Money> result = new ArrayList<>(parts.length);
    for (BigInteger part : parts) {
      Money money = Money.of(new BigDecimal(part, scale), currency);
      result.add(negate ? money.negated() : money);
    }
    return Collections.unmodifiableList(result);
  }

  private static List<Money> toMoney(long[] parts, Currency currency) {
    int scale = Money.scaleOf(currency);
    List<Money> result = new ArrayList<>(parts.length);
    for (long part : parts) {
      result.add(Money.of(BigDecimal.valueOf(part, scale), currency));
    }
    return Collections.unmodifiableList(result);
  }

  private static InvalidFactsException invalid(FieldPath path, ProblemCode code, String rule, Object value) {
    return new InvalidFactsException(List.of(Problem.error(path, code, rule, value)));
  }

  /**
   * The capped split in {@code long} arithmetic: weights scaled to integers at their largest scale,
   * products of two {@code long}s compared exactly in 128 bits. Gives the same parts as
   * {@link #cappedParts}, which it declines (returns null) for numbers that do not fit.
   */
  private static final class LongSplit {

    /** Largest weight scale tried; beyond it the weights are unlikely to fit anyway. */
    private static final int MAX_SCALE = 18;

    private LongSplit() {}

    static long[] capped(BigInteger units, BigDecimal[] weights, BigInteger[] caps) {
      if (units.bitLength() > 62) {
        return null;
      }
      long[] w = scaled(weights);
      if (w == null) {
        return null;
      }
      int n = w.length;
      long[] cap = new long[n];
      long remainingWeight = 0;
      int activeCount = 0;
      for (int i = 0; i < n; i++) {
        if (caps[i].bitLength() > 62) {
          return null;
        }
        cap[i] = caps[i].longValue();
        if (w[i] > 0) {
          activeCount++;
          remainingWeight += w[i];
          if (remainingWeight < 0) {
            return null;
          }
        }
      }
      Integer[] active = new Integer[activeCount];
      for (int i = 0, k = 0; i < n; i++) {
        if (w[i] > 0) {
          active[k++] = i;
        }
      }
      // The parts whose cap/weight ratio is smallest fill up first.
      Arrays.sort(active, (a, b) -> {
        int byRatio = compareProducts(cap[a], w[b], cap[b], w[a]);
        return byRatio != 0 ? byRatio : Integer.compare(a, b);
      });
      long[] parts = new long[n];
      long remaining = units.longValue();
      int next = 0;
      while (next < activeCount) {
        int i = active[next];
        if (compareProducts(cap[i], remainingWeight, remaining, w[i]) > 0) {
          break;
        }
        parts[i] = cap[i];
        remaining -= cap[i];
        remainingWeight -= w[i];
        next++;
      }
      if (next < activeCount && remaining > 0) {
        int[] open = new int[activeCount - next];
        for (int k = next; k < activeCount; k++) {
          open[k - next] = active[k];
        }
        Arrays.sort(open);
        largestRemainder(remaining, w, remainingWeight, open, parts);
      }
      return parts;
    }

    /** The weights as integers at their largest scale, or null when one does not fit a long. */
    private static long[] scaled(BigDecimal[] weights) {
      int scale = 0;
      for (BigDecimal weight : weights) {
        scale = Math.max(scale, weight.scale());
      }
      if (scale > MAX_SCALE) {
        return null;
      }
      long[] w = new long[weights.length];
      for (int i = 0; i < w.length; i++) {
        BigInteger unscaled = weights[i].scale() == scale ? weights[i].unscaledValue()
            : weights[i].setScale(scale).unscaledValue();
        if (unscaled.bitLength() > 62) {
          return null;
        }
        w[i] = unscaled.longValue();
      }
      return w;
    }

    /** Floor of each exact share, then the leftover units by largest remainder, ties by index. */
    private static void largestRemainder(long units, long[] w, long weightSum, int[] open, long[] parts) {
      long[] remainder = new long[w.length];
      long given = 0;
      for (int i : open) {
        long high = Math.multiplyHigh(units, w[i]);
        long low = units * w[i];
        if (high == 0 && low >= 0) {
          parts[i] = low / weightSum;
          remainder[i] = low % weightSum;
        } else {
          BigInteger[] division = BigInteger.valueOf(units).multiply(BigInteger.valueOf(w[i]))
              .divideAndRemainder(BigInteger.valueOf(weightSum));
          parts[i] = division[0].longValueExact();
          remainder[i] = division[1].longValueExact();
        }
        given += parts[i];
      }
      long leftover = units - given;
      if (leftover > 0) {
        Integer[] order = new Integer[open.length];
        for (int k = 0; k < open.length; k++) {
          order[k] = open[k];
        }
        Arrays.sort(order, (a, b) -> {
          int byRemainder = Long.compare(remainder[b], remainder[a]);
          return byRemainder != 0 ? byRemainder : Integer.compare(a, b);
        });
        for (int k = 0; k < leftover; k++) {
          parts[order[k]]++;
        }
      }
    }

    /** Compares {@code a1 * b1} with {@code a2 * b2}, all four not negative, exactly. */
    private static int compareProducts(long a1, long b1, long a2, long b2) {
      int high = Long.compare(Math.multiplyHigh(a1, b1), Math.multiplyHigh(a2, b2));
      return high != 0 ? high : Long.compareUnsigned(a1 * b1, a2 * b2);
    }
  }
}
