/**
 * PartnerOS attribution: Deal attribution, registration conflicts, multi-touch credit, commission
 * models, SPIFFs, payout timing, clawback and the partner balance
 * ({@code docs/rules/attribution.md}, {@code docs/rules/commission.md} and
 * {@code docs/rules/clawback.md}).
 */
module dev.partneros.attribution {
  requires static org.immutables.value.annotations;
  requires transitive dev.partneros.tiers;
  exports dev.partneros.attribution;
  exports dev.partneros.attribution.commission;

  // Checks attribution, commission and clawback when a program file is loaded
  // (docs/program-file.md#section-readers).
  provides dev.partneros.core.spi.SectionReader with dev.partneros.attribution.internal.AttributionSectionReader;

  // Jackson builds the generated policy and decision classes reflectively.
  opens dev.partneros.attribution to com.fasterxml.jackson.databind;
  opens dev.partneros.attribution.commission to com.fasterxml.jackson.databind;
}
