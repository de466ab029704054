package dev.partneros.scoring.kpi;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Computes the program KPIs with their targets and status
 * ({@code docs/rules/health.md#program-kpis}). A KPI whose denominator is zero has no value and
 * the status {@code NO_DATA}; the median of an even count is the mean of the two middle values.
 * The status compares the exact value with the target, a ratio {@code part / whole} as
 * {@code part >= min x whole}, never a rounded quotient; the value reported is rounded once to 4
 * decimals (so 0.399999 reads 0.4000 and is below a 40 % target)
 * ({@code docs/rules/conventions.md#decisions-compare-the-exact-value}).
 *
 * <p>Stateless; immutable and thread-safe.
 */
public final class KpiCalculator {

  private final KpiPolicy policy;

  private KpiCalculator(KpiPolicy policy) {
    this.policy = policy;
  }

  /**
   * Creates a calculator.
   *
   * @param policy the targets, not null
   * @return never null
   */
  public static KpiCalculator of(KpiPolicy policy) {
    return new KpiCalculator(requireNonNull(policy, "policy"));
  }

  /**
   * Computes every KPI, in the order of {@link ProgramKpi}.
   *
   * @param facts the portfolio figures, not null
   * @return never null
   */
  public List<KpiValue> compute(KpiFacts facts) {
    requireNonNull(facts, "facts");
    List<KpiValue> values = new ArrayList<>();
    BigDecimal total = facts.totalRevenue().amount();
    values.add(value(ProgramKpi.PARTNER_SOURCED_SHARE, ratio(facts.partnerSourcedRevenue().amount(), total)));
    values.add(value(ProgramKpi.PARTNER_INFLUENCED_SHARE, ratio(facts.partnerInfluencedRevenue().amount(), total)));
    values.add(value(ProgramKpi.ACTIVATION_RATE, ratio(facts.partnersWithClosedDeal(), facts.partners())));
    values.add(value(ProgramKpi.RETENTION_RATE, ratio(facts.activeBothYears(), facts.activeLastYear())));
    BigDecimal partnerRevenue = facts.partnerSourcedRevenue().amount().add(facts.partnerInfluencedRevenue().amount());
    values.add(value(ProgramKpi.REVENUE_PER_ACTIVE_PARTNER,
        ratio(partnerRevenue, BigDecimal.valueOf(facts.activePartners()))));
    values.add(value(ProgramKpi.MEDIAN_DAYS_TO_FIRST_DEAL, median(facts.daysToFirstDeal())));
    values.add(value(ProgramKpi.QBR_COMPLETION, ratio(facts.qbrsHeld(), facts.qbrsPlanned())));
    values.add(value(ProgramKpi.MDF_UTILISATION, ratio(facts.mdfSpent().amount(), facts.mdfAllocated().amount())));
    values.add(value(ProgramKpi.TRAINING_COMPLETION, ratio(facts.trainingsCompleted(), facts.trainingsAssigned())));
    values.add(value(ProgramKpi.CERTIFICATION_RATE, ratio(facts.certifiedPartners(), facts.partners())));
    return List.copyOf(values);
  }

  /**
   * Returns a KPI whose exact value is {@code part / whole} (the whole above zero): the status
   * compares cross-multiplied values, {@code part >= min x whole} and {@code part < below x whole},
   * never a quotient rounded to some digits; only the reported value is rounded, once, to 4
   * decimals ({@code docs/rules/conventions.md#decisions-compare-the-exact-value}).
   */
  private KpiValue value(ProgramKpi kpi, Optional<BigDecimal[]> ratio) {
    KpiValue.Builder result = new KpiValue.Builder().kpi(kpi)
        .value(ratio.map(r -> r[0].divide(r[1], 4, RoundingMode.HALF_EVEN)));
    Optional<KpiPolicy.Target> target = policy.targetOf(kpi);
    target.ifPresent(t -> result.target(t.label()));
    if (ratio.isEmpty()) {
      return result.status(KpiValue.Status.NO_DATA).build();
    }
    BigDecimal part = ratio.get()[0];
    BigDecimal whole = ratio.get()[1];
    return result.status(target.map(t -> t.min().map(m -> part.compareTo(m.multiply(whole)) >= 0).orElse(true)
            && t.below().map(b -> part.compareTo(b.multiply(whole)) < 0).orElse(true)
            ? KpiValue.Status.MET : KpiValue.Status.BELOW)
        .orElse(KpiValue.Status.REPORTED)).build();
  }

  private static Optional<BigDecimal[]> ratio(int part, int whole) {
    return ratio(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
  }

  /** Returns {@code {part, whole}} with the whole above zero, or empty when the whole is zero. */
  private static Optional<BigDecimal[]> ratio(BigDecimal part, BigDecimal whole) {
    if (whole.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(whole.signum() > 0 ? new BigDecimal[] {part, whole}
        : new BigDecimal[] {part.negate(), whole.negate()});
  }

  private static Optional<BigDecimal[]> median(List<Integer> values) {
    if (values.isEmpty()) {
      return Optional.empty();
    }
    List<Integer> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    BigDecimal median = n % 2 == 1 ? BigDecimal.valueOf(sorted.get(n / 2))
        : BigDecimal.valueOf((long) sorted.get(n / 2 - 1) + sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
    return Optional.of(new BigDecimal[] {median, BigDecimal.ONE});
  }
}
