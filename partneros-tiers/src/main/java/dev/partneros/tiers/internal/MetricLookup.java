package dev.partneros.tiers.internal;

import dev.partneros.tiers.Metric;
import java.math.BigDecimal;

/** Reads a metric's value; {@code null} means "not measured" (meets no threshold). */
@FunctionalInterface
public interface MetricLookup {

  /**
   * Returns the value of a metric.
   *
   * @param metric the metric, not null
   * @param customName the custom metric's name when {@code metric} is {@code CUSTOM}, else null
   * @return the value, or null when not measured
   */
  BigDecimal value(Metric metric, String customName);
}
