/**
 * The PartnerOS core API, shared by every rule family ({@code docs/rules/conventions.md}).
 *
 * <ul>
 *   <li>Money and rates: {@link dev.partneros.core.Money}, {@link dev.partneros.core.Rate},
 *       {@link dev.partneros.core.FxRate}, penny-exact {@link dev.partneros.core.Allocations}.</li>
 *   <li>Time: {@link dev.partneros.core.YearQuarter}, {@link dev.partneros.core.FiscalCalendar},
 *       {@link dev.partneros.core.DateRange}.</li>
 *   <li>Partners and tiers: {@link dev.partneros.core.PartnerId},
 *       {@link dev.partneros.core.PartnerType}, {@link dev.partneros.core.Tier},
 *       {@link dev.partneros.core.TierLadder}.</li>
 *   <li>Explanations: {@link dev.partneros.core.Explanation} and its
 *       {@link dev.partneros.core.ExplanationStep}s, and the {@link dev.partneros.core.StepTemplate}s
 *       engines build their steps from.</li>
 *   <li>Validation: {@link dev.partneros.core.Problem} with its code from a catalogue
 *       ({@link dev.partneros.core.ProblemCode}, {@link dev.partneros.core.CoreProblemCode};
 *       {@code docs/problems.md}), {@link dev.partneros.core.FieldPath},
 *       {@link dev.partneros.core.InvalidProgramException},
 *       {@link dev.partneros.core.InvalidFactsException},
 *       {@link dev.partneros.core.CurrencyMismatchException}.</li>
 *   <li>Program documents: {@link dev.partneros.core.ProgramLoader} (strict JSON and YAML, every
 *       section checked at load through the modules' {@link dev.partneros.core.spi.SectionReader}s),
 *       {@link dev.partneros.core.ProgramDocument}, {@link dev.partneros.core.ProgramHistory},
 *       {@link dev.partneros.core.ProgramValidation}, {@link dev.partneros.core.PartnerOsJson}.</li>
 * </ul>
 *
 * <p>Nothing here knows a tier rule, a score or a commission model: the rule families read their own
 * section of a {@link dev.partneros.core.ProgramDocument} into their own policy.
 */
@PartnerOsStyle
package dev.partneros.core;
