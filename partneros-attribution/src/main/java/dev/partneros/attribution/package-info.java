/**
 * The attribution rule family ({@code docs/rules/attribution.md}, {@code docs/rules/commission.md}
 * and {@code docs/rules/clawback.md}), read from the program file's {@code attribution},
 * {@code commission} and {@code clawback} sections. Deal attribution
 * ({@code docs/rules/attribution.md}) is here; commission, payout timing, clawback and the partner
 * balance ({@code docs/rules/commission.md} and {@code docs/rules/clawback.md}) are in
 * {@code dev.partneros.attribution.commission} and build on it (a
 * {@link dev.partneros.attribution.DealAttribution} carries the credit factor the commission rules
 * apply; a {@link dev.partneros.attribution.CreditSplit} the money split between partners).
 *
 * <ul>
 *   <li>Policy: {@link dev.partneros.attribution.AttributionPolicy} (the {@code attribution}
 *       section, {@link dev.partneros.attribution.AttributionPolicy#standard()}, the defaults of
 *       {@code docs/rules/attribution.md}) with its
 *       {@link dev.partneros.attribution.AttributionPolicy.PositionWeights}.</li>
 *   <li>Facts: a {@link dev.partneros.attribution.Deal} with its
 *       {@link dev.partneros.attribution.Deal.PartnerTouch}es ({@link dev.partneros.attribution.TouchKind}),
 *       {@link dev.partneros.attribution.Deal.Registration}s and
 *       {@link dev.partneros.attribution.Deal.DirectEngagement}s; an
 *       {@link dev.partneros.attribution.AffiliateConversion} with its
 *       {@link dev.partneros.attribution.AffiliateConversion.Click}s.</li>
 *   <li>Engines, each built by {@code of(policy)}, stateless and thread-safe, with no hidden clock:
 *       {@link dev.partneros.attribution.DealClassifier} (sourced, influenced or not attributed),
 *       {@link dev.partneros.attribution.RegistrationResolver} (registration conflicts),
 *       {@link dev.partneros.attribution.AffiliateAttributor} (affiliate referral window) and
 *       {@link dev.partneros.attribution.CreditSplitter} (multi-touch credit,
 *       {@link dev.partneros.attribution.AttributionPolicy.CreditModel}).</li>
 *   <li>Decisions, each with its {@link dev.partneros.core.Explanation}:
 *       {@link dev.partneros.attribution.DealAttribution},
 *       {@link dev.partneros.attribution.RegistrationDecision},
 *       {@link dev.partneros.attribution.AffiliateAttribution},
 *       {@link dev.partneros.attribution.CreditSplit} (exact {@link dev.partneros.attribution.Share}s,
 *       penny-exact amounts).</li>
 * </ul>
 *
 * <p>Dates are {@link java.time.LocalDate}s without a time of day. Throughout, a day that falls on a
 * boundary is inside it: a registration on the last day of its window, a touch on the close date,
 * a registration evaluated on the last day of its protection, a click on the last day of the
 * referral window; and a direct engagement on the registration day is not "before" it.
 */
@PartnerOsStyle
package dev.partneros.attribution;

import dev.partneros.core.PartnerOsStyle;
