/**
 * Implementation details of the core module, exported only to the rule modules: the strict token
 * filter of the program loader, the translation of Jackson's exceptions into
 * {@link dev.partneros.core.Problem}s with field paths, the check of a document's fields against the
 * types it is read into (with the nearest known name of an unknown one), the running of the section
 * readers, and the {@link dev.partneros.core.internal.ProblemCollector} every module validates with.
 * Nothing here is API; it may change at any time.
 */
package dev.partneros.core.internal;
