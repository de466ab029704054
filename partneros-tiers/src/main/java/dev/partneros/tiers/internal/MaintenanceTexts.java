package dev.partneros.tiers.internal;

import dev.partneros.core.ExplanationStep;
import dev.partneros.core.Tier;
import dev.partneros.tiers.TierDecision;
import dev.partneros.tiers.TierOverride;
import dev.partneros.tiers.TierState;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Renders one {@link TierDecision.Step} of a decision as an explanation step
 * ({@code docs/rules/tiers.md#quarter-end-evaluation}).
 */
final class MaintenanceTexts {

  private MaintenanceTexts() {}

  static ExplanationStep step(TierDecision.Step step, TierDecision decision) {
    TierState previous = decision.previous();
    TierState state = decision.state();
    Map<String, String> inputs = new LinkedHashMap<>();
    inputs.put("as of", decision.asOf().toString());
    inputs.put("previous", Texts.tierName(previous.tier()));
    inputs.put("tier", Texts.tierName(state.tier()));
    inputs.put("qualified", Texts.tierName(decision.qualifiedTier()));
    String template;
    String outcome;
    switch (step) {
      case OVERRIDE_GRANTED:
      case OVERRIDE_IN_FORCE: {
        TierOverride override = overrideOf(decision);
        inputs.put("override", Texts.tierName(override.tier()));
        inputs.put("reason", override.reason());
        inputs.put("starts on", override.startsOn().toString());
        inputs.put("ends on", override.endsOn().map(LocalDate::toString).orElse("no end date"));
        String period = override.endsOn().isPresent() ? " until {ends on}" : ", without end date";
        template = step == TierDecision.Step.OVERRIDE_GRANTED
            ? "strategic override to {override} from {starts on}" + period + " granted ({reason}) -> {outcome}"
            : "strategic override to {override} in force" + period + " ({reason}), whatever the metrics -> {outcome}";
        outcome = step == TierDecision.Step.OVERRIDE_GRANTED ? "overridden" : "kept";
        break;
      }
      case OVERRIDE_ENDED: {
        TierOverride override = overrideOf(decision);
        inputs.put("override", Texts.tierName(override.tier()));
        inputs.put("ends on", override.endsOn().map(LocalDate::toString).orElse("no end date"));
        template = "strategic override to {override} ended (on {ends on}) -> {outcome}, the qualified tier";
        outcome = state.tier().name();
        break;
      }
      case PROVISIONAL_IN_FORCE:
        inputs.put("until", previous.provisionalUntil().map(LocalDate::toString).orElse(""));
        template = "provisional {tier} until {until} (qualified: {qualified}) -> {outcome}";
        outcome = "kept";
        break;
      case PROVISIONAL_ENDED:
        inputs.put("until", previous.provisionalUntil().map(LocalDate::toString).orElse(""));
        template = "provisional {previous} ended (until {until}); no grace for a provisional tier -> {outcome},"
            + " the qualified tier";
        outcome = state.tier().name();
        break;
      case UPGRADED:
        template = decision.review() ? "qualifies for {qualified} above {previous} at the review -> {outcome}"
            : "qualifies for {qualified} above {previous} at the quarter end -> {outcome}";
        outcome = "upgraded to " + state.tier();
        break;
      case UPGRADE_AWAITS_REVIEW:
        inputs.put("next review", decision.nextReview().map(LocalDate::toString).orElse(""));
        template = "qualifies for {qualified} above {tier}; upgrades wait for the review on {next review} -> {outcome}";
        outcome = "kept";
        break;
      case HOLDS:
        template = "qualifies for {tier} (qualified: {qualified}) -> {outcome}";
        outcome = "holds";
        break;
      case NOT_QUALIFIED_BEFORE_REVIEW:
        inputs.put("next review", decision.nextReview().map(LocalDate::toString).orElse(""));
        template = "qualifies for {qualified}, below {tier}; no review until {next review} -> {outcome}";
        outcome = "kept";
        break;
      case GRACE_STARTED:
        inputs.put("grace end", state.graceEnds().map(LocalDate::toString).orElse(""));
        template = "review on {as of}: qualifies for {qualified}, below {tier} -> {outcome} until {grace end},"
            + " keeping tier and benefits";
        outcome = "grace";
        break;
      case GRACE_CONTINUES:
        inputs.put("grace end", state.graceEnds().map(LocalDate::toString).orElse(""));
        template = "in grace for {tier} until {grace end}; qualifies for {qualified} -> {outcome}";
        outcome = "kept";
        break;
      case GRACE_CLEARED:
        inputs.put("grace end", previous.graceEnds().map(LocalDate::toString).orElse(""));
        template = "qualifies for {qualified} during grace for {tier} (which would end {grace end}) -> {outcome}";
        outcome = "grace cleared";
        break;
      case DOWNGRADED:
        template = previous.status() == TierState.Status.IN_GRACE
            ? "grace for {previous} ended on {as of}; qualifies for {qualified} only -> {outcome}"
            : "review on {as of}: qualifies for {qualified}, below {previous}, which has no grace -> {outcome}";
        outcome = "downgraded to " + state.tier();
        break;
      default:
        inputs.put("grace end", state.graceEnds().map(LocalDate::toString).orElse(""));
        template = "qualifies for {qualified}, below {tier} too -> {outcome} for {tier} until {grace end}";
        outcome = "new grace";
        break;
    }
    return ExplanationStep.builder().rule(step.rule()).section(TierExplanations.SECTION).inputs(inputs)
        .outcome(outcome).template(template).build();
  }

  private static TierOverride overrideOf(TierDecision decision) {
    Optional<TierOverride> override = decision.state().override();
    if (override.isPresent()) {
      return override.get();
    }
    return decision.previous().override().orElseGet(() -> TierOverride.of(Tier.of("UNKNOWN"), "?", decision.asOf()));
  }
}
