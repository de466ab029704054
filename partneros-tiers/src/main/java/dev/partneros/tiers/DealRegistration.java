package dev.partneros.tiers;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidFactsException;
import dev.partneros.core.Problem;
import java.util.List;

/**
 * Whether a tier may register deals ({@code docs/rules/tiers.md#benefits-matrix}).
 *
 * <p>Program-file form: {@code NO}, {@code YES} or {@code PRIORITY}; a YAML boolean ({@code no},
 * {@code yes}, {@code false}, {@code true}) is read as {@code NO} or {@code YES}, since YAML 1.1
 * reads a bare {@code NO} as false.
 */
public enum DealRegistration {
  /** No deal registration (standard: Registered). */
  NO,
  /** Deal registration (standard: Silver, Gold). */
  YES,
  /** Deal registration with priority in conflicts (standard: Platinum). */
  PRIORITY;

  @JsonCreator
  static DealRegistration fromJson(Object value) {
    if (value instanceof Boolean) {
      return (Boolean) value ? YES : NO;
    }
    for (DealRegistration registration : values()) {
      if (registration.name().equals(value)) {
        return registration;
      }
    }
    throw new InvalidFactsException(List.of(Problem.error(FieldPath.root().field("dealRegistration"),
        CoreProblemCode.INVALID_VALUE, "be NO, YES or PRIORITY", value)));
  }
}
