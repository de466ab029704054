/**
 * PartnerOS scoring: Program maturity staging, IPP fit, selection and qualification scorecards,
 * 3C/4C, partner health, segments and program KPIs ({@code docs/rules/maturity.md},
 * {@code docs/rules/ipp.md}, {@code docs/rules/scorecards.md} and {@code docs/rules/health.md}).
 */
module dev.partneros.scoring {
  requires static org.immutables.value.annotations;
  requires transitive dev.partneros.core;
  exports dev.partneros.scoring;

  // Jackson builds the generated policy and decision classes reflectively.
  opens dev.partneros.scoring to com.fasterxml.jackson.databind;
}
