package dev.partneros.attribution.commission;

import static java.util.Objects.requireNonNull;

import dev.partneros.core.FiscalCalendar;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.Money;
import dev.partneros.core.ProgramDocument;
import dev.partneros.tiers.BenefitsMatrix;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import org.immutables.value.Value;

/**
 * Everything one program version says about commission: its label and first day
 * ({@code docs/rules/program-changes.md#no-retroactive-change}: a deal is paid under the version
 * in force at its deal date), the program's currency (of every amount in the plan), its rounding
 * ({@code docs/rules/conventions.md#rounding}: once per line, {@code HALF_EVEN} by default), its
 * fiscal calendar, the {@link CommissionPlan} ({@code commission} section), the
 * {@link ClawbackPolicy} ({@code clawback} section) and the tiers module's {@link BenefitsMatrix}
 * ({@code benefits} section: the tier commission rates and resale margins).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class CommissionTerms {

  /** The label of {@link #standard()}. */
  public static final String STANDARD_VERSION = "standard";

  private static final CommissionTerms STANDARD = new Builder().version(STANDARD_VERSION)
      .effectiveFrom(LocalDate.of(1, 1, 1)).currency(Currency.getInstance("USD")).rounding(Money.DEFAULT_ROUNDING)
      .fiscalCalendar(FiscalCalendar.calendarYear()).plan(CommissionPlan.standard())
      .clawback(ClawbackPolicy.standard()).benefits(BenefitsMatrix.standard()).build();

  CommissionTerms() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the standard program's terms: USD, {@code HALF_EVEN}, calendar year, the standard plan,
   * clawback policy and benefits, in force from year 1.
   *
   * @return never null
   */
  public static CommissionTerms standard() {
    return STANDARD;
  }

  /**
   * Returns the standard terms with another commission plan.
   *
   * @param plan the plan, not null
   * @return never null
   */
  public static CommissionTerms standardWith(CommissionPlan plan) {
    return new Builder().from(STANDARD).plan(requireNonNull(plan, "plan")).build();
  }

  /**
   * Reads the terms of one program version: its header, {@code commission}, {@code clawback} and
   * {@code benefits} sections (each the standard one when absent).
   *
   * @param document the program version, not null
   * @return never null
   * @throws InvalidProgramException naming every problem of those sections, with its path
   */
  public static CommissionTerms from(ProgramDocument document) {
    requireNonNull(document, "document");
    return new Builder().version(document.version()).effectiveFrom(document.effectiveFrom())
        .currency(document.currency()).rounding(document.rounding()).fiscalCalendar(document.fiscalCalendar())
        .plan(CommissionPlan.from(document)).clawback(ClawbackPolicy.from(document))
        .benefits(BenefitsMatrix.from(document)).build();
  }

  /**
   * Returns the version's label.
   *
   * @return never null
   */
  public abstract String version();

  /**
   * Returns the first day the version applies.
   *
   * @return never null
   */
  public abstract LocalDate effectiveFrom();

  /**
   * Returns the program's currency: the currency of every amount of the plan.
   *
   * @return never null
   */
  public abstract Currency currency();

  /**
   * Returns how each line is rounded, once.
   *
   * @return never null, never {@code UNNECESSARY}
   */
  public abstract RoundingMode rounding();

  /**
   * Returns the fiscal calendar (years for volume brackets, rebates and caps; quarters for rebates,
   * quotas and quarterly payouts).
   *
   * @return never null
   */
  public abstract FiscalCalendar fiscalCalendar();

  /**
   * Returns the commission plan.
   *
   * @return never null
   */
  public abstract CommissionPlan plan();

  /**
   * Returns the clawback policy.
   *
   * @return never null
   */
  public abstract ClawbackPolicy clawback();

  /**
   * Returns the benefits matrix (tier commission rates and resale margins).
   *
   * @return never null
   */
  public abstract BenefitsMatrix benefits();

  /**
   * Returns an amount of the plan as money of the program's currency.
   *
   * @param amount the amount, not null
   * @return never null
   */
  public Money money(java.math.BigDecimal amount) {
    return Money.of(amount, currency(), rounding());
  }

  /**
   * Renders the label and first day: {@code 2026.2 from 2026-07-01}.
   *
   * @return never null
   */
  @Override
  public String toString() {
    return version() + " from " + effectiveFrom();
  }

  /** Builds {@link CommissionTerms}; every attribute is mandatory. Not thread-safe. */
  public static class Builder extends ImmutableCommissionTerms.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
