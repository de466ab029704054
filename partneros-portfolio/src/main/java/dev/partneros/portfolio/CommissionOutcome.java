package dev.partneros.portfolio;

import static java.util.Objects.requireNonNull;

import dev.partneros.core.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A partner's commission statement, clawbacks and balance as of the evaluation date
 * ({@code docs/rules/commission.md} and {@code docs/rules/clawback.md}): the place in a
 * {@link PartnerResult} where a {@link CommissionModule} puts its result. Every report prints it
 * when present.
 *
 * <p>Immutable and thread-safe.
 *
 * @param version the label of the program version in force on the evaluation date (each line names
 *     the version that decided it, {@link Line#version()})
 * @param lines the statement lines: commissions, SPIFFs, clawbacks and adjustments, in date order
 * @param earned the commission earned net of clawbacks (accrued, payable and paid, less what was
 *     clawed back): {@link #earnedBeforeClawbacks()} minus {@code clawedBack}, and {@code paid} plus
 *     {@code balance}
 * @param clawedBack the commission clawed back (a positive amount)
 * @param paid the commission paid out
 * @param balance what is owed to the partner (negative: a debit carried forward)
 */
public record CommissionOutcome(String version, List<Line> lines, Money earned, Money clawedBack, Money paid,
    Money balance) {

  /**
   * Checks for nulls and copies the list.
   *
   * @param version not null
   * @param lines not null
   * @param earned not null
   * @param clawedBack not null
   * @param paid not null
   * @param balance not null
   */
  public CommissionOutcome {
    requireNonNull(version, "version");
    lines = List.copyOf(lines);
    requireNonNull(earned, "earned");
    requireNonNull(clawedBack, "clawedBack");
    requireNonNull(paid, "paid");
    requireNonNull(balance, "balance");
  }

  /**
   * Returns the commission earned before clawbacks: {@link #earned()} plus {@link #clawedBack()}, so
   * that earned before clawbacks minus clawed back is the net earned
   * ({@code docs/formats.md#reporttxt}).
   *
   * @return never null
   */
  public Money earnedBeforeClawbacks() {
    return earned.plus(clawedBack);
  }

  /**
   * One line of a statement.
   *
   * @param date the line's date (accrual, payout or clawback)
   * @param dealId the deal, or empty for a line not tied to a deal (a quarterly bonus)
   * @param kind what the line is, such as {@code COMMISSION}, {@code SPIFF}, {@code CLAWBACK}
   * @param amount the amount (negative for a clawback)
   * @param status the status, such as {@code ACCRUED}, {@code PAYABLE}, {@code PAID}, {@code CLAWED_BACK}
   * @param version the label of the program version that decided the line: the one in force on its
   *     deal's signature date, for a clawback too ({@code docs/rules/program-changes.md#no-retroactive-change}),
   *     or on the period's date for a line not tied to a deal
   * @param explanation the line's explanation, one sentence
   */
  public record Line(LocalDate date, Optional<String> dealId, String kind, Money amount, String status,
      String version, String explanation) {
    /**
     * Checks for nulls.
     *
     * @param date not null
     * @param dealId not null
     * @param kind not null
     * @param amount not null
     * @param status not null
     * @param version not null
     * @param explanation not null
     */
    public Line {
      requireNonNull(date, "date");
      requireNonNull(dealId, "dealId");
      requireNonNull(kind, "kind");
      requireNonNull(amount, "amount");
      requireNonNull(status, "status");
      requireNonNull(version, "version");
      requireNonNull(explanation, "explanation");
    }
  }
}
