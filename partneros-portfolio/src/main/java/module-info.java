/**
 * PartnerOS portfolio: whole-book evaluation. The portfolio readers (a CSV folder or one JSON
 * document), the evaluation that composes every rule module over a program history, the what-if
 * diff, the output writers and reports (text, HTML, JSON, CSV), the synthetic generator and the
 * sample book. Implementation helpers sit in the non-exported {@code internal} package.
 */
module dev.partneros.portfolio {
  requires static org.immutables.value.annotations;
  requires transitive dev.partneros.core;
  requires transitive dev.partneros.scoring;
  requires transitive dev.partneros.tiers;
  requires transitive dev.partneros.attribution;

  exports dev.partneros.portfolio;
  exports dev.partneros.portfolio.report;
}
