package dev.partneros.tiers.mdf;

import dev.partneros.core.ExplanationStep;
import dev.partneros.core.Money;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the explanation steps of the MDF decisions, on request only ({@code docs/rules/mdf.md}):
 * every step cites section 9 ({@code docs/rules/mdf.md}), names its rule ({@code mdf.request.cap},
 * ...), its inputs, threshold and outcome, and a sentence template. Nothing here runs while
 * deciding.
 */
final class MdfTexts {

  static final String SECTION = "9";

  private MdfTexts() {}

  private static ExplanationStep.Builder step(String rule) {
    return ExplanationStep.builder().rule(rule).section(SECTION);
  }

  private static String metOrNot(boolean met) {
    return met ? "met" : "not met";
  }

  static List<ExplanationStep> entitlementSteps(MdfEntitlement e) {
    List<ExplanationStep> steps = new ArrayList<>();
    Map<String, String> inputs = new LinkedHashMap<>();
    inputs.put("tier", e.tier().name());
    inputs.put("fiscalYear", "FY" + e.fiscalYear());
    inputs.put("annualAllocation", e.annualAllocation().toString());
    inputs.put("quarterlyCap", e.quarterlyCap().toString());
    inputs.put("rollover", e.rollover().toString());
    inputs.put("expiresOn", e.expiresOn().toString());
    String accrual = "";
    if (e.accrued().isPresent()) {
      inputs.put("accrued", e.accrued().get().toString());
      accrual = " (accrued {accrued}, capped)";
    }
    steps.add(step("mdf.entitlement").inputs(inputs).outcome(e.annualBalance().toString())
        .template("{tier} in {fiscalYear}: annual allocation {annualAllocation}" + accrual
            + " + rollover {rollover}, quarterly cap {quarterlyCap}, expiring {expiresOn} -> annual balance {outcome}")
        .build());
    boolean tierMet = !e.reasons().contains(MdfReason.BELOW_MINIMUM_TIER);
    steps.add(step(MdfReason.BELOW_MINIMUM_TIER.rule()).putInputs("tier", e.tier().name())
        .threshold(e.minimumTier().name()).outcome(metOrNot(tierMet))
        .template("tier {tier} at least {threshold} -> {outcome}").build());
    boolean arrMet = !e.reasons().contains(MdfReason.SOURCED_ARR_BELOW_MINIMUM);
    steps.add(step(MdfReason.SOURCED_ARR_BELOW_MINIMUM.rule()).putInputs("sourcedArr", e.sourcedArr().toString())
        .threshold(e.minimumSourcedArr().toString()).outcome(metOrNot(arrMet))
        .template("sourced ARR {sourcedArr} " + (arrMet ? ">=" : "<") + " {threshold} -> {outcome}").build());
    String overdue = e.overdueRoiReports().isEmpty() ? "none" : String.join(", ", e.overdueRoiReports());
    steps.add(step(MdfReason.OVERDUE_ROI_REPORT.rule()).putInputs("overdue", overdue).threshold("none")
        .outcome(metOrNot(e.overdueRoiReports().isEmpty()))
        .template("overdue ROI reports: {overdue} (allowed: {threshold}) -> {outcome}").build());
    boolean allocated = !e.reasons().contains(MdfReason.NO_ALLOCATION);
    steps.add(step(MdfReason.NO_ALLOCATION.rule()).putInputs("annualBalance", e.annualBalance().toString())
        .threshold("above zero").outcome(metOrNot(allocated))
        .template("annual balance {annualBalance} {threshold} -> {outcome}").build());
    steps.add(step("mdf.balance.quarter").putInputs("quarter", "FY" + e.fiscalYear() + " Q" + e.fiscalQuarter())
        .putInputs("quarterlyCap", e.quarterlyCap().toString()).putInputs("used", e.usedThisQuarter().toString())
        .outcome(e.quarterRemaining().toString())
        .template("{quarter}: quarterly cap {quarterlyCap} - used {used} -> {outcome} left").build());
    steps.add(step("mdf.balance.year").putInputs("fiscalYear", "FY" + e.fiscalYear())
        .putInputs("annualBalance", e.annualBalance().toString()).putInputs("used", e.usedThisYear().toString())
        .outcome(e.yearRemaining().toString())
        .template("{fiscalYear}: annual balance {annualBalance} - used {used} -> {outcome} left").build());
    return List.copyOf(steps);
  }

  static List<ExplanationStep> decisionSteps(MdfDecision d) {
    List<ExplanationStep> steps = new ArrayList<>();
    boolean allowed = !d.reasons().contains(MdfReason.USE_NOT_ALLOWED);
    steps.add(step(MdfReason.USE_NOT_ALLOWED.rule()).putInputs("activity", d.request().activity().name())
        .outcome(allowed ? "allowed" : "not allowed").template("use {activity} -> {outcome}").build());
    steps.addAll(entitlementSteps(d.entitlement()));
    if (d.entitlement().model() == MdfPolicy.FundingModel.COOP) {
      steps.add(step("mdf.request.coop").putInputs("cost", d.request().amount().toString())
          .outcome(d.asked().toString())
          .template("co-op: the fund matches its share of the activity's cost {cost} -> asks {outcome}").build());
    }
    String bracket = "[" + d.routedFrom() + ", " + d.routedBelow().map(Money::toString).orElse("no limit") + ")";
    steps.add(step("mdf.request.routing").putInputs("asked", d.asked().toString()).threshold(bracket)
        .outcome(d.routedTo().name()).template("amount asked {asked} in {threshold} -> routed to {outcome}").build());
    // docs/rules/mdf.md#grant-limits: a rejection that no limit explains (a use not allowed, an
    // ineligible partner) grants nothing, and the step names the rejection's reasons
    boolean rejectedWithoutLimit = d.limitedBy().isEmpty() && !d.reasons().isEmpty();
    String limits = rejectedWithoutLimit ? "the rejection (" + join(d.reasons()) + ")"
        : d.limitedBy().isEmpty() ? "nothing" : join(d.limitedBy());
    ExplanationStep.Builder cap = step("mdf.request.cap").putInputs("asked", d.asked().toString())
        .putInputs("quarterRemaining", d.entitlement().quarterRemaining().toString())
        .putInputs("yearRemaining", d.entitlement().yearRemaining().toString()).putInputs("limitedBy", limits)
        .threshold("min(asked, quarterly cap remaining, annual balance remaining)")
        .outcome(d.grantable().toString());
    if (rejectedWithoutLimit) {
      cap.putInputs("reasons", join(d.reasons())).template("grantable: nothing, the request is rejected ({reasons})"
          + " before any limit applies (asked {asked}, quarterly cap remaining {quarterRemaining}, annual balance"
          + " remaining {yearRemaining}) -> {outcome}");
    } else {
      cap.template("grantable = min({asked}, quarterly cap remaining {quarterRemaining}, annual balance remaining"
          + " {yearRemaining}) -> {outcome} (limited by {limitedBy})");
    }
    steps.add(cap.build());
    String given = d.request().approvals().isEmpty() ? "none" : join(d.request().approvals());
    steps.add(step("mdf.request.approval").putInputs("required", join(d.requiredApprovers()))
        .putInputs("given", given)
        .outcome(d.pendingApprovers().isEmpty() ? "complete" : "pending " + join(d.pendingApprovers()))
        .template("approvers required {required} (routed and the tier's own), given {given} -> {outcome}").build());
    String reasons = d.reasons().isEmpty() ? "none" : join(d.reasons());
    steps.add(step("mdf.request.status").putInputs("granted", d.granted().toString()).putInputs("reasons", reasons)
        .outcome(d.status().name()).template("{outcome}: granted {granted} (reasons: {reasons})").build());
    return List.copyOf(steps);
  }

  static ExplanationStep budgetStep(CoMarketingBudget b) {
    return step("mdf.budget").putInputs("tier", b.tier().name()).putInputs("tierBudget", b.tierBudget().toString())
        .putInputs("pipelinePotential", b.pipelinePotential().toPlainString())
        .putInputs("strategicValue", b.strategicValue().toPlainString())
        .threshold("tier budget x pipeline potential x strategic value").outcome(b.budget().toString())
        .template("{tier} budget {tierBudget} x pipeline potential {pipelinePotential} x strategic value"
            + " {strategicValue} -> {outcome}").build();
  }

  static List<ExplanationStep> partnerAllocationSteps(PoolAllocation.PartnerAllocation a) {
    List<ExplanationStep> steps = new ArrayList<>();
    steps.add(step("mdf.budget").putInputs("tier", a.tier().name())
        .putInputs("pipelinePotential", a.pipelinePotential().toPlainString())
        .putInputs("strategicValue", a.strategicValue().toPlainString())
        .threshold("tier budget x pipeline potential x strategic value").outcome(a.budget().toString())
        .template("{tier} budget x pipeline potential {pipelinePotential} x strategic value {strategicValue}"
            + " -> {outcome}").build());
    steps.add(step("mdf.pool.partner").putInputs("segment", a.segment().orElse("none"))
        .putInputs("newPartner", a.newPartner() ? "yes" : "no").putInputs("entitlement", a.entitlement().toString())
        .putInputs("cap", a.cap().toString()).putInputs("budget", a.budget().toString())
        .putInputs("limitedBy", a.limitedBy().name()).outcome(a.allocation().toString())
        .template("share by budget {budget} (segment {segment}, new {newPartner}), entitlement {entitlement},"
            + " cap {cap} -> {outcome} (limited by {limitedBy})").build());
    return List.copyOf(steps);
  }

  static List<ExplanationStep> poolSteps(PoolAllocation p) {
    List<ExplanationStep> steps = new ArrayList<>();
    steps.add(step("mdf.pool").putInputs("pool", p.pool().amount().toString())
        .putInputs("period", p.pool().period().name()).putInputs("partners", String.valueOf(p.allocations().size()))
        .putInputs("totalEntitlement", p.totalEntitlement().toString())
        .putInputs("unallocated", p.unallocated().toString())
        .threshold("proportional to budgets, never above a cap, penny-exact").outcome(p.allocated().toString())
        .template("pool {pool} ({period}) over {partners} partners entitled to {totalEntitlement} -> allocated"
            + " {outcome}, unallocated {unallocated}").build());
    for (PoolAllocation.SegmentAllocation s : p.segments()) {
      steps.add(step("mdf.pool.segment").putInputs("segment", s.name()).putInputs("share", s.share().toString())
          .putInputs("nominal", s.nominal().toString()).putInputs("partners", String.valueOf(s.partners()))
          .putInputs("capacity", s.capacity().toString()).outcome(s.allocated().toString())
          .template("segment {segment}: share {share} = {nominal}, {partners} partners able to take {capacity}"
              + " -> {outcome}").build());
    }
    return List.copyOf(steps);
  }

  private static String join(List<? extends Enum<?>> values) {
    StringBuilder out = new StringBuilder();
    for (Enum<?> value : values) {
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(value.name());
    }
    return out.toString();
  }
}
