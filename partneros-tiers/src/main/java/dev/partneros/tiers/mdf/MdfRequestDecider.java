package dev.partneros.tiers.mdf;

import static java.util.Objects.requireNonNull;

import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.Money;
import dev.partneros.core.internal.ProblemCollector;
import dev.partneros.tiers.BenefitsMatrix;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides MDF requests ({@code docs/rules/mdf.md#requests}) with the pure
 * {@link #decide(MdfRequest, MdfPartner, MdfLedger, LocalDate)}:
 * <ol>
 *   <li><b>Allowed use</b>: the activity must be one of {@link MdfPolicy#allowedUses()} (events,
 *       content, advertising, webinars, campaigns by default); swag and anything unlisted is
 *       rejected ({@link MdfReason#USE_NOT_ALLOWED}).</li>
 *   <li><b>Eligibility</b> ({@link MdfEntitlementCalculator}): tier at least the minimum (Silver),
 *       sourced ARR at least the minimum (25,000, inclusive), no overdue ROI report, a non-zero
 *       allocation. Every failing rule is a reason.</li>
 *   <li><b>What is asked</b>: the request's amount; under the co-op model, the match of the
 *       activity's cost ({@link CoopTerms}), rounded once.</li>
 *   <li><b>Routing</b>: the amount asked picks the routed approver ({@link MdfPolicy#routing()},
 *       brackets {@code [from, next from)}: below 5,000 the partner manager, 5,000.00 and above a
 *       director, as {@code docs/rules/mdf.md#approval-routing} decides); the tier's own approvers
 *       ({@link MdfPolicy#approvers()}) are always added. Decision: routing uses the amount asked,
 *       not the amount the limits allow, so a large ask never reaches a junior approver because a
 *       cap cut it.</li>
 *   <li><b>Limits</b>: the grantable amount is min(asked, quarterly cap remaining, annual balance
 *       remaining) in the fiscal quarter and year of the as-of date; less than asked names the
 *       limit that bit ({@link MdfDecision.GrantLimit}); nothing left at all rejects the request
 *       ({@link MdfReason#QUARTERLY_CAP_REACHED}, {@link MdfReason#ANNUAL_BALANCE_EXHAUSTED}).</li>
 *   <li><b>Approvals</b>: a request carrying every required approval is granted
 *       ({@link MdfDecision.Status#APPROVED}, or {@link MdfDecision.Status#PARTIALLY_APPROVED} when a limit bit);
 *       otherwise it {@link MdfDecision.Status#NEEDS_APPROVAL} (see {@link MdfRequest} for how it moves on).</li>
 * </ol>
 * A rejection takes precedence over missing approvals, and lists every reason found (the use, each
 * eligibility rule and, for an eligible partner, an exhausted limit).
 *
 * <p>Funds are in the fund's currency; a request, ledger or partner amount in another currency is an
 * error with its path. The as-of date is the approval date of a grant; a grant paid in advance is
 * due {@link MdfPolicy#disbursementDays()} later.
 *
 * <p>Built once per program with {@link #of(MdfPolicy, BenefitsMatrix)}; its methods are pure
 * functions of their arguments. Immutable and thread-safe.
 */
public final class MdfRequestDecider {

  private final Funds funds;

  private MdfRequestDecider(Funds funds) {
    this.funds = funds;
  }

  /**
   * Returns the decider of a program.
   *
   * @param policy the MDF policy, not null
   * @param benefits the benefits matrix whose MDF amounts are the tiers' entitlements, not null
   * @return never null
   * @throws InvalidProgramException if the benefits are for another ladder or currency than the
   *     policy (path {@code benefits})
   */
  public static MdfRequestDecider of(MdfPolicy policy, BenefitsMatrix benefits) {
    return new MdfRequestDecider(Funds.of(policy, benefits));
  }

  /**
   * Returns the policy.
   *
   * @return never null
   */
  public MdfPolicy policy() {
    return funds.policy();
  }

  /**
   * Decides a request.
   *
   * @param request the request, not null
   * @param partner the requesting partner on the as-of date, not null
   * @param ledger the partner's earlier grants and claims, not null
   * @param asOf the day of the decision (the approval date of a grant), not null
   * @return never null
   * @throws InvalidFactsException naming every problem with its path: the request in another
   *     currency than the fund ({@code request.amount}), for another partner
   *     ({@code request.partnerId}), submitted after the as-of date ({@code request.submittedOn}) or
   *     already granted ({@code request.requestId}); a co-op match that rounds to nothing
   *     ({@code request.amount}); and every partner or ledger fact in another currency, dated after
   *     the as-of date or naming a tier off the ladder ({@code ledger.grants[2].approvedOn})
   */
  public MdfDecision decide(MdfRequest request, MdfPartner partner, MdfLedger ledger, LocalDate asOf) {
    requireNonNull(request, "request");
    requireNonNull(partner, "partner");
    requireNonNull(ledger, "ledger");
    requireNonNull(asOf, "asOf");
    MdfPolicy policy = funds.policy();
    ProblemCollector problems = new ProblemCollector();
    FieldPath at = FieldPath.root().field("request");
    if (!request.partnerId().equals(partner.partnerId())) {
      problems.check(false, at.field("partnerId"), CoreProblemCode.INCONSISTENT, "be the partner's id " + partner.partnerId(),
          request.partnerId());
    }
    funds.checkCurrency(problems, at.field("amount"), request.amount());
    Funds.checkNotAfter(problems, at.field("submittedOn"), request.submittedOn(), asOf);
    problems.check(ledger.grant(request.requestId()).isEmpty(), at.field("requestId"), CoreProblemCode.DUPLICATE,
        "not be granted already (it is on the ledger)", request.requestId());
    funds.checkPartner(problems, FieldPath.root().field("partner"), partner, asOf);
    funds.checkLedger(problems, FieldPath.root().field("ledger"), ledger, asOf);
    problems.throwIfErrors(InvalidFactsException::new);
    Money asked = funds.asked(request.amount());
    problems.check(asked.isPositive(), at.field("amount"), CoreProblemCode.OUT_OF_RANGE,
        "be large enough for a co-op match of at least one minor unit", request.amount());
    problems.throwIfErrors(InvalidFactsException::new);

    MdfEntitlement entitlement = funds.entitlement(partner, ledger, asOf);
    List<MdfReason> reasons = new ArrayList<>(4);
    if (!policy.allows(request.activity())) {
      reasons.add(MdfReason.USE_NOT_ALLOWED);
    }
    reasons.addAll(entitlement.reasons());
    Money quarterLeft = entitlement.quarterRemaining();
    Money yearLeft = entitlement.yearRemaining();
    List<MdfDecision.GrantLimit> limits = new ArrayList<>(2);
    if (entitlement.eligible()) {
      Money bound = quarterLeft.min(yearLeft);
      if (bound.isLessThan(asked)) {
        if (quarterLeft.equals(bound)) {
          limits.add(MdfDecision.GrantLimit.QUARTERLY_CAP);
        }
        if (yearLeft.equals(bound)) {
          limits.add(MdfDecision.GrantLimit.ANNUAL_BALANCE);
        }
      }
      if (quarterLeft.isZero()) {
        reasons.add(MdfReason.QUARTERLY_CAP_REACHED);
      }
      if (yearLeft.isZero()) {
        reasons.add(MdfReason.ANNUAL_BALANCE_EXHAUSTED);
      }
    }
    Money grantable = reasons.isEmpty() ? asked.min(quarterLeft).min(yearLeft) : funds.zero();

    List<MdfPolicy.ApprovalStep> routing = policy.routing();
    int step = 0;
    for (int i = 1; i < routing.size(); i++) {
      if (asked.compareTo(routing.get(i).from()) >= 0) {
        step = i;
      }
    }
    Set<Approver> required = EnumSet.of(routing.get(step).approver());
    required.addAll(entitlement.approvers());
    List<Approver> pending = new ArrayList<>(required.size());
    for (Approver approver : required) {
      if (!request.approvals().contains(approver)) {
        pending.add(approver);
      }
    }
    MdfDecision.Status status;
    if (!reasons.isEmpty()) {
      status = MdfDecision.Status.REJECTED;
    } else if (!pending.isEmpty()) {
      status = MdfDecision.Status.NEEDS_APPROVAL;
    } else {
      status = grantable.equals(asked) ? MdfDecision.Status.APPROVED : MdfDecision.Status.PARTIALLY_APPROVED;
    }
    boolean granted = status == MdfDecision.Status.APPROVED || status == MdfDecision.Status.PARTIALLY_APPROVED;
    Optional<LocalDate> disbursement = granted && request.payment() == PaymentMode.ADVANCE
        ? Optional.of(asOf.plusDays(policy.disbursementDays())) : Optional.empty();
    return new MdfDecision.Builder()
        .request(request)
        .asOf(asOf)
        .status(status)
        .asked(asked)
        .grantable(grantable)
        .granted(granted ? grantable : funds.zero())
        .limitedBy(limits)
        .routedTo(routing.get(step).approver())
        .routedFrom(routing.get(step).from())
        .routedBelow(step + 1 < routing.size() ? Optional.of(routing.get(step + 1).from()) : Optional.empty())
        .requiredApprovers(required)
        .pendingApprovers(pending)
        .reasons(reasons)
        .entitlement(entitlement)
        .disbursementDueOn(disbursement)
        .build();
  }
}
