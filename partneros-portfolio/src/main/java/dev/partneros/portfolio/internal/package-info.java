/**
 * Not API (this package is not exported): the file-format helpers of the book evaluation, a strict
 * CSV reader that reports every bad row with its file, line and column at once, the same reader as a
 * stream under limits with the byte-counting input it reads through, a CSV writer that neutralises
 * spreadsheet formulas, escaping for the HTML report, and the streaming evaluation's spill files and
 * its map of deals to parts.
 */
package dev.partneros.portfolio.internal;
