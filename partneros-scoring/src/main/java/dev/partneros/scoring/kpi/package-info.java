/**
 * Program KPIs ({@code docs/rules/health.md#program-kpis}), reading the program file's
 * {@code kpis} section.
 *
 * <ul>
 *   <li>Policy: {@link dev.partneros.scoring.kpi.KpiPolicy}, the targets of each
 *       {@link dev.partneros.scoring.kpi.ProgramKpi}.</li>
 *   <li>Facts: {@link dev.partneros.scoring.kpi.KpiFacts}, the program's totals of a period.</li>
 *   <li>Engine: {@link dev.partneros.scoring.kpi.KpiCalculator}.</li>
 *   <li>Decision: {@link dev.partneros.scoring.kpi.KpiValue}, one per KPI, with its
 *       explanation.</li>
 * </ul>
 *
 * <p>Every value is immutable and thread-safe; the engine is stateless.
 */
@PartnerOsStyle
package dev.partneros.scoring.kpi;

import dev.partneros.core.PartnerOsStyle;
