/**
 * Portfolio segments and the value matrix ({@code docs/rules/health.md#segments},
 * {@code docs/rules/health.md#value-matrix}), reading the program file's {@code segments} section.
 *
 * <ul>
 *   <li>Policy: {@link dev.partneros.scoring.segment.SegmentPolicy}.</li>
 *   <li>Facts: {@link dev.partneros.scoring.segment.SegmentFacts}, one per partner of the
 *       portfolio.</li>
 *   <li>Engine: {@link dev.partneros.scoring.segment.PortfolioSegmenter}.</li>
 *   <li>Decision: {@link dev.partneros.scoring.segment.SegmentAssignment}, a
 *       {@link dev.partneros.scoring.segment.SegmentAssignment.Segment} and a
 *       {@link dev.partneros.scoring.segment.SegmentAssignment.Quadrant} with the explanation.</li>
 * </ul>
 *
 * <p>Every value is immutable and thread-safe; the engine is stateless.
 */
@PartnerOsStyle
package dev.partneros.scoring.segment;

import dev.partneros.core.PartnerOsStyle;
