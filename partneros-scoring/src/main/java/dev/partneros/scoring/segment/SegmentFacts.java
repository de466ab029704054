package dev.partneros.scoring.segment;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.core.internal.ProblemCollector;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What segmentation reads of one partner ({@code docs/rules/health.md#segments}): revenue over the
 * last 12 months and the 12 before, health score, average deals a quarter, and the strategic value
 * (0-100, e.g. its 4C or IPP score) for the value matrix.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSegmentFacts.class)
@JsonDeserialize(as = ImmutableSegmentFacts.class)
public abstract class SegmentFacts {

  SegmentFacts() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the partner.
   *
   * @return never null
   */
  public abstract PartnerId partnerId();

  /**
   * Returns the revenue of the last 12 months.
   *
   * @return never null, not negative
   */
  public abstract Money revenue();

  /**
   * Returns the revenue of the 12 months before.
   *
   * @return never null, not negative, same currency
   */
  public abstract Money priorRevenue();

  /**
   * Returns the health score.
   *
   * @return never null, 0 to 100
   */
  public abstract BigDecimal health();

  /**
   * Returns the average deals registered a quarter.
   *
   * @return never null, not negative
   */
  public abstract BigDecimal dealsPerQuarter();

  /**
   * Returns the strategic value for the value matrix.
   *
   * @return 0 to 100, or empty when not assessed (no quadrant)
   */
  public abstract Optional<BigDecimal> strategicValue();

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    FieldPath root = FieldPath.root();
    problems.requireNonNegative(root.field("revenue"), revenue());
    problems.requireNonNegative(root.field("priorRevenue"), priorRevenue());
    problems.check(revenue().currency().equals(priorRevenue().currency()), root.field("priorRevenue"),
        CoreProblemCode.CURRENCY_MISMATCH, "be in the currency of revenue", priorRevenue().currency().getCurrencyCode());
    problems.requireInRange(root.field("health"), health(), BigDecimal.ZERO, new BigDecimal("100"));
    problems.requireNonNegative(root.field("dealsPerQuarter"), dealsPerQuarter());
    strategicValue().ifPresent(v -> problems.requireInRange(root.field("strategicValue"), v, BigDecimal.ZERO,
        new BigDecimal("100")));
    problems.throwIfErrors(InvalidFactsException::new);
  }

  /** Builds {@link SegmentFacts}. Not thread-safe. */
  public static class Builder extends ImmutableSegmentFacts.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
