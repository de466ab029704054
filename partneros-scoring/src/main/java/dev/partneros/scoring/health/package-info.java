/**
 * Partner health ({@code docs/rules/health.md#health-score}), reading the program file's
 * {@code health} section.
 *
 * <ul>
 *   <li>Policy: {@link dev.partneros.scoring.health.HealthPolicy} (weights per
 *       {@link dev.partneros.scoring.health.HealthScore.Dimension}, the
 *       {@link dev.partneros.scoring.health.PointTable.Curve}s and
 *       {@link dev.partneros.scoring.health.PointTable}s of
 *       {@link dev.partneros.scoring.health.PointTable.Step}s, the
 *       {@link dev.partneros.scoring.health.HealthScore.Band}s;
 *       {@code docs/rules/health.md#curves}, {@code docs/rules/health.md#health-bands}).</li>
 *   <li>Facts: {@link dev.partneros.scoring.health.HealthFacts}, with the partner's
 *       {@link dev.partneros.scoring.health.HealthFacts.Cadence} and
 *       {@link dev.partneros.scoring.health.HealthFacts.StrategicFit}.</li>
 *   <li>Engine: {@link dev.partneros.scoring.health.HealthScorer}, which compiles its policy once
 *       (package-private {@code CompiledHealth}, {@code CompiledRevenue} and
 *       {@code CompiledExplanations}).</li>
 *   <li>Decision: {@link dev.partneros.scoring.health.HealthScore}, made of one
 *       {@link dev.partneros.scoring.health.HealthScore.Component} per dimension, with its
 *       explanation; or, without explanation, the band alone or a
 *       {@link dev.partneros.scoring.health.HealthScorer.Decision}
 *       ({@code docs/rules/health.md#decision-only}).</li>
 * </ul>
 *
 * <p>Every value is immutable and thread-safe; the engine is stateless.
 */
@PartnerOsStyle
package dev.partneros.scoring.health;

import dev.partneros.core.PartnerOsStyle;
