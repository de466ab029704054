/**
 * Implementation details of the attribution engines, not exported by the module: the time-decay
 * weights ({@link dev.partneros.attribution.internal.TimeDecay}), the canonical order of touches
 * ({@link dev.partneros.attribution.internal.Touches}), the rendering of explanation inputs
 * ({@link dev.partneros.attribution.internal.Inputs}) and a defensive range check of rates
 * ({@link dev.partneros.attribution.internal.Rates}). Nothing here is API; it may change at any
 * time.
 */
package dev.partneros.attribution.internal;
