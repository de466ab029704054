package dev.partneros.attribution.commission;

/** How often payouts run, and so what a "period" is for minimum payouts and caps. */
public enum PayoutPeriod {
  /** A payout run at every month's last day (the default). */
  MONTHLY,
  /** A payout run at every fiscal quarter's last day. */
  QUARTERLY
}
