/**
 * Implementation of the period close, not API: what one partner's close books (a pure function of
 * the engines' results and the stored ledger), the SQL that reads and writes it, and JSON and hash
 * helpers.
 */
package dev.partneros.jdbc.internal;
