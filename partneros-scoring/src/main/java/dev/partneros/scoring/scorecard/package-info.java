/**
 * 3C/4C/5C scorecards ({@code docs/rules/scorecards.md}), reading the program file's
 * {@code scorecard} section.
 *
 * <ul>
 *   <li>Policy: {@link dev.partneros.scoring.scorecard.ScorecardPolicy}, a set of
 *       {@link dev.partneros.scoring.scorecard.ScorecardDefinition}s of weighted
 *       {@link dev.partneros.scoring.scorecard.CriterionDefinition}s
 *       ({@code docs/rules/scorecards.md#criteria}, {@code docs/rules/scorecards.md#weights}); the
 *       standard {@link dev.partneros.scoring.scorecard.FourC} criteria.</li>
 *   <li>Engines: {@link dev.partneros.scoring.scorecard.ScorecardScorer}, fed
 *       {@link dev.partneros.scoring.scorecard.Rating}s
 *       ({@code docs/rules/scorecards.md#overall-score}), and
 *       {@link dev.partneros.scoring.scorecard.FourCScorer}.</li>
 *   <li>Decisions: {@link dev.partneros.scoring.scorecard.ScorecardResult} and
 *       {@link dev.partneros.scoring.scorecard.ScorecardComparison}
 *       ({@code docs/rules/scorecards.md#comparing-scorecards}).</li>
 * </ul>
 *
 * <p>Every value is immutable and thread-safe; engines are stateless.
 */
@PartnerOsStyle
package dev.partneros.scoring.scorecard;

import dev.partneros.core.PartnerOsStyle;
