/**
 * File formats of the portfolio evaluator: a strict CSV reader that reports every bad row with
 * its file, line and column at once, a CSV writer that neutralises spreadsheet formulas, and
 * escaping for the HTML report.
 */
package dev.partneros.examples.io;
