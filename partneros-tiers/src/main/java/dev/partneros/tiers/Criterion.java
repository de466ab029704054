package dev.partneros.tiers;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.internal.ProblemCollector;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A tier criterion ({@code docs/rules/tiers.md#criteria}): a tree of {@code allOf} / {@code anyOf}
 * groups over metric thresholds. Exactly one of three forms:
 * <ul>
 *   <li>{@code {allOf: [c1, c2, ...]}}: every child holds (at least one child);</li>
 *   <li>{@code {anyOf: [c1, c2, ...]}}: at least one child holds (at least one child);</li>
 *   <li>{@code {metric: SOURCED_ARR, min: 25000}}: the metric's value is {@code >= min} (an inclusive
 *       lower bound, {@code docs/rules/conventions.md#thresholds-and-brackets}); a
 *       {@link Metric#CUSTOM} threshold also has a {@code name}.</li>
 * </ul>
 * A metric that was not measured (no NPS survey in the window, no entry for a custom metric) meets
 * no threshold.
 *
 * <p>Thresholds are checked when built: {@code min} must lie within the metric's range
 * ({@code >= 0}; NPS -100 to 100; CSAT 0 to 100; a flag 0 or 1; a count a whole number). That a
 * money threshold has no more decimals than the program's currency, and that thresholds rise up the
 * ladder, are checked by {@link TierProgram}. Paths in problems are relative to the criterion
 * ({@code anyOf[0].min}).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCriterion.class)
public abstract class Criterion {

  /** The three forms a criterion takes. */
  public enum Form {
    /** Every child holds. */
    ALL_OF,
    /** At least one child holds. */
    ANY_OF,
    /** A metric is at least a threshold. */
    THRESHOLD
  }

  /** Custom metric names: a letter, then letters, digits, spaces, underscores or hyphens. */
  private static final Pattern CUSTOM_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_ -]{0,59}");
  /** The largest threshold accepted: 10^15, the limit of {@link dev.partneros.core.Money}. */
  private static final BigDecimal LIMIT = BigDecimal.TEN.pow(15);

  Criterion() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a criterion that holds when every one of {@code criteria} holds.
   *
   * @param criteria the children, not null, at least one
   * @return never null
   * @throws InvalidProgramException if there is no child
   */
  public static Criterion allOf(Criterion... criteria) {
    return allOf(Arrays.asList(requireNonNull(criteria, "criteria")));
  }

  /**
   * Returns a criterion that holds when every one of {@code criteria} holds.
   *
   * @param criteria the children, not null, at least one
   * @return never null
   * @throws InvalidProgramException if there is no child
   */
  public static Criterion allOf(List<Criterion> criteria) {
    requireNonNull(criteria, "criteria");
    return new Builder().allOf(criteria).build();
  }

  /**
   * Returns a criterion that holds when at least one of {@code criteria} holds.
   *
   * @param criteria the children, not null, at least one
   * @return never null
   * @throws InvalidProgramException if there is no child
   */
  public static Criterion anyOf(Criterion... criteria) {
    return anyOf(Arrays.asList(requireNonNull(criteria, "criteria")));
  }

  /**
   * Returns a criterion that holds when at least one of {@code criteria} holds.
   *
   * @param criteria the children, not null, at least one
   * @return never null
   * @throws InvalidProgramException if there is no child
   */
  public static Criterion anyOf(List<Criterion> criteria) {
    requireNonNull(criteria, "criteria");
    return new Builder().anyOf(criteria).build();
  }

  /**
   * Returns the threshold {@code metric >= min}.
   *
   * @param metric a standard metric, not null, not {@link Metric#CUSTOM}
   * @param min the inclusive lower bound, not null, within the metric's range
   * @return never null
   * @throws InvalidProgramException if the metric is {@code CUSTOM} or {@code min} is out of range
   */
  public static Criterion atLeast(Metric metric, BigDecimal min) {
    requireNonNull(metric, "metric");
    requireNonNull(min, "min");
    return new Builder().metric(metric).min(normalised(min)).build();
  }

  /**
   * Returns the threshold {@code metric >= min} for a whole-number bound.
   *
   * @param metric a standard metric, not null, not {@link Metric#CUSTOM}
   * @param min the inclusive lower bound, within the metric's range
   * @return never null
   * @throws InvalidProgramException if the metric is {@code CUSTOM} or {@code min} is out of range
   */
  public static Criterion atLeast(Metric metric, long min) {
    return atLeast(metric, BigDecimal.valueOf(min));
  }

  /**
   * Returns the threshold "the flag is set", such as an approved joint business plan.
   *
   * @param flag a metric of kind {@link Metric.Kind#FLAG}, not null
   * @return never null
   * @throws InvalidProgramException if the metric is not a flag
   */
  public static Criterion required(Metric flag) {
    requireNonNull(flag, "flag");
    if (flag.kind() != Metric.Kind.FLAG) {
      ProblemCollector problems = new ProblemCollector();
      problems.check(false, FieldPath.root().field("metric"), CoreProblemCode.INVALID_VALUE, "be a yes/no metric", flag);
      problems.throwIfErrors(InvalidProgramException::new);
    }
    return atLeast(flag, BigDecimal.ONE);
  }

  /**
   * Returns the threshold {@code name >= min} on a custom named metric.
   *
   * @param name the metric's name, not null: a letter, then letters, digits, spaces, underscores or
   *     hyphens, at most 60 characters
   * @param min the inclusive lower bound, not null, {@code >= 0}
   * @return never null
   * @throws InvalidProgramException if the name is not of that form or {@code min} is negative
   */
  public static Criterion custom(String name, BigDecimal min) {
    requireNonNull(name, "name");
    requireNonNull(min, "min");
    return new Builder().metric(Metric.CUSTOM).name(name).min(normalised(min)).build();
  }

  @JsonCreator
  static Criterion fromJson(
      @JsonProperty("allOf") List<Criterion> allOf,
      @JsonProperty("anyOf") List<Criterion> anyOf,
      @JsonProperty("metric") Metric metric,
      @JsonProperty("name") String name,
      @JsonProperty("min") BigDecimal min) {
    ProblemCollector problems = new ProblemCollector();
    children(problems, "allOf", allOf);
    children(problems, "anyOf", anyOf);
    problems.throwIfErrors(InvalidProgramException::new);
    Builder builder = new Builder();
    if (allOf != null) {
      builder.allOf(allOf);
    }
    if (anyOf != null) {
      builder.anyOf(anyOf);
    }
    if (metric != null) {
      builder.metric(metric);
    }
    if (name != null) {
      builder.name(name);
    }
    if (min != null) {
      builder.min(normalised(min));
    }
    return builder.build();
  }

  private static void children(ProblemCollector problems, String field, List<Criterion> children) {
    if (children == null) {
      return;
    }
    FieldPath path = FieldPath.root().field(field);
    problems.check(!children.isEmpty(), path, CoreProblemCode.EMPTY, "have at least one criterion", "[]");
    for (int i = 0; i < children.size(); i++) {
      problems.requirePresent(path.index(i), children.get(i));
    }
  }

  private static BigDecimal normalised(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * Returns the children of an {@code allOf} group.
   *
   * @return never null; empty unless {@link #form()} is {@link Form#ALL_OF}
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<Criterion> allOf();

  /**
   * Returns the children of an {@code anyOf} group.
   *
   * @return never null; empty unless {@link #form()} is {@link Form#ANY_OF}
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<Criterion> anyOf();

  /**
   * Returns the metric of a threshold.
   *
   * @return the metric, or empty for a group
   */
  public abstract Optional<Metric> metric();

  /**
   * Returns the name of a custom metric.
   *
   * @return the name, present exactly when {@link #metric()} is {@link Metric#CUSTOM}
   */
  public abstract Optional<String> name();

  /**
   * Returns the inclusive lower bound of a threshold, in the metric's unit (money in the program's
   * currency).
   *
   * @return the bound, or empty for a group
   */
  public abstract Optional<BigDecimal> min();

  /**
   * Returns which of the three forms this criterion takes.
   *
   * @return never null
   */
  public Form form() {
    if (!allOf().isEmpty()) {
      return Form.ALL_OF;
    }
    return anyOf().isEmpty() ? Form.THRESHOLD : Form.ANY_OF;
  }

  /**
   * Returns the children of a group, whichever kind it is.
   *
   * @return never null; empty for a threshold
   */
  public List<Criterion> children() {
    return allOf().isEmpty() ? anyOf() : allOf();
  }

  /**
   * Returns every threshold of this tree, depth first, left to right.
   *
   * @return never null
   */
  public List<Criterion> thresholds() {
    List<Criterion> out = new ArrayList<>();
    collect(this, out);
    return List.copyOf(out);
  }

  private static void collect(Criterion criterion, List<Criterion> out) {
    if (criterion.form() == Form.THRESHOLD) {
      out.add(criterion);
    } else {
      for (Criterion child : criterion.children()) {
        collect(child, out);
      }
    }
  }

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    FieldPath root = FieldPath.root();
    boolean threshold = metric().isPresent() || name().isPresent() || min().isPresent();
    int forms = (allOf().isEmpty() ? 0 : 1) + (anyOf().isEmpty() ? 0 : 1) + (threshold ? 1 : 0);
    if (!problems.check(forms == 1, root, CoreProblemCode.ONE_OF,
        "be exactly one of {allOf: [...]}, {anyOf: [...]} or a threshold {metric, min}",
        forms == 0 ? "empty" : "several forms")) {
      problems.throwIfErrors(InvalidProgramException::new);
    }
    if (threshold) {
      boolean hasMetric = problems.requirePresent(root.field("metric"), metric().orElse(null));
      boolean hasMin = problems.requirePresent(root.field("min"), min().orElse(null));
      if (hasMetric && metric().get() == Metric.CUSTOM) {
        if (problems.requirePresent(root.field("name"), name().orElse(null))) {
          problems.check(CUSTOM_NAME.matcher(name().get()).matches(), root.field("name"), CoreProblemCode.INVALID_NAME,
              "be a letter followed by letters, digits, spaces, underscores or hyphens (at most 60)",
              name().get());
        }
      } else if (hasMetric) {
        problems.check(name().isEmpty(), root.field("name"), CoreProblemCode.NOT_ALLOWED,
            "be absent unless the metric is CUSTOM", name().orElse(null));
      }
      if (hasMetric && hasMin) {
        checkMin(problems, root.field("min"), metric().get(), min().get());
      }
    }
    problems.throwIfErrors(InvalidProgramException::new);
  }

  private static void checkMin(ProblemCollector problems, FieldPath path, Metric metric, BigDecimal min) {
    if (metric.lowest().signum() == 0) {
      if (!problems.check(min.signum() >= 0, path, CoreProblemCode.NEGATIVE, "be >= 0", min.toPlainString())) {
        return;
      }
    }
    Optional<BigDecimal> highest = metric.highest();
    if (min.compareTo(metric.lowest()) < 0 || highest.map(h -> min.compareTo(h) > 0).orElse(false)) {
      problems.check(false, path, CoreProblemCode.OUT_OF_RANGE, "be between " + metric.lowest().toPlainString() + " and "
          + highest.map(BigDecimal::toPlainString).orElse("10^15") + " for " + metric, min.toPlainString());
      return;
    }
    problems.check(min.compareTo(LIMIT) < 0, path, CoreProblemCode.OUT_OF_RANGE, "be less than 10^15", min.toPlainString());
    if (metric.kind() == Metric.Kind.COUNT || metric.kind() == Metric.Kind.FLAG) {
      problems.check(min.stripTrailingZeros().scale() <= 0, path, CoreProblemCode.NOT_WHOLE,
          "be a whole number for " + metric, min.toPlainString());
    }
  }

  /**
   * Renders the criterion compactly, such as
   * {@code allOf(anyOf(SOURCED_ARR >= 25000, QUALIFIED_REFERRALS >= 5), CERTIFIED_PEOPLE >= 1)}.
   *
   * @return never null
   */
  @Override
  public String toString() {
    switch (form()) {
      case ALL_OF:
        return "allOf(" + allOf().stream().map(Criterion::toString).collect(Collectors.joining(", ")) + ")";
      case ANY_OF:
        return "anyOf(" + anyOf().stream().map(Criterion::toString).collect(Collectors.joining(", ")) + ")";
      default:
        String subject = metric().map(m -> m == Metric.CUSTOM ? "CUSTOM[" + name().orElse("") + "]" : m.name())
            .orElse("?");
        return subject + " >= " + min().map(BigDecimal::toPlainString).orElse("?");
    }
  }

  /** Builds a {@link Criterion}; {@code build()} checks it. Not thread-safe. */
  public static class Builder extends ImmutableCriterion.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
