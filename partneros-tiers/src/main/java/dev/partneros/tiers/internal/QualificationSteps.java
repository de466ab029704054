package dev.partneros.tiers.internal;

import dev.partneros.core.ExplanationStep;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.StepTemplate;
import dev.partneros.core.Tier;
import dev.partneros.tiers.Criterion;
import dev.partneros.tiers.Metric;
import dev.partneros.tiers.RequirementCheck;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The fixed parts of a qualifier's tier-check steps, compiled once with the qualifier
 * ({@code docs/rules/tiers.md#explaining-a-qualification}): for every tier with criteria, its bounds
 * as the step's threshold, the names of its inputs and one {@link StepTemplate} per pattern of its
 * thresholds' results (which thresholds hold decides which comparisons and alternatives the
 * sentence shows). A step is then built from the partner's values alone, and is the step
 * {@link TierExplanations} builds part by part. A tier with more than six thresholds, or whose
 * template is refused, has none and is built part by part.
 *
 * <p>Immutable and thread-safe.
 */
public final class QualificationSteps {

  /** The most thresholds a tier's criteria may have to be compiled: 64 templates. */
  static final int MOST_THRESHOLDS = 6;

  private final Currency currency;
  /** One per level, lowest first; {@link Level#NONE} for the entry tier and tiers not compiled. */
  private final List<Level> levels;

  private QualificationSteps(Currency currency, List<Level> levels) {
    this.currency = currency;
    this.levels = levels;
  }

  /**
   * Compiles the steps of a ladder's levels.
   *
   * @param currency the program's currency, not null
   * @param tiers the levels' tiers, lowest first, not null
   * @param thresholds each level's number of thresholds, 0 for the entry tier, not null
   * @param patterns each level's requirement with a pattern of threshold results (bit {@code i} set:
   *     the {@code i}-th threshold in reading order holds), current values absent; not called for the
   *     entry tier
   * @return never null
   */
  public static QualificationSteps of(Currency currency, List<Tier> tiers, List<Integer> thresholds,
      List<IntFunction<RequirementCheck>> patterns) {
    List<Level> levels = new ArrayList<>(tiers.size());
    for (int i = 0; i < tiers.size(); i++) {
      int count = thresholds.get(i);
      levels.add(count == 0 || count > MOST_THRESHOLDS ? Level.NONE
          : Level.of(tiers.get(i), currency, count, patterns.get(i)));
    }
    return new QualificationSteps(currency, List.copyOf(levels));
  }

  /**
   * Builds a tier check's step from its compiled parts.
   *
   * @param level the check's position in its qualification, lowest first
   * @param tier the check's tier, not null
   * @param requirement the evaluated requirement, not null
   * @param currency the metrics' currency, not null
   * @param outcome {@code met} or {@code not met}
   * @return the step, or null when the level is not compiled for that tier, currency and requirement
   *     (the caller builds it part by part)
   */
  ExplanationStep step(int level, Tier tier, RequirementCheck requirement, Currency currency, String outcome) {
    if (level >= levels.size() || !this.currency.equals(currency)) {
      return null;
    }
    Level compiled = levels.get(level);
    return compiled == Level.NONE || !compiled.tier.equals(tier) ? null : compiled.step(requirement, currency, outcome);
  }

  /** One tier's compiled parts. */
  private static final class Level {

    static final Level NONE = new Level(Tier.REGISTERED, "", List.of(), List.of(), List.of());

    private final Tier tier;
    private final String bounds;
    /** The input names, distinct, in reading order. */
    private final List<String> labels;
    /** For every threshold in reading order, the index of its name in {@link #labels}. */
    private final List<Integer> labelOf;
    private final List<StepTemplate> byPattern;

    private Level(Tier tier, String bounds, List<String> labels, List<Integer> labelOf,
        List<StepTemplate> byPattern) {
      this.tier = tier;
      this.bounds = bounds;
      this.labels = labels;
      this.labelOf = labelOf;
      this.byPattern = byPattern;
    }

    static Level of(Tier tier, Currency currency, int thresholds, IntFunction<RequirementCheck> patterns) {
      RequirementCheck any = patterns.apply(0);
      List<String> order = new ArrayList<>(thresholds);
      Texts.template(any, currency, (label, value) -> order.add(label));
      if (order.size() != thresholds) {
        return NONE;
      }
      List<String> labels = new ArrayList<>();
      List<Integer> labelOf = new ArrayList<>(thresholds);
      for (String label : order) {
        if (!labels.contains(label)) {
          labels.add(label);
        }
        labelOf.add(labels.indexOf(label));
      }
      String[] names = labels.toArray(new String[0]);
      String prefix = Texts.tierName(tier) + ": ";
      List<StepTemplate> byPattern = new ArrayList<>(1 << thresholds);
      for (int bits = 0; bits < 1 << thresholds; bits++) {
        String text = Texts.appendTemplate(new StringBuilder(160).append(prefix), patterns.apply(bits), currency,
            (label, value) -> { }).append(" -> {outcome}").toString();
        try {
          byPattern.add(StepTemplate.of(TierExplanations.qualifyRule(tier), TierExplanations.SECTION, text, names));
        } catch (InvalidFactsException refused) {
          return NONE; // the part-by-part build refuses it with its problems
        }
      }
      return new Level(tier, Texts.bounds(any, currency), List.copyOf(labels), List.copyOf(labelOf),
          List.copyOf(byPattern));
    }

    /** The step of an evaluated requirement, or null when its shape is not this level's. */
    ExplanationStep step(RequirementCheck requirement, Currency currency, String outcome) {
      String[] values = new String[labels.size()];
      int[] next = new int[1];
      int found = collect(requirement, currency, values, 0, next);
      if (found < 0 || next[0] != labelOf.size()) {
        return null;
      }
      return byPattern.get(found).stepWithThreshold(bounds, outcome, values);
    }

    /**
     * Reads the thresholds in reading order: their values into {@code values} (a name read twice
     * keeps the last value, as a step's builder does) and their results into the returned bits;
     * -1 when there are more thresholds than this level's or one is named otherwise.
     */
    private int collect(RequirementCheck check, Currency currency, String[] values, int bits, int[] next) {
      if (check.form() == Criterion.Form.THRESHOLD) {
        int i = next[0]++;
        if (i >= labelOf.size() || !Texts.label(check).equals(labels.get(labelOf.get(i)))) {
          return -1;
        }
        Metric metric = check.metric().get();
        values[labelOf.get(i)] = Texts.value(metric, check.current().orElse(null), currency);
        return check.met() ? bits | 1 << i : bits;
      }
      for (RequirementCheck child : check.children()) {
        bits = collect(child, currency, values, bits, next);
        if (bits < 0) {
          return -1;
        }
      }
      return bits;
    }
  }
}
