/**
 * What teaches: the runnable {@link dev.partneros.examples.Demo} (the README's first command), the
 * JShell start-up script ({@code src/main/jshell/partneros.jsh}) with its bench
 * ({@link dev.partneros.examples.Bench}: the what-if methods, and {@code doc(...)}, the Javadoc read
 * from the sources) and one small embedding example per rule family, each a {@code main} that
 * builds facts, calls an engine and prints the decision with its explanation: {@link dev.partneros.examples.ScoringExample} (health and 4C),
 * {@link dev.partneros.examples.TiersExample} (qualification and grace),
 * {@link dev.partneros.examples.MdfExample} (entitlement, requests, pool),
 * {@link dev.partneros.examples.AttributionExample} (classification, registrations, credit split),
 * {@link dev.partneros.examples.CommissionExample} (commission statements and clawback) and
 * {@link dev.partneros.examples.PortfolioExample} (the whole book). No library module depends on it.
 */
package dev.partneros.examples;
