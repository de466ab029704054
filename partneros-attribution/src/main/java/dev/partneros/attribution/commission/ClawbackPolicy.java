package dev.partneros.attribution.commission;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.attribution.AttributionProblemCode;
import dev.partneros.attribution.Share;
import dev.partneros.attribution.internal.Inputs;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.Problem;
import dev.partneros.core.ProgramDocument;
import dev.partneros.core.Rate;
import dev.partneros.core.internal.ProblemCollector;
import java.util.List;
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
  public List<ClawbackBand> schedule() {
    return List.of(ClawbackBand.flat(0, 30, Rate.ONE), ClawbackBand.flat(30, 90, Rate.ofPercent(50)),
        ClawbackBand.linear(90, 180, Rate.ofPercent(50), Rate.ZERO), ClawbackBand.from(180, Rate.ZERO));
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
  public ClawbackBand bandAt(long daysActive) {
    if (daysActive < 0) {
      throw new InvalidFactsException(List.of(Problem.error(FieldPath.root().field("daysActive"), CoreProblemCode.NEGATIVE,
          "be >= 0 (the cancellation cannot take effect before the customer's start)", daysActive)));
    }
    List<ClawbackBand> bands = schedule();
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
    List<ClawbackBand> bands = schedule();
    if (!problems.check(!bands.isEmpty(), root, CoreProblemCode.EMPTY, "have at least one band", "[]")
        || !Inputs.checkSize(problems, root, bands.size(), MAX_BANDS)) {
      problems.throwIfErrors(InvalidProgramException::new);
    }
    problems.check(bands.get(0).fromDay() == 0, root.index(0).field("fromDay"), CoreProblemCode.NOT_FROM_ZERO,
        "be 0 (the schedule starts at day 0)", bands.get(0).fromDay());
    for (int i = 1; i < bands.size(); i++) {
      ClawbackBand previous = bands.get(i - 1);
      ClawbackBand band = bands.get(i);
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
    ClawbackBand last = bands.get(bands.size() - 1);
    problems.check(last.untilDay().isEmpty(), root.index(bands.size() - 1).field("untilDay"), AttributionProblemCode.BOUNDED_LAST,
        "be absent: the last band runs for ever", last.untilDay().orElse(null));
    problems.throwIfErrors(InvalidProgramException::new);
  }

  /** Builds a {@link ClawbackPolicy}; every attribute has its default. Not thread-safe. */
  public static class Builder extends ImmutableClawbackPolicy.Builder {
    /** Creates a builder holding the standard policy. */
    Builder() {}
  }
}
