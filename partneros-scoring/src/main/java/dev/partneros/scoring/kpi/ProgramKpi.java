package dev.partneros.scoring.kpi;

/**
 * The program KPIs of {@code docs/rules/health.md#program-kpis}, with the blueprint's targets as
 * defaults (see {@link KpiPolicy}).
 */
public enum ProgramKpi {
  /** Partner-sourced revenue / total revenue; target 20-30 % (met from 20 %). */
  PARTNER_SOURCED_SHARE,
  /** Partner-influenced revenue / total revenue; target 40-50 % (met from 40 %). */
  PARTNER_INFLUENCED_SHARE,
  /** Partners with at least one closed deal / all partners; target 60 %+. */
  ACTIVATION_RATE,
  /** Partners active this year and last / partners active last year; target 80 %+. */
  RETENTION_RATE,
  /** Partner revenue / active partners; no target (reported). */
  REVENUE_PER_ACTIVE_PARTNER,
  /** Median days from joining to the first deal; target below 90. */
  MEDIAN_DAYS_TO_FIRST_DEAL,
  /** QBRs held / QBRs planned; target 90 %+. */
  QBR_COMPLETION,
  /** MDF spent / MDF allocated; target 80 %+. */
  MDF_UTILISATION,
  /** Trainings completed / trainings assigned; target 80 %+. */
  TRAINING_COMPLETION,
  /** Partners with a certified person / all partners; target 70 %+. */
  CERTIFICATION_RATE
}
