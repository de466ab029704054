/**
 * The attribution rule family (RULES.md sections 6 to 8): deal attribution, registration conflicts, multi-touch credit, commission models, SPIFFs, payout timing, clawback and the partner balance. It reads the program file's {@code attribution}, {@code commission} and {@code clawback} sections. (Engines arrive with the attribution and commission issues.)
 */
@PartnerOsStyle
package dev.partneros.attribution;

import dev.partneros.core.PartnerOsStyle;
