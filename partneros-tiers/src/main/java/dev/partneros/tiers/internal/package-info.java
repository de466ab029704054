/**
 * Implementation details of the tier rule family, not exported: evaluation of criteria trees
 * against metric values, the check that thresholds rise up the ladder, quarter arithmetic on the
 * program's fiscal calendar and the rendering of explanation sentences and progress lines.
 * Nothing here is API; it may change without notice.
 */
package dev.partneros.tiers.internal;
