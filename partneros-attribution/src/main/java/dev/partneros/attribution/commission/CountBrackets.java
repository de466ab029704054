package dev.partneros.attribution.commission;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.Rate;
import dev.partneros.core.internal.ProblemCollector;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Count brackets for affiliates ({@code docs/rules/commission.md#count-brackets}): the rate is set
 * by the number of referrals in the calendar month and applies to all of that month's referrals; a
 * row may add a flat monthly bonus (program currency).
 *
 * <pre>
 * countBrackets:
 *   brackets:
 *     - {lower: 0, upper: 6, rate: "0.20"}     # 1-5 referrals (a month with a line has at least 1)
 *     - {lower: 6, upper: 21, rate: "0.25"}    # 6-20
 *     - {lower: 21, upper: 51, rate: "0.30"}   # 21-50
 *     - {lower: 51, rate: "0.35", bonus: 500}  # 51+ plus a bonus
 * </pre>
 *
 * <p>Decisions (the blueprint gives no bonus amount and no convention for counts): bounds are whole
 * numbers of referrals in the {@code [lower, upper)} convention of every table, so the table starts
 * at 0 like every other; the standard 51+ bonus is 500.00 a month, paid once for the month.
 *
 * <p>Checked when built ({@link InvalidProgramException}): the table's own checks, whole-number
 * bounds ({@code not_whole}) and no custom row.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCountBrackets.class)
@JsonDeserialize(as = ImmutableCountBrackets.class)
public abstract class CountBrackets {

  /** The standard monthly bonus of the 51+ row: 500 (program currency). */
  public static final BigDecimal STANDARD_BONUS = BigDecimal.valueOf(500);

  CountBrackets() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the standard affiliate table: 1-5 20 %, 6-20 25 %, 21-50 30 %, 51+ 35 % plus a 500
   * monthly bonus.
   *
   * @return never null
   */
  public static CountBrackets standard() {
    return of(BracketTable.of(BracketTable.Bracket.of(0, 6, Rate.ofPercent(20)),
        BracketTable.Bracket.of(6, 21, Rate.ofPercent(25)), BracketTable.Bracket.of(21, 51, Rate.ofPercent(30)),
        new BracketTable.Bracket.Builder().lower(BigDecimal.valueOf(51)).rate(Rate.ofPercent(35)).bonus(STANDARD_BONUS).build()));
  }

  /**
   * Creates count brackets.
   *
   * @param brackets the table, not null
   * @return never null
   * @throws InvalidProgramException if a bound is not a whole number or a row is custom
   */
  public static CountBrackets of(BracketTable brackets) {
    return new Builder().brackets(requireNonNull(brackets, "brackets")).build();
  }

  /**
   * Returns the table; bounds are numbers of referrals in a month.
   *
   * @return never null
   */
  public abstract BracketTable brackets();

  /**
   * Returns the rate for a month's number of referrals.
   *
   * @param referrals the month's referrals, not negative
   * @return never null
   */
  public Rate rateFor(int referrals) {
    return brackets().bracketFor(BigDecimal.valueOf(referrals)).rate().orElseThrow();
  }

  /**
   * Returns the flat bonus for a month's number of referrals.
   *
   * @param referrals the month's referrals, not negative
   * @return the bonus in the program's currency, or empty
   */
  public Optional<BigDecimal> bonusFor(int referrals) {
    return brackets().bracketFor(BigDecimal.valueOf(referrals)).bonus();
  }

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    List<BracketTable.Bracket> rows = brackets().brackets();
    FieldPath root = FieldPath.root().field("brackets");
    for (int i = 0; i < rows.size(); i++) {
      BracketTable.Bracket row = rows.get(i);
      problems.check(row.lower().stripTrailingZeros().scale() <= 0, root.index(i).field("lower"), CoreProblemCode.NOT_WHOLE,
          "be a whole number of referrals", row.lower().toPlainString());
      FieldPath upper = root.index(i).field("upper");
      row.upper().ifPresent(u -> problems.check(u.stripTrailingZeros().scale() <= 0, upper, CoreProblemCode.NOT_WHOLE,
          "be a whole number of referrals", u.toPlainString()));
      problems.check(!row.custom(), root.index(i).field("custom"), CoreProblemCode.NOT_ALLOWED,
          "be false: only volume-rebate bands pay a partner's own rate", true);
    }
    problems.throwIfErrors(InvalidProgramException::new);
  }

  /** Builds {@link CountBrackets}; {@code brackets} is mandatory. Not thread-safe. */
  public static class Builder extends ImmutableCountBrackets.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
