/**
 * Implementation details of the scoring rule family, not exported: its section reader, through
 * which the program loader checks the scoring sections of a file
 * ({@code docs/program-file.md#section-readers}). Nothing here is API; it may change without notice.
 */
package dev.partneros.scoring.internal;
