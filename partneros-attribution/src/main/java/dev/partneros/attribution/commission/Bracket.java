package dev.partneros.attribution.commission;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.attribution.commission.internal.Exact;
import dev.partneros.attribution.internal.Rates;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.Rate;
import dev.partneros.core.internal.ProblemCollector;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of a {@link BracketTable}: the half-open range {@code [lower, upper)}
 * ({@code docs/rules/conventions.md#thresholds-and-brackets}: brackets are {@code [lower, upper)})
 * and what it pays ({@code docs/rules/commission.md#bracket-tables}).
 *
 * <ul>
 *   <li>{@link #lower()}: the inclusive lower bound, not negative: an amount in the program's
 *       currency for volume brackets and rebate bands, a whole number of referrals for count
 *       brackets.</li>
 *   <li>{@link #upper()}: the exclusive upper bound, above the lower one; absent for the last row,
 *       which runs to infinity.</li>
 *   <li>{@link #rate()}: the rate of the row, a fraction between 0 and 1; or, for a volume-rebate
 *       band only, {@link #custom()} {@code true}: the partner's own agreed rate applies
 *       ({@link PartnerAccount#customRebateRate()}), and a partner without one is an error, never
 *       zero.</li>
 *   <li>{@link #bonus()}: for count brackets only, a flat amount (program currency) paid once for
 *       a month whose referral count reaches this row.</li>
 * </ul>
 *
 * <p>Program-file form: {@code {lower: 100000, upper: 250000, rate: "0.25"}},
 * {@code {lower: 1000000, custom: true}}, {@code {lower: 51, rate: "0.35", bonus: 500}}. Decimals
 * are held in their normal form ({@code 50.00} is {@code 50}), so equal tables are equal values.
 * Checked when built ({@link InvalidProgramException}, paths relative to the row).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBracket.class)
@JsonDeserialize(as = ImmutableBracket.class)
public abstract class Bracket {

  Bracket() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates a bounded row {@code [lowerInclusive, upperExclusive)} paying a rate.
   *
   * @param lowerInclusive the lower bound, not null, not negative
   * @param upperExclusive the upper bound, not null, above the lower bound
   * @param rate the rate, not null
   * @return never null
   * @throws InvalidProgramException if a bound is out of order or negative
   */
  public static Bracket of(BigDecimal lowerInclusive, BigDecimal upperExclusive, Rate rate) {
    return new Builder().lower(requireNonNull(lowerInclusive, "lowerInclusive"))
        .upper(requireNonNull(upperExclusive, "upperExclusive")).rate(requireNonNull(rate, "rate")).build();
  }

  /**
   * Creates a bounded row from whole numbers, such as {@code of(100_000, 250_000, Rate.ofPercent(25))}.
   *
   * @param lowerInclusive the lower bound, not negative
   * @param upperExclusive the upper bound, above the lower bound
   * @param rate the rate, not null
   * @return never null
   * @throws InvalidProgramException if a bound is out of order or negative
   */
  public static Bracket of(long lowerInclusive, long upperExclusive, Rate rate) {
    return of(BigDecimal.valueOf(lowerInclusive), BigDecimal.valueOf(upperExclusive), rate);
  }

  /**
   * Creates the unbounded last row {@code [lowerInclusive, infinity)}.
   *
   * @param lowerInclusive the lower bound, not negative
   * @param rate the rate, not null
   * @return never null
   * @throws InvalidProgramException if the bound is negative
   */
  public static Bracket from(long lowerInclusive, Rate rate) {
    return new Builder().lower(BigDecimal.valueOf(lowerInclusive)).rate(requireNonNull(rate, "rate")).build();
  }

  /**
   * Creates the unbounded last band of a volume rebate paid at the partner's own agreed rate
   * ({@code docs/rules/commission.md#volume-rebates}: "1M+: custom").
   *
   * @param lowerInclusive the lower bound, not negative
   * @return never null
   * @throws InvalidProgramException if the bound is negative
   */
  public static Bracket customFrom(long lowerInclusive) {
    return new Builder().lower(BigDecimal.valueOf(lowerInclusive)).custom(true).build();
  }

  /**
   * Returns the inclusive lower bound.
   *
   * @return never null, not negative
   */
  public abstract BigDecimal lower();

  /**
   * Returns the exclusive upper bound.
   *
   * @return the bound, above {@link #lower()}; empty for a row that runs to infinity
   */
  public abstract Optional<BigDecimal> upper();

  /**
   * Returns the rate of the row.
   *
   * @return the rate; empty exactly when {@link #custom()}
   */
  public abstract Optional<Rate> rate();

  /**
   * Tells whether the row pays the partner's own agreed rate (volume-rebate bands only).
   *
   * @return false by default
   */
  @Value.Default
  public boolean custom() {
    return false;
  }

  /**
   * Returns the flat bonus of the row, in the program's currency (count brackets only).
   *
   * @return the bonus, not negative, or empty
   */
  public abstract Optional<BigDecimal> bonus();

  /**
   * Tells whether a value lies in {@code [lower, upper)}.
   *
   * @param value the value, not null
   * @return true if {@code lower <= value < upper}
   */
  public boolean contains(BigDecimal value) {
    requireNonNull(value, "value");
    return value.compareTo(lower()) >= 0 && (upper().isEmpty() || value.compareTo(upper().get()) < 0);
  }

  @Value.Check
  Bracket normalized() {
    ProblemCollector problems = new ProblemCollector();
    FieldPath root = FieldPath.root();
    problems.requireNonNegative(root.field("lower"), lower());
    upper().ifPresent(u -> problems.check(u.compareTo(lower()) > 0, root.field("upper"), CoreProblemCode.NOT_ABOVE_MIN,
        "be above the lower bound " + lower().toPlainString() + " (brackets are [lower, upper))", u.toPlainString()));
    if (custom()) {
      problems.check(rate().isEmpty(), root.field("rate"), CoreProblemCode.NOT_ALLOWED,
          "be absent when custom is true (the partner's own rate applies)", rate().orElse(null));
    } else {
      problems.check(rate().isPresent(), root.field("rate"), CoreProblemCode.MISSING,
          "be present (or custom: true for a rebate band paid at the partner's own rate)", null);
    }
    rate().ifPresent(r -> Rates.checkRange(problems, root.field("rate"), r));
    bonus().ifPresent(b -> problems.requireNonNegative(root.field("bonus"), b));
    problems.throwIfErrors(InvalidProgramException::new);
    boolean normal = Exact.isNormal(lower()) && upper().map(Exact::isNormal).orElse(true)
        && bonus().map(Exact::isNormal).orElse(true);
    if (normal) {
      return this;
    }
    return new Builder().from(this).lower(Exact.normal(lower())).upper(upper().map(Exact::normal))
        .bonus(bonus().map(Exact::normal)).build();
  }

  /**
   * Renders the row: {@code [100000, 250000) 25 %}, {@code [1000000, inf) custom},
   * {@code [51, inf) 35 % + 500}.
   *
   * @return never null
   */
  @Override
  public String toString() {
    return "[" + lower().toPlainString() + ", " + upper().map(BigDecimal::toPlainString).orElse("inf") + ") "
        + (custom() ? "custom" : rate().map(Rate::toString).orElse("?"))
        + bonus().map(b -> " + " + b.toPlainString()).orElse("");
  }

  /** Builds a {@link Bracket}; {@code lower} is mandatory, and a rate or {@code custom}. Not thread-safe. */
  public static class Builder extends ImmutableBracket.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
