/**
 * Not API (this package is not exported): the file-format helpers of the book evaluation, a strict
 * CSV reader that reports every bad row with its file, line and column at once, a CSV writer that
 * neutralises spreadsheet formulas, and escaping for the HTML report.
 */
package dev.partneros.portfolio.internal;
