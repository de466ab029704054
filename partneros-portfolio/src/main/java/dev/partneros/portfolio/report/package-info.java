/**
 * The evaluator's reports, rendered purely from a {@link
 * dev.partneros.portfolio.PortfolioEvaluation} and written at the edge by {@link
 * dev.partneros.portfolio.report.ReportFiles}: the text report a partner manager reads, the HTML
 * report with inline SVG charts, the JSON and the CSV files, and the what-if diff.
 */
package dev.partneros.portfolio.report;
