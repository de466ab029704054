package dev.partneros.attribution;

import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import java.time.LocalDate;

/** Short names for the example tests: day numbers from 1 March 2026, partners P-1.., a 100,000.00 USD deal. */
final class Fixtures {

  static final LocalDate DAY_0 = LocalDate.of(2026, 3, 1);
  static final PartnerId P1 = PartnerId.of("P-1");
  static final PartnerId P2 = PartnerId.of("P-2");
  static final PartnerId P3 = PartnerId.of("P-3");
  static final Money AMOUNT = Money.of("100000.00", "USD");

  private Fixtures() {}

  /** The day {@code n} days after 1 March 2026 (day 0). */
  static LocalDate day(int n) {
    return DAY_0.plusDays(n);
  }

  /** A deal created on day 0, first contact day 0, closed won on {@code closeDay}, no touches yet. */
  static Deal.Builder wonDeal(int closeDay) {
    return Deal.builder().id("D-1").account("ACME").amount(AMOUNT).created(DAY_0).firstContact(DAY_0)
        .status(CloseStatus.WON).closed(day(closeDay));
  }

  static Deal.PartnerTouch touch(PartnerId partner, int day, TouchKind kind) {
    return Deal.PartnerTouch.of(partner, day(day), kind);
  }

  static Deal.PartnerTouch documented(PartnerId partner, int day, TouchKind kind) {
    return new Deal.PartnerTouch.Builder().partner(partner).date(day(day)).kind(kind).documented(true).build();
  }

  static Deal.PartnerTouch channelLead(PartnerId partner, int day) {
    return new Deal.PartnerTouch.Builder().partner(partner).date(day(day)).kind(TouchKind.REFERRAL).channelLead(true)
        .documented(true).build();
  }
}
