/**
 * The tier rule family (RULES.md section 5): tier criteria, qualification, the grace-period state machine, progress to the next tier and the benefits matrix. It reads the program file's {@code tiers} and {@code benefits} sections. (Engines arrive with the tiers issue; MDF will live in its own package.)
 */
@PartnerOsStyle
package dev.partneros.tiers;

import dev.partneros.core.PartnerOsStyle;
