package dev.partneros.attribution.commission;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.Money;
import org.immutables.value.Value;

/**
 * One line of a {@link PeriodStatement}: a ledger entry, its signed effect on the balance owed to
 * the partner, and the balance after it.
 *
 * <p>JSON-serialisable; immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStatementLine.class)
@JsonDeserialize(as = ImmutableStatementLine.class)
public abstract class StatementLine {

  StatementLine() {}

  /**
   * Returns the entry.
   *
   * @return never null
   */
  public abstract LedgerEntry entry();

  /**
   * Returns the entry's effect on the balance (zero for {@link EntryKind#PAYABLE}).
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

  /** Builds a {@link StatementLine}. Not thread-safe. */
  static class Builder extends ImmutableStatementLine.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
