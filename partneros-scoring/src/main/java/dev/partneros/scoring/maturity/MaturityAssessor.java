package dev.partneros.scoring.maturity;

import static java.util.Objects.requireNonNull;

import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.Explanation;
import dev.partneros.core.ExplanationStep;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.internal.ProblemCollector;
import dev.partneros.scoring.ScoringProblemCode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stages a partner program and rates partner maturity
 * ({@code docs/rules/maturity.md#staging-rule}).
 *
 * <p>Staging rule ({@code docs/rules/maturity.md#staging-rule}): stages are cumulative. The
 * program is at the highest stage S such that, for every stage k &lt;= S, the completed share of
 * k's checklist is at least k's threshold; every program is at least {@code FOUNDATIONAL}. Each
 * capability area gets its own level by the same rule over its own items (a stage with no item in
 * an area counts as complete for it). Checking one more item can never lower a stage. A share is
 * compared with its threshold exactly ({@code done >= threshold x total}), never as a rounded
 * fraction ({@code docs/rules/conventions.md#decisions-compare-the-exact-value}).
 *
 * <p>Stateless; immutable and thread-safe.
 */
public final class MaturityAssessor {

  private static final BigDecimal HUNDRED = new BigDecimal("100");

  private final MaturityPolicy policy;
  private final Set<String> ids;

  private MaturityAssessor(MaturityPolicy policy) {
    this.policy = policy;
    Set<String> all = new HashSet<>();
    policy.items().forEach(item -> all.add(item.id()));
    this.ids = Set.copyOf(all);
  }

  /**
   * Creates an assessor.
   *
   * @param policy the maturity model, not null
   * @return never null
   */
  public static MaturityAssessor of(MaturityPolicy policy) {
    return new MaturityAssessor(requireNonNull(policy, "policy"));
  }

  /**
   * Stages a program from the checklist items it has completed.
   *
   * @param completed the ids of the completed items, not null
   * @return never null
   * @throws InvalidFactsException naming every unknown id
   */
  public MaturityResult stage(Set<String> completed) {
    requireNonNull(completed, "completed");
    ProblemCollector problems = new ProblemCollector();
    for (String id : new java.util.TreeSet<>(completed)) {
      problems.check(ids.contains(id), FieldPath.root().field("completed").key(id), ScoringProblemCode.UNKNOWN_ITEM,
          "be an item of the checklist", id);
    }
    problems.throwIfErrors(InvalidFactsException::new);

    Map<MaturityStage, int[]> counts = counts(policy.items(), completed);
    Map<MaturityStage, BigDecimal> completion = completion(counts);
    MaturityStage stage = stageOf(counts);
    MaturityResult.Builder result = new MaturityResult.Builder().stage(stage).completion(rounded(completion));
    Explanation.Builder explanation = Explanation.builder().subject("program maturity");
    for (MaturityStage s : MaturityStage.values()) {
      explanation.addSteps(ExplanationStep.builder().rule("maturity.stage").section("1").putInputs("stage", s.name())
          .putInputs("completion", percent(completion.get(s)))
          .threshold(percent(policy.thresholdOf(s)))
          .outcome(isComplete(s, counts) ? "complete" : "incomplete")
          .template("{stage}: {completion} of the checklist done (needs {threshold}) -> {outcome}").build());
    }

    Map<CapabilityArea, MaturityStage> areas = new EnumMap<>(CapabilityArea.class);
    Map<CapabilityArea, BigDecimal> areaNext = new EnumMap<>(CapabilityArea.class);
    for (CapabilityArea area : CapabilityArea.values()) {
      List<ChecklistItem> own = new ArrayList<>();
      policy.items().stream().filter(i -> i.area() == area).forEach(own::add);
      Map<MaturityStage, int[]> areaCounts = counts(own, completed);
      Map<MaturityStage, BigDecimal> areaCompletion = completion(areaCounts);
      MaturityStage level = stageOf(areaCounts);
      areas.put(area, level);
      areaNext.put(area, level == MaturityStage.OPTIMIZED ? BigDecimal.ONE
          : areaCompletion.get(MaturityStage.values()[level.ordinal() + 1]));
    }
    result.areaLevels(areas);
    MaturityStage lowest = areas.values().stream().min(Comparator.naturalOrder()).orElse(MaturityStage.FOUNDATIONAL);
    List<CapabilityArea> weakest = new ArrayList<>();
    areas.forEach((area, level) -> {
      if (level == lowest) {
        weakest.add(area);
      }
    });
    weakest.sort(Comparator.comparing(areaNext::get));
    result.weakestAreas(weakest);

    BigDecimal progress;
    if (stage == MaturityStage.OPTIMIZED) {
      progress = HUNDRED.setScale(2);
    } else {
      MaturityStage next = MaturityStage.values()[stage.ordinal() + 1];
      result.nextStage(next);
      BigDecimal min = BigDecimal.ONE;
      for (MaturityStage s : MaturityStage.values()) {
        if (s.compareTo(next) > 0) {
          break;
        }
        BigDecimal ratio = completion.get(s).divide(policy.thresholdOf(s), MathContext.DECIMAL64).min(BigDecimal.ONE);
        min = min.min(ratio);
        for (ChecklistItem item : policy.items()) {
          if (item.stage() == s && !completed.contains(item.id())) {
            result.addNextSteps(item);
          }
        }
      }
      progress = min.multiply(HUNDRED).setScale(2, RoundingMode.HALF_EVEN);
    }
    explanation.addSteps(ExplanationStep.builder().rule("maturity.result").section("1").putInputs("progress",
        progress.stripTrailingZeros().toPlainString() + " %").outcome(stage.name())
        .template("Stage {outcome}; {progress} to the next stage").build());
    return result.progressToNext(progress).explanation(explanation.build()).build();
  }

  /**
   * Rates a partner's maturity from its 0-100 sub-scores
   * ({@code docs/rules/maturity.md#partner-maturity}). The level compares the exact composite with
   * the levels' minimums; only the composite reported is rounded to 2 decimals, so a composite of
   * 59.996 is shown as 60.00 yet stays below a level starting at 60
   * ({@code docs/rules/conventions.md#decisions-compare-the-exact-value}).
   *
   * @param scores each input's sub-score, 0 to 100, every input given, not null
   * @return never null
   * @throws InvalidFactsException naming every missing or out-of-range input
   */
  public PartnerMaturity partnerLevel(Map<MaturityPolicy.PartnerInput, BigDecimal> scores) {
    requireNonNull(scores, "scores");
    ProblemCollector problems = new ProblemCollector();
    for (MaturityPolicy.PartnerInput input : MaturityPolicy.PartnerInput.values()) {
      FieldPath path = FieldPath.root().field("scores").field(input.name());
      if (problems.check(scores.get(input) != null, path, CoreProblemCode.MISSING, "be given (0-100)", null)) {
        problems.requireInRange(path, scores.get(input), BigDecimal.ZERO, HUNDRED);
      }
    }
    problems.throwIfErrors(InvalidFactsException::new);
    // the exact composite is sum / divisor: the weighted sum over 1, or the plain sum over the number of
    // inputs (equal weights, so a fifth loses nothing); a level compares sum >= min x divisor, and only the
    // composite shown is rounded, once (docs/rules/conventions.md#decisions-compare-the-exact-value)
    boolean equal = policy.partnerWeights().isEmpty();
    BigDecimal sum = BigDecimal.ZERO;
    for (MaturityPolicy.PartnerInput input : MaturityPolicy.PartnerInput.values()) {
      sum = sum.add(equal ? scores.get(input) : policy.partnerWeights().get(input).multiply(scores.get(input)));
    }
    BigDecimal divisor = equal ? BigDecimal.valueOf(MaturityPolicy.PartnerInput.values().length) : BigDecimal.ONE;
    BigDecimal composite = sum.divide(divisor, 2, RoundingMode.HALF_EVEN);
    String level = policy.partnerLevels().get(0).name();
    for (MaturityPolicy.PartnerLevel candidate : policy.partnerLevels()) {
      if (sum.compareTo(candidate.min().multiply(divisor)) >= 0) {
        level = candidate.name();
      }
    }
    return new PartnerMaturity.Builder().composite(composite).level(level).explanation(Explanation.builder()
        .subject("partner maturity").addSteps(ExplanationStep.builder().rule("maturity.partner").section("1")
            .putInputs("composite", composite.toPlainString()).outcome(level)
            .template("Composite {composite} -> {outcome}").build()).build()).build();
  }

  /** Returns each stage's items done and in all, {@code {done, total}}, among the given items. */
  private static Map<MaturityStage, int[]> counts(List<ChecklistItem> items, Set<String> completed) {
    Map<MaturityStage, int[]> counts = new EnumMap<>(MaturityStage.class);
    for (MaturityStage stage : MaturityStage.values()) {
      int total = 0;
      int done = 0;
      for (ChecklistItem item : items) {
        if (item.stage() == stage) {
          total++;
          if (completed.contains(item.id())) {
            done++;
          }
        }
      }
      counts.put(stage, new int[] {done, total});
    }
    return counts;
  }

  /** Returns each stage's completed share to 16 digits, for what is shown (1 for a stage with no item). */
  private static Map<MaturityStage, BigDecimal> completion(Map<MaturityStage, int[]> counts) {
    Map<MaturityStage, BigDecimal> completion = new EnumMap<>(MaturityStage.class);
    counts.forEach((stage, c) -> completion.put(stage, c[1] == 0 ? BigDecimal.ONE
        : BigDecimal.valueOf(c[0]).divide(BigDecimal.valueOf(c[1]), MathContext.DECIMAL64)));
    return completion;
  }

  /**
   * Tells whether a stage's checklist meets its threshold, decided exactly: {@code done / total >=
   * threshold} is {@code done >= threshold x total}, so a share such as 2/3 is never rounded onto a
   * threshold ({@code docs/rules/conventions.md#decisions-compare-the-exact-value}).
   */
  private boolean isComplete(MaturityStage stage, Map<MaturityStage, int[]> counts) {
    int[] c = counts.get(stage);
    return c[1] == 0
        || BigDecimal.valueOf(c[0]).compareTo(policy.thresholdOf(stage).multiply(BigDecimal.valueOf(c[1]))) >= 0;
  }

  private MaturityStage stageOf(Map<MaturityStage, int[]> counts) {
    MaturityStage stage = MaturityStage.FOUNDATIONAL;
    for (MaturityStage s : MaturityStage.values()) {
      if (!isComplete(s, counts)) {
        break;
      }
      stage = s;
    }
    return stage;
  }

  private static Map<MaturityStage, BigDecimal> rounded(Map<MaturityStage, BigDecimal> completion) {
    Map<MaturityStage, BigDecimal> rounded = new EnumMap<>(MaturityStage.class);
    completion.forEach((k, v) -> rounded.put(k, v.setScale(4, RoundingMode.HALF_EVEN)));
    return rounded;
  }

  private static String percent(BigDecimal fraction) {
    return fraction.multiply(HUNDRED).setScale(0, RoundingMode.HALF_EVEN).toPlainString() + " %";
  }
}
