/**
 * The scoring rule family ({@code docs/rules/maturity.md}, {@code docs/rules/ipp.md},
 * {@code docs/rules/scorecards.md} and {@code docs/rules/health.md}): what its families share,
 * {@link dev.partneros.scoring.ScoringProgram} (every scoring policy of one program version) and
 * {@link dev.partneros.scoring.ScoringSections}. Each family has its own package:
 * {@link dev.partneros.scoring.maturity program maturity}, {@link dev.partneros.scoring.ipp
 * ideal-partner-profile fit and prospect selection}, {@link dev.partneros.scoring.scorecard 3C/4C/5C
 * scorecards}, {@link dev.partneros.scoring.health partner health},
 * {@link dev.partneros.scoring.segment segments} and {@link dev.partneros.scoring.kpi program KPIs}.
 * Together they read the program file's {@code maturity}, {@code ipp}, {@code selection},
 * {@code scorecard}, {@code health}, {@code segments} and {@code kpis} sections.
 */
@PartnerOsStyle
package dev.partneros.scoring;

import dev.partneros.core.PartnerOsStyle;
