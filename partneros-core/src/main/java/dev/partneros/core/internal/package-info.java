/**
 * Implementation details of the core module, not exported: the strict token filter of the
 * program loader, the translation of Jackson's exceptions into {@link dev.partneros.core.Problem}s
 * with field paths, the check of a document's fields against the types it is read into (with the
 * nearest known name of an unknown one) and the running of the section readers. Nothing here is API; it may change at any time.
 */
package dev.partneros.core.internal;
