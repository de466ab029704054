package dev.partneros.tiers.mdf;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.internal.ProblemCollector;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * What a funded activity generated, as the partner reports it on its claim
 * ({@code docs/rules/mdf.md#roi-accountability}, ROI accountability: every claim must later report
 * leads and pipeline generated): leads, opportunities, pipeline and closed revenue.
 * {@link ActivityRoi} turns it into ROI and pipeline multiple.
 *
 * <p>Checked when built: counts and amounts not negative, amounts of one currency.
 *
 * <p>JSON-serialisable; immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRoiReport.class)
@JsonDeserialize(as = ImmutableRoiReport.class)
public abstract class RoiReport {

  RoiReport() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the day the report was filed.
   *
   * @return never null
   */
  public abstract LocalDate reportedOn();

  /**
   * Returns the leads generated.
   *
   * @return not negative
   */
  public abstract long leads();

  /**
   * Returns the opportunities generated.
   *
   * @return not negative
   */
  public abstract long opportunities();

  /**
   * Returns the pipeline generated.
   *
   * @return never null, not negative
   */
  public abstract Money pipeline();

  /**
   * Returns the revenue closed from it.
   *
   * @return never null, not negative, of the pipeline's currency
   */
  public abstract Money closedRevenue();

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    FieldPath root = FieldPath.root();
    problems.check(leads() >= 0, root.field("leads"), CoreProblemCode.NEGATIVE, "be >= 0", leads());
    problems.check(opportunities() >= 0, root.field("opportunities"), CoreProblemCode.NEGATIVE, "be >= 0", opportunities());
    problems.requireNonNegative(root.field("pipeline"), pipeline());
    if (problems.requireNonNegative(root.field("closedRevenue"), closedRevenue())) {
      if (!closedRevenue().currency().equals(pipeline().currency())) {
        problems.check(false, root.field("closedRevenue"), CoreProblemCode.CURRENCY_MISMATCH,
            "be in the pipeline's currency " + pipeline().currency().getCurrencyCode(), closedRevenue());
      }
    }
    problems.throwIfErrors(InvalidFactsException::new);
  }

  /** Builds a {@link RoiReport}; {@code build()} checks it. Not thread-safe. */
  public static class Builder extends ImmutableRoiReport.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
