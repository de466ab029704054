package dev.partneros.tiers.internal;

import dev.partneros.tiers.Criterion;
import java.math.BigDecimal;

/** Evaluates criteria trees; pure and allocation-free. */
public final class Criteria {

  private Criteria() {}

  /**
   * Tells whether a criterion holds for some metric values.
   *
   * @param criterion the criterion, not null
   * @param values the values, not null
   * @return true if it holds
   */
  public static boolean holds(Criterion criterion, MetricLookup values) {
    switch (criterion.form()) {
      case ALL_OF:
        for (Criterion child : criterion.allOf()) {
          if (!holds(child, values)) {
            return false;
          }
        }
        return true;
      case ANY_OF:
        for (Criterion child : criterion.anyOf()) {
          if (holds(child, values)) {
            return true;
          }
        }
        return false;
      default:
        BigDecimal value = values.value(criterion.metric().get(), criterion.name().orElse(null));
        return value != null && value.compareTo(criterion.min().get()) >= 0;
    }
  }
}
