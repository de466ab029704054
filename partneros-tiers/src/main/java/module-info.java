/**
 * PartnerOS tiers: Tier criteria, qualification, the grace-period state machine, progress and
 * benefits; MDF entitlement, requests and pool allocation ({@code docs/rules/tiers.md} and
 * {@code docs/rules/mdf.md}).
 */
module dev.partneros.tiers {
  requires static org.immutables.value.annotations;
  requires transitive dev.partneros.core;
  exports dev.partneros.tiers;
  exports dev.partneros.tiers.mdf;

  // Checks tiers, benefits and mdf when a program file is loaded (docs/program-file.md#section-readers).
  provides dev.partneros.core.spi.SectionReader with dev.partneros.tiers.internal.TierSectionReader;

  // Jackson builds the generated policy and decision classes reflectively.
  opens dev.partneros.tiers to com.fasterxml.jackson.databind;
  opens dev.partneros.tiers.mdf to com.fasterxml.jackson.databind;
}
