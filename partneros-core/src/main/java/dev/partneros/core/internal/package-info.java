/**
 * Implementation details of the core module, not exported: the strict token filter of the
 * program loader and the translation of Jackson's exceptions into {@link dev.partneros.core.Problem}s
 * with field paths. Nothing here is API; it may change at any time.
 */
package dev.partneros.core.internal;
