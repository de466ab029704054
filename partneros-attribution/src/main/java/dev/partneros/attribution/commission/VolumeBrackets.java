package dev.partneros.attribution.commission;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.Rate;
import dev.partneros.core.internal.ProblemCollector;
import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;

/**
 * Volume brackets over a partner's cumulative annual volume
 * ({@code docs/rules/commission.md#volume-brackets}): a {@link BracketTable} with bounds in the
 * program's currency, paid {@link Mode#MARGINAL marginally} (the default) or
 * {@link Mode#WHOLE_VOLUME on the whole volume}.
 *
 * <pre>
 * volumeBrackets:
 *   mode: MARGINAL                 # or WHOLE_VOLUME: the reached bracket's rate on everything
 *   brackets:
 *     - {lower: 0, upper: 100000, rate: "0.20"}
 *     - {lower: 100000, upper: 250000, rate: "0.25"}
 *     - {lower: 250000, rate: "0.30"}
 * </pre>
 *
 * <p>A deal's commission is the increase its amount makes to the year's total:
 * {@code f(volumeBefore + amount) - f(volumeBefore)}, so the deals of a year add up to the
 * commission on the year's volume (400,000 of deals over the standard table pay 102,500 however
 * they are split). In whole-volume mode the deal that crosses an edge also carries the re-rating of
 * the volume before it.
 *
 * <p>Checked when built ({@link InvalidProgramException}): the table's own checks, no custom row
 * and no bonus (those belong to rebates and count brackets), and in whole-volume mode rates that
 * never fall from one bracket to the next ({@code not_monotone}): a falling rate would make a
 * deal lower the commission already earned on the volume before it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVolumeBrackets.class)
@JsonDeserialize(as = ImmutableVolumeBrackets.class)
public abstract class VolumeBrackets {

  VolumeBrackets() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the {@code docs/rules/commission.md#volume-brackets} example:
   * {@code [0, 100K) 20 %, [100K, 250K) 25 %, [250K, inf) 30 %}, marginal.
   *
   * @return never null
   */
  public static VolumeBrackets standard() {
    return of(BracketTable.of(BracketTable.Bracket.of(0, 100_000, Rate.ofPercent(20)), BracketTable.Bracket.of(100_000, 250_000,
        Rate.ofPercent(25)), BracketTable.Bracket.from(250_000, Rate.ofPercent(30))), Mode.MARGINAL);
  }

  /**
   * Creates volume brackets.
   *
   * @param brackets the table, not null
   * @param mode marginal or whole-volume, not null
   * @return never null
   * @throws InvalidProgramException if the table has a custom row or a bonus, or falls in
   *     whole-volume mode
   */
  public static VolumeBrackets of(BracketTable brackets, Mode mode) {
    return new Builder().brackets(requireNonNull(brackets, "brackets")).mode(requireNonNull(mode, "mode")).build();
  }

  /**
   * Returns the table; bounds are amounts in the program's currency.
   *
   * @return never null
   */
  public abstract BracketTable brackets();

  /**
   * Returns how the table pays.
   *
   * @return {@link Mode#MARGINAL} by default
   */
  @Value.Default
  public Mode mode() {
    return Mode.MARGINAL;
  }

  /**
   * Returns the commission on a volume, exactly.
   *
   * @param volume the volume, not null, not negative
   * @return never null
   * @throws InvalidFactsException if the volume is negative
   */
  public BigDecimal commission(BigDecimal volume) {
    return mode() == Mode.MARGINAL ? brackets().marginal(volume) : brackets().wholeVolume(volume);
  }

  /**
   * Returns the commission a deal adds on top of the volume before it:
   * {@code commission(before + amount) - commission(before)}, exactly.
   *
   * @param before the volume of the year before the deal, not null, not negative
   * @param amount the deal's amount, not null, not negative
   * @return never null, not negative
   * @throws InvalidFactsException if a value is negative
   */
  public BigDecimal increment(BigDecimal before, BigDecimal amount) {
    return commission(before.add(amount)).subtract(commission(before));
  }

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    List<BracketTable.Bracket> rows = brackets().brackets();
    FieldPath root = FieldPath.root().field("brackets");
    for (int i = 0; i < rows.size(); i++) {
      BracketTable.Bracket row = rows.get(i);
      problems.check(!row.custom(), root.index(i).field("custom"), CoreProblemCode.NOT_ALLOWED,
          "be false: only volume-rebate bands pay a partner's own rate", true);
      problems.check(row.bonus().isEmpty(), root.index(i).field("bonus"), CoreProblemCode.NOT_ALLOWED,
          "be absent: only count brackets pay a bonus", row.bonus().map(BigDecimal::toPlainString).orElse(null));
      if (mode() == Mode.WHOLE_VOLUME && i > 0 && row.rate().isPresent() && rows.get(i - 1).rate().isPresent()) {
        Rate previous = rows.get(i - 1).rate().get();
        problems.check(row.rate().get().compareTo(previous) >= 0, root.index(i).field("rate"), CoreProblemCode.NOT_MONOTONE,
            "be at least the previous bracket's " + previous + " in WHOLE_VOLUME mode (a deal must never lower "
                + "the commission on the volume before it)", row.rate().get());
      }
    }
    problems.throwIfErrors(InvalidProgramException::new);
  }

  /** Builds {@link VolumeBrackets}; {@code brackets} is mandatory. Not thread-safe. */
  public static class Builder extends ImmutableVolumeBrackets.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }

  /** How a volume bracket table pays ({@code docs/rules/commission.md#volume-brackets}). */
  public enum Mode {
    /** Each bracket's rate on the slice of volume inside it (the default). */
    MARGINAL,
    /** The rate of the bracket reached on the whole volume. */
    WHOLE_VOLUME
  }
}
