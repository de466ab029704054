package dev.partneros.scoring.kpi;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One program KPI ({@code docs/rules/health.md#program-kpis}): its value, its target and its
 * status.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableKpiValue.class)
@JsonDeserialize(as = ImmutableKpiValue.class)
public abstract class KpiValue {

  /** Whether a KPI meets its target. */
  public enum Status {
    /** The value meets the target. */
    MET,
    /** The value misses the target. */
    BELOW,
    /** The KPI has no target; it is reported only. */
    REPORTED,
    /** There is no data to compute it (a denominator of zero). */
    NO_DATA
  }

  KpiValue() {}

  /**
   * Returns the KPI.
   *
   * @return never null
   */
  public abstract ProgramKpi kpi();

  /**
   * Returns the value: a fraction for rates and shares, days for the median, an amount for revenue
   * per partner (4 decimals).
   *
   * @return the value, or empty when there is no data
   */
  public abstract Optional<BigDecimal> value();

  /**
   * Returns how the target reads.
   *
   * @return the label, or empty when the KPI has no target
   */
  public abstract Optional<String> target();

  /**
   * Returns the status.
   *
   * @return never null
   */
  public abstract Status status();

  /** Builds a {@link KpiValue}. Not thread-safe. */
  static class Builder extends ImmutableKpiValue.Builder {
    /** Creates an empty builder. */
    Builder() {}
  }
}
