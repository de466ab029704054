package dev.partneros.attribution.commission;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.attribution.AttributionProblemCode;
import dev.partneros.attribution.Share;
import dev.partneros.attribution.internal.Inputs;
import dev.partneros.attribution.internal.Rates;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.Problem;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.Rate;
import dev.partneros.core.internal.ProblemCollector;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The clawback policy, the program file's {@code clawback} section
 * ({@code docs/rules/clawback.md#schedule}): the schedule of fractions by days between the
 * customer's start date and the cancellation's effective date, and whether fraud flags the partner
 * for termination.
 *
 * <pre>
 * clawback:
 *   schedule:
 *     - {fromDay: 0, untilDay: 30, fraction: "1"}                        # 0-29: 100 %
 *     - {fromDay: 30, untilDay: 90, fraction: "0.5"}                     # 30-89: 50 %
 *     - {fromDay: 90, untilDay: 180, fraction: "0.5", endFraction: "0"}  # 90-179: 50 % x (180 - days) / 90
 *     - {fromDay: 180, fraction: "0"}                                    # 180+: none
 *   flagFraudForTermination: true
 * </pre>
 *
 * <p>Decision ({@code docs/rules/clawback.md#schedule}): the 90-179 band falls linearly from the
 * 50 % band to 0 at day 180 (day 90: 50 %, day 135: 25 %, day 179: 1/180). Fractions are exact
 * ({@link Share}); the clawback amount is rounded once.
 *
 * <p>Checked when built ({@link InvalidProgramException}, paths such as
 * {@code clawback.schedule[2].fraction}): the schedule starts at day 0, its bands follow each other
 * without gap or overlap, only the last is unbounded, and the fraction never rises with days (each
 * band starts at most where the previous one ended).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableClawbackPolicy.class)
@JsonDeserialize(as = ImmutableClawbackPolicy.class)
public abstract class ClawbackPolicy {

  /** The program-file section this policy is read from. */
  public static final String SECTION = "clawback";

  /** The most bands a schedule may have ({@code too_large} at {@code schedule} beyond it). */
  public static final int MAX_BANDS = 100;

  private static final ClawbackPolicy STANDARD = new Builder().build();

  ClawbackPolicy() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the standard policy of {@code docs/rules/clawback.md#schedule}.
   *
   * @return never null
   */
  public static ClawbackPolicy standard() {
    return STANDARD;
  }

  /**
   * Reads the policy from a program document's {@code clawback} section, or returns
   * {@link #standard()} when the section is absent.
   *
   * @param document the program document, not null
   * @return never null
   * @throws InvalidProgramException naming every problem of the section, with its path
   */
  public static ClawbackPolicy from(ProgramDocument document) {
    requireNonNull(document, "document");
    return document.readSection(SECTION, ClawbackPolicy.class, ClawbackPolicy::standard);
  }

  /**
   * Returns the schedule, by days active, lowest first.
   *
   * @return the {@code docs/rules/clawback.md#schedule} table by default
   */
  @Value.Default
  public List<Band> schedule() {
    return List.of(Band.flat(0, 30, Rate.ONE), Band.flat(30, 90, Rate.ofPercent(50)),
        Band.linear(90, 180, Rate.ofPercent(50), Rate.ZERO), Band.from(180, Rate.ZERO));
  }

  /**
   * Tells whether a fraudulent referral flags the partner for termination.
   *
   * @return true by default
   */
  @Value.Default
  public boolean flagFraudForTermination() {
    return true;
  }

  /**
   * Returns the fraction of the commission clawed back after a number of days active, exactly.
   *
   * @param daysActive days between the customer's start date and the cancellation's effective date
   * @return never null, within 0..1, never rising with the days
   * @throws InvalidFactsException if the days are negative (path {@code daysActive})
   */
  public Share fraction(long daysActive) {
    return bandAt(daysActive).fractionAt(daysActive);
  }

  /**
   * Returns the band a number of days active falls in.
   *
   * @param daysActive days active, not negative
   * @return never null
   * @throws InvalidFactsException if the days are negative
   */
  public Band bandAt(long daysActive) {
    if (daysActive < 0) {
      throw new InvalidFactsException(List.of(Problem.error(FieldPath.root().field("daysActive"), CoreProblemCode.NEGATIVE,
          "be >= 0 (the cancellation cannot take effect before the customer's start)", daysActive)));
    }
    List<Band> bands = schedule();
    for (int i = bands.size() - 1; i > 0; i--) {
      if (daysActive >= bands.get(i).fromDay()) {
        return bands.get(i);
      }
    }
    return bands.get(0);
  }

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    FieldPath root = FieldPath.root().field("schedule");
    List<Band> bands = schedule();
    if (!problems.check(!bands.isEmpty(), root, CoreProblemCode.EMPTY, "have at least one band", "[]")
        || !Inputs.checkSize(problems, root, bands.size(), MAX_BANDS)) {
      problems.throwIfErrors(InvalidProgramException::new);
    }
    problems.check(bands.get(0).fromDay() == 0, root.index(0).field("fromDay"), CoreProblemCode.NOT_FROM_ZERO,
        "be 0 (the schedule starts at day 0)", bands.get(0).fromDay());
    for (int i = 1; i < bands.size(); i++) {
      Band previous = bands.get(i - 1);
      Band band = bands.get(i);
      if (previous.untilDay().isEmpty()) {
        problems.check(false, root.index(i - 1).field("untilDay"), AttributionProblemCode.UNBOUNDED_BEFORE_LAST,
            "be present: only the last band runs for ever", null);
        continue;
      }
      int expected = previous.untilDay().get();
      problems.check(band.fromDay() <= expected, root.index(i).field("fromDay"), AttributionProblemCode.GAP,
          "equal the previous band's untilDay " + expected + " (no gap)", band.fromDay());
      problems.check(band.fromDay() >= expected, root.index(i).field("fromDay"), AttributionProblemCode.OVERLAP,
          "equal the previous band's untilDay " + expected + " (no overlap)", band.fromDay());
      problems.check(band.fraction().compareTo(previous.lastFraction()) <= 0, root.index(i).field("fraction"),
          CoreProblemCode.NOT_MONOTONE, "be at most " + previous.lastFraction() + ", where the previous band ends (a clawback never "
              + "rises with days active)", band.fraction());
    }
    Band last = bands.get(bands.size() - 1);
    problems.check(last.untilDay().isEmpty(), root.index(bands.size() - 1).field("untilDay"), AttributionProblemCode.BOUNDED_LAST,
        "be absent: the last band runs for ever", last.untilDay().orElse(null));
    problems.throwIfErrors(InvalidProgramException::new);
  }

  /** Builds a {@link ClawbackPolicy}; every attribute has its default. Not thread-safe. */
  public static class Builder extends ImmutableClawbackPolicy.Builder {
    /** Creates a builder holding the standard policy. */
    Builder() {}
  }

  /**
   * One band of the clawback schedule ({@code docs/rules/clawback.md#schedule}): days active
   * {@code [fromDay, untilDay)} and the fraction of the commission clawed back. A band with an
   * {@link #endFraction()} falls linearly from {@link #fraction()} at {@code fromDay} to
   * {@code endFraction} at {@code untilDay}: the standard 90-180 band is
   * {@code 50 % x (180 - days) / 90}.
   *
   * <pre>
   * {fromDay: 90, untilDay: 180, fraction: "0.5", endFraction: "0"}
   * </pre>
   *
   * <p>Checked when built ({@link InvalidProgramException}): {@code fromDay >= 0},
   * {@code untilDay > fromDay}, fractions within 0..1, an end fraction only on a bounded band and
   * never above the start fraction (a fraction never rises with days).
   *
   * <p>Immutable and thread-safe.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutableBand.class)
  @JsonDeserialize(as = ImmutableBand.class)
  public abstract static class Band {

    Band() {}

    /**
     * Returns a new builder.
     *
     * @return never null
     */
    public static Builder builder() {
      return new Builder();
    }

    /**
     * Creates a flat band {@code [fromDay, untilDay)}.
     *
     * @param fromDay the first day of the band, inclusive
     * @param untilDay the day the band ends, exclusive
     * @param fraction the fraction clawed back, not null
     * @return never null
     */
    public static Band flat(int fromDay, int untilDay, Rate fraction) {
      return new Builder().fromDay(fromDay).untilDay(untilDay).fraction(fraction).build();
    }

    /**
     * Creates a band falling linearly from {@code fraction} to {@code endFraction}.
     *
     * @param fromDay the first day of the band, inclusive
     * @param untilDay the day the band ends, exclusive, where the fraction reaches {@code endFraction}
     * @param fraction the fraction at {@code fromDay}, not null
     * @param endFraction the fraction at {@code untilDay}, not null, not above {@code fraction}
     * @return never null
     */
    public static Band linear(int fromDay, int untilDay, Rate fraction, Rate endFraction) {
      return new Builder().fromDay(fromDay).untilDay(untilDay).fraction(fraction).endFraction(endFraction).build();
    }

    /**
     * Creates the last band, from a day on for ever.
     *
     * @param fromDay the first day of the band, inclusive
     * @param fraction the fraction clawed back, not null
     * @return never null
     */
    public static Band from(int fromDay, Rate fraction) {
      return new Builder().fromDay(fromDay).fraction(fraction).build();
    }

    /**
     * Returns the first day of the band (days active, inclusive).
     *
     * @return 0 or more
     */
    public abstract int fromDay();

    /**
     * Returns the day the band ends (exclusive).
     *
     * @return the day, above {@link #fromDay()}, or empty for the last band
     */
    public abstract Optional<Integer> untilDay();

    /**
     * Returns the fraction clawed back at {@link #fromDay()} (through the band, when flat).
     *
     * @return never null
     */
    public abstract Rate fraction();

    /**
     * Returns the fraction reached at {@link #untilDay()} by a linear fall.
     *
     * @return the end fraction, or empty for a flat band
     */
    public abstract Optional<Rate> endFraction();

    /**
     * Returns the fraction at a day of the band, exactly: the flat fraction, or
     * {@code fraction + (endFraction - fraction) x (day - fromDay) / (untilDay - fromDay)}.
     *
     * @param day days active, within the band
     * @return never null
     */
    public Share fractionAt(long day) {
      if (endFraction().isEmpty()) {
        return Share.of(fraction());
      }
      long span = untilDay().orElseThrow() - fromDay();
      long into = day - fromDay();
      BigDecimal numerator = fraction().value().multiply(BigDecimal.valueOf(span - into))
          .add(endFraction().get().value().multiply(BigDecimal.valueOf(into)));
      BigInteger scale = BigInteger.TEN.pow(Math.max(numerator.scale(), 0));
      BigInteger whole = numerator.movePointRight(Math.max(numerator.scale(), 0)).toBigIntegerExact();
      return Share.of(whole, scale.multiply(BigInteger.valueOf(span)));
    }

    /**
     * Returns the fraction at the band's end: the end fraction, or the flat fraction.
     *
     * @return never null
     */
    public Rate lastFraction() {
      return endFraction().orElse(fraction());
    }

    @Value.Check
    void check() {
      ProblemCollector problems = new ProblemCollector();
      FieldPath root = FieldPath.root();
      problems.check(fromDay() >= 0, root.field("fromDay"), CoreProblemCode.NEGATIVE, "be >= 0", fromDay());
      untilDay().ifPresent(u -> problems.check(u > fromDay(), root.field("untilDay"), CoreProblemCode.NOT_ABOVE_MIN,
          "be after fromDay " + fromDay() + " (bands are [fromDay, untilDay))", u));
      Rates.checkRange(problems, root.field("fraction"), fraction());
      endFraction().ifPresent(end -> {
        if (Rates.checkRange(problems, root.field("endFraction"), end)) {
          problems.check(untilDay().isPresent(), root.field("untilDay"), CoreProblemCode.MISSING,
              "be present for a band with an endFraction (the day the linear fall ends)", null);
          problems.check(end.compareTo(fraction()) <= 0, root.field("endFraction"), CoreProblemCode.NOT_MONOTONE,
              "be at most the band's fraction " + fraction() + " (a clawback never rises with days active)", end);
        }
      });
      problems.throwIfErrors(InvalidProgramException::new);
    }

    /**
     * Renders the band: {@code [90, 180) 50 % -> 0 %}.
     *
     * @return never null
     */
    @Override
    public String toString() {
      return "[" + fromDay() + ", " + untilDay().map(String::valueOf).orElse("inf") + ") " + fraction()
          + endFraction().map(e -> " -> " + e).orElse("");
    }

    /** Builds a {@link Band}; {@code fromDay} and {@code fraction} are mandatory. Not thread-safe. */
    public static class Builder extends ImmutableBand.Builder {
      /** Creates an empty builder. */
      Builder() {}
    }
  }
}
