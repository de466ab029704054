/**
 * The ideal partner profile and prospect selection ({@code docs/rules/ipp.md}), reading the
 * program file's {@code ipp} and {@code selection} sections.
 *
 * <ul>
 *   <li>Policies: {@link dev.partneros.scoring.ipp.IppPolicy} (attribute groups, disqualifiers,
 *       {@link dev.partneros.scoring.ipp.IppFit.Rating}s and profiles per partner type) and
 *       {@link dev.partneros.scoring.ipp.SelectionPolicy} (the selection and qualification
 *       scorecards, {@link dev.partneros.scoring.ipp.Qualification.Band}s and
 *       {@link dev.partneros.scoring.ipp.Qualification.Priority}).</li>
 *   <li>Engines: {@link dev.partneros.scoring.ipp.IppScorer} ({@code docs/rules/ipp.md#fit-score})
 *       and {@link dev.partneros.scoring.ipp.ProspectScorer}
 *       ({@code docs/rules/ipp.md#qualification-scorecard}), fed
 *       {@link dev.partneros.scoring.ipp.IppAssessment.Level}s and
 *       {@link dev.partneros.scoring.ipp.QualificationFacts}.</li>
 *   <li>Decisions: {@link dev.partneros.scoring.ipp.IppAssessment} with its
 *       {@link dev.partneros.scoring.ipp.IppFit}, and
 *       {@link dev.partneros.scoring.ipp.Qualification}, each with its explanation.</li>
 * </ul>
 *
 * <p>Every value is immutable and thread-safe; engines are stateless.
 */
@PartnerOsStyle
package dev.partneros.scoring.ipp;

import dev.partneros.core.PartnerOsStyle;
