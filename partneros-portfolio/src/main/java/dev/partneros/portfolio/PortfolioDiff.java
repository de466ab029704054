package dev.partneros.portfolio;

import static java.util.Objects.requireNonNull;

import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.Tier;
import dev.partneros.core.TierLadder;
import dev.partneros.scoring.health.HealthScore;
import dev.partneros.tiers.TierState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The difference between two evaluations of the same portfolio
 * ({@code docs/rules/program-changes.md#comparing-versions}): every partner whose tier, tier
 * status (entering or leaving grace, for instance), health band, commission or MDF changes, and the
 * totals, the cost of the change. MDF is the partner's
 * annual MDF entitlement: the MDF module's (after eligibility) when installed, else the annual MDF
 * allocation of the partner's tier in the benefits matrix (a program-level pool caps what is paid
 * out, not what the program promises, so the cost of a change is measured on the entitlements);
 * commission is the commission module's earned amount when installed (else it is not compared, and
 * {@link Totals#commissionBefore()} is empty).
 *
 * <p>Immutable and thread-safe.
 *
 * @param before the evaluation under the first program
 * @param after the evaluation under the second program
 * @param changes the partners that change, in partner-id order
 * @param totals the totals
 */
public record PortfolioDiff(PortfolioEvaluation before, PortfolioEvaluation after, List<PartnerChange> changes,
    Totals totals) {

  /**
   * Checks for nulls and copies the list.
   *
   * @param before not null
   * @param after not null
   * @param changes not null
   * @param totals not null
   */
  public PortfolioDiff {
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    changes = List.copyOf(changes);
    requireNonNull(totals, "totals");
  }

  /**
   * One partner's change.
   *
   * @param partner the partner
   * @param name its name
   * @param tierBefore the tier held under the first program
   * @param tierAfter the tier held under the second
   * @param statusBefore the standing in that tier under the first program (in grace, for instance), empty
   *     when no quarter end was decided
   * @param statusAfter the standing under the second, empty when no quarter end was decided
   * @param bandBefore the health band under the first program
   * @param bandAfter the health band under the second
   * @param mdfBefore the MDF under the first program
   * @param mdfAfter the MDF under the second
   * @param commissionBefore the commission earned under the first program, when evaluated
   * @param commissionAfter the commission earned under the second, when evaluated
   */
  public record PartnerChange(PartnerId partner, String name, Tier tierBefore, Tier tierAfter,
      Optional<TierState.Status> statusBefore, Optional<TierState.Status> statusAfter,
      Optional<HealthScore.Band> bandBefore, Optional<HealthScore.Band> bandAfter, Money mdfBefore, Money mdfAfter,
      Optional<Money> commissionBefore, Optional<Money> commissionAfter) {
    /**
     * Checks for nulls.
     *
     * @param partner not null
     * @param name not null
     * @param tierBefore not null
     * @param tierAfter not null
     * @param statusBefore not null
     * @param statusAfter not null
     * @param bandBefore not null
     * @param bandAfter not null
     * @param mdfBefore not null
     * @param mdfAfter not null
     * @param commissionBefore not null
     * @param commissionAfter not null
     */
    public PartnerChange {
      requireNonNull(partner, "partner");
      requireNonNull(name, "name");
      requireNonNull(tierBefore, "tierBefore");
      requireNonNull(tierAfter, "tierAfter");
      requireNonNull(statusBefore, "statusBefore");
      requireNonNull(statusAfter, "statusAfter");
      requireNonNull(bandBefore, "bandBefore");
      requireNonNull(bandAfter, "bandAfter");
      requireNonNull(mdfBefore, "mdfBefore");
      requireNonNull(mdfAfter, "mdfAfter");
      requireNonNull(commissionBefore, "commissionBefore");
      requireNonNull(commissionAfter, "commissionAfter");
    }

    /**
     * Tells whether the partner's standing in its tier differs (it enters or leaves grace, for
     * instance), whether or not the tier changes.
     *
     * @return true when the statuses differ
     */
    public boolean statusChanged() {
      return !statusBefore.equals(statusAfter);
    }
  }

  /**
   * The totals of a diff.
   *
   * @param partners the active partners compared
   * @param upgrades partners holding a higher tier under the second program
   * @param downgrades partners holding a lower tier under the second program
   * @param statusChanges partners whose standing in their tier differs (entering or leaving grace...)
   * @param bandChanges partners whose health band differs
   * @param tiersBefore the tier distribution under the first program
   * @param tiersAfter the tier distribution under the second
   * @param mdfBefore the total MDF under the first program
   * @param mdfAfter the total MDF under the second
   * @param commissionBefore the total commission under the first program, when evaluated
   * @param commissionAfter the total commission under the second, when evaluated
   */
  public record Totals(int partners, int upgrades, int downgrades, int statusChanges, int bandChanges, Map<Tier, Long> tiersBefore,
      Map<Tier, Long> tiersAfter, Money mdfBefore, Money mdfAfter, Optional<Money> commissionBefore,
      Optional<Money> commissionAfter) {
    /**
     * Checks for nulls.
     *
     * @param partners count
     * @param upgrades count
     * @param downgrades count
     * @param statusChanges count
     * @param bandChanges count
     * @param tiersBefore not null
     * @param tiersAfter not null
     * @param mdfBefore not null
     * @param mdfAfter not null
     * @param commissionBefore not null
     * @param commissionAfter not null
     */
    public Totals {
      tiersBefore = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tiersBefore));
      tiersAfter = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tiersAfter));
      requireNonNull(mdfBefore, "mdfBefore");
      requireNonNull(mdfAfter, "mdfAfter");
      requireNonNull(commissionBefore, "commissionBefore");
      requireNonNull(commissionAfter, "commissionAfter");
    }

    /**
     * Returns the cost of the change: the MDF difference plus, when evaluated, the commission
     * difference (negative: the second program costs less).
     *
     * @return never null
     */
    public Money cost() {
      Money cost = mdfAfter.minus(mdfBefore);
      if (commissionBefore.isPresent() && commissionAfter.isPresent()) {
        cost = cost.plus(commissionAfter.get().minus(commissionBefore.get()));
      }
      return cost;
    }
  }

  /**
   * Compares two evaluations of the same portfolio.
   *
   * @param before the evaluation under the first program, not null
   * @param after the evaluation under the second program, not null, of the same partners
   * @return never null
   * @throws IllegalArgumentException if the evaluations are of different partners or currencies
   */
  public static PortfolioDiff of(PortfolioEvaluation before, PortfolioEvaluation after) {
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    List<PartnerResult> a = before.activePartners();
    List<PartnerResult> b = after.activePartners();
    if (!a.stream().map(PartnerResult::id).collect(Collectors.toList())
        .equals(b.stream().map(PartnerResult::id).collect(Collectors.toList()))
        || !before.currency().equals(after.currency())) {
      throw new IllegalArgumentException("the evaluations must be of the same partners, in the same currency");
    }
    TierLadder ladder = before.ladder();
    Money zero = Money.zero(before.currency());
    List<PartnerChange> changes = new ArrayList<>();
    int up = 0;
    int down = 0;
    int bands = 0;
    int statuses = 0;
    Money mdfBefore = zero;
    Money mdfAfter = zero;
    Money paidBefore = zero;
    Money paidAfter = zero;
    boolean commission = a.stream().anyMatch(p -> p.commission().isPresent())
        || b.stream().anyMatch(p -> p.commission().isPresent());
    for (int i = 0; i < a.size(); i++) {
      PartnerResult x = a.get(i);
      PartnerResult y = b.get(i);
      Money mx = mdf(x, zero);
      Money my = mdf(y, zero);
      mdfBefore = mdfBefore.plus(mx);
      mdfAfter = mdfAfter.plus(my);
      Optional<Money> cx = commission ? Optional.of(x.commission().map(CommissionOutcome::earned).orElse(zero))
          : Optional.empty();
      Optional<Money> cy = commission ? Optional.of(y.commission().map(CommissionOutcome::earned).orElse(zero))
          : Optional.empty();
      paidBefore = paidBefore.plus(cx.orElse(zero));
      paidAfter = paidAfter.plus(cy.orElse(zero));
      int rank = Integer.compare(ladder.rankOf(y.tier()), ladder.rankOf(x.tier()));
      up += rank > 0 ? 1 : 0;
      down += rank < 0 ? 1 : 0;
      boolean bandChanged = !x.band().equals(y.band());
      bands += bandChanged ? 1 : 0;
      Optional<TierState.Status> sx = status(x);
      Optional<TierState.Status> sy = status(y);
      boolean statusChanged = !sx.equals(sy);
      statuses += statusChanged ? 1 : 0;
      if (rank != 0 || statusChanged || bandChanged || !mx.equals(my) || !cx.equals(cy)) {
        changes.add(new PartnerChange(x.partner().id(), x.partner().name(), x.tier(), y.tier(), sx, sy, x.band(), y.band(), mx,
            my, cx, cy));
      }
    }
    Totals totals = new Totals(a.size(), up, down, statuses, bands, before.tierDistribution(),
        after.tierDistribution(), mdfBefore, mdfAfter, commission ? Optional.of(paidBefore) : Optional.empty(),
        commission ? Optional.of(paidAfter) : Optional.empty());
    return new PortfolioDiff(before, after, changes, totals);
  }

  /**
   * Evaluates a portfolio under two programs, each as if it had always been in force (its
   * {@code effectiveFrom} moved back to the portfolio's earliest date when later), and compares
   * them: the what-if of {@code docs/rules/program-changes.md#comparing-versions}. When both
   * programs carry the same version label, the candidate's is suffixed with {@code (candidate)}.
   *
   * @param evaluator the evaluator, not null
   * @param base the first program, not null
   * @param candidate the second program, not null
   * @param portfolio the portfolio, not null
   * @param asOf the evaluation date, not null
   * @param progress receives the progress of each of the two evaluations, not null
   * @return never null
   * @throws dev.partneros.core.InvalidProgramException naming every problem of either program
   * @throws InvalidInputException naming every input row a program refuses
   */
  public static PortfolioDiff compare(PortfolioEvaluator evaluator, dev.partneros.core.ProgramDocument base,
      dev.partneros.core.ProgramDocument candidate, Portfolio portfolio, java.time.LocalDate asOf,
      PortfolioEvaluator.ProgressListener progress) {
    requireNonNull(progress, "progress");
    requireNonNull(evaluator, "evaluator");
    requireNonNull(base, "base");
    requireNonNull(candidate, "candidate");
    requireNonNull(portfolio, "portfolio");
    requireNonNull(asOf, "asOf");
    java.time.LocalDate from = portfolio.earliestDate().orElse(asOf);
    dev.partneros.core.ProgramDocument first = ProgramEdits.inForceFrom(base,
        from.isBefore(base.effectiveFrom()) ? from : base.effectiveFrom());
    dev.partneros.core.ProgramDocument second = candidate.version().equals(base.version())
        ? ProgramEdits.withVersion(candidate, candidate.version() + " (candidate)") : candidate;
    second = ProgramEdits.inForceFrom(second, from.isBefore(second.effectiveFrom()) ? from : second.effectiveFrom());
    return of(evaluator.evaluate(dev.partneros.core.ProgramHistory.of(first), portfolio, asOf, progress),
        evaluator.evaluate(dev.partneros.core.ProgramHistory.of(second), portfolio, asOf, progress));
  }

  private static Optional<TierState.Status> status(PartnerResult p) {
    return p.current().map(e -> e.decision().status());
  }

  private static Money mdf(PartnerResult p, Money zero) {
    if (p.mdf().isPresent()) {
      return p.mdf().get().entitlement();
    }
    return p.entitlement().map(Entitlement::mdfAnnual).orElse(zero);
  }
}
