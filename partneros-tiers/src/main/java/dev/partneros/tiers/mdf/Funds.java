package dev.partneros.tiers.mdf;

import static java.util.Objects.requireNonNull;

import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.DateRange;
import dev.partneros.core.FieldPath;
import dev.partneros.core.FiscalCalendar;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.Money;
import dev.partneros.core.Tier;
import dev.partneros.core.TierLadder;
import dev.partneros.core.internal.ProblemCollector;
import dev.partneros.tiers.BenefitsMatrix;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The computations the MDF engines share ({@code docs/rules/mdf.md}): fact validation against the
 * fund, allocations, usage, entitlements and obligations. Holds only the immutable policy and
 * benefits.
 */
final class Funds {

  private final MdfPolicy policy;
  private final BenefitsMatrix benefits;
  private final Currency currency;
  private final FiscalCalendar calendar;
  private final RoundingMode rounding;
  private final TierLadder ladder;
  private final Money zero;

  private Funds(MdfPolicy policy, BenefitsMatrix benefits) {
    this.policy = policy;
    this.benefits = benefits;
    this.currency = policy.currency();
    this.calendar = policy.fiscalCalendar();
    this.rounding = policy.rounding();
    this.ladder = policy.ladder();
    this.zero = Money.zero(currency);
  }

  /** Checks that the policy and the benefits belong together. */
  static Funds of(MdfPolicy policy, BenefitsMatrix benefits) {
    requireNonNull(policy, "policy");
    requireNonNull(benefits, "benefits");
    ProblemCollector problems = new ProblemCollector();
    FieldPath path = FieldPath.root().field("benefits");
    problems.check(benefits.ladder().equals(policy.ladder()), path, CoreProblemCode.INCONSISTENT,
        "be for the MDF policy's ladder " + policy.ladder(), benefits.ladder());
    Currency benefitsCurrency = benefits.mdfAnnualAllocation(benefits.ladder().lowest()).currency();
    problems.check(benefitsCurrency.equals(policy.currency()), path, CoreProblemCode.CURRENCY_MISMATCH,
        "state MDF amounts in the fund's currency " + policy.currency().getCurrencyCode(),
        benefitsCurrency.getCurrencyCode());
    problems.throwIfErrors(InvalidProgramException::new);
    return new Funds(policy, benefits);
  }

  MdfPolicy policy() {
    return policy;
  }

  BenefitsMatrix benefits() {
    return benefits;
  }

  Currency currency() {
    return currency;
  }

  Money zero() {
    return zero;
  }

  RoundingMode rounding() {
    return rounding;
  }

  // ---------------------------------------------------------------- validation

  void checkCurrency(ProblemCollector problems, FieldPath path, Money amount) {
    if (!amount.currency().equals(currency)) {
      problems.check(false, path, CoreProblemCode.CURRENCY_MISMATCH, "be in the fund's currency " + currency.getCurrencyCode(),
          amount);
    }
  }

  static void checkNotAfter(ProblemCollector problems, FieldPath path, LocalDate date, LocalDate asOf) {
    if (date.isAfter(asOf)) {
      problems.check(false, path, CoreProblemCode.AFTER_AS_OF, "not be after the as-of date " + asOf, date);
    }
  }

  boolean checkTier(ProblemCollector problems, FieldPath path, Tier tier) {
    if (ladder.contains(tier)) {
      return true;
    }
    return problems.check(false, path, CoreProblemCode.UNKNOWN_TIER, "be a tier of the ladder " + ladder, tier);
  }

  void checkPartner(ProblemCollector problems, FieldPath path, MdfPartner partner, LocalDate asOf) {
    checkTier(problems, path.field("tier"), partner.tier());
    partner.previousYearTier().ifPresent(t -> checkTier(problems, path.field("previousYearTier"), t));
    checkCurrency(problems, path.field("sourcedArr"), partner.sourcedArr());
    partner.joinedOn().ifPresent(d -> checkNotAfter(problems, path.field("joinedOn"), d, asOf));
    for (int i = 0; i < partner.sales().size(); i++) {
      MdfPartner.Sale sale = partner.sales().get(i);
      if (sale.amount().currency().equals(currency) && !sale.bookedOn().isAfter(asOf)) {
        continue;
      }
      FieldPath at = path.field("sales").index(i);
      checkCurrency(problems, at.field("amount"), sale.amount());
      checkNotAfter(problems, at.field("bookedOn"), sale.bookedOn(), asOf);
    }
  }

  void checkLedger(ProblemCollector problems, FieldPath path, MdfLedger ledger, LocalDate asOf) {
    // paths are built only for a fact that fails: the ledger is checked on every decision
    for (int i = 0; i < ledger.grants().size(); i++) {
      MdfLedger.Grant grant = ledger.grants().get(i);
      if (grant.amount().currency().equals(currency) && !grant.approvedOn().isAfter(asOf)
          && !grant.disbursedOn().map(d -> d.isAfter(asOf)).orElse(false)) {
        continue;
      }
      FieldPath at = path.field("grants").index(i);
      checkCurrency(problems, at.field("amount"), grant.amount());
      checkNotAfter(problems, at.field("approvedOn"), grant.approvedOn(), asOf);
      grant.disbursedOn().ifPresent(d -> checkNotAfter(problems, at.field("disbursedOn"), d, asOf));
    }
    for (int i = 0; i < ledger.claims().size(); i++) {
      MdfLedger.Claim claim = ledger.claims().get(i);
      if (claim.amount().currency().equals(currency) && !claim.receivedOn().isAfter(asOf)
          && !claim.reimbursedOn().map(d -> d.isAfter(asOf)).orElse(false)
          && !claim.roiReport().map(r -> r.reportedOn().isAfter(asOf)).orElse(false)) {
        continue;
      }
      FieldPath at = path.field("claims").index(i);
      checkCurrency(problems, at.field("amount"), claim.amount());
      checkNotAfter(problems, at.field("receivedOn"), claim.receivedOn(), asOf);
      claim.reimbursedOn().ifPresent(d -> checkNotAfter(problems, at.field("reimbursedOn"), d, asOf));
      claim.roiReport().ifPresent(r -> checkNotAfter(problems, at.field("roiReport").field("reportedOn"),
          r.reportedOn(), asOf));
    }
  }

  // ---------------------------------------------------------------- amounts

  /** A year's allocation and, under accrual, the uncapped accrued amount. */
  record Allocation(Money allocated, Optional<Money> accrued) {}

  /** The allocation of a tier in a fiscal year, counting sales booked up to {@code upTo}. */
  Allocation allocation(Tier tier, int fiscalYear, MdfPartner partner, LocalDate upTo) {
    Money tierAnnual = benefits.mdfAnnualAllocation(tier);
    if (policy.model() != MdfPolicy.FundingModel.ACCRUAL) {
      return new Allocation(tierAnnual, Optional.empty());
    }
    LocalDate start = calendar.yearStart(fiscalYear);
    LocalDate end = calendar.yearEnd(fiscalYear);
    BigDecimal sales = BigDecimal.ZERO;
    for (MdfPartner.Sale sale : partner.sales()) {
      LocalDate day = sale.bookedOn();
      if (!day.isBefore(start) && !day.isAfter(end) && !day.isAfter(upTo)) {
        sales = sales.add(sale.amount().amount());
      }
    }
    Money accrued = Money.of(policy.accrual().rate().applyTo(sales), currency, rounding);
    Money cap = policy.accrual().cap().orElse(tierAnnual);
    return new Allocation(accrued.min(cap), Optional.of(accrued));
  }

  /** The co-op match of a cost, or the cost itself under the other models. */
  Money asked(Money amount) {
    if (policy.model() != MdfPolicy.FundingModel.COOP) {
      return amount;
    }
    return amount.multipliedBy(policy.coop().matchRate(), rounding);
  }

  static Map<String, MdfLedger.Claim> claimsByGrant(MdfLedger ledger) {
    Map<String, MdfLedger.Claim> claims = new HashMap<>();
    for (MdfLedger.Claim claim : ledger.claims()) {
      claims.put(claim.requestId(), claim);
    }
    return claims;
  }

  /**
   * What a grant uses of its period's balances: its amount, or, for a reimbursed grant whose claim
   * was for less, the claimed amount.
   */
  static Money used(MdfLedger.Grant grant, MdfLedger.Claim claim) {
    if (claim == null || grant.payment() == PaymentMode.ADVANCE) {
      return grant.amount();
    }
    return claim.amount().min(grant.amount());
  }

  Money used(MdfLedger ledger, Map<String, MdfLedger.Claim> claims, DateRange period) {
    BigDecimal sum = BigDecimal.ZERO;
    for (MdfLedger.Grant grant : ledger.grants()) {
      if (period.contains(grant.approvedOn())) {
        sum = sum.add(used(grant, claims.get(grant.requestId())).amount());
      }
    }
    return Money.of(sum, currency);
  }

  private Money atLeastZero(Money amount) {
    return amount.isNegative() ? zero : amount;
  }

  // ---------------------------------------------------------------- entitlement

  /** The entitlement of a validated partner and ledger. */
  MdfEntitlement entitlement(MdfPartner partner, MdfLedger ledger, LocalDate asOf) {
    Map<String, MdfLedger.Claim> claims = claimsByGrant(ledger);
    int fiscalYear = calendar.fiscalYear(asOf);
    int fiscalQuarter = calendar.fiscalQuarter(asOf);
    DateRange year = DateRange.ofClosed(calendar.yearStart(fiscalYear), calendar.yearEnd(fiscalYear));
    DateRange quarter = calendar.quarter(fiscalYear, fiscalQuarter);
    Tier tier = partner.tier();
    Allocation current = allocation(tier, fiscalYear, partner, asOf);

    Money unused = zero;
    Tier previousTier = partner.previousYearTier().orElse(tier);
    int minimumRank = ladder.rankOf(policy.minimumTier());
    if (ladder.rankOf(previousTier) >= minimumRank) {
      int previousYear = fiscalYear - 1;
      LocalDate previousEnd = calendar.yearEnd(previousYear);
      Money previousAllocation = allocation(previousTier, previousYear, partner, previousEnd).allocated();
      Money previousUsed = used(ledger, claims,
          DateRange.ofClosed(calendar.yearStart(previousYear), previousEnd));
      unused = atLeastZero(previousAllocation.minus(previousUsed));
    }
    Money rollover = policy.rollover().isZero() ? zero : unused.multipliedBy(policy.rollover(), rounding);

    List<String> overdue = overdueRoiReports(ledger, asOf);
    List<MdfReason> reasons = new ArrayList<>(4);
    if (ladder.rankOf(tier) < minimumRank) {
      reasons.add(MdfReason.BELOW_MINIMUM_TIER);
    }
    if (partner.sourcedArr().isLessThan(policy.minimumSourcedArr())) {
      reasons.add(MdfReason.SOURCED_ARR_BELOW_MINIMUM);
    }
    if (!overdue.isEmpty()) {
      reasons.add(MdfReason.OVERDUE_ROI_REPORT);
    }
    if (current.allocated().plus(rollover).isZero()) {
      reasons.add(MdfReason.NO_ALLOCATION);
    }
    return new MdfEntitlement.Builder()
        .partnerId(partner.partnerId())
        .asOf(asOf)
        .fiscalYear(fiscalYear)
        .fiscalQuarter(fiscalQuarter)
        .tier(tier)
        .model(policy.model())
        .annualAllocation(current.allocated())
        .accrued(current.accrued())
        .rollover(rollover)
        .expiredLastYear(unused.minus(rollover))
        .quarterlyCap(benefits.mdfQuarterlyCap(tier))
        .usedThisQuarter(used(ledger, claims, quarter))
        .usedThisYear(used(ledger, claims, year))
        .approvers(policy.approvers(tier))
        .minimumTier(policy.minimumTier())
        .sourcedArr(partner.sourcedArr())
        .minimumSourcedArr(policy.minimumSourcedArr())
        .overdueRoiReports(overdue)
        .reasons(reasons)
        .expiresOn(year.endInclusive())
        .build();
  }

  // ---------------------------------------------------------------- lifecycle

  LocalDate roiReportDue(MdfLedger.Claim claim) {
    return claim.receivedOn().plusDays(policy.roiReportDays());
  }

  List<String> overdueRoiReports(MdfLedger ledger, LocalDate asOf) {
    List<String> overdue = new ArrayList<>(0);
    for (MdfLedger.Claim claim : ledger.claims()) {
      if (claim.roiReport().isEmpty() && asOf.isAfter(roiReportDue(claim))) {
        overdue.add(claim.requestId());
      }
    }
    return overdue;
  }

  List<MdfObligation> obligations(MdfLedger ledger, LocalDate asOf) {
    List<MdfObligation> obligations = new ArrayList<>();
    Map<String, MdfLedger.Grant> grants = new HashMap<>();
    for (MdfLedger.Grant grant : ledger.grants()) {
      grants.put(grant.requestId(), grant);
      if (grant.payment() == PaymentMode.ADVANCE) {
        obligations.add(obligation(MdfObligation.Kind.DISBURSEMENT, grant.requestId(),
            grant.approvedOn().plusDays(policy.disbursementDays()), grant.disbursedOn(), asOf));
      }
    }
    for (MdfLedger.Claim claim : ledger.claims()) {
      if (grants.get(claim.requestId()).payment() == PaymentMode.REIMBURSEMENT) {
        obligations.add(obligation(MdfObligation.Kind.REIMBURSEMENT, claim.requestId(),
            claim.receivedOn().plusDays(policy.reimbursementDays()), claim.reimbursedOn(), asOf));
      }
      obligations.add(obligation(MdfObligation.Kind.ROI_REPORT, claim.requestId(), roiReportDue(claim),
          claim.roiReport().map(RoiReport::reportedOn), asOf));
    }
    return List.copyOf(obligations);
  }

  private static MdfObligation obligation(MdfObligation.Kind kind, String requestId, LocalDate dueOn,
      Optional<LocalDate> doneOn, LocalDate asOf) {
    MdfObligation.Status status = doneOn.isPresent() ? MdfObligation.Status.DONE
        : asOf.isAfter(dueOn) ? MdfObligation.Status.OVERDUE : MdfObligation.Status.OPEN;
    return new MdfObligation.Builder().kind(kind).requestId(requestId).dueOn(dueOn).doneOn(doneOn).asOf(asOf)
        .status(status).build();
  }
}
