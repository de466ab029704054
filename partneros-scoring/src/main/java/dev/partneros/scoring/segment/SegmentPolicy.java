package dev.partneros.scoring.segment;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.internal.ProblemCollector;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * Portfolio segmentation and the partner value matrix, the program file's {@code segments}
 * section ({@code docs/rules/health.md#segments}).
 *
 * <p>Decisions: "growing" is revenue growth above {@code +growthTolerance} and "declining" below
 * {@code -growthTolerance} (the health score's flat tolerance, 2 %, by default); the top and bottom
 * shares are counts of partners rounded up ({@code ceil(n x share)}), ranked by revenue, ties by
 * partner id. The matrix's revenue threshold is an amount in the program's currency.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSegmentPolicy.class)
@JsonDeserialize(as = ImmutableSegmentPolicy.class)
public abstract class SegmentPolicy {

  SegmentPolicy() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the standard program's policy.
   *
   * @return never null
   */
  public static SegmentPolicy standard() {
    return new Builder().build();
  }

  /**
   * Returns the share of partners, by revenue from the top, that may be strategic.
   *
   * @return 0.10 by default
   */
  @Value.Default
  public BigDecimal strategicTopShare() {
    return new BigDecimal("0.10");
  }

  /**
   * Returns the share of partners, by revenue from the bottom, that may be long tail.
   *
   * @return 0.50 by default
   */
  @Value.Default
  public BigDecimal longTailBottomShare() {
    return new BigDecimal("0.50");
  }

  /**
   * Returns the most deals a quarter a long-tail partner registers (inclusive).
   *
   * @return 1 by default
   */
  @Value.Default
  public BigDecimal longTailMaxDealsPerQuarter() {
    return BigDecimal.ONE;
  }

  /**
   * Returns the lowest health of a growth partner (inclusive).
   *
   * @return 60 by default
   */
  @Value.Default
  public BigDecimal growthMinHealth() {
    return new BigDecimal("60");
  }

  /**
   * Returns the health below which a partner is at risk.
   *
   * @return 40 by default
   */
  @Value.Default
  public BigDecimal atRiskBelowHealth() {
    return new BigDecimal("40");
  }

  /**
   * Returns the growth tolerance around zero that is neither growing nor declining.
   *
   * @return 0.02 by default
   */
  @Value.Default
  public BigDecimal growthTolerance() {
    return new BigDecimal("0.02");
  }

  /**
   * Returns the strategic value (0-100) from which a partner is high value.
   *
   * @return 50 by default
   */
  @Value.Default
  public BigDecimal valueThreshold() {
    return new BigDecimal("50");
  }

  /**
   * Returns the revenue, in the program's currency, from which a partner is high revenue.
   *
   * @return 100,000 by default
   */
  @Value.Default
  public BigDecimal revenueThreshold() {
    return new BigDecimal("100000");
  }

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    FieldPath root = FieldPath.root();
    problems.requireInRange(root.field("strategicTopShare"), strategicTopShare(), BigDecimal.ZERO, BigDecimal.ONE);
    problems.requireInRange(root.field("longTailBottomShare"), longTailBottomShare(), BigDecimal.ZERO, BigDecimal.ONE);
    problems.requireNonNegative(root.field("longTailMaxDealsPerQuarter"), longTailMaxDealsPerQuarter());
    BigDecimal hundred = new BigDecimal("100");
    problems.requireInRange(root.field("growthMinHealth"), growthMinHealth(), BigDecimal.ZERO, hundred);
    problems.requireInRange(root.field("atRiskBelowHealth"), atRiskBelowHealth(), BigDecimal.ZERO, hundred);
    problems.requireInRange(root.field("growthTolerance"), growthTolerance(), BigDecimal.ZERO, new BigDecimal("0.5"));
    problems.requireInRange(root.field("valueThreshold"), valueThreshold(), BigDecimal.ZERO, hundred);
    problems.requireNonNegative(root.field("revenueThreshold"), revenueThreshold());
    problems.throwIfErrors(InvalidProgramException::new);
  }

  /** Builds a {@link SegmentPolicy}; every attribute defaults to the standard program. Not thread-safe. */
  public static class Builder extends ImmutableSegmentPolicy.Builder {
    /** Creates a builder with every default. */
    Builder() {}
  }
}
