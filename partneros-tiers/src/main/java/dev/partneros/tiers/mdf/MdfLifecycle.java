package dev.partneros.tiers.mdf;

import static java.util.Objects.requireNonNull;

import dev.partneros.core.FieldPath;
import dev.partneros.core.FiscalCalendar;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.internal.ProblemCollector;
import dev.partneros.tiers.BenefitsMatrix;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The dated life of MDF funds ({@code docs/rules/mdf.md#lifecycle}): funds expire at the end of
 * the fiscal year (use it or lose it, unless {@link MdfPolicy#rollover()} carries some over); an
 * advance is disbursed within 15 days of approval; a claim is reimbursed net 15 from its receipt;
 * the claim's ROI report is due 90 days after its receipt (Decision: the blueprint gives no date)
 * and, once overdue, blocks new funds. Decision: expiry applies to the balance not yet granted;
 * granted funds stay committed to their grant (the blueprint sets no claiming deadline, so none is
 * modelled). Due dates are inclusive: done on the due date is on time; the day after, an open
 * obligation is {@link MdfObligation.Status#OVERDUE}.
 *
 * <p>Built once per program with {@link #of(MdfPolicy, BenefitsMatrix)}; its methods are pure
 * functions of their arguments. Immutable and thread-safe.
 */
public final class MdfLifecycle {

  private final Funds funds;
  private final FiscalCalendar calendar;

  private MdfLifecycle(Funds funds) {
    this.funds = funds;
    this.calendar = funds.policy().fiscalCalendar();
  }

  /**
   * Returns the lifecycle of a program.
   *
   * @param policy the MDF policy, not null
   * @param benefits the benefits matrix, not null
   * @return never null
   * @throws InvalidProgramException if the benefits are for another ladder or currency than the
   *     policy
   */
  public static MdfLifecycle of(MdfPolicy policy, BenefitsMatrix benefits) {
    return new MdfLifecycle(Funds.of(policy, benefits));
  }

  /**
   * Returns the day the funds of the fiscal year containing a date expire: its last day. On that
   * day the year's balance can still be granted; the next day it is lost (or rolled over).
   *
   * @param date a date, not null
   * @return never null
   */
  public LocalDate fundsExpireOn(LocalDate date) {
    requireNonNull(date, "date");
    return calendar.yearEnd(calendar.fiscalYear(date));
  }

  /**
   * Returns the last day to disburse a grant paid in advance.
   *
   * @param grant the grant, not null
   * @return {@link MdfPolicy#disbursementDays()} after its approval, never null
   */
  public LocalDate disbursementDue(MdfLedger.Grant grant) {
    requireNonNull(grant, "grant");
    return grant.approvedOn().plusDays(funds.policy().disbursementDays());
  }

  /**
   * Returns the last day to reimburse a claim (net 15 by default).
   *
   * @param claim the claim, not null
   * @return {@link MdfPolicy#reimbursementDays()} after its receipt, never null
   */
  public LocalDate reimbursementDue(MdfLedger.Claim claim) {
    requireNonNull(claim, "claim");
    return claim.receivedOn().plusDays(funds.policy().reimbursementDays());
  }

  /**
   * Returns the last day to file a claim's ROI report.
   *
   * @param claim the claim, not null
   * @return {@link MdfPolicy#roiReportDays()} after its receipt, never null
   */
  public LocalDate roiReportDue(MdfLedger.Claim claim) {
    requireNonNull(claim, "claim");
    return funds.roiReportDue(claim);
  }

  /**
   * Returns every obligation of a ledger on an as-of date: per advance its disbursement; per claim
   * its reimbursement (for a reimbursed grant) and its ROI report; each with its due date and
   * status. In ledger order: grants' disbursements first, then claims'.
   *
   * @param ledger the partner's ledger, not null
   * @param asOf the as-of date, not null
   * @return never null
   * @throws InvalidFactsException naming every fact dated after the as-of date or in another
   *     currency than the fund, with its path ({@code ledger.claims[0].receivedOn})
   */
  public List<MdfObligation> obligations(MdfLedger ledger, LocalDate asOf) {
    requireNonNull(ledger, "ledger");
    requireNonNull(asOf, "asOf");
    ProblemCollector problems = new ProblemCollector();
    funds.checkLedger(problems, FieldPath.root().field("ledger"), ledger, asOf);
    problems.throwIfErrors(InvalidFactsException::new);
    return funds.obligations(ledger, asOf);
  }

  /**
   * Returns the overdue obligations of a ledger on an as-of date.
   *
   * @param ledger the partner's ledger, not null
   * @param asOf the as-of date, not null
   * @return never null
   * @throws InvalidFactsException as {@link #obligations(MdfLedger, LocalDate)}
   */
  public List<MdfObligation> overdue(MdfLedger ledger, LocalDate asOf) {
    List<MdfObligation> overdue = new ArrayList<>();
    for (MdfObligation obligation : obligations(ledger, asOf)) {
      if (obligation.status() == MdfObligation.Status.OVERDUE) {
        overdue.add(obligation);
      }
    }
    return List.copyOf(overdue);
  }

  /**
   * Tells whether a partner's overdue ROI reports block new funds on an as-of date.
   *
   * @param ledger the partner's ledger, not null
   * @param asOf the as-of date, not null
   * @return true if at least one ROI report is overdue
   * @throws InvalidFactsException as {@link #obligations(MdfLedger, LocalDate)}
   */
  public boolean blocksNewFunds(MdfLedger ledger, LocalDate asOf) {
    for (MdfObligation obligation : overdue(ledger, asOf)) {
      if (obligation.kind() == MdfObligation.Kind.ROI_REPORT) {
        return true;
      }
    }
    return false;
  }
}
