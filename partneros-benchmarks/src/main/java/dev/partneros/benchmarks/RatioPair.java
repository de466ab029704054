package dev.partneros.benchmarks;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One row of the ratio report ({@link RatioReport}): an engine benchmark and the hand-written
 * baseline benchmark of the same rule, run on the same generated inputs with the same
 * {@code @Param} values, and the target the ratio {@code baseline time / engine time} must reach.
 *
 * <p>Benchmarks are named {@code SimpleClassName.method} within {@code dev.partneros.benchmarks}.
 * A pair whose engine or baseline is not in the JMH benchmark list of this build is reported as
 * "not present" and skipped, so the table can name benchmarks that other branches add.
 *
 * @param rule the rule, as in the targets table (e.g. {@code tier qualification})
 * @param variant what is measured (e.g. {@code decision only (10,000 partners)})
 * @param engine the engine benchmark, {@code Class.method}
 * @param baseline the baseline benchmark, {@code Class.method}
 * @param params the {@code @Param} values given to both runs; a name a benchmark does not declare is
 *     ignored by JMH
 * @param perCall the name of the parameter whose value is the number of decisions one call makes
 *     (bytes are reported per decision), or empty for one decision per call
 * @param unit what one decision is, for the bytes column (e.g. {@code partner}, {@code deal})
 * @param target the ratio to reach, or 0 for none
 * @param bytesTarget the most bytes per decision the engine may allocate, or -1 for none
 */
public record RatioPair(String rule, String variant, String engine, String baseline, Map<String, String> params,
    String perCall, String unit, double target, long bytesTarget) {

  /** The package of every benchmark named in a pair. */
  public static final String PACKAGE = "dev.partneros.benchmarks.";

  /**
   * Checks the fields and copies the parameters.
   *
   * @param rule the rule, not null
   * @param variant the variant, not null
   * @param engine the engine benchmark, not null
   * @param baseline the baseline benchmark, not null
   * @param params the parameters, not null
   * @param perCall the per-call parameter or empty, not null
   * @param unit the unit of a decision, not null
   * @param target the target ratio, at least 0
   * @param bytesTarget the bytes target, at least -1
   */
  public RatioPair {
    requireNonNull(rule, "rule");
    requireNonNull(variant, "variant");
    requireNonNull(engine, "engine");
    requireNonNull(baseline, "baseline");
    params = Map.copyOf(requireNonNull(params, "params"));
    requireNonNull(perCall, "perCall");
    requireNonNull(unit, "unit");
    if (!perCall.isEmpty() && !params.containsKey(perCall)) {
      throw new IllegalArgumentException("perCall must name one of the params " + params.keySet() + ", but was " + perCall);
    }
    if (target < 0 || bytesTarget < -1) {
      throw new IllegalArgumentException("target must be >= 0 and bytesTarget >= -1, but were " + target + " and "
          + bytesTarget);
    }
  }

  /**
   * Returns the number of decisions one call makes: the value of {@link #perCall()}, else 1.
   *
   * @return at least 1
   */
  public long decisionsPerCall() {
    return perCall.isEmpty() ? 1 : Math.max(1, Long.parseLong(params.get(perCall)));
  }

  /**
   * Returns the benchmark of the pair missing from a benchmark list, if any.
   *
   * @param available the full names ({@code dev.partneros.benchmarks.Class.method}) of the
   *     benchmarks of this build, not null
   * @return the engine's or the baseline's {@code Class.method}, or empty when both are present
   */
  public Optional<String> missing(Set<String> available) {
    if (!available.contains(PACKAGE + engine)) {
      return Optional.of(engine);
    }
    if (!available.contains(PACKAGE + baseline)) {
      return Optional.of(baseline);
    }
    return Optional.empty();
  }

  /**
   * The pairs of the report, in its order: the targets of the issue "engines at hand-written speed"
   * (BENCHMARKS.md, "Ratio report"). Pairs whose benchmarks another branch adds are listed with the
   * names expected; they show as "not present" until that branch is merged. Add a row here to add
   * a pair to the report.
   *
   * @return never null
   */
  public static List<RatioPair> all() {
    return List.of(
        // commission per deal (tier rate x attribution factor)
        new RatioPair("commission per deal", "decision only", "PerDealDecisionBenchmark.decide",
            "PerDealDecisionBenchmark.baseline", Map.of(), "", "deal", 1.0, 64),
        new RatioPair("commission per deal", "calculateDeal, explanations not built (1,000 deals)",
            "CommissionBookBenchmark.perDeal", "CommissionBookBenchmark.perDealBaseline", Map.of("deals", "1000"),
            "deals", "deal", 0, -1),
        new RatioPair("commission per deal", "explained (calculateDeal, 1,000 deals)",
            "CommissionBookBenchmark.perDealExplained", "CommissionBookBenchmark.perDealBaseline",
            Map.of("deals", "1000"), "deals", "deal", 0.3, -1),
        // commission, whole book (brackets, clawbacks, payouts)
        new RatioPair("commission, whole book", "calculate (1,000 deals)", "CommissionBookBenchmark.calculate",
            "CommissionBookBenchmark.bookBaseline", Map.of("deals", "1000"), "deals", "deal", 0.5, -1),
        new RatioPair("commission, whole book", "calculate (100,000 deals)", "CommissionBookBenchmark.calculate",
            "CommissionBookBenchmark.bookBaseline", Map.of("deals", "100000"), "deals", "deal", 0.5, -1),
        new RatioPair("commission, whole book", "tier-rate lines only (10,000 deals)", "CommissionBenchmark.tierRateLines",
            "CommissionBenchmark.tierRateBaseline", Map.of("deals", "10000"), "deals", "deal", 0.5, -1),
        new RatioPair("commission, whole book", "bracket lines only (10,000 deals)", "CommissionBenchmark.bracketLines",
            "CommissionBenchmark.bracketBaseline", Map.of("deals", "10000"), "deals", "deal", 0.5, -1),
        new RatioPair("commission, whole book", "explanations built (100,000 deals)",
            "CommissionBookBenchmark.calculateExplained", "CommissionBookBenchmark.bookBaseline",
            Map.of("deals", "100000"), "deals", "deal", 0.2, -1),
        // tier qualification
        new RatioPair("tier qualification", "decision only (10,000 partners)", "TierDecisionBenchmark.decide",
            "TierDecisionBenchmark.baseline", Map.of("partners", "10000"), "partners", "partner", 1.0, 64),
        new RatioPair("tier qualification", "checks, explanation not built (10,000 partners)",
            "TierDecisionBenchmark.qualify", "TierDecisionBenchmark.baseline", Map.of("partners", "10000"), "partners",
            "partner", 0.3, -1),
        new RatioPair("tier qualification", "explanation built (10,000 partners)",
            "TierDecisionBenchmark.qualifyExplained", "TierDecisionBenchmark.baseline", Map.of("partners", "10000"),
            "partners", "partner", 0.3, -1),
        new RatioPair("tier qualification", "explained, baseline with its checks (10,000 partners)",
            "TierBenchmark.measureAndQualify", "TierBenchmark.qualifyCheckedBaseline", Map.of("partners", "10000"),
            "partners", "partner", 0.3, -1),
        // health (five points, score, band)
        new RatioPair("health", "decision only, STEP", "HealthDecisionBenchmark.decide",
            "HealthDecisionBenchmark.baselineBand", Map.of("curve", "STEP"), "", "partner", 1.0, 64),
        new RatioPair("health", "five points, score and band, STEP", "HealthDecisionBenchmark.decideScore",
            "HealthDecisionBenchmark.baselineScore", Map.of("curve", "STEP"), "", "partner", 1.0, 64),
        new RatioPair("health", "explanation built, STEP", "HealthDecisionBenchmark.explained",
            "HealthDecisionBenchmark.baselineScore", Map.of("curve", "STEP"), "", "partner", 0.3, -1),
        new RatioPair("health", "decision only, LINEAR", "HealthDecisionBenchmark.decide",
            "HealthDecisionBenchmark.baselineBand", Map.of("curve", "LINEAR"), "", "partner", 1.0, 64),
        new RatioPair("health", "five points, score and band, LINEAR", "HealthDecisionBenchmark.decideScore",
            "HealthDecisionBenchmark.baselineScore", Map.of("curve", "LINEAR"), "", "partner", 1.0, 64),
        new RatioPair("health", "explanation built, LINEAR", "HealthDecisionBenchmark.explained",
            "HealthDecisionBenchmark.baselineScore", Map.of("curve", "LINEAR"), "", "partner", 0.3, -1));
  }
}
