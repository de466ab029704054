/**
 * A PRM closing its quarters on PostgreSQL with {@code partneros-jdbc} ({@code docs/jdbc.md}): a tiny
 * PRM schema (partners, certifications, deals, payments, MDF requests) filled from a part of the sample book, the
 * {@link dev.partneros.jdbc.BookReader} that turns its tables into a portfolio, and
 * {@link dev.partneros.examples.prm.PrmExample}, which closes eight quarters one after the other
 * (a program change mid-2026, a clawback crossing a quarter), answers "why was I paid this?" from
 * the database and runs the what-if diff over the stored book.
 */
package dev.partneros.examples.prm;
