package dev.partneros.tiers.internal;

import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.Tier;
import dev.partneros.core.internal.ProblemCollector;
import dev.partneros.tiers.Criterion;
import dev.partneros.tiers.Metric;
import dev.partneros.tiers.TierProblemCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that a tier's criteria imply those of the tier below
 * ({@code docs/rules/tiers.md#monotone-thresholds}: thresholds must be monotone up the ladder), so
 * that qualifying for a tier always means qualifying for every tier below it.
 *
 * <p>Every threshold is an inclusive lower bound, so a criterion is a monotone formula. The higher
 * criterion is expanded into its alternatives (its disjunctive normal form: each alternative is a
 * set of thresholds that must all hold); it implies the lower criterion exactly when the lower one
 * holds at the least point of every alternative (each metric at the alternative's highest bound on
 * it, every other metric at its bottom: zero, no, or not measured). When it does not, the offending
 * threshold is the higher tier's threshold on a metric where the lower tier asks for more; if the
 * alternative has no threshold on such a metric, the higher tier's criteria as a whole are reported.
 */
public final class Monotonicity {

  /** The most alternatives a criterion may expand to before it is refused as too complex. */
  public static final int MAX_ALTERNATIVES = 4096;

  private Monotonicity() {}

  private static final class Bound {
    final BigDecimal min;
    final FieldPath path;

    Bound(BigDecimal min, FieldPath path) {
      this.min = min;
      this.path = path;
    }
  }

  private static final class Located {
    final Criterion threshold;
    final FieldPath path;

    Located(Criterion threshold, FieldPath path) {
      this.threshold = threshold;
      this.path = path;
    }
  }

  /**
   * Checks that {@code higher} implies {@code lower}, recording a {@code not_monotone} problem per
   * offending threshold (or {@code too_complex} if {@code higher} has too many alternatives).
   *
   * @param problems where to record problems, not null
   * @param lowerTier the lower tier, not null
   * @param lower the lower tier's criteria, not null
   * @param lowerPath the path of {@code lower}, not null
   * @param higherTier the higher tier, not null
   * @param higher the higher tier's criteria, not null
   * @param higherPath the path of {@code higher}, not null
   */
  public static void check(ProblemCollector problems, Tier lowerTier, Criterion lower, FieldPath lowerPath,
      Tier higherTier, Criterion higher, FieldPath higherPath) {
    List<Map<String, Bound>> alternatives = expand(higher, higherPath);
    if (alternatives == null) {
      problems.check(false, higherPath, TierProblemCode.TOO_COMPLEX, "expand to at most " + MAX_ALTERNATIVES
          + " alternatives (nest fewer anyOf groups inside allOf groups)", higher);
      return;
    }
    Set<String> reported = new HashSet<>();
    for (Map<String, Bound> alternative : alternatives) {
      MetricLookup least = (metric, name) -> {
        Bound bound = alternative.get(key(metric, name));
        if (bound != null) {
          return bound.min;
        }
        return metric.mayBeMissing() ? null : BigDecimal.ZERO;
      };
      if (Criteria.holds(lower, least)) {
        continue;
      }
      List<Located> failing = new ArrayList<>();
      blame(lower, lowerPath, least, failing);
      Located culprit = null;
      Bound offending = null;
      for (Located candidate : failing) {
        Bound bound = alternative.get(key(candidate.threshold.metric().get(),
            candidate.threshold.name().orElse(null)));
        if (bound != null) {
          culprit = candidate;
          offending = bound;
          break;
        }
      }
      if (culprit != null) {
        FieldPath path = offending.path.field("min");
        if (reported.add(path.toString())) {
          problems.check(false, path, CoreProblemCode.NOT_MONOTONE, "be >= " + plain(culprit.threshold.min().get()) + " ("
              + lowerTier + " requires " + label(culprit.threshold) + " >= " + plain(culprit.threshold.min().get())
              + "), so that qualifying for " + higherTier + " implies qualifying for " + lowerTier,
              plain(offending.min));
        }
      } else if (reported.add(higherPath.toString())) {
        Located first = failing.get(0);
        problems.check(false, higherPath, CoreProblemCode.NOT_MONOTONE, "require at least what " + lowerTier + " requires ("
            + label(first.threshold) + " >= " + plain(first.threshold.min().get())
            + ") in every alternative, so that qualifying for " + higherTier
            + " implies qualifying for " + lowerTier, describe(alternative));
      }
    }
  }

  private static String plain(BigDecimal value) {
    return value.toPlainString();
  }

  private static String label(Criterion threshold) {
    Metric metric = threshold.metric().get();
    return metric == Metric.CUSTOM ? threshold.name().orElse("") : metric.label();
  }

  private static String describe(Map<String, Bound> alternative) {
    List<String> parts = new ArrayList<>();
    alternative.forEach((key, bound) -> parts.add(key + " >= " + plain(bound.min)));
    return parts.isEmpty() ? "no requirement" : String.join(" and ", parts);
  }

  private static String key(Metric metric, String name) {
    return metric == Metric.CUSTOM ? "CUSTOM[" + name + "]" : metric.name();
  }

  /** Expands a criterion into its alternatives; null when there are too many. */
  private static List<Map<String, Bound>> expand(Criterion criterion, FieldPath path) {
    switch (criterion.form()) {
      case THRESHOLD: {
        Map<String, Bound> only = new LinkedHashMap<>();
        only.put(key(criterion.metric().get(), criterion.name().orElse(null)),
            new Bound(criterion.min().get(), path));
        List<Map<String, Bound>> out = new ArrayList<>();
        out.add(only);
        return out;
      }
      case ANY_OF: {
        List<Map<String, Bound>> out = new ArrayList<>();
        for (int i = 0; i < criterion.anyOf().size(); i++) {
          List<Map<String, Bound>> child = expand(criterion.anyOf().get(i), path.field("anyOf").index(i));
          if (child == null || out.size() + child.size() > MAX_ALTERNATIVES) {
            return null;
          }
          out.addAll(child);
        }
        return out;
      }
      default: {
        List<Map<String, Bound>> out = new ArrayList<>();
        out.add(new LinkedHashMap<>());
        for (int i = 0; i < criterion.allOf().size(); i++) {
          List<Map<String, Bound>> child = expand(criterion.allOf().get(i), path.field("allOf").index(i));
          if (child == null || (long) out.size() * child.size() > MAX_ALTERNATIVES) {
            return null;
          }
          List<Map<String, Bound>> product = new ArrayList<>();
          for (Map<String, Bound> left : out) {
            for (Map<String, Bound> right : child) {
              Map<String, Bound> merged = new LinkedHashMap<>(left);
              right.forEach((k, bound) -> merged.merge(k, bound, (a, b) -> a.min.compareTo(b.min) >= 0 ? a : b));
              product.add(merged);
            }
          }
          out = product;
        }
        return out;
      }
    }
  }

  /** Collects the thresholds of {@code criterion} that make it fail at {@code values}. */
  private static void blame(Criterion criterion, FieldPath path, MetricLookup values, List<Located> out) {
    switch (criterion.form()) {
      case THRESHOLD:
        if (!Criteria.holds(criterion, values)) {
          out.add(new Located(criterion, path));
        }
        return;
      case ANY_OF:
        for (int i = 0; i < criterion.anyOf().size(); i++) {
          blame(criterion.anyOf().get(i), path.field("anyOf").index(i), values, out);
        }
        return;
      default:
        for (int i = 0; i < criterion.allOf().size(); i++) {
          Criterion child = criterion.allOf().get(i);
          if (!Criteria.holds(child, values)) {
            blame(child, path.field("allOf").index(i), values, out);
          }
        }
    }
  }
}
