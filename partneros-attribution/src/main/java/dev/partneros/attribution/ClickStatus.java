package dev.partneros.attribution;

/**
 * What became of one affiliate click
 * ({@code docs/rules/attribution.md#affiliate-referral-window}): credited, or why it earned
 * nothing. The reasons are checked in the order declared below.
 */
public enum ClickStatus {
  /** The last click within the window before the conversion, not a self-referral: it earns the conversion. */
  CREDITED,
  /** Dated after the conversion day: it cannot have led to the conversion. */
  AFTER_CONVERSION,
  /** More than the window's days before the conversion (day 30 in, day 31 out with the default 30). */
  OUTSIDE_WINDOW,
  /** A click on the customer's own affiliate link: self-referral, earns nothing, and is flagged. */
  SELF_REFERRAL,
  /** Within the window, but a later click was credited (or the credited click's affiliate clicked again that day). */
  SUPERSEDED,
  /** Within the window and on the same day as the credited click, but the credited affiliate's id sorts first. */
  TIE_BROKEN_BY_PARTNER_ID
}
