package dev.partneros.scoring.health;

import dev.partneros.core.ExplanationStep;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The parts of a health explanation that depend on one small input only, built once with the
 * {@link HealthScorer} ({@code docs/rules/health.md#decision-only}): the activity, engagement,
 * satisfaction and strategic-fit components and their explanation steps, for every deal count
 * below 64, every {@link HealthFacts#engagementIndex()}, every {@link HealthFacts#npsIndex()} and
 * every fit. A score carries them so that its explanation, built on first request, only formats
 * the revenue, the band and the subject; the parts are the very values {@link HealthComponents}
 * and {@link HealthExplanations} build for the same input, so the explanation is the same.
 *
 * <p>Immutable and thread-safe; no arrays.
 */
final class CompiledExplanations {

  private static final int CACHED_DEALS = 64;
  private static final int ENGAGEMENTS = HealthFacts.DAYS_INDEX + 93;
  private static final int NPS_INDEXES = HealthFacts.NPS_MISSING_INDEX + 1;

  private final HealthPolicy policy;
  private final List<HealthScore.Component> activity;
  private final List<ExplanationStep> activitySteps;
  private final List<HealthScore.Component> engagement;
  private final List<ExplanationStep> engagementSteps;
  private final List<HealthScore.Component> satisfaction;
  private final List<ExplanationStep> satisfactionSteps;
  private final List<HealthScore.Component> fit;
  private final List<ExplanationStep> fitSteps;

  private CompiledExplanations(HealthPolicy policy) {
    this.policy = policy;
    this.activity = table(CACHED_DEALS, d -> HealthComponents.activity(policy, d));
    List<ExplanationStep> activitySteps = new ArrayList<>(CACHED_DEALS);
    for (int d = 0; d < CACHED_DEALS; d++) {
      activitySteps.add(HealthExplanations.activityStep(d, activity.get(d)));
    }
    this.activitySteps = List.copyOf(activitySteps);
    this.engagement = table(ENGAGEMENTS, i -> HealthComponents.engagement(policy, i));
    this.engagementSteps = steps(engagement, HealthExplanations::engagementStep);
    this.satisfaction = table(NPS_INDEXES, i -> HealthComponents.satisfaction(policy, i));
    this.satisfactionSteps = steps(satisfaction, HealthExplanations::satisfactionStep);
    HealthFacts.StrategicFit[] fits = HealthFacts.StrategicFit.values();
    this.fit = table(fits.length, f -> HealthComponents.fit(policy, fits[f]));
    this.fitSteps = steps(fit, HealthExplanations::fitStep);
  }

  /**
   * Builds the parts of a policy.
   *
   * @param policy the policy, not null
   * @return never null
   */
  static CompiledExplanations of(HealthPolicy policy) {
    return new CompiledExplanations(policy);
  }

  private static List<HealthScore.Component> table(int size, IntFunction<HealthScore.Component> component) {
    List<HealthScore.Component> table = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      table.add(component.apply(i));
    }
    return List.copyOf(table);
  }

  private static List<ExplanationStep> steps(List<HealthScore.Component> components,
      java.util.function.Function<HealthScore.Component, ExplanationStep> step) {
    List<ExplanationStep> steps = new ArrayList<>(components.size());
    for (HealthScore.Component component : components) {
      steps.add(step.apply(component));
    }
    return List.copyOf(steps);
  }

  /**
   * Returns the components of the facts, in the order of {@link HealthScore.Dimension}.
   *
   * @param facts the facts, not null
   * @return never null
   */
  List<HealthScore.Component> components(HealthFacts facts) {
    int deals = facts.dealsRegistered();
    return List.of(HealthComponents.revenue(policy, facts),
        deals < CACHED_DEALS ? activity.get(deals) : HealthComponents.activity(policy, deals),
        engagement.get(facts.engagementIndex()), satisfaction.get(facts.npsIndex()),
        fit.get(facts.strategicFit().ordinal()));
  }

  /**
   * Returns the explanation steps of the activity, engagement, satisfaction and strategic-fit
   * components, in that order.
   *
   * @param facts the facts, not null
   * @param components the facts' components, not null
   * @return never null
   */
  List<ExplanationStep> steps(HealthFacts facts, List<HealthScore.Component> components) {
    int deals = facts.dealsRegistered();
    return List.of(deals < CACHED_DEALS ? activitySteps.get(deals)
        : HealthExplanations.activityStep(deals, components.get(HealthScore.Dimension.ACTIVITY.ordinal())),
        engagementSteps.get(facts.engagementIndex()), satisfactionSteps.get(facts.npsIndex()),
        fitSteps.get(facts.strategicFit().ordinal()));
  }
}
