package dev.partneros.scoring.kpi;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partneros.core.CoreProblemCode;
import dev.partneros.core.FieldPath;
import dev.partneros.core.InvalidProgramException;
import dev.partneros.core.internal.ProblemCollector;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The KPI targets, the program file's {@code kpis} section
 * ({@code docs/rules/health.md#program-kpis}). A target is met when the value is at least
 * {@code min} (inclusive) and below {@code below} (exclusive), for the bounds given; a KPI without
 * a target is only reported. Named targets replace the defaults:
 *
 * <pre>
 * kpis:
 *   targets:
 *     ACTIVATION_RATE: {min: 0.5, label: "50 %+"}
 * </pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableKpiPolicy.class)
@JsonDeserialize(as = ImmutableKpiPolicy.class)
public abstract class KpiPolicy {

  KpiPolicy() {}

  /**
   * Returns a new builder.
   *
   * @return never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the standard program's targets.
   *
   * @return never null
   */
  public static KpiPolicy standard() {
    return new Builder().build();
  }

  /**
   * Returns the targets that replace the defaults.
   *
   * @return never null
   */
  public abstract Map<ProgramKpi, Target> targets();

  /**
   * Returns the target in force for a KPI.
   *
   * @param kpi the KPI, not null
   * @return the target, or empty when the KPI has none
   */
  public Optional<Target> targetOf(ProgramKpi kpi) {
    Target own = targets().get(kpi);
    return own != null ? Optional.of(own) : Optional.ofNullable(DEFAULTS.get(kpi));
  }

  private static final Map<ProgramKpi, Target> DEFAULTS = Map.copyOf(defaults());

  private static Map<ProgramKpi, Target> defaults() {
    Map<ProgramKpi, Target> map = new EnumMap<>(ProgramKpi.class);
    map.put(ProgramKpi.PARTNER_SOURCED_SHARE, Target.atLeast("0.20", "20-30 %"));
    map.put(ProgramKpi.PARTNER_INFLUENCED_SHARE, Target.atLeast("0.40", "40-50 %"));
    map.put(ProgramKpi.ACTIVATION_RATE, Target.atLeast("0.60", "60 %+"));
    map.put(ProgramKpi.RETENTION_RATE, Target.atLeast("0.80", "80 %+"));
    map.put(ProgramKpi.MEDIAN_DAYS_TO_FIRST_DEAL, new Target.Builder().below(new BigDecimal("90"))
        .label("< 90 days").build());
    map.put(ProgramKpi.QBR_COMPLETION, Target.atLeast("0.90", "90 %+"));
    map.put(ProgramKpi.MDF_UTILISATION, Target.atLeast("0.80", "80 %+"));
    map.put(ProgramKpi.TRAINING_COMPLETION, Target.atLeast("0.80", "80 %+"));
    map.put(ProgramKpi.CERTIFICATION_RATE, Target.atLeast("0.70", "70 %+"));
    return map;
  }

  /**
   * A KPI target. Immutable and thread-safe.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutableTarget.class)
  @JsonDeserialize(as = ImmutableTarget.class)
  public abstract static class Target {
    Target() {}

    /**
     * Returns a builder of a target with a lower bound, an upper bound or both.
     *
     * @return never null
     */
    public static Builder builder() {
      return new Builder();
    }

    /**
     * Creates a lower-bound target.
     *
     * @param min the lowest value that meets it
     * @param label how it reads
     * @return never null
     */
    public static Target atLeast(String min, String label) {
      return new Builder().min(new BigDecimal(min)).label(label).build();
    }

    /**
     * Returns the lowest value that meets the target, inclusive.
     *
     * @return the bound, or empty
     */
    public abstract Optional<BigDecimal> min();

    /**
     * Returns the value the KPI must stay below, exclusive.
     *
     * @return the bound, or empty
     */
    public abstract Optional<BigDecimal> below();

    /**
     * Returns how the target reads, such as {@code 60 %+}.
     *
     * @return never null
     */
    public abstract String label();

    @Value.Check
    void check() {
      ProblemCollector problems = new ProblemCollector();
      problems.check(min().isPresent() || below().isPresent(), FieldPath.root(), CoreProblemCode.ONE_OF,
          "give min, below or both", "neither");
      if (min().isPresent() && below().isPresent()) {
        problems.check(min().get().compareTo(below().get()) < 0, FieldPath.root().field("below"), CoreProblemCode.NOT_ABOVE_MIN,
            "be above min " + min().get().toPlainString(), below().get().toPlainString());
      }
      problems.throwIfErrors(InvalidProgramException::new);
    }

    /**
     * Tells whether a value meets the target.
     *
     * @param value the value, not null
     * @return true if met
     */
    public boolean isMetBy(BigDecimal value) {
      return min().map(m -> value.compareTo(m) >= 0).orElse(true)
          && below().map(b -> value.compareTo(b) < 0).orElse(true);
    }

    /** Builds a {@link Target}. Not thread-safe. */
    public static class Builder extends ImmutableTarget.Builder {
      /** Creates an empty builder. */
      Builder() {}
    }
  }

  /** Builds a {@link KpiPolicy}. Not thread-safe. */
  public static class Builder extends ImmutableKpiPolicy.Builder {
    /** Creates a builder with the default targets. */
    Builder() {}
  }
}
