package dev.partneros.examples;

import dev.partneros.attribution.CloseStatus;
import dev.partneros.attribution.Deal;
import dev.partneros.attribution.DirectEngagement;
import dev.partneros.attribution.PartnerTouch;
import dev.partneros.attribution.Registration;
import dev.partneros.attribution.TouchKind;
import dev.partneros.core.Money;
import dev.partneros.core.PartnerId;
import dev.partneros.tiers.Certification;
import dev.partneros.tiers.DealRole;
import dev.partneros.tiers.PartnerDeal;
import dev.partneros.tiers.Referral;
import dev.partneros.tiers.TierFacts;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sample tier facts and deals for the demo and the benchmarks: two years of dated facts for three
 * partners (an upgrade, a grace that clears, a grace that ends in a downgrade), and three deals
 * with their partner touches.
 */
public final class SampleTiersAndDeals {

  private SampleTiersAndDeals() {}

  /**
   * Returns two years of dated tier facts for three sample partners, by partner.
   *
   * @return never null
   */
  public static Map<PartnerId, TierFacts> tierFacts() {
    Map<PartnerId, TierFacts> facts = new LinkedHashMap<>();
    // climbs: Silver in Q1 2025, Gold once 100k of sourced ARR and a second certification are in
    facts.put(PartnerId.of("P-001 Northwind"), TierFacts.builder()
        .addCertifications(Certification.of("ana", date("2025-01-10")), Certification.of("bo", date("2025-05-01")))
        .addDeals(PartnerDeal.closed("N-1", DealRole.SOURCED, usd(30_000), date("2025-02-10")))
        .addDeals(PartnerDeal.closed("N-2", DealRole.SOURCED, usd(80_000), date("2025-08-20")))
        .addDeals(PartnerDeal.closed("N-3", DealRole.SOURCED, usd(90_000), date("2026-07-15")))
        .build());
    // Gold partner whose pipeline dries up in 2025 and recovers during grace in 2026
    facts.put(PartnerId.of("P-002 Contoso"), TierFacts.builder()
        .addCertifications(Certification.of("cy", date("2024-03-01")), Certification.of("di", date("2024-03-01")))
        .addDeals(PartnerDeal.closed("C-1", DealRole.SOURCED, usd(120_000), date("2024-06-30")))
        .addDeals(PartnerDeal.closed("C-2", DealRole.SOURCED, usd(110_000), date("2026-02-01")))
        .build());
    // Silver partner on referrals that stop: grace, then a downgrade to Registered
    TierFacts.Builder fabrikam = TierFacts.builder()
        .addCertifications(Certification.of("ed", date("2024-01-15")));
    for (int i = 0; i < 6; i++) {
      fabrikam.addReferrals(Referral.qualifiedOn(date("2024-02-01").plusWeeks(i * 6L)));
    }
    facts.put(PartnerId.of("P-003 Fabrikam"), fabrikam.build());
    return facts;
  }

  /**
   * Returns three closed deals with their partner touches: one partner-sourced, one influenced by
   * two partners, one already in the direct pipeline.
   *
   * @return never null
   */
  public static List<Deal> deals() {
    PartnerId northwind = PartnerId.of("P-001 Northwind");
    PartnerId contoso = PartnerId.of("P-002 Contoso");
    Deal sourced = Deal.builder().id("D-100").account("Alpine Ski House").amount(usd(48_000))
        .created(date("2026-03-02")).firstContact(date("2026-03-02")).status(CloseStatus.WON).closed(date("2026-05-29"))
        .addTouches(new PartnerTouch.Builder().partner(northwind).date(date("2026-03-02")).kind(TouchKind.REFERRAL)
            .channelLead(true).documented(true).build())
        .addTouches(new PartnerTouch.Builder().partner(northwind).date(date("2026-04-14")).kind(TouchKind.DEMO)
            .documented(true).build())
        .addRegistrations(Registration.of(northwind, date("2026-03-06")))
        .build();
    Deal influenced = Deal.builder().id("D-101").account("Coho Winery").amount(usd(100_000))
        .created(date("2026-02-01")).firstContact(date("2026-02-01")).status(CloseStatus.WON).closed(date("2026-06-12"))
        .addDirectEngagements(DirectEngagement.on(date("2026-02-03")))
        .addTouches(new PartnerTouch.Builder().partner(contoso).date(date("2026-03-10")).kind(TouchKind.MEETING)
            .documented(true).build())
        .addTouches(new PartnerTouch.Builder().partner(northwind).date(date("2026-05-20")).kind(TouchKind.CO_SELL)
            .documented(true).build())
        .addTouches(new PartnerTouch.Builder().partner(contoso).date(date("2026-06-01")).kind(TouchKind.DEMO)
            .documented(true).build())
        .addTouches(PartnerTouch.of(northwind, date("2026-06-20"), TouchKind.POST_SALE))
        .addDependentOn(contoso)
        .build();
    Deal direct = Deal.builder().id("D-102").account("Fourth Coffee").amount(usd(25_000))
        .created(date("2026-01-05")).firstContact(date("2026-01-05")).status(CloseStatus.WON).closed(date("2026-03-31"))
        .addDirectEngagements(DirectEngagement.on(date("2026-01-06")))
        .addTouches(PartnerTouch.of(contoso, date("2026-03-01"), TouchKind.MENTION))
        .build();
    return List.of(sourced, influenced, direct);
  }

  private static LocalDate date(String text) {
    return LocalDate.parse(text);
  }

  private static Money usd(long amount) {
    return Money.of(amount, java.util.Currency.getInstance("USD"));
  }
}
