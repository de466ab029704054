package dev.partneros.attribution.commission;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.partneros.attribution.AttributionProblemCode;
import dev.partneros.attribution.internal.Inputs;
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
}
