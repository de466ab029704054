/**
 * PartnerOS scoring: Program maturity staging, IPP fit, selection and qualification scorecards,
 * 3C/4C, partner health, segments and program KPIs ({@code docs/rules/maturity.md},
 * {@code docs/rules/ipp.md}, {@code docs/rules/scorecards.md} and {@code docs/rules/health.md}).
 */
module dev.partneros.scoring {
  requires static org.immutables.value.annotations;
  requires transitive dev.partneros.core;
  exports dev.partneros.scoring;
  exports dev.partneros.scoring.health;
  exports dev.partneros.scoring.ipp;
  exports dev.partneros.scoring.kpi;
  exports dev.partneros.scoring.maturity;
  exports dev.partneros.scoring.scorecard;
  exports dev.partneros.scoring.segment;

  // Checks the scoring sections when a program file is loaded (docs/program-file.md#section-readers).
  provides dev.partneros.core.spi.SectionReader with dev.partneros.scoring.internal.ScoringSectionReader;

  // Jackson builds the generated policy and decision classes reflectively.
  opens dev.partneros.scoring to com.fasterxml.jackson.databind;
  opens dev.partneros.scoring.health to com.fasterxml.jackson.databind;
  opens dev.partneros.scoring.ipp to com.fasterxml.jackson.databind;
  opens dev.partneros.scoring.kpi to com.fasterxml.jackson.databind;
  opens dev.partneros.scoring.maturity to com.fasterxml.jackson.databind;
  opens dev.partneros.scoring.scorecard to com.fasterxml.jackson.databind;
  opens dev.partneros.scoring.segment to com.fasterxml.jackson.databind;
}
