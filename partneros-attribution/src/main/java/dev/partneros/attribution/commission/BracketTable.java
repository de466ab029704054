package dev.partneros.attribution.commission;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.attribution.AttributionProblemCode;
import dev.partneros.attribution.commission.internal.Exact;
import dev.partneros.attribution.internal.Inputs;
import dev.partneros.attribution.internal.Rates;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.Problem;
import dev.partneros.core.Rate;
import dev.partneros.core.internal.ProblemCollector;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.immutables.value.Value;

/**
 * A bracket table ({@code docs/rules/commission.md#bracket-tables}): rows {@code [lower, upper)}
 * ({@code docs/rules/conventions.md#thresholds-and-brackets}) that start at 0, follow each other
 * without gap or overlap and end with a row that runs to infinity, so no value can fall outside
 * the table and be silently paid nothing. Used for marginal or whole-volume brackets over a
 * partner's annual volume ({@link VolumeBrackets}), count brackets over a month's referrals
 * ({@link CountBrackets}) and volume-rebate bands ({@link VolumeRebate}).
 *
 * <p>Evaluation is exact (no rounding; the commission line that uses it rounds once):
 * <ul>
 *   <li>{@link #marginal(BigDecimal)}: each row's rate applies to the slice of the value inside the
 *       row: {@code 400,000} over {@code [0, 100K) 20 %, [100K, 250K) 25 %, [250K, inf) 30 %} is
 *       {@code 20,000 + 37,500 + 45,000 = 102,500}. Continuous: no jump at an edge.</li>
 *   <li>{@link #wholeVolume(BigDecimal, Optional)}: the rate of the row the value reaches applies to
 *       the whole value: {@code 400,000 x 30 % = 120,000}.</li>
 * </ul>
 *
 * <p>JSON and program-file form: the list of rows. Checked when built
 * ({@link InvalidProgramException}, paths relative to the table such as {@code [1].lower}): at least
 * one row ({@code empty}); the first starts at 0 ({@code not_from_zero}); each row's lower bound
 * equals the previous row's upper bound ({@code gap} when above it, {@code overlap} when below it);
 * only the last row is unbounded ({@code unbounded_before_last}, {@code bounded_last}); at most
 * {@value #MAX_BRACKETS} rows ({@code too_large}, checked first); rates within
 * 0..1; and every row's own checks ({@link Bracket}).
 *
 * <p>Immutable and thread-safe.
 */
public final class BracketTable {

  /** The most rows a table may have. */
  public static final int MAX_BRACKETS = 100;

  private final List<Bracket> brackets;

  private BracketTable(List<Bracket> brackets) {
    this.brackets = brackets;
  }

  /**
   * Creates a table from its rows, lowest first.
   *
   * @param brackets the rows, not null
   * @return never null
   * @throws InvalidProgramException naming every problem, with its path ({@code [2].lower})
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static BracketTable of(List<Bracket> brackets) {
    ProblemCollector problems = new ProblemCollector();
    FieldPath root = FieldPath.root();
    if (!problems.requirePresent(root, brackets)
        || !problems.check(!brackets.isEmpty(), root, CoreProblemCode.EMPTY, "have at least one bracket", "[]")) {
      problems.throwIfErrors(InvalidProgramException::new);
    }
    if (!Inputs.checkSize(problems, root, brackets.size(), MAX_BRACKETS)) {
      problems.throwIfErrors(InvalidProgramException::new);
    }
    for (int i = 0; i < brackets.size(); i++) {
      Bracket bracket = brackets.get(i);
      if (!problems.requirePresent(root.index(i), bracket)) {
        continue;
      }
      if (i == 0) {
        problems.check(bracket.lower().signum() == 0, root.index(0).field("lower"), CoreProblemCode.NOT_FROM_ZERO,
            "be 0 (a bracket table starts at zero)", bracket.lower().toPlainString());
      } else {
        Bracket previous = brackets.get(i - 1);
        if (previous != null) {
          if (previous.upper().isEmpty()) {
            problems.check(false, root.index(i - 1).field("upper"), AttributionProblemCode.UNBOUNDED_BEFORE_LAST,
                "be present: only the last bracket runs to infinity", null);
          } else {
            BigDecimal expected = previous.upper().get();
            int order = bracket.lower().compareTo(expected);
            problems.check(order <= 0, root.index(i).field("lower"), AttributionProblemCode.GAP,
                "equal the previous bracket's upper bound " + expected.toPlainString()
                    + " (no gap that silently pays nothing)", bracket.lower().toPlainString());
            problems.check(order >= 0, root.index(i).field("lower"), AttributionProblemCode.OVERLAP,
                "equal the previous bracket's upper bound " + expected.toPlainString() + " (no overlap)",
                bracket.lower().toPlainString());
          }
        }
      }
    }
    Bracket last = brackets.get(brackets.size() - 1);
    if (last != null) {
      problems.check(last.upper().isEmpty(), root.index(brackets.size() - 1).field("upper"), AttributionProblemCode.BOUNDED_LAST,
          "be absent: the last bracket runs to infinity (nothing may fall outside the table)",
          last.upper().map(BigDecimal::toPlainString).orElse(null));
    }
    problems.throwIfErrors(InvalidProgramException::new);
    return new BracketTable(List.copyOf(brackets));
  }

  /**
   * Creates a table from its rows, lowest first.
   *
   * @param brackets the rows, not null
   * @return never null
   * @throws InvalidProgramException naming every problem, with its path
   */
  public static BracketTable of(Bracket... brackets) {
    return of(Arrays.asList(requireNonNull(brackets, "brackets")));
  }

  /**
   * Returns the rows, lowest first.
   *
   * @return never null, never empty
   */
  @JsonValue
  public List<Bracket> brackets() {
    return brackets;
  }

  /**
   * Returns the index of the row a value falls in.
   *
   * @param value the value, not null, not negative
   * @return the index, 0 or more
   * @throws InvalidFactsException if the value is negative (path {@code value})
   */
  public int indexOf(BigDecimal value) {
    requireNonNull(value, "value");
    if (value.signum() < 0) {
      throw new InvalidFactsException(List.of(Problem.error(FieldPath.root().field("value"), CoreProblemCode.NEGATIVE,
          "be >= 0", value.toPlainString())));
    }
    for (int i = brackets.size() - 1; i > 0; i--) {
      if (value.compareTo(brackets.get(i).lower()) >= 0) {
        return i;
      }
    }
    return 0;
  }

  /**
   * Returns the row a value falls in ({@code lower <= value < upper}).
   *
   * @param value the value, not null, not negative
   * @return never null
   * @throws InvalidFactsException if the value is negative
   */
  public Bracket bracketFor(BigDecimal value) {
    return brackets.get(indexOf(value));
  }

  /**
   * Returns the rate of the row a value falls in.
   *
   * @param value the value, not null, not negative
   * @param customRate the partner's own rate, used when the row is {@link Bracket#custom()}, not null
   * @return never null
   * @throws InvalidFactsException if the value is negative, or it reaches a custom row and no
   *     custom rate is given (path {@code customRate}, code {@code missing})
   */
  public Rate rateFor(BigDecimal value, Optional<Rate> customRate) {
    return rateOf(bracketFor(value), customRate);
  }

  private static Rate rateOf(Bracket bracket, Optional<Rate> customRate) {
    requireNonNull(customRate, "customRate");
    if (!bracket.custom()) {
      return bracket.rate().orElseThrow();
    }
    return customRate.orElseThrow(() -> new InvalidFactsException(List.of(Problem.error(
        FieldPath.root().field("customRate"), CoreProblemCode.MISSING,
        "be present: the volume reached the custom band " + bracket
            + " (an explicit per-partner rate; never zero)", null))));
  }

  /**
   * Returns the marginal amount of a value: each row's rate on the slice of the value inside the
   * row, summed exactly. Continuous and never decreasing in the value.
   *
   * @param value the value, not null, not negative
   * @return the exact amount, never null
   * @throws InvalidFactsException if the value is negative, or a custom row is reached
   */
  public BigDecimal marginal(BigDecimal value) {
    return marginal(value, Optional.empty());
  }

  /**
   * Returns the marginal amount of a value, a custom row paying the partner's own rate.
   *
   * @param value the value, not null, not negative
   * @param customRate the partner's own rate, not null (may be empty when no custom row is reached)
   * @return the exact amount, never null
   * @throws InvalidFactsException if the value is negative, or a custom row is reached without a rate
   */
  public BigDecimal marginal(BigDecimal value, Optional<Rate> customRate) {
    int top = indexOf(value);
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i <= top; i++) {
      Bracket bracket = brackets.get(i);
      BigDecimal end = i == top ? value : bracket.upper().orElseThrow();
      BigDecimal slice = end.subtract(bracket.lower());
      if (slice.signum() > 0) {
        sum = sum.add(rateOf(bracket, customRate).applyTo(slice));
      }
    }
    return sum;
  }

  /**
   * Returns the whole-volume amount of a value: the rate of the row the value reaches, on all of
   * it.
   *
   * @param value the value, not null, not negative
   * @return the exact amount, never null
   * @throws InvalidFactsException if the value is negative, or reaches a custom row
   */
  public BigDecimal wholeVolume(BigDecimal value) {
    return wholeVolume(value, Optional.empty());
  }

  /**
   * Returns the whole-volume amount of a value, a custom row paying the partner's own rate.
   *
   * @param value the value, not null, not negative
   * @param customRate the partner's own rate, not null (may be empty when no custom row is reached)
   * @return the exact amount, never null
   * @throws InvalidFactsException if the value is negative, or reaches a custom row without a rate
   */
  public BigDecimal wholeVolume(BigDecimal value, Optional<Rate> customRate) {
    return rateFor(value, customRate).applyTo(value);
  }

  /**
   * Tells whether a row is {@link Bracket#custom()}.
   *
   * @return true if any row pays the partner's own rate
   */
  public boolean hasCustom() {
    return brackets.stream().anyMatch(Bracket::custom);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BracketTable && ((BracketTable) other).brackets.equals(brackets);
  }

  @Override
  public int hashCode() {
    return brackets.hashCode();
  }

  /**
   * Renders the rows: {@code [0, 100000) 20 %, [100000, 250000) 25 %, [250000, inf) 30 %}.
   *
   * @return never null
   */
  @Override
  public String toString() {
    StringJoiner out = new StringJoiner(", ");
    brackets.forEach(b -> out.add(b.toString()));
    return out.toString();
  }

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
   *       ({@link CommissionFacts.PartnerAccount#customRebateRate()}), and a partner without one is an error, never
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
  public abstract static class Bracket {

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
}
