/**
 * Partner health ({@code docs/rules/health.md#health-score}), reading the program file's
 * {@code health} section.
 *
 * <ul>
 *   <li>Policy: {@link dev.partneros.scoring.health.HealthPolicy} (weights per
 *       {@link dev.partneros.scoring.health.HealthDimension}, the {@link dev.partneros.scoring.health.Curve}s
 *       and {@link dev.partneros.scoring.health.PointTable}s of
 *       {@link dev.partneros.scoring.health.PointStep}s, the {@link dev.partneros.scoring.health.HealthBand}s;
 *       {@code docs/rules/health.md#curves}, {@code docs/rules/health.md#health-bands}).</li>
 *   <li>Facts: {@link dev.partneros.scoring.health.HealthFacts}, with the partner's
 *       {@link dev.partneros.scoring.health.EngagementCadence} and
 *       {@link dev.partneros.scoring.health.StrategicFit}.</li>
 *   <li>Engine: {@link dev.partneros.scoring.health.HealthScorer}.</li>
 *   <li>Decision: {@link dev.partneros.scoring.health.HealthScore}, made of one
 *       {@link dev.partneros.scoring.health.HealthComponent} per dimension, with its
 *       explanation.</li>
 * </ul>
 *
 * <p>Every value is immutable and thread-safe; the engine is stateless.
 */
@PartnerOsStyle
package dev.partneros.scoring.health;

import dev.partneros.core.PartnerOsStyle;
