package dev.partneros.scoring.maturity;

import static dev.partneros.scoring.maturity.CapabilityArea.DATA_MEASUREMENT;
import static dev.partneros.scoring.maturity.CapabilityArea.ENABLEMENT;
import static dev.partneros.scoring.maturity.CapabilityArea.GTM_SALES;
import static dev.partneros.scoring.maturity.CapabilityArea.PROGRAM_OPERATIONS;
import static dev.partneros.scoring.maturity.CapabilityArea.STRATEGY_PLANNING;
import static dev.partneros.scoring.maturity.MaturityStage.EMERGING;
import static dev.partneros.scoring.maturity.MaturityStage.FOUNDATIONAL;
import static dev.partneros.scoring.maturity.MaturityStage.OPTIMIZED;
import static dev.partneros.scoring.maturity.MaturityStage.SCALED;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.internal.ProblemCollector;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The maturity model, the program file's {@code maturity} section
 * ({@code docs/rules/maturity.md#configuration}): the checklist catalogue, the completion
 * threshold of each stage (default 1.0: every item), the partner maturity levels (3 to 5, default
 * {@code DEVELOPING < 40 <= EMERGING < 60 <= STRATEGIC < 80 <= ELITE}) and the weights of the
 * partner composite (revenue, certifications, market penetration, customer satisfaction, portal
 * engagement; equal by default).
 *
 * <p>Decision: the blueprint does not say which capability area each checklist item belongs to; the
 * default catalogue assigns them as the area table suggests (see {@link #items()}). Optimized has
 * no program-operations item, so that area's Optimized stage is complete by default.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMaturityPolicy.class)
@JsonDeserialize(as = ImmutableMaturityPolicy.class)
public abstract class MaturityPolicy {

  /** The inputs of the partner maturity composite, each a 0-100 sub-score. */
  public enum PartnerInput {
    /** Revenue. */
    REVENUE,
    /** Certifications. */
    CERTIFICATIONS,
    /** Market penetration. */
    MARKET_PENETRATION,
    /** Customer satisfaction. */
    CUSTOMER_SATISFACTION,
    /** Portal engagement. */
    PORTAL_ENGAGEMENT
  }

  MaturityPolicy() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the standard program's model.
   *
   * @return never null
   */
  public static MaturityPolicy standard() {
    return new Builder().build();
  }

  /**
   * Returns the checklist catalogue: the blueprint's 19 items, each tagged with its stage, area and
   * the blueprint templates it names ({@code docs/rules/maturity.md#checklist} names them for the
   * Emerging stage and the onboarding checklist; other items carry none rather than invented
   * references).
   *
   * @return never null
   */
  @Value.Default
  public List<ChecklistItem> items() {
    return List.of(
        ChecklistItem.of("foundational.business_case", FOUNDATIONAL, STRATEGY_PLANNING, "Partner business case"),
        ChecklistItem.of("foundational.ipp", FOUNDATIONAL, GTM_SALES, "Ideal partner profile defined"),
        ChecklistItem.of("foundational.one_pager", FOUNDATIONAL, ENABLEMENT, "Partner one-pager"),
        ChecklistItem.of("foundational.onboarding_checklist", FOUNDATIONAL, PROGRAM_OPERATIONS,
            "Minimal onboarding checklist", "Onboarding Checklist II.3"),
        ChecklistItem.of("foundational.revenue_tracking", FOUNDATIONAL, DATA_MEASUREMENT,
            "Basic partner revenue tracking (ARR/MRR of partner deals)"),
        ChecklistItem.of("emerging.tiers", EMERGING, STRATEGY_PLANNING, "Tiers and benefits defined",
            "Partner Strategy Plan I.5", "Program Architecture I.6", "3C/4C Evaluation I.3"),
        ChecklistItem.of("emerging.agreements", EMERGING, PROGRAM_OPERATIONS,
            "Standard MSA and partner agreement templates", "Internal Alignment Playbook I.7"),
        ChecklistItem.of("emerging.onboarding_program", EMERGING, ENABLEMENT,
            "Repeatable onboarding program with training deck", "full Onboarding Checklist II.3",
            "Discovery Call Guide II.4", "Pitch Deck II.5", "Training Deck III.2"),
        ChecklistItem.of("emerging.prm_reporting", EMERGING, DATA_MEASUREMENT,
            "PRM/CRM flows and reporting for partner-sourced deals"),
        ChecklistItem.of("emerging.qbrs", EMERGING, GTM_SALES, "Regular QBRs/ABRs"),
        ChecklistItem.of("scaled.dashboards", SCALED, DATA_MEASUREMENT,
            "Automated dashboards and partner pipeline reporting"),
        ChecklistItem.of("scaled.mdf", SCALED, GTM_SALES, "Formal MDF program and co-marketing playbooks"),
        ChecklistItem.of("scaled.academy", SCALED, ENABLEMENT, "Certification paths / partner academy"),
        ChecklistItem.of("scaled.incentives", SCALED, PROGRAM_OPERATIONS,
            "Sales incentives and rules of engagement aligned to partner-led deals"),
        ChecklistItem.of("scaled.qbr_scorecards", SCALED, STRATEGY_PLANNING,
            "Quarterly QBRs with scorecards and action plans", "3C/4C Evaluation I.3"),
        ChecklistItem.of("optimized.community", OPTIMIZED, ENABLEMENT,
            "Partner community and advocacy programs (advisory council, events)"),
        ChecklistItem.of("optimized.ecosystem_roi", OPTIMIZED, STRATEGY_PLANNING, "Ecosystem ROI measured"),
        ChecklistItem.of("optimized.co_innovation", OPTIMIZED, GTM_SALES,
            "Partner flows integrated into the product roadmap (co-innovation pilots)"),
        ChecklistItem.of("optimized.predictive", OPTIMIZED, DATA_MEASUREMENT,
            "Predictive analytics to prioritise partners and opportunities"));
  }

  /**
   * Returns each stage's completion threshold, a fraction of its items (stages not named use 1).
   *
   * @return never null; every stage at 1 by default
   */
  @Value.Default
  public Map<MaturityStage, BigDecimal> stageThresholds() {
    Map<MaturityStage, BigDecimal> all = new java.util.EnumMap<>(MaturityStage.class);
    for (MaturityStage stage : MaturityStage.values()) {
      all.put(stage, BigDecimal.ONE);
    }
    return all;
  }

  /**
   * Returns the threshold of a stage.
   *
   * @param stage the stage, not null
   * @return never null
   */
  public BigDecimal thresholdOf(MaturityStage stage) {
    return stageThresholds().getOrDefault(stage, BigDecimal.ONE);
  }

  /**
   * Returns the partner maturity levels, lowest first, each with the lowest composite it starts at
   * (the first starts at 0).
   *
   * @return never null, 3 to 5 levels
   */
  @Value.Default
  public List<PartnerLevel> partnerLevels() {
    return List.of(PartnerLevel.of("DEVELOPING", 0), PartnerLevel.of("EMERGING", 40), PartnerLevel.of("STRATEGIC", 60),
        PartnerLevel.of("ELITE", 80));
  }

  /**
   * Returns the weights of the partner composite's inputs (every input named, summing to 1), or
   * empty for equal weights.
   *
   * @return never null
   */
  public abstract Map<PartnerInput, BigDecimal> partnerWeights();

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    FieldPath root = FieldPath.root();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < items().size(); i++) {
      problems.check(ids.add(items().get(i).id()), root.field("items").index(i).field("id"), CoreProblemCode.DUPLICATE, "be unique",
          items().get(i).id());
    }
    for (MaturityStage stage : MaturityStage.values()) {
      problems.check(items().stream().anyMatch(item -> item.stage() == stage), root.field("items"), CoreProblemCode.EMPTY,
          "have at least one item for every stage", stage + " has none");
    }
    stageThresholds().forEach((stage, threshold) -> problems.check(threshold.signum() > 0
        && threshold.compareTo(BigDecimal.ONE) <= 0, root.field("stageThresholds").field(stage.name()), CoreProblemCode.OUT_OF_RANGE,
        "be above 0 and at most 1", threshold.toPlainString()));
    FieldPath levels = root.field("partnerLevels");
    problems.requireInRange(levels, partnerLevels().size(), 3, 5);
    for (int i = 0; i < partnerLevels().size(); i++) {
      BigDecimal min = partnerLevels().get(i).min();
      if (i == 0) {
        problems.check(min.signum() == 0, levels.index(0).field("min"), CoreProblemCode.NOT_FROM_ZERO, "be 0 (the lowest level)", min);
      } else {
        problems.check(min.compareTo(partnerLevels().get(i - 1).min()) > 0 && min.compareTo(new BigDecimal("100")) <= 0,
            levels.index(i).field("min"), CoreProblemCode.NOT_INCREASING, "be above the previous level's min and at most 100", min);
      }
    }
    if (!partnerWeights().isEmpty()) {
      BigDecimal sum = BigDecimal.ZERO;
      for (PartnerInput input : PartnerInput.values()) {
        BigDecimal weight = partnerWeights().get(input);
        if (problems.check(weight != null, root.field("partnerWeights").field(input.name()), CoreProblemCode.MISSING,
            "be given (weights name every input, or none for equal weights)", null)) {
          problems.requireInRange(root.field("partnerWeights").field(input.name()), weight, BigDecimal.ZERO,
              BigDecimal.ONE);
          sum = sum.add(weight);
        }
      }
      problems.check(sum.compareTo(BigDecimal.ONE) == 0, root.field("partnerWeights"), CoreProblemCode.WEIGHTS_NOT_ONE,
          "sum to exactly 1", sum.toPlainString());
    }
    problems.throwIfErrors(InvalidProgramException::new);
  }

  /**
   * A partner maturity level and the lowest composite it starts at. Immutable and thread-safe.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutablePartnerLevel.class)
  @JsonDeserialize(as = ImmutablePartnerLevel.class)
  public abstract static class PartnerLevel {
    PartnerLevel() {}

    /**
     * Creates a level.
     *
     * @param name its name
     * @param min the lowest composite, inclusive
     * @return never null
     */
    public static PartnerLevel of(String name, int min) {
      return new Builder().name(name).min(BigDecimal.valueOf(min)).build();
    }

    /**
     * Returns the level's name.
     *
     * @return never null
     */
    public abstract String name();

    /**
     * Returns the lowest composite of the level, inclusive.
     *
     * @return never null
     */
    public abstract BigDecimal min();

    /** Builds a {@link PartnerLevel}. Not thread-safe. */
    public static class Builder extends ImmutablePartnerLevel.Builder {
      /** Creates an empty builder. */
      Builder() {}
    }
  }

  /** Builds a {@link MaturityPolicy}; every attribute defaults to the standard program. Not thread-safe. */
  public static class Builder extends ImmutableMaturityPolicy.Builder {
    /** Creates a builder with every default. */
    Builder() {}
  }
}
