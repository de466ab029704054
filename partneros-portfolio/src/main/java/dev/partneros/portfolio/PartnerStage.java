package dev.partneros.portfolio;

/** Whether a row of {@code partners} is a signed partner or a prospect being vetted. */
public enum PartnerStage {
  /** A signed partner: it holds a tier, has health and deals. */
  ACTIVE,
  /** A prospect: only its fit (IPP, and a 4C vetting scorecard if rated) is evaluated. */
  PROSPECT
}
