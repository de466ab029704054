package dev.partneros.tiers;

import java.util.function.IntFunction;
import java.util.Currency;
import dev.partneros.tiers.internal.QualificationSteps;
import dev.partneros.core.Tier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The parts of a {@link Qualification}'s checks that do not depend on the partner, built once when a
 * {@link TierQualifier} is built ({@code docs/rules/tiers.md#deciding-the-tier-only}): for every
 * requirement a met and an unmet {@link RequirementCheck} holding its form, metric, name and bound,
 * and for every tier a met and an unmet {@link Qualification.TierCheck}. Qualifying copies a
 * template with the partner's current value or children (one small copy per requirement) instead of
 * running a builder; the checks are equal, value for value, to those built field by field.
 *
 * <p>Immutable and thread-safe.
 */
final class CheckTemplates {

  /** One per level, lowest first. */
  private final List<LevelTemplate> levels;

  private CheckTemplates(List<LevelTemplate> levels) {
    this.levels = levels;
  }

  /**
   * Builds the templates of a program's criteria.
   *
   * @param program the program, not null
   * @return never null
   */
  static CheckTemplates of(TierProgram program) {
    List<LevelTemplate> levels = new ArrayList<>();
    for (TierProgram.Level level : program.levels()) {
      levels.add(new LevelTemplate(level.tier(), level.criteria().map(Node::of).orElse(null)));
    }
    return new CheckTemplates(Collections.unmodifiableList(levels));
  }

  /**
   * Compiles the tier-check steps of these levels' criteria
   * ({@code docs/rules/tiers.md#explaining-a-qualification}).
   *
   * @param currency the program's currency, not null
   * @return never null
   */
  QualificationSteps steps(Currency currency) {
    List<Tier> tiers = new ArrayList<>(levels.size());
    List<Integer> thresholds = new ArrayList<>(levels.size());
    List<IntFunction<RequirementCheck>> patterns = new ArrayList<>(levels.size());
    for (LevelTemplate level : levels) {
      tiers.add(level.tier);
      Node requirement = level.requirement;
      thresholds.add(requirement == null ? 0 : requirement.thresholds());
      patterns.add(requirement == null ? bits -> null : bits -> requirement.pattern(bits, new int[1]));
    }
    return QualificationSteps.of(currency, tiers, thresholds, patterns);
  }

  /**
   * Returns how many tier checks a qualification has.
   *
   * @return the number of levels
   */
  int size() {
    return levels.size();
  }

  /**
   * Tells whether a level has criteria (every level but the entry tier's).
   *
   * @param level the level's position, lowest first
   * @return true if it has
   */
  boolean hasCriteria(int level) {
    return levels.get(level).requirement != null;
  }

  /**
   * Returns a level's tier.
   *
   * @param level the level's position, lowest first
   * @return never null
   */
  Tier tier(int level) {
    return levels.get(level).tier;
  }

  /**
   * Evaluates a level's criteria against metrics, requirement by requirement.
   *
   * @param level the level's position, lowest first
   * @param metrics the metrics, in the program's currency
   * @return never null
   */
  Qualification.TierCheck check(int level, TierMetrics metrics) {
    LevelTemplate template = levels.get(level);
    if (template.requirement == null) {
      return template.met;
    }
    RequirementCheck requirement = template.requirement.evaluate(metrics);
    return (requirement.met() ? template.met : template.unmet).withRequirement(requirement);
  }

  /** A tier's two check templates and its requirement, null for the entry tier. */
  private static final class LevelTemplate {
    private final Tier tier;
    private final ImmutableTierCheck met;
    private final ImmutableTierCheck unmet;
    private final Node requirement;

    LevelTemplate(Tier tier, Node requirement) {
      this.tier = tier;
      this.met = (ImmutableTierCheck) new Qualification.TierCheck.Builder().tier(tier).met(true).build();
      this.unmet = met.withMet(false);
      this.requirement = requirement;
    }
  }

  /** A criterion's two templates and, for a group, its children's. */
  private static final class Node {
    private final ImmutableRequirementCheck met;
    private final ImmutableRequirementCheck unmet;
    private final Metric metric;
    private final String name;
    private final BigDecimal min;
    private final boolean allOf;
    private final List<Node> children;

    private Node(ImmutableRequirementCheck unmet, Metric metric, String name, BigDecimal min, boolean allOf,
        List<Node> children) {
      this.unmet = unmet;
      this.met = unmet.withMet(true);
      this.metric = metric;
      this.name = name;
      this.min = min;
      this.allOf = allOf;
      this.children = children;
    }

    static Node of(Criterion criterion) {
      RequirementCheck.Builder check = new RequirementCheck.Builder().form(criterion.form());
      if (criterion.form() == Criterion.Form.THRESHOLD) {
        check.metric(criterion.metric().get()).name(criterion.name()).required(criterion.min().get()).met(false);
        return new Node((ImmutableRequirementCheck) check.build(), criterion.metric().get(),
            criterion.name().orElse(null), criterion.min().get(), false, List.of());
      }
      List<Node> children = new ArrayList<>();
      for (Criterion child : criterion.children()) {
        children.add(of(child));
      }
      return new Node((ImmutableRequirementCheck) check.met(false).build(), null, null, null,
          criterion.form() == Criterion.Form.ALL_OF, Collections.unmodifiableList(children));
    }

    /** The number of thresholds in this criterion. */
    int thresholds() {
      int count = children.isEmpty() ? 1 : 0;
      for (Node child : children) {
        count += child.thresholds();
      }
      return count;
    }

    /**
     * The criterion evaluated with given threshold results and no current values: bit
     * {@code next[0]} of {@code bits} tells whether the next threshold in reading order holds.
     */
    RequirementCheck pattern(int bits, int[] next) {
      if (children.isEmpty()) {
        return (bits >> next[0]++ & 1) != 0 ? met : unmet;
      }
      RequirementCheck[] evaluated = new RequirementCheck[children.size()];
      boolean holds = allOf;
      for (int i = 0; i < evaluated.length; i++) {
        evaluated[i] = children.get(i).pattern(bits, next);
        holds = allOf ? holds && evaluated[i].met() : holds || evaluated[i].met();
      }
      return (holds ? met : unmet).withChildren(evaluated);
    }

    RequirementCheck evaluate(TierMetrics metrics) {
      if (children.isEmpty()) {
        BigDecimal current = metrics.raw(metric, name);
        if (current == null) {
          return unmet;
        }
        return (current.compareTo(min) >= 0 ? met : unmet).withCurrent(current);
      }
      RequirementCheck[] evaluated = new RequirementCheck[children.size()];
      boolean holds = allOf;
      for (int i = 0; i < evaluated.length; i++) {
        evaluated[i] = children.get(i).evaluate(metrics);
        holds = allOf ? holds && evaluated[i].met() : holds || evaluated[i].met();
      }
      return (holds ? met : unmet).withChildren(evaluated);
    }
  }
}
