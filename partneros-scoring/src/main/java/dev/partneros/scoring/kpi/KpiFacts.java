package dev.partneros.scoring.kpi;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.internal.ProblemCollector;
import java.util.List;
import org.immutables.value.Value;

/**
 * The portfolio figures the program KPIs are computed from
 * ({@code docs/rules/health.md#program-kpis}). Amounts share one currency; counts are not negative
 * and parts never exceed their wholes.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableKpiFacts.class)
@JsonDeserialize(as = ImmutableKpiFacts.class)
public abstract class KpiFacts {

  KpiFacts() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns total revenue.
   *
   * @return never null
   */
  public abstract Money totalRevenue();

  /**
   * Returns partner-sourced revenue.
   *
   * @return never null
   */
  public abstract Money partnerSourcedRevenue();

  /**
   * Returns partner-influenced revenue.
   *
   * @return never null
   */
  public abstract Money partnerInfluencedRevenue();

  /**
   * Returns the number of partners.
   *
   * @return at least 0
   */
  public abstract int partners();

  /**
   * Returns the partners with at least one closed deal.
   *
   * @return 0 to {@link #partners()}
   */
  public abstract int partnersWithClosedDeal();

  /**
   * Returns the partners active last year.
   *
   * @return at least 0
   */
  public abstract int activeLastYear();

  /**
   * Returns the partners active both this year and last.
   *
   * @return 0 to {@link #activeLastYear()}
   */
  public abstract int activeBothYears();

  /**
   * Returns the partners active this year.
   *
   * @return 0 to {@link #partners()}
   */
  public abstract int activePartners();

  /**
   * Returns the days from joining to the first deal of every partner that has one.
   *
   * @return never null
   */
  public abstract List<Integer> daysToFirstDeal();

  /**
   * Returns the QBRs planned.
   *
   * @return at least 0
   */
  public abstract int qbrsPlanned();

  /**
   * Returns the QBRs held.
   *
   * @return at least 0
   */
  public abstract int qbrsHeld();

  /**
   * Returns the MDF allocated.
   *
   * @return never null
   */
  public abstract Money mdfAllocated();

  /**
   * Returns the MDF spent.
   *
   * @return never null
   */
  public abstract Money mdfSpent();

  /**
   * Returns the trainings assigned.
   *
   * @return at least 0
   */
  public abstract int trainingsAssigned();

  /**
   * Returns the trainings completed.
   *
   * @return 0 to {@link #trainingsAssigned()}
   */
  public abstract int trainingsCompleted();

  /**
   * Returns the partners with at least one certified person.
   *
   * @return 0 to {@link #partners()}
   */
  public abstract int certifiedPartners();

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    FieldPath root = FieldPath.root();
    String currency = totalRevenue().currency().getCurrencyCode();
    for (String name : List.of("totalRevenue", "partnerSourcedRevenue", "partnerInfluencedRevenue", "mdfAllocated",
        "mdfSpent")) {
      Money money = name.equals("totalRevenue") ? totalRevenue() : name.equals("partnerSourcedRevenue")
          ? partnerSourcedRevenue() : name.equals("partnerInfluencedRevenue") ? partnerInfluencedRevenue()
          : name.equals("mdfAllocated") ? mdfAllocated() : mdfSpent();
      problems.requireNonNegative(root.field(name), money);
      problems.check(money.currency().getCurrencyCode().equals(currency), root.field(name), CoreProblemCode.CURRENCY_MISMATCH,
          "be in " + currency, money.currency().getCurrencyCode());
    }
    problems.requireInRange(root.field("partners"), partners(), 0, Integer.MAX_VALUE);
    problems.requireInRange(root.field("partnersWithClosedDeal"), partnersWithClosedDeal(), 0, partners());
    problems.requireInRange(root.field("activeLastYear"), activeLastYear(), 0, Integer.MAX_VALUE);
    problems.requireInRange(root.field("activeBothYears"), activeBothYears(), 0, Math.max(0, activeLastYear()));
    problems.requireInRange(root.field("activePartners"), activePartners(), 0, partners());
    problems.requireInRange(root.field("qbrsPlanned"), qbrsPlanned(), 0, Integer.MAX_VALUE);
    problems.requireInRange(root.field("qbrsHeld"), qbrsHeld(), 0, Integer.MAX_VALUE);
    problems.requireInRange(root.field("trainingsAssigned"), trainingsAssigned(), 0, Integer.MAX_VALUE);
    problems.requireInRange(root.field("trainingsCompleted"), trainingsCompleted(), 0, Math.max(0, trainingsAssigned()));
    problems.requireInRange(root.field("certifiedPartners"), certifiedPartners(), 0, partners());
    for (int i = 0; i < daysToFirstDeal().size(); i++) {
      problems.requireInRange(root.field("daysToFirstDeal").index(i), daysToFirstDeal().get(i), 0, Integer.MAX_VALUE);
    }
    problems.throwIfErrors(InvalidFactsException::new);
  }

  /** Builds {@link KpiFacts}. Not thread-safe. */
  public static class Builder extends ImmutableKpiFacts.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
