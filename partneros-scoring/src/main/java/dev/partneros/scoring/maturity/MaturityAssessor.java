package dev.partneros.scoring.maturity;

import static java.util.Objects.requireNonNull;

import dev.partneros.core.Explanation;
import dev.partneros.core.ExplanationStep;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.internal.ProblemCollector;
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
 * an area counts as complete for it). Checking one more item can never lower a stage.
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
      problems.check(ids.contains(id), FieldPath.root().field("completed").key(id), "unknown_item",
          "be an item of the checklist", id);
    }
    problems.throwIfErrors(InvalidFactsException::new);

    Map<MaturityStage, BigDecimal> completion = completion(policy.items(), completed);
    MaturityStage stage = stageOf(completion);
    MaturityResult.Builder result = new MaturityResult.Builder().stage(stage).completion(rounded(completion));
    Explanation.Builder explanation = Explanation.builder().subject("program maturity");
    for (MaturityStage s : MaturityStage.values()) {
      explanation.addSteps(ExplanationStep.builder().rule("maturity.stage").section("1").putInputs("stage", s.name())
          .putInputs("completion", percent(completion.get(s)))
          .threshold(percent(policy.thresholdOf(s)))
          .outcome(completion.get(s).compareTo(policy.thresholdOf(s)) >= 0 ? "complete" : "incomplete")
          .template("{stage}: {completion} of the checklist done (needs {threshold}) -> {outcome}").build());
    }

    Map<CapabilityArea, MaturityStage> areas = new EnumMap<>(CapabilityArea.class);
    Map<CapabilityArea, BigDecimal> areaNext = new EnumMap<>(CapabilityArea.class);
    for (CapabilityArea area : CapabilityArea.values()) {
      List<ChecklistItem> own = new ArrayList<>();
      policy.items().stream().filter(i -> i.area() == area).forEach(own::add);
      Map<MaturityStage, BigDecimal> areaCompletion = completion(own, completed);
      MaturityStage level = stageOf(areaCompletion);
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
   * ({@code docs/rules/maturity.md#partner-maturity}).
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
      if (problems.check(scores.get(input) != null, path, "missing", "be given (0-100)", null)) {
        problems.requireInRange(path, scores.get(input), BigDecimal.ZERO, HUNDRED);
      }
    }
    problems.throwIfErrors(InvalidFactsException::new);
    BigDecimal composite = BigDecimal.ZERO;
    int n = MaturityPolicy.PartnerInput.values().length;
    for (MaturityPolicy.PartnerInput input : MaturityPolicy.PartnerInput.values()) {
      BigDecimal weight = policy.partnerWeights().get(input);
      composite = composite.add(weight == null ? scores.get(input).divide(BigDecimal.valueOf(n), MathContext.DECIMAL64)
          : weight.multiply(scores.get(input)));
    }
    composite = composite.setScale(2, RoundingMode.HALF_EVEN);
    String level = policy.partnerLevels().get(0).name();
    for (MaturityPolicy.PartnerLevel candidate : policy.partnerLevels()) {
      if (composite.compareTo(candidate.min()) >= 0) {
        level = candidate.name();
      }
    }
    return new PartnerMaturity.Builder().composite(composite).level(level).explanation(Explanation.builder()
        .subject("partner maturity").addSteps(ExplanationStep.builder().rule("maturity.partner").section("1")
            .putInputs("composite", composite.toPlainString()).outcome(level)
            .template("Composite {composite} -> {outcome}").build()).build()).build();
  }

  private static Map<MaturityStage, BigDecimal> completion(List<ChecklistItem> items, Set<String> completed) {
    Map<MaturityStage, BigDecimal> completion = new EnumMap<>(MaturityStage.class);
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
      completion.put(stage, total == 0 ? BigDecimal.ONE
          : BigDecimal.valueOf(done).divide(BigDecimal.valueOf(total), MathContext.DECIMAL64));
    }
    return completion;
  }

  private MaturityStage stageOf(Map<MaturityStage, BigDecimal> completion) {
    MaturityStage stage = MaturityStage.FOUNDATIONAL;
    for (MaturityStage s : MaturityStage.values()) {
      if (completion.get(s).compareTo(policy.thresholdOf(s)) < 0) {
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
