package dev.partneros.attribution.commission;

/**
 * What a {@link LedgerEntry} does to a {@link PartnerBalance}. The balance owed to the partner is
 * {@code accrued + payable}; the payable bucket may be negative, which is a debit carried forward
 * ({@code docs/rules/clawback.md#limits-and-netting}).
 *
 * <table>
 *   <caption>Effects of an entry of amount x (always above zero)</caption>
 *   <tr><th>kind</th><th>accrued</th><th>payable</th><th>balance</th></tr>
 *   <tr><td>{@link #ACCRUAL}</td><td>+x</td><td></td><td>+x</td></tr>
 *   <tr><td>{@link #ACCRUAL_CANCELLATION}</td><td>-x</td><td></td><td>-x</td></tr>
 *   <tr><td>{@link #PAYABLE}</td><td>-x</td><td>+x</td><td>0</td></tr>
 *   <tr><td>{@link #PAYABLE_CANCELLATION}</td><td></td><td>-x</td><td>-x</td></tr>
 *   <tr><td>{@link #CLAWBACK}</td><td></td><td>-x</td><td>-x</td></tr>
 *   <tr><td>{@link #PAYOUT}</td><td></td><td>-x</td><td>-x</td></tr>
 * </table>
 */
public enum EntryKind {
  /** Commission earned, not yet payable. */
  ACCRUAL(1, 0, 1),
  /** A clawback cancelling part of an accrual that was not yet payable. */
  ACCRUAL_CANCELLATION(-1, 0, -1),
  /** An accrual becomes payable (trigger and holdback passed). */
  PAYABLE(-1, 1, 0),
  /** A clawback cancelling part of a payable amount not yet paid. */
  PAYABLE_CANCELLATION(0, -1, -1),
  /** A clawback beyond the unpaid accruals, or a rebate reduction: a debit netted against later payouts. */
  CLAWBACK(0, -1, -1),
  /** A payout to the partner. */
  PAYOUT(0, -1, -1);

  private final int accruedSign;
  private final int payableSign;
  private final int balanceSign;

  EntryKind(int accruedSign, int payableSign, int balanceSign) {
    this.accruedSign = accruedSign;
    this.payableSign = payableSign;
    this.balanceSign = balanceSign;
  }

  /**
   * Returns how the entry moves the accrued bucket: +1, -1 or 0 times its amount.
   *
   * @return the sign
   */
  public int accruedSign() {
    return accruedSign;
  }

  /**
   * Returns how the entry moves the payable bucket: +1, -1 or 0 times its amount.
   *
   * @return the sign
   */
  public int payableSign() {
    return payableSign;
  }

  /**
   * Returns how the entry moves the balance owed to the partner: +1, -1 or 0 times its amount.
   *
   * @return the sign
   */
  public int balanceSign() {
    return balanceSign;
  }
}
