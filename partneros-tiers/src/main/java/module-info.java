/**
 * PartnerOS tiers: Tier criteria, qualification, the grace-period state machine, progress and benefits; MDF entitlement, requests and pool allocation (RULES.md sections 5 and 9).
 */
module dev.partneros.tiers {
  requires static org.immutables.value.annotations;
  requires transitive dev.partneros.core;
  exports dev.partneros.tiers;
  exports dev.partneros.tiers.mdf;

  // Jackson builds the generated policy and decision classes reflectively.
  opens dev.partneros.tiers to com.fasterxml.jackson.databind;
  opens dev.partneros.tiers.mdf to com.fasterxml.jackson.databind;
}
