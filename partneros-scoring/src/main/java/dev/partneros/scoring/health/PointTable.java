package dev.partneros.scoring.health;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.internal.ProblemCollector;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A step table of points over a numeric input, with a {@link Curve}
 * ({@code docs/rules/health.md#curves}). Steps are listed lowest bound first, their bounds
 * strictly increasing and their points never decreasing (so more input never earns fewer points);
 * an input below the lowest step earns {@link #below()}. No step may earn more than
 * {@link #maxPoints()}.
 *
 * <p>With {@link Curve#LINEAR}, points between two consecutive step bounds are interpolated
 * linearly; at every inclusive bound the two curves agree. Points are rounded to
 * {@link #SCALE} decimals, half-even.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePointTable.class)
@JsonDeserialize(as = ImmutablePointTable.class)
public abstract class PointTable {

  /**
   * How a scored dimension turns its input into points ({@code docs/rules/health.md#curves}).
   *
   * <p>The blueprint's own example ("health score 87, Champion") cannot come from its step table,
   * whose every step is a multiple of 5; so each numeric dimension offers both curves.
   */
  public enum Curve {
    /** The step table as written: the points of the highest step whose lower bound is met. */
    STEP,
    /**
     * Linear interpolation between consecutive anchors (each step's lower bound and points): at an
     * inclusive anchor it equals {@link #STEP}; below the lowest anchor it gives the floor points, above
     * the highest the top points.
     */
    LINEAR
  }

  /** Decimals kept in points. */
  public static final int SCALE = 2;

  PointTable() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the most points the table can award (the dimension's weight).
   *
   * @return never null, above zero
   */
  public abstract BigDecimal maxPoints();

  /**
   * Returns the steps, lowest bound first.
   *
   * @return never null, not empty
   */
  public abstract List<Step> steps();

  /**
   * Returns the points of an input below every step.
   *
   * @return zero by default
   */
  @Value.Default
  public BigDecimal below() {
    return BigDecimal.ZERO;
  }

  /**
   * Returns the label of the band below every step, for explanations.
   *
   * @return the label, or empty
   */
  public abstract Optional<String> belowLabel();

  /**
   * Returns this table's own curve, which overrides the policy-wide one.
   *
   * @return the curve, or empty to use the policy's
   */
  public abstract Optional<Curve> curve();

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    FieldPath root = FieldPath.root();
    problems.check(maxPoints().signum() > 0, root.field("maxPoints"), CoreProblemCode.NOT_POSITIVE, "be > 0", maxPoints());
    problems.check(!steps().isEmpty(), root.field("steps"), CoreProblemCode.EMPTY, "have at least one step", "[]");
    problems.requireNonNegative(root.field("below"), below());
    problems.check(below().compareTo(maxPoints()) <= 0, root.field("below"), CoreProblemCode.OUT_OF_RANGE,
        "be <= maxPoints " + maxPoints().toPlainString(), below().toPlainString());
    BigDecimal previousMin = null;
    BigDecimal previousPoints = below();
    for (int i = 0; i < steps().size(); i++) {
      Step step = steps().get(i);
      FieldPath path = root.field("steps").index(i);
      problems.check(step.points().compareTo(maxPoints()) <= 0, path.field("points"), CoreProblemCode.OUT_OF_RANGE,
          "be <= maxPoints " + maxPoints().toPlainString(), step.points().toPlainString());
      if (previousMin != null) {
        int c = step.min().compareTo(previousMin);
        boolean sameButExclusive = c == 0 && step.minExclusive() && !steps().get(i - 1).minExclusive();
        problems.check(c > 0 || sameButExclusive, path.field("min"), CoreProblemCode.NOT_INCREASING,
            "be above the previous step's min " + previousMin.toPlainString(), step.min().toPlainString());
      }
      problems.check(step.points().compareTo(previousPoints) >= 0, path.field("points"), CoreProblemCode.NOT_MONOTONE,
          "be >= the points below it " + previousPoints.toPlainString() + " (more input never earns less)",
          step.points().toPlainString());
      previousMin = step.min();
      previousPoints = step.points();
    }
    problems.throwIfErrors(InvalidProgramException::new);
  }

  /**
   * Returns the index of the highest step an input meets, or -1 when below every step.
   *
   * @param value the input, not null
   * @return -1 to {@code steps().size() - 1}
   */
  public int stepOf(BigDecimal value) {
    List<Step> steps = steps();
    for (int i = steps.size() - 1; i >= 0; i--) {
      if (steps.get(i).isMetBy(value)) {
        return i; // bounds increase, so every lower step is met too
      }
    }
    return -1;
  }

  /**
   * Returns the points of an input under this table's curve, or the given default curve when the
   * table has none of its own.
   *
   * @param value the input, not null
   * @param defaultCurve the policy-wide curve, not null
   * @return never null, between zero and {@link #maxPoints()}
   */
  public BigDecimal pointsOf(BigDecimal value, Curve defaultCurve) {
    return pointsAt(stepOf(value), value, defaultCurve);
  }

  /**
   * Returns the points of an input whose step {@link #stepOf} already found.
   *
   * @param step the input's step, -1 when below every step
   * @param value the input, not null
   * @param defaultCurve the policy-wide curve, not null
   * @return never null
   */
  BigDecimal pointsAt(int step, BigDecimal value, Curve defaultCurve) {
    Curve curve = curve().orElse(defaultCurve);
    if (curve == Curve.STEP || step < 0 || step == steps().size() - 1) {
      return scaledPoints().get(step + 1);
    }
    Step at = steps().get(step);
    Step next = steps().get(step + 1);
    BigDecimal span = next.min().subtract(at.min());
    if (span.signum() == 0) {
      return scaledPoints().get(step + 1);
    }
    BigDecimal fraction = value.subtract(at.min()).divide(span, MathContext.DECIMAL64);
    BigDecimal points = at.points().add(next.points().subtract(at.points()).multiply(fraction));
    return points.min(next.points()).setScale(SCALE, RoundingMode.HALF_EVEN);
  }

  /**
   * Returns the points below every step, then each step's, rounded to {@link #SCALE} decimals once.
   *
   * @return never null
   */
  @Value.Lazy
  List<BigDecimal> scaledPoints() {
    List<BigDecimal> points = new java.util.ArrayList<>(steps().size() + 1);
    points.add(below().setScale(SCALE, RoundingMode.HALF_EVEN));
    for (Step step : steps()) {
      points.add(step.points().setScale(SCALE, RoundingMode.HALF_EVEN));
    }
    return List.copyOf(points);
  }

  /**
   * Returns the label of the band an input falls in, for explanations: the step's label, or a
   * generated one such as {@code >= 5}.
   *
   * @param value the input, not null
   * @return never null
   */
  public String bandOf(BigDecimal value) {
    return bandAt(stepOf(value));
  }

  /**
   * Returns the label of a step found by {@link #stepOf}.
   *
   * @param step the step, -1 for below every step
   * @return never null
   */
  String bandAt(int step) {
    if (step < 0) {
      return belowLabel().isPresent() ? belowLabel().get() : "< " + steps().get(0).min().toPlainString();
    }
    Step at = steps().get(step);
    return at.label().isPresent() ? at.label().get() : (at.minExclusive() ? "> " : ">= ") + at.min().toPlainString();
  }

  /**
   * One step of a point table: inputs at or above {@link #min()} (strictly above when
   * {@link #minExclusive()}) earn {@link #points()}, unless a higher step is met too. Thresholds are
   * inclusive lower bounds by default ({@code docs/rules/conventions.md#thresholds-and-brackets}).
   *
   * <p>Immutable and thread-safe.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutableStep.class)
  @JsonDeserialize(as = ImmutableStep.class)
  public abstract static class Step {

    Step() {}

    /**
     * Returns a new builder.
     *
     * @return never null
     */
    public static Builder builder() {
      return new Builder();
    }

    /**
     * Creates an inclusive step.
     *
     * @param min the lower bound, inclusive
     * @param points the points earned
     * @return never null
     */
    public static Step of(String min, String points) {
      return new Builder().min(new BigDecimal(min)).points(new BigDecimal(points)).build();
    }

    /**
     * Returns the lower bound.
     *
     * @return never null
     */
    public abstract BigDecimal min();

    /**
     * Tells whether the lower bound is exclusive (the input must be strictly above it).
     *
     * @return false by default
     */
    @Value.Default
    public boolean minExclusive() {
      return false;
    }

    /**
     * Returns the points earned at this step.
     *
     * @return never null, not negative
     */
    public abstract BigDecimal points();

    /**
     * Returns a label for explanations, such as {@code 3-4 deals}.
     *
     * @return the label, or empty
     */
    public abstract Optional<String> label();

    @Value.Check
    void check() {
      ProblemCollector problems = new ProblemCollector();
      problems.requireNonNegative(FieldPath.root().field("points"), points());
      problems.throwIfErrors(InvalidProgramException::new);
    }

    /**
     * Tells whether an input meets this step's lower bound.
     *
     * @param value the input, not null
     * @return true if met
     */
    public boolean isMetBy(BigDecimal value) {
      int c = value.compareTo(min());
      return minExclusive() ? c > 0 : c >= 0;
    }

    /** Builds a {@link Step}. Not thread-safe. */
    public static class Builder extends ImmutableStep.Builder {
      /** Creates an empty builder; {@code min} and {@code points} are mandatory. */
      Builder() {}
    }
  }

  /** Builds a {@link PointTable}. Not thread-safe. */
  public static class Builder extends ImmutablePointTable.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
