/**
 * Program maturity ({@code docs/rules/maturity.md}), reading the program file's {@code maturity}
 * section.
 *
 * <ul>
 *   <li>Policy: {@link dev.partneros.scoring.maturity.MaturityPolicy} (the checklist of
 *       {@link dev.partneros.scoring.maturity.ChecklistItem}s per
 *       {@link dev.partneros.scoring.maturity.CapabilityArea} and
 *       {@link dev.partneros.scoring.maturity.MaturityStage}).</li>
 *   <li>Engine: {@link dev.partneros.scoring.maturity.MaturityAssessor}, which stages a program
 *       ({@code docs/rules/maturity.md#staging-rule}), scores a
 *       {@link dev.partneros.scoring.maturity.ProgramAssessment} over its
 *       {@link dev.partneros.scoring.maturity.ProgramAssessment.Dimension}s
 *       ({@code docs/rules/maturity.md#program-assessment}) and places a partner on its
 *       {@link dev.partneros.scoring.maturity.PartnerMaturity} curve
 *       ({@code docs/rules/maturity.md#partner-maturity}).</li>
 *   <li>Decision: {@link dev.partneros.scoring.maturity.MaturityResult}, with its explanation.</li>
 * </ul>
 *
 * <p>Every value is immutable and thread-safe; the engine is stateless.
 */
@PartnerOsStyle
package dev.partneros.scoring.maturity;

import dev.partneros.core.PartnerOsStyle;
