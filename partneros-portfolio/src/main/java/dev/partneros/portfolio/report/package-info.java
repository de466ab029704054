/**
 * The evaluator's reports, rendered purely from a {@link
 * dev.partneros.portfolio.PortfolioEvaluation} and written at the edge by {@link
 * dev.partneros.portfolio.report.ReportFiles}: the text report a partner manager reads, the HTML
 * report with inline SVG charts, the JSON and the CSV files (each also partner by partner, for the
 * streaming evaluation), the what-if diff, and the summarising reports of a streamed book.
 */
package dev.partneros.portfolio.report;
