package dev.partneros.attribution.commission;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.attribution.AttributionProblemCode;
import dev.partneros.core.DateRange;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.internal.ProblemCollector;
import java.util.List;
import org.immutables.value.Value;

/**
 * A partner's statement for a period ({@code docs/rules/commission.md#partner-balance} and
 * {@code docs/rules/clawback.md#limits-and-netting}), from a {@link PartnerBalance}: the opening
 * balance owed to the partner, the period's lines, the closing balance, and how the closing
 * balance splits into what is payable now and what is carried forward.
 *
 * <p>It reconciles to the cent, always (checked when built): {@code opening + sum(effects) =
 * closing} and {@code closing = payableNow + carriedForward}, where
 * {@code carriedForward = accrued + carriedPayable - carriedDebit}: accruals not yet payable, a net
 * payable below the minimum (carried over to the next period), and a debit (a clawback beyond the
 * unpaid accruals) netted against later payouts.
 *
 * <p>JSON-serialisable; immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePeriodStatement.class)
@JsonDeserialize(as = ImmutablePeriodStatement.class)
public abstract class PeriodStatement {

  PeriodStatement() {}

  /**
   * Returns the partner.
   *
   * @return never null
   */
  public abstract PartnerId partner();

  /**
   * Returns the period, both ends included.
   *
   * @return never null
   */
  public abstract DateRange period();

  /**
   * Returns the balance owed to the partner before the period's first day.
   *
   * @return never null
   */
  public abstract Money opening();

  /**
   * Returns the period's entries, in posting order, with their effects.
   *
   * @return never null
   */
  public abstract List<Line> lines();

  /**
   * Returns the balance owed to the partner at the period's end.
   *
   * @return never null
   */
  public abstract Money closing();

  /**
   * Returns the accruals not yet payable at the period's end.
   *
   * @return never null
   */
  public abstract Money accrued();

  /**
   * Returns the minimum payout applied.
   *
   * @return never null
   */
  public abstract Money minimumPayout();

  /**
   * Returns what can be paid out now: the net payable when it is at least the minimum, else zero.
   *
   * @return never null, not negative
   */
  public abstract Money payableNow();

  /**
   * Returns a net payable below the minimum, carried over to the next period.
   *
   * @return never null, not negative
   */
  public abstract Money carriedPayable();

  /**
   * Returns the debit carried forward (a negative net payable).
   *
   * @return never null, not negative
   */
  public abstract Money carriedDebit();

  /**
   * Returns everything carried to the next period: {@code accrued + carriedPayable - carriedDebit}.
   *
   * @return never null
   */
  public abstract Money carriedForward();

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    Money sum = opening();
    for (Line line : lines()) {
      sum = sum.plus(line.effect());
    }
    FieldPath root = FieldPath.root();
    problems.check(sum.equals(closing()), root.field("closing"), AttributionProblemCode.NOT_RECONCILED,
        "equal opening + lines " + sum, closing());
    problems.check(payableNow().plus(carriedForward()).equals(closing()), root.field("carriedForward"),
        AttributionProblemCode.NOT_RECONCILED, "add up with payableNow to the closing balance " + closing(), carriedForward());
    problems.check(accrued().plus(carriedPayable()).minus(carriedDebit()).equals(carriedForward()),
        root.field("carriedForward"), AttributionProblemCode.NOT_RECONCILED, "equal accrued + carriedPayable - carriedDebit",
        carriedForward());
    problems.throwIfErrors(InvalidFactsException::new);
  }

  /**
   * Renders the statement: heading, one line per entry, and the totals.
   *
   * @return never null
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(partner().toString()).append(' ').append(period())
        .append(": opening ").append(opening());
    for (Line line : lines()) {
      out.append(System.lineSeparator()).append("  ").append(line.entry()).append(" -> ").append(line.balanceAfter());
    }
    return out.append(System.lineSeparator()).append("  closing ").append(closing()).append(", payable now ")
        .append(payableNow()).append(", carried forward ").append(carriedForward()).toString();
  }

  /** Builds a {@link PeriodStatement}; used by {@link PartnerBalance#statement}. Not thread-safe. */
  static class Builder extends ImmutablePeriodStatement.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }

  /**
   * One line of a {@link PeriodStatement}: a ledger entry, its signed effect on the balance owed to
   * the partner, and the balance after it.
   *
   * <p>JSON-serialisable; immutable and thread-safe.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutableLine.class)
  @JsonDeserialize(as = ImmutableLine.class)
  public abstract static class Line {

    Line() {}

    /**
     * Returns the entry.
     *
     * @return never null
     */
    public abstract LedgerEntry entry();

    /**
     * Returns the entry's effect on the balance (zero for {@link LedgerEntry.Kind#PAYABLE}).
     *
     * @return never null
     */
    public abstract Money effect();

    /**
     * Returns the balance owed to the partner after the entry.
     *
     * @return never null
     */
    public abstract Money balanceAfter();

    /** Builds a {@link Line}. Not thread-safe. */
    static class Builder extends ImmutableLine.Builder {
      /** Creates an empty builder. */
      Builder() {}
    }
  }
}
