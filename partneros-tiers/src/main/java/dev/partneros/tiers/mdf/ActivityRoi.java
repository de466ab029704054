package dev.partneros.tiers.mdf;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Money;
import dev.partneros.core.internal.ProblemCollector;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The ROI accountability of a funded activity ({@code docs/rules/mdf.md#roi-accountability}): what
 * was spent and what it generated, with {@code ROI = closed revenue / spend} and
 * {@code pipeline multiple = pipeline / spend}, each to two decimals, half-even (an activity that
 * spent 22,000 and closed 112,500 has an ROI of 5.11).
 *
 * <p>Checked when built: amounts not negative and of one currency, counts not negative.
 *
 * <p>JSON-serialisable (with the derived ratios, rebuilt when read); immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableActivityRoi.class)
@JsonDeserialize(as = ImmutableActivityRoi.class)
@JsonIgnoreProperties(value = {"roi", "pipelineMultiple"}, allowGetters = true)
public abstract class ActivityRoi {

  ActivityRoi() {}

  /**
   * Returns the ROI of a spend and what it generated.
   *
   * @param spend what the activity cost, not null, not negative
   * @param report what it generated, not null, in the spend's currency
   * @return never null
   * @throws InvalidFactsException if an amount is negative or the currencies differ
   */
  public static ActivityRoi of(Money spend, RoiReport report) {
    return new Builder().spend(spend).leads(report.leads()).opportunities(report.opportunities())
        .pipeline(report.pipeline()).closedRevenue(report.closedRevenue()).build();
  }

  /**
   * Returns what the activity cost.
   *
   * @return never null, not negative
   */
  public abstract Money spend();

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
   * Returns the revenue closed.
   *
   * @return never null, not negative
   */
  public abstract Money closedRevenue();

  /**
   * Returns {@code closed revenue / spend}, to two decimals, half-even.
   *
   * @return the ROI, or empty when nothing was spent
   */
  @JsonProperty("roi")
  public Optional<BigDecimal> roi() {
    return Ratios.ratio(closedRevenue(), spend());
  }

  /**
   * Returns {@code pipeline / spend}, to two decimals, half-even.
   *
   * @return the multiple, or empty when nothing was spent
   */
  @JsonProperty("pipelineMultiple")
  public Optional<BigDecimal> pipelineMultiple() {
    return Ratios.ratio(pipeline(), spend());
  }

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    FieldPath root = FieldPath.root();
    problems.requireNonNegative(root.field("spend"), spend());
    problems.check(leads() >= 0, root.field("leads"), CoreProblemCode.NEGATIVE, "be >= 0", leads());
    problems.check(opportunities() >= 0, root.field("opportunities"), CoreProblemCode.NEGATIVE, "be >= 0", opportunities());
    problems.requireNonNegative(root.field("pipeline"), pipeline());
    problems.requireNonNegative(root.field("closedRevenue"), closedRevenue());
    if (!pipeline().currency().equals(spend().currency())) {
      problems.check(false, root.field("pipeline"), CoreProblemCode.CURRENCY_MISMATCH,
          "be in the spend's currency " + spend().currency().getCurrencyCode(), pipeline());
    }
    if (!closedRevenue().currency().equals(spend().currency())) {
      problems.check(false, root.field("closedRevenue"), CoreProblemCode.CURRENCY_MISMATCH,
          "be in the spend's currency " + spend().currency().getCurrencyCode(), closedRevenue());
    }
    problems.throwIfErrors(InvalidFactsException::new);
  }

  /** Builds an {@link ActivityRoi}; {@code build()} checks it. Not thread-safe. */
  static class Builder extends ImmutableActivityRoi.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
