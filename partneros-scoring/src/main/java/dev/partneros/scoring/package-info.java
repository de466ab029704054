/**
 * The scoring rule family ({@code docs/rules/maturity.md}, {@code docs/rules/ipp.md},
 * {@code docs/rules/scorecards.md} and {@code docs/rules/health.md}): program maturity staging,
 * ideal-partner-profile fit, selection and qualification scorecards, 3C/4C/5C weighted scoring,
 * partner health, segments and program KPIs. It reads the program file's {@code maturity},
 * {@code ipp}, {@code selection}, {@code scorecard}, {@code health}, {@code segments} and
 * {@code kpis} sections. (Engines arrive with the scoring issue.)
 */
@PartnerOsStyle
package dev.partneros.scoring;

import dev.partneros.core.PartnerOsStyle;
